package dev.tidings.cli.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidings.browse.SortOrder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ConfigFile}: which file is in force, and the files that cannot be read. */
class ConfigFileTest {

  @TempDir Path dir;

  @Test
  void theOptionWinsOverTheVariableWhichWinsOverTheDefault() {
    Path option = Path.of("/etc/option.yml");
    Map<String, String> env =
        Map.of(ConfigFile.VARIABLE, "/etc/variable.yml", "XDG_CONFIG_HOME", "/xdg");
    assertThat(ConfigFile.locate(option, env, "/home/ann"))
        .isEqualTo(new ConfigFile(option, true));
    assertThat(ConfigFile.locate(null, env, "/home/ann"))
        .isEqualTo(new ConfigFile(Path.of("/etc/variable.yml"), true));
    assertThat(ConfigFile.locate(null, Map.of("XDG_CONFIG_HOME", "/xdg"), "/home/ann"))
        .isEqualTo(new ConfigFile(Path.of("/xdg/tidings/config.yml"), false));
  }

  @Test
  void aRelativeOrEmptyXdgConfigHomeIsIgnored() {
    Path home = Path.of("/home/ann/.config/tidings/config.yml");
    assertThat(ConfigFile.defaultPath(Map.of("XDG_CONFIG_HOME", "conf"), "/home/ann"))
        .isEqualTo(home);
    assertThat(ConfigFile.defaultPath(Map.of("XDG_CONFIG_HOME", ""), "/home/ann"))
        .isEqualTo(home);
    assertThat(ConfigFile.defaultPath(Map.of(), "/home/ann")).isEqualTo(home);
    assertThat(ConfigFile.locate(null, Map.of(ConfigFile.VARIABLE, ""), "/home/ann").named())
        .isFalse();
  }

  @Test
  void aMissingDefaultFileIsTheDefaultsButAMissingNamedFileIsAnError() throws ConfigError {
    Path missing = dir.resolve("config.yml");
    assertThat(new ConfigFile(missing, false).load("/home/ann")).isEqualTo(Config.DEFAULTS);
    assertThatThrownBy(() -> new ConfigFile(missing, true).load("/home/ann"))
        .isInstanceOf(ConfigError.class)
        .hasMessage(missing + ": no such file");
  }

  @Test
  void aDirectoryOrATextThatIsNotUtf8IsAnError() throws IOException {
    assertThatThrownBy(() -> new ConfigFile(dir, true).load("/home/ann"))
        .hasMessage(dir + ": is a directory, not a configuration file");
    Path latin1 = dir.resolve("latin1.yml");
    Files.write(latin1, new byte[] {'q', 'u', 'e', 'r', 'y', ':', ' ', (byte) 0xe9, '\n'});
    assertThatThrownBy(() -> new ConfigFile(latin1, false).load("/home/ann"))
        .hasMessage(latin1 + ": not UTF-8 text");
  }

  @Test
  void aFileIsReadWithItsSettings() throws IOException, ConfigError {
    Path file = dir.resolve("config.yml");
    Files.writeString(file, "sort: oldest\n");
    assertThat(new ConfigFile(file, false).load("/home/ann").sort()).isEqualTo(SortOrder.OLDEST);
  }
}
