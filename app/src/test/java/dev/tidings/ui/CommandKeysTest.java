package dev.tidings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.TestCorpora;
import dev.tidings.browse.Context;
import dev.tidings.model.TimelineEntry;
import dev.tidings.ui.external.CommandProcesses;
import dev.tidings.ui.external.CommandRunner;
import dev.tidings.ui.external.ExternalCommand;
import dev.tidings.ui.external.Handover;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Keys bound to external commands through the browser: the fields of the article under the
 * cursor, {@code {urls}} for the marked articles, an interactive command given the terminal and
 * the screen redrawn whole after it, a background command's first line on the status line, and
 * the help overlay's "Commands" section.
 */
class CommandKeysTest {

  private static final Commands COMMANDS =
      new Commands(
          List.of(
              new Commands.Binding(
                  Key.of('e'),
                  Context.TIMELINE,
                  new ExternalCommand(List.of("editor", "{path}", "{date}"), true)),
              new Commands.Binding(
                  Key.of('x'),
                  Context.TIMELINE,
                  new ExternalCommand(List.of("save", "{urls}"), false))));

  private final ScreenHarness harness =
      new ScreenHarness(TestCorpora.seeds(), 100, 24, COMMANDS);
  private final List<String> log = new ArrayList<>();

  private final CommandProcesses processes =
      new CommandProcesses() {
        @Override
        public int runOnTerminal(List<String> argv, Map<String, String> env) {
          log.add("run " + String.join(" ", argv));
          return 3;
        }

        @Override
        public Ended runInBackground(List<String> argv, Map<String, String> env) {
          log.add("background " + String.join(" ", argv) + " " + env.get("TIDINGS_URLS"));
          return new Ended(0, "saved");
        }
      };

  private String statusLine() {
    String[] lines = harness.screen().split("\n");
    return lines[lines.length - 1];
  }

  @Test
  void anInteractiveCommandGetsTheTerminalAndTheScreenIsRedrawnWholeAfter() {
    String before = harness.screen();
    harness.browser.useCommandRunner(
        new CommandRunner(
            processes,
            Handover.of(
                () -> log.add("suspend"),
                () -> {
                  log.add("resume");
                  harness.terminal.setCursorPosition(0, 0);
                  harness.terminal.putString("editor was here");
                })));
    TimelineEntry current = harness.session.current().orElseThrow();
    String date =
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(current.published().atZone(ZoneOffset.UTC));

    harness.keys("e");

    assertThat(log)
        .containsExactly(
            "suspend", "run editor " + current.key().path() + " " + date, "resume");
    String after = harness.screen();
    assertThat(after).doesNotContain("editor was here");
    assertThat(after.substring(0, after.lastIndexOf('\n', after.length() - 2)))
        .isEqualTo(before.substring(0, before.lastIndexOf('\n', before.length() - 2)));
    assertThat(statusLine()).contains("editor exited 3");
  }

  @Test
  void urlsIsTheMarkedArticlesElseTheCurrentOne() throws Exception {
    BlockingQueue<Runnable> later = new ArrayBlockingQueue<>(4);
    CommandKeys keys =
        new CommandKeys(COMMANDS, harness.session, ZoneOffset.UTC, later::add);
    keys.use(new CommandRunner(processes, Handover.NONE));
    String first = harness.session.current().orElseThrow().url();

    assertThat(keys.run(ScreenHarness.stroke("x"))).contains(false);
    assertThat(harness.session.message()).isEqualTo("running save");
    later.poll(20, TimeUnit.SECONDS).run();
    assertThat(harness.session.message()).isEqualTo("save: saved");

    harness.keys(" ", " ");
    String second = harness.session.acceptedUrls().get(1);
    keys.run(ScreenHarness.stroke("x"));
    later.poll(20, TimeUnit.SECONDS).run();

    assertThat(log)
        .containsExactly(
            "background save " + first + " " + first,
            "background save " + first + " " + second + " " + first + "\n" + second);
  }

  @Test
  void aRealBackgroundCommandsFirstLineReachesTheStatusLine() throws Exception {
    BlockingQueue<Runnable> later = new ArrayBlockingQueue<>(1);
    Commands echo =
        new Commands(
            List.of(
                new Commands.Binding(
                    Key.of('x'),
                    Context.TIMELINE,
                    new ExternalCommand(List.of("/bin/echo", "got {title}"), false))));
    CommandKeys keys = new CommandKeys(echo, harness.session, ZoneOffset.UTC, later::add);
    keys.use(new CommandRunner(CommandProcesses.SYSTEM, Handover.NONE));
    String title = harness.session.current().orElseThrow().title();

    keys.run(ScreenHarness.stroke("x"));
    later.poll(20, TimeUnit.SECONDS).run();

    assertThat(harness.session.message()).isEqualTo("echo: got " + title);
  }

  @Test
  void theHelpListsTheCommandsWithTheirKeysAndPrograms() {
    harness.keys("?");
    for (int i = 0; i < 12; i++) {
      harness.keys("<PgDn>");
      if (harness.screen().contains("Commands")) {
        break;
      }
    }

    assertThat(harness.screen()).contains("Commands").contains("run editor").contains("run save");
  }
}
