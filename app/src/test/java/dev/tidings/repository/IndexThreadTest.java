package dev.tidings.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The index thread hands what a task throws to the uncaught exception handler. */
class IndexThreadTest {

  @Test
  void aTaskThatThrowsReachesTheUncaughtExceptionHandler() throws InterruptedException {
    AtomicReference<Throwable> caught = new AtomicReference<>();
    CountDownLatch reported = new CountDownLatch(1);
    IndexThread executor =
        new IndexThread(
            task -> {
              Thread thread = new Thread(task, "test-index");
              thread.setDaemon(true);
              thread.setUncaughtExceptionHandler(
                  (t, e) -> {
                    caught.set(e);
                    reported.countDown();
                  });
              return thread;
            });
    try {
      executor.execute(
          () -> {
            throw new IllegalStateException("a defect on the index thread");
          });
      assertThat(reported.await(30, TimeUnit.SECONDS)).isTrue();
      assertThat(caught.get()).hasMessage("a defect on the index thread");
    } finally {
      executor.shutdownNow();
    }
  }
}
