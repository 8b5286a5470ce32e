package dev.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Background threads that die: the first failure ends the browser, none is lost. */
class ThreadFailuresTest {

  private final ThreadFailures failures = new ThreadFailures();
  private final List<RuntimeException> ended = new ArrayList<>();

  @Test
  void aFailureAfterTheBrowserIsShownEndsItNamingTheThreadAndTheCause() {
    failures.reportTo(ended::add);

    failures.uncaughtException(new Thread("tidings-parse-1"), new IllegalStateException("boom"));

    assertThat(ended).hasSize(1);
    assertThat(ended.get(0))
        .hasToString("thread tidings-parse-1 died: java.lang.IllegalStateException: boom")
        .hasCauseInstanceOf(IllegalStateException.class);
  }

  @Test
  void aFailureBeforeTheBrowserIsShownEndsItOnceShown() {
    failures.uncaughtException(new Thread("tidings-watch"), new IllegalStateException("early"));
    assertThat(ended).isEmpty();

    failures.reportTo(ended::add);

    assertThat(ended).singleElement().hasToString(
        "thread tidings-watch died: java.lang.IllegalStateException: early");
  }

  @Test
  void laterFailuresAreKeptWithTheFirstAndRethrownAfterANormalEnd() {
    failures.reportTo(ended::add);
    failures.uncaughtException(new Thread("a"), new IllegalStateException("first"));
    failures.uncaughtException(new Thread("b"), new IllegalArgumentException("second"));

    assertThat(ended).hasSize(1);
    assertThatThrownBy(failures::rethrow)
        .isSameAs(ended.get(0))
        .satisfies(
            e ->
                assertThat(e.getSuppressed())
                    .singleElement()
                    .hasToString("java.lang.IllegalArgumentException: second"));
  }

  @Test
  void noFailureNothingToRethrow() {
    failures.rethrow();
    assertThat(ended).isEmpty();
  }
}
