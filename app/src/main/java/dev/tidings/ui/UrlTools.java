package dev.tidings.ui;

import dev.tidings.browse.UrlRequest;
import dev.tidings.ui.external.BrowserChoice;
import dev.tidings.ui.external.BrowserLauncher;
import dev.tidings.ui.external.Handover;
import dev.tidings.ui.external.Processes;
import dev.tidings.ui.term.Osc52;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;

/**
 * Does what the session asks outside the screen ({@link UrlRequest}): opens URLs in the browser
 * ({@link BrowserLauncher}) or copies a text to the clipboard ({@link Clipboard}). Runs on the UI
 * thread, between frames.
 */
public final class UrlTools {

  /**
   * What came of a request.
   *
   * @param message for the status line; never null
   * @param redraw whether the terminal was handed over and the screen must be redrawn whole
   */
  public record Result(String message, boolean redraw) {}

  /** Where there is no terminal to write to and no browser: every request is refused. */
  public static final UrlTools NONE = new UrlTools(null, null);

  private final BrowserLauncher launcher;
  private final Clipboard clipboard;

  private UrlTools(BrowserLauncher launcher, Clipboard clipboard) {
    this.launcher = launcher;
    this.clipboard = clipboard;
  }

  /**
   * @param env the environment: {@code BROWSER}, {@code TIDINGS_TERMINAL_BROWSER}, {@code
   *     SSH_CONNECTION}, {@code SSH_TTY}, {@code DISPLAY}, {@code WAYLAND_DISPLAY}, {@code PATH},
   *     {@code TMUX}, {@code STY}, {@code TERM}; never null
   * @param osName the {@code os.name} system property; never null
   * @param processes what starts browsers; never null
   * @param handover what gives the terminal to a terminal browser; never null
   * @param output the terminal's raw output, for OSC 52; never null
   * @return the tools for that environment
   */
  public static UrlTools of(
      Map<String, String> env,
      String osName,
      Processes processes,
      Handover handover,
      LinkOutput output) {
    BrowserChoice.Choice choice =
        BrowserChoice.choose(env, osName, BrowserChoice.onPath(env));
    return new UrlTools(
        new BrowserLauncher(choice, processes, handover),
        new Clipboard(output, Osc52.Wrapping.of(env)));
  }

  /**
   * @param request what to do; never null
   * @return what came of it; never null
   * @throws IOException if the terminal cannot be written
   */
  public Result perform(UrlRequest request) throws IOException {
    Objects.requireNonNull(request, "request");
    if (launcher == null) {
      return new Result("no terminal to open or copy from", false);
    }
    if (request.kind() == UrlRequest.Kind.COPY) {
      return new Result(clipboard.copy(request.text(), request.what()), false);
    }
    BrowserLauncher.Result opened = launcher.open(request.urls(), request.what());
    return new Result(opened.message(), opened.handedOver());
  }
}
