package dev.tidings.browse;

/**
 * How the user has set the panes: whether the preview side (the preview and the related stories)
 * is shown, how large it is, and where the preview is scrolled to. The UI lays the screen out from
 * it. Views read it; only the session changes it, through {@link #apply(Action)}.
 */
public final class Panes {

  /** The largest {@link #previewSize()}. */
  public static final int LARGEST = 2;

  private final Scroll previewScroll = new Scroll();
  private boolean previewShown = true;
  private int previewSize;

  /** @return whether the preview and the related stories are shown */
  public boolean previewShown() {
    return previewShown;
  }

  /**
   * @return how large the preview side is: 0 (the default), 1 or {@link #LARGEST}; what a size
   *     means in columns or rows is the layout's to say
   */
  public int previewSize() {
    return previewSize;
  }

  /** @return where the preview is scrolled to */
  public Scroll previewScroll() {
    return previewScroll;
  }

  /**
   * Applies {@link Action#TOGGLE_PREVIEW}, {@link Action#WIDEN_PREVIEW}, {@link
   * Action#NARROW_PREVIEW}, {@link Action#SCROLL_PREVIEW_DOWN} or {@link
   * Action#SCROLL_PREVIEW_UP}. Widening or narrowing a hidden preview shows it.
   *
   * @return whether {@code action} is one of them
   */
  boolean apply(Action action) {
    switch (action) {
      case TOGGLE_PREVIEW -> previewShown = !previewShown;
      case WIDEN_PREVIEW -> resize(1);
      case NARROW_PREVIEW -> resize(-1);
      case SCROLL_PREVIEW_DOWN -> previewScroll.by(1);
      case SCROLL_PREVIEW_UP -> previewScroll.by(-1);
      default -> {
        return false;
      }
    }
    return true;
  }

  /** Shows the preview side. */
  void show() {
    previewShown = true;
  }

  private void resize(int delta) {
    if (previewShown) {
      previewSize = Math.max(0, Math.min(LARGEST, previewSize + delta));
    }
    previewShown = true;
  }
}
