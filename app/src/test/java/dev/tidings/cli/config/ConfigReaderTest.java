package dev.tidings.cli.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidings.browse.Action;
import dev.tidings.browse.Context;
import dev.tidings.browse.SortOrder;
import dev.tidings.cli.output.AcceptFormat;
import dev.tidings.ui.Key;
import dev.tidings.ui.view.ColourValue;
import dev.tidings.ui.view.ThemeElement;
import dev.tidings.ui.view.ThemeName;
import dev.tidings.ui.view.ThemeSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link ConfigReader}: every setting, and every mistake named with its file and line. */
class ConfigReaderTest {

  private static final Path FILE = Path.of("/home/ann/.config/tidings/config.yml");

  private static Config read(String text) throws ConfigError {
    return ConfigReader.read(FILE, text, "/home/ann");
  }

  /** @return the message of the error reading {@code text} */
  private static String error(String text) {
    try {
      read(text);
    } catch (ConfigError e) {
      assertThat(e.file()).isEqualTo(FILE);
      return e.getMessage();
    }
    throw new AssertionError("no error for:\n" + text);
  }

  @Test
  void anEmptyFileOrOnlyCommentsIsTheDefaults() throws ConfigError {
    assertThat(read("")).isEqualTo(Config.DEFAULTS);
    assertThat(read("# nothing yet\n")).isEqualTo(Config.DEFAULTS);
  }

  @Test
  void theDefaultFileReadsAsTheDefaultsAndGivesEverySetting() throws ConfigError {
    String text = ConfigFile.defaultText();
    assertThat(read(text)).isEqualTo(Config.DEFAULTS);
    Matcher settings = Pattern.compile("(?m)^([a-z-]+):").matcher(text);
    List<String> given = settings.results().map(m -> m.group(1)).toList();
    assertThat(given).containsExactlyElementsOf(ConfigReader.SETTINGS);
  }

  @Test
  void everySettingIsRead() throws ConfigError {
    Config config =
        read(
            """
            directories: [~/news, /srv/feeds, "~"]
            sort: heat
            query: topic:AI
            utc: true
            color: never
            state: false
            cache: false
            format: markdown
            preview: false
            mouse: true
            keys:
              timeline:
                accept: [enter, x]
              lists:
                move-down: ctrl-n
            """);
    assertThat(config.directories())
        .containsExactly(Path.of("/home/ann/news"), Path.of("/srv/feeds"), Path.of("/home/ann"));
    assertThat(config.sort()).isEqualTo(SortOrder.HEAT);
    assertThat(config.query()).isEqualTo("topic:AI");
    assertThat(config.utc()).isTrue();
    assertThat(config.color()).isEqualTo(Config.Color.NEVER);
    assertThat(config.state()).isFalse();
    assertThat(config.cache()).isFalse();
    assertThat(config.format()).isEqualTo(AcceptFormat.MARKDOWN);
    assertThat(config.preview()).isFalse();
    assertThat(config.mouse()).isTrue();
    assertThat(config.keys().rebindings())
        .containsExactly(
            new KeyBindings.Rebinding(
                Set.of(Context.TIMELINE),
                Action.ACCEPT,
                List.of(Key.of(com.googlecode.lanterna.input.KeyType.Enter), Key.of('x'))),
            new KeyBindings.Rebinding(
                Set.of(Context.TIMELINE, Context.RELATED),
                Action.MOVE_DOWN,
                List.of(Key.ctrl('n'))));
  }

  @Test
  void anUnknownSettingIsAnErrorOnItsLine() {
    assertThat(error("sort: date\nsortt: heat\n"))
        .isEqualTo(
            FILE + ":2: unknown setting 'sortt' (settings: directories, sort, query, utc, color, "
                + "theme, colors, state, cache, format, preview, mouse, keys, commands)");
  }

  @Test
  void theThemeAndColoursOfElementsAreReadAndTheirMistakesNamed() throws ConfigError {
    Config config = read("theme: light\ncolors:\n  date: '#808080'\n  match: bright-red\n");
    assertThat(config.theme())
        .isEqualTo(
            ThemeSpec.of(ThemeName.LIGHT)
                .with(ThemeElement.DATE, ColourValue.parse("#808080"))
                .with(ThemeElement.MATCH, ColourValue.parse("bright-red")));
    assertThat(read("sort: heat\n").theme()).isEqualTo(ThemeSpec.DEFAULT);
    assertThat(error("theme: dark\n"))
        .isEqualTo(
            FILE + ":1: theme: expected default, light, high-contrast or monochrome, not 'dark'");
    assertThat(error("colors:\n  date: red\n  dates: blue\n"))
        .startsWith(FILE + ":3: colors: unknown element 'dates' (elements: date, provider,");
    assertThat(error("colors:\n\n  date: '#12345g'\n"))
        .isEqualTo(
            FILE + ":3: colors: date: not a colour: \"#12345g\" (use a name, 0-255 or #rrggbb)");
    assertThat(error("colors: red\n"))
        .isEqualTo(FILE + ":1: expected colors (a mapping of names to values)");
  }

  @Test
  void aSettingKeptForLaterIsNotSupportedYet() {
    assertThat(error("\nbrowser: firefox\n"))
        .isEqualTo(FILE + ":2: setting 'browser' is not supported yet");
    for (String name : ConfigReader.NOT_YET) {
      assertThat(error(name + ": x\n")).endsWith("setting '" + name + "' is not supported yet");
    }
  }

  @Test
  void theMouseIsOffByDefaultAndABoolean() throws ConfigError {
    assertThat(Config.DEFAULTS.mouse()).isFalse();
    assertThat(read("mouse: false\n").mouse()).isFalse();
    assertThat(error("mouse: sometimes\n")).startsWith(FILE + ":1:").contains("mouse");
  }

  @Test
  void aValueOfTheWrongTypeIsAnError() {
    assertThat(error("utc: yes\n"))
        .isEqualTo(FILE + ":1: utc: expected true or false, not 'yes'");
    assertThat(error("cache:\n  - false\n"))
        .isEqualTo(FILE + ":2: cache: expected one value, not a list");
    assertThat(error("sort: newest\n"))
        .isEqualTo(
            FILE + ":1: sort: expected date, oldest, quality, heat or provider, not 'newest'");
    assertThat(error("color: sometimes\n"))
        .isEqualTo(FILE + ":1: color: expected auto, always or never, not 'sometimes'");
    assertThat(error("format: html\n"))
        .isEqualTo(FILE + ":1: format: expected url, markdown, json, tsv or path, not 'html'");
    assertThat(error("directories: ~/news\n"))
        .isEqualTo(FILE + ":1: directories: expected a list of directories, such as [~/news]");
    assertThat(error("directories: [news]\n"))
        .isEqualTo(FILE + ":1: directories: 'news' is not absolute; start it with / or ~/");
    assertThat(error("query: 'a \"b'\n"))
        .isEqualTo(FILE + ":1: query: bad query at character 3: the phrase needs a closing \"");
    assertThat(error("- sort\n"))
        .isEqualTo(FILE + ":1: expected settings (a mapping of names to values)");
  }

  @Test
  void keysNameKnownContextsActionsAndKeys() {
    assertThat(error("keys:\n  timelines:\n    accept: [x]\n"))
        .isEqualTo(
            FILE + ":2: keys: unknown context 'timelines' (contexts: lists, timeline, related, "
                + "filter, help, problems, marks, facets)");
    assertThat(error("keys:\n  timeline:\n    accpet: [x]\n"))
        .isEqualTo(
            FILE + ":3: keys.timeline: unknown action 'accpet' (the README lists the actions)");
    assertThat(error("keys:\n  timeline:\n    accept:\n      - enter\n      - ctrl-1\n"))
        .startsWith(FILE + ":5: keys.timeline.accept: unknown key name 'ctrl-1' (names are like");
    assertThat(error("keys: [x]\n"))
        .isEqualTo(
            FILE + ":1: expected keys: contexts to actions to keys (a mapping of names to values)");
  }

  @Test
  void oneKeyForTwoActionsInOneContextIsAnError() {
    assertThat(error("keys:\n  timeline:\n    accept: [x]\n    quit: [y, x]\n"))
        .isEqualTo(
            FILE + ":4: keys.timeline: x is given to two actions in the timeline context: "
                + "accept (line 3) and quit");
    // lists is the timeline and the related stories: x in related is given twice too.
    assertThat(error("keys:\n  lists:\n    accept: [x]\n  related:\n    quit: [x]\n"))
        .isEqualTo(
            FILE + ":5: keys.related: x is given to two actions in the related context: "
                + "accept (line 3) and quit");
  }

  @Test
  void aDuplicateKeyIsAnErrorOnItsSecondLine() {
    assertThat(error("sort: date\nutc: true\nsort: heat\n"))
        .isEqualTo(FILE + ":3: duplicate setting 'sort' (first on line 1)");
    assertThat(error("keys:\n  timeline:\n    accept: [x]\n    accept: [y]\n"))
        .isEqualTo(FILE + ":4: duplicate action 'accept' (first on line 3)");
  }

  @Test
  void yamlSyntaxTagsAndAliasesAreRefused() {
    assertThat(error("sort: date\nquery: [unclosed\n")).startsWith(FILE + ":3: not YAML: ");
    assertThat(error("sort: !!python/object:os.system date\n"))
        .startsWith(FILE + ":1: ")
        .contains("python/object");
    assertThat(error("utc: !!bool true\n"))
        .isEqualTo(FILE + ":1: tags such as tag:yaml.org,2002:bool are not allowed");
    assertThat(error("a: &x [1]\nb: *x\n")).startsWith(FILE + ":");
    StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
    for (char c = 'b'; c <= 'k'; c++) {
      String before = String.valueOf((char) (c - 1));
      bomb.append(c).append(": &").append(c).append(" [")
          .append(("*" + before + ", ").repeat(8)).append('*').append(before).append("]\n");
    }
    assertThat(error(bomb.toString())).contains("not YAML: ").containsIgnoringCase("alias");
  }

  @Test
  void aReusedValueIsRefusedAsAnAlias() {
    assertThat(error("directories: &d [/srv/a]\nkeys:\n  timeline:\n    accept: *d\n"))
        .isEqualTo(FILE + ":1: aliases (*name) are not allowed in the configuration");
  }

  @Test
  void theErrorSaysWhereWithoutALineWhenNoneIsKnown() {
    ConfigError error = new ConfigError(FILE, 0, "no such file");
    assertThat(error.getMessage()).isEqualTo(FILE + ": no such file");
    assertThatThrownBy(() -> new ConfigError(FILE, 1, null))
        .isInstanceOf(NullPointerException.class);
  }
}
