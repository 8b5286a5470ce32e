/**
 * The command line: picocli options, wiring of the layers, the stdout sink for chosen URLs and the
 * exit statuses. {@link dev.tidings.cli.Main#main(String[])} is the only place that exits the JVM.
 */
package dev.tidings.cli;
