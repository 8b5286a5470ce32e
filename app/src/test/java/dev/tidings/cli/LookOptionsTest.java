package dev.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.cli.config.Config;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code --mouse} and the configuration's {@code mouse}: off unless one of them turns it on. */
class LookOptionsTest {

  @Command(name = "tidings")
  static final class Holder {
    @Mixin LookOptions look;
  }

  private static LookOptions parse(String... args) {
    Holder holder = new Holder();
    new CommandLine(holder).parseArgs(args);
    return holder.look;
  }

  private static Config withMouse(boolean mouse) {
    Config d = Config.DEFAULTS;
    return new Config(
        d.directories(), d.sort(), d.query(), d.utc(), d.color(), d.state(), d.cache(),
        d.format(), d.preview(), mouse, d.keys(), d.theme(), d.commands());
  }

  @Test
  void theMouseIsOffByDefault() {
    LookOptions look = parse();
    look.useConfig(Config.DEFAULTS);
    assertThat(look.mouse()).isFalse();
  }

  @Test
  void mouseOnTheCommandLineOrInTheConfigurationTurnsItOn() {
    LookOptions given = parse("--mouse");
    given.useConfig(Config.DEFAULTS);
    assertThat(given.mouse()).isTrue();

    LookOptions configured = parse();
    configured.useConfig(withMouse(true));
    assertThat(configured.mouse()).isTrue();
  }
}
