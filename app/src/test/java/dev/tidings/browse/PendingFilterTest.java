package dev.tidings.browse;

import static dev.tidings.browse.SessionFixtures.timeline;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.model.TimelineEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Keys that arrive together filter once: a pass gives way to keys waiting, the filter stays
 * pending, and the pass runs when they are handled; an abandoned pass leaves nothing behind.
 */
class PendingFilterTest {

  /** Interruptions the test sets by hand. */
  private static final class Switches implements Interruptions {
    volatile boolean keys;
    volatile boolean quit;

    @Override
    public boolean keysWaiting() {
      return keys;
    }

    @Override
    public boolean quitting() {
      return quit;
    }
  }

  /** Counts the passes that ran to their end. */
  private static final class CountingPass implements FilterPass {
    final AtomicInteger completed = new AtomicInteger();
    final AtomicInteger abandoned = new AtomicInteger();

    @Override
    public Optional<ArrayList<TimelineEntry>> matching(
        List<TimelineEntry> rows, Predicate<TimelineEntry> matcher, BooleanSupplier abandon) {
      Optional<ArrayList<TimelineEntry>> result = SEQUENTIAL.matching(rows, matcher, abandon);
      (result.isPresent() ? completed : abandoned).incrementAndGet();
      return result;
    }
  }

  private final List<TimelineEntry> all = timeline(10_000);
  private final CountingPass pass = new CountingPass();
  private final Switches switches = new Switches();
  private final BrowseSession session =
      new BrowseSession(
          all, new Corpus(url -> Optional.empty(), a -> List.of(), List::of, () -> {}), pass);

  {
    session.setViewport(10, 3);
    session.interruptFilteringWhen(switches);
    session.apply(Action.START_FILTER);
  }

  private List<TimelineEntry> matching(String query) {
    return all.stream().filter(new Filter(query)::matches).toList();
  }

  @Test
  void aPasteFiltersOnceAtTheEndOfTheBatch() {
    String paste = "story 12";
    switches.keys = true;
    for (int i = 0; i < paste.length(); i++) {
      session.type(paste.substring(i, i + 1));
    }
    assertThat(pass.completed).hasValue(0);
    assertThat(session.visible()).hasSize(all.size());
    assertThat(session.prompt().text()).isEqualTo(paste);

    switches.keys = false;
    assertThat(session.settleFilter()).isTrue();

    assertThat(pass.completed).hasValue(1);
    assertThat(session.filter().query()).isEqualTo(paste);
    assertThat(session.visible()).containsExactlyElementsOf(matching(paste));
  }

  @Test
  void aPassAbandonedPartWayIsNotRememberedAsAResult() {
    // Keys arrive while the pass is at its second check: it is abandoned there.
    AtomicInteger checks = new AtomicInteger();
    session.interruptFilteringWhen(
        new Interruptions() {
          @Override
          public boolean keysWaiting() {
            return checks.incrementAndGet() == 2;
          }

          @Override
          public boolean quitting() {
            return false;
          }
        });
    session.type("story 1");
    assertThat(pass.abandoned).hasValue(1);
    assertThat(session.filter().isEmpty()).isTrue();

    assertThat(session.settleFilter()).isTrue();
    assertThat(session.visible()).containsExactlyElementsOf(matching("story 1"));
    session.type("2");
    session.apply(Action.DELETE_FILTER_CHAR);
    assertThat(session.visible()).containsExactlyElementsOf(matching("story 1"));
  }

  @Test
  void anActionAfterAPasteWaitsForItsFilterEvenWithKeysWaiting() {
    switches.keys = true;
    session.type("story 12");
    session.apply(Action.MOVE_DOWN);

    assertThat(session.filter().query()).isEqualTo("story 12");
    assertThat(session.current()).contains(matching("story 12").get(1));
  }

  @Test
  void quittingAbandonsEveryPass() {
    switches.keys = true;
    session.type("story 12");
    switches.quit = true;

    session.apply(Action.MOVE_DOWN);
    assertThat(session.settleFilter()).isFalse();

    assertThat(pass.completed).hasValue(0);
    assertThat(session.filter().isEmpty()).isTrue();
    assertThat(session.apply(Action.QUIT_NOW)).isEqualTo(Outcome.QUIT);
  }

  @Test
  void clearingThePromptEndsAPendingFilter() {
    switches.keys = true;
    session.type("story 12");
    session.apply(Action.CLEAR_FILTER);
    switches.keys = false;

    assertThat(session.settleFilter()).isTrue();
    assertThat(pass.completed).hasValue(0);
    assertThat(session.visible()).hasSize(all.size());
    assertThat(session.prompt()).isEqualTo(Prompt.EMPTY);
  }
}
