/**
 * Programs tidings starts for the user: the browser that opens an article ({@code $BROWSER}, else
 * {@code xdg-open} or {@code open}), never through a shell. Below {@code ui}, beside {@code
 * ui.term} and {@code ui.view}: it knows nothing of Lanterna; what it needs of the terminal (giving
 * it to a terminal browser and taking it back) comes in as a {@link
 * dev.tidings.ui.external.Handover}.
 */
package dev.tidings.ui.external;
