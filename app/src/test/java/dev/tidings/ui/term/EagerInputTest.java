package dev.tidings.ui.term;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The terminal's input read ahead: Ctrl-C is told of before the keys ahead of it are read. */
class EagerInputTest {

  private final Pipe pipe;

  EagerInputTest() throws IOException {
    pipe = Pipe.open();
  }

  private void write(String text) throws IOException {
    ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    while (bytes.hasRemaining()) {
      pipe.sink().write(bytes);
    }
  }

  @Test
  void ctrlCIsToldOfWhileTheBytesBeforeItAreStillUnread() throws Exception {
    EagerInput input = EagerInput.start(pipe.source());
    CountDownLatch ctrlC = new CountDownLatch(1);
    input.whenCtrlC(ctrlC::countDown);

    write("x".repeat(100_000) + "\u0003");

    assertThat(ctrlC.await(30, TimeUnit.SECONDS)).isTrue();
    byte[] all = input.readNBytes(100_001);
    assertThat(all).hasSize(100_001);
    assertThat(all[0]).isEqualTo((byte) 'x');
    assertThat(all[100_000]).isEqualTo(EagerInput.CTRL_C);
  }

  @Test
  void bytesArriveInOrderAndAvailableCountsThoseReadAhead() throws Exception {
    EagerInput input = EagerInput.start(pipe.source());
    write("héllo");
    byte[] expected = "héllo".getBytes(StandardCharsets.UTF_8);
    assertTimeoutPreemptively(
        Duration.ofSeconds(30),
        () -> {
          while (input.available() < expected.length) {
            Thread.onSpinWait();
          }
        });
    assertThat(input.read()).isEqualTo('h');
    byte[] rest = new byte[16];
    int read = input.read(rest, 0, rest.length);
    assertThat(new String(rest, 0, read, StandardCharsets.UTF_8)).isEqualTo("éllo");
    assertThat(input.available()).isZero();
  }

  @Test
  void theEndOfTheDeviceIsTheEndOfTheStream() throws Exception {
    EagerInput input = EagerInput.start(pipe.source());
    write("ab");
    pipe.sink().close();
    assertThat(input.readAllBytes()).containsExactly('a', 'b');
    assertThat(input.read()).isEqualTo(-1);
  }

  @Test
  void closingEndsAReadThatWaits() throws Exception {
    EagerInput input = EagerInput.start(pipe.source());
    // Before the read waits or while it does: either way it ends.
    Thread closer =
        new Thread(
            () -> {
              try {
                input.close();
              } catch (IOException e) {
                throw new AssertionError(e);
              }
            });
    closer.start();

    assertTimeoutPreemptively(
        Duration.ofSeconds(30),
        () -> assertThatThrownBy(input::read).isInstanceOf(IOException.class));
    closer.join();
  }

  @Test
  void whilePausedNothingIsReadFromTheDeviceAndAfterResumeTheNewOneIsRead() throws Exception {
    EagerInput input = EagerInput.start(pipe.source());
    write("a");
    assertThat(input.read()).isEqualTo('a');

    input.pause();
    assertThat(pipe.source().isOpen())
        .as("closed, so that no thread of ours reads the keys typed into a terminal browser")
        .isFalse();
    assertThat(input.available()).isZero();

    Pipe next = Pipe.open();
    input.resume(next.source());
    next.sink().write(ByteBuffer.wrap(new byte[] {'b'}));
    assertThat(input.read()).as("read from the device opened again").isEqualTo('b');
  }

  @Test
  void closingWhilePausedEndsAWaitingRead() throws Exception {
    EagerInput input = EagerInput.start(pipe.source());
    input.pause();

    input.close();

    assertThatThrownBy(input::read).isInstanceOf(IOException.class);
  }
}
