package dev.tidings.ui.term;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Giving the terminal back: once, gated, in order, and never stuck on a terminal that hangs. */
class GiveBackTest {

  private static final Duration LIMIT = Duration.ofSeconds(30);

  private final ByteArrayOutputStream device = new ByteArrayOutputStream();
  private final List<String> steps = Collections.synchronizedList(new ArrayList<>());

  @Test
  void theSequenceLeavesEveryModeAFullScreenSessionMaySet() {
    assertThat(new String(GiveBack.SEQUENCE, StandardCharsets.US_ASCII))
        .isEqualTo(
            "\u0018\033[0m\033[?1000l\033[?1002l\033[?1003l\033[?1005l\033[?1006l"
                + "\033[?25h\033[?1049l");
  }

  @Test
  void writesTheSequenceAfterWhatWasFlushedAndRestoresTheSettings() throws Exception {
    GiveBack giveBack = new GiveBack(device, LIMIT);
    giveBack.output().write("frame".getBytes(StandardCharsets.US_ASCII));

    giveBack.run(() -> steps.add("settings"));

    assertThat(device.toByteArray()).isEqualTo(concat("frame", GiveBack.SEQUENCE));
    assertThat(steps).containsExactly("settings");
  }

  @Test
  void theRestOfAFrameStillInTheBufferNeverReachesTheTerminal() throws Exception {
    GiveBack giveBack = new GiveBack(device, LIMIT);
    OutputStream screen = new BufferedOutputStream(giveBack.output(), 1 << 16);
    screen.write("\033[1;1Hdrawn".getBytes(StandardCharsets.US_ASCII));
    screen.flush();
    // A signal arrives in the middle of the next frame, half a control sequence buffered.
    screen.write("\033[?25l\033[12;".getBytes(StandardCharsets.US_ASCII));

    giveBack.run(() -> steps.add("settings"));
    screen.write("40Hmore".getBytes(StandardCharsets.US_ASCII));
    screen.flush();

    assertThat(device.toByteArray()).isEqualTo(concat("\033[1;1Hdrawn", GiveBack.SEQUENCE));
  }

  @Test
  void manyCallersFromManyThreadsGiveBackOnceAndAllReturnAfterIt() throws Exception {
    GiveBack giveBack = new GiveBack(device, LIMIT);
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Integer>> calls = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        String caller = "caller " + i;
        calls.add(
            threads.submit(
                () -> {
                  go.await();
                  giveBack.run(() -> steps.add(caller));
                  // Every caller returns only once the restore is complete.
                  return steps.size();
                }));
      }
      go.countDown();
      for (Future<Integer> call : calls) {
        assertThat(call.get()).isEqualTo(1);
      }
    } finally {
      threads.shutdownNow();
    }
    assertThat(steps).hasSize(1);
    assertThat(device.toByteArray()).isEqualTo(GiveBack.SEQUENCE);
  }

  @Test
  void aTerminalThatIsGoneIsReportedAndItsSettingsAreStillRestored() {
    OutputStream gone =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("Input/output error");
          }
        };
    GiveBack giveBack = new GiveBack(gone, LIMIT);

    assertThatThrownBy(() -> giveBack.run(() -> steps.add("settings")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("Input/output error");
    assertThat(steps).containsExactly("settings");
    // A second caller hears the same, without a second attempt.
    assertThatThrownBy(() -> giveBack.run(() -> steps.add("again")))
        .hasMessageContaining("Input/output error");
    assertThat(steps).containsExactly("settings");
  }

  @Test
  void aTerminalThatTakesNoOutputDoesNotKeepTheCallerWaiting() throws Exception {
    CountDownLatch never = new CountDownLatch(1);
    GiveBack giveBack = new GiveBack(device, Duration.ofMillis(1));
    try {
      // stty waiting for output to drain to a terminal stopped with Ctrl-S.
      assertThatThrownBy(
              () ->
                  giveBack.run(
                      () -> {
                        try {
                          never.await();
                        } catch (InterruptedException e) {
                          Thread.currentThread().interrupt();
                        }
                      }))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("not given back within 1 ms");
    } finally {
      never.countDown();
    }
  }

  @Test
  void aWriteStuckOnTheTerminalDoesNotKeepTheSettingsFromBeingRestored() throws Exception {
    CountDownLatch resumed = new CountDownLatch(1);
    CountDownLatch writing = new CountDownLatch(1);
    OutputStream stopped =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            writing.countDown();
            try {
              resumed.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
        };
    GiveBack giveBack = new GiveBack(stopped, Duration.ofMillis(1));
    Thread ui =
        new Thread(
            () -> {
              try {
                giveBack.output().write('x');
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    ui.setDaemon(true);
    ui.start();
    try {
      writing.await();
      CountDownLatch restored = new CountDownLatch(1);

      // The UI thread holds the device in a write the terminal does not take (Ctrl-S).
      assertThatThrownBy(() -> giveBack.run(restored::countDown))
          .hasMessageContaining("not given back within 1 ms");

      assertThat(restored.await(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      resumed.countDown();
    }
  }

  private static byte[] concat(String text, byte[] bytes) {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    all.writeBytes(bytes);
    return all.toByteArray();
  }
}
