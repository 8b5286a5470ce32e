/**
 * The configuration file ({@code $XDG_CONFIG_HOME/tidings/config.yml}): where it is ({@link
 * dev.tidings.cli.config.ConfigFile}), what it says ({@link dev.tidings.cli.config.Config}, read
 * by {@link dev.tidings.cli.config.ConfigReader}), its keys ({@link
 * dev.tidings.cli.config.KeyBindings}) and its mistakes ({@link
 * dev.tidings.cli.config.ConfigError}). Below {@code cli}, which applies it under its options.
 */
package dev.tidings.cli.config;
