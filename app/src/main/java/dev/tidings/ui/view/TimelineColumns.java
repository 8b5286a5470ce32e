package dev.tidings.ui.view;

/**
 * The columns of a timeline row for a pane's width: cursor, mark and unread marker, the compact
 * date,
 * the provider and the title, which gets the room. The provider column is as wide as the widest
 * provider on screen, up to a cap that grows by a column for every four of the pane's, so that a
 * wider pane never shows less of a title than a narrower one; when every title on screen fits
 * with room to spare, the provider takes some of that room (up to {@link #PROVIDER_ROOMY}
 * columns), which shows no title less. With no provider on screen there is no provider column.
 *
 * @param provider the provider column's width in columns
 * @param title the title column's width in columns, 0 or more
 */
record TimelineColumns(int provider, int title) {

  /** The cursor, mark and unread columns (the last a space when the article is read). */
  static final int PREFIX = 3;

  /** Columns between the date and the provider, and between the provider and the title. */
  static final int GAP = 2;

  /** The narrowest and the widest the provider column's cap gets. */
  static final int PROVIDER_MIN = 6;

  static final int PROVIDER_MAX = 20;

  /** The widest the provider column gets from room the titles on screen leave. */
  static final int PROVIDER_ROOMY = 24;

  /**
   * @param paneWidth the timeline pane's width in columns
   * @param widestProvider the width of the widest provider to show, in columns
   * @param widestTitle the width of the widest title to show, in columns
   * @param titleCap the most columns the title column may take
   * @return the columns
   */
  static TimelineColumns of(int paneWidth, int widestProvider, int widestTitle, int titleCap) {
    int provider = Math.min(widestProvider, providerCap(paneWidth));
    int title = Math.min(titleCap, titleRoom(paneWidth, provider));
    if (widestProvider > provider && widestTitle < title) {
      int roomy = Math.min(PROVIDER_ROOMY, Math.max(provider, widestProvider));
      provider = Math.min(roomy, provider + title - widestTitle);
      title = Math.min(titleCap, titleRoom(paneWidth, provider));
    }
    return new TimelineColumns(provider, Math.max(0, title));
  }

  /** The provider column's cap for a pane's width: a quarter of what is over 40 columns. */
  static int providerCap(int paneWidth) {
    return Math.max(PROVIDER_MIN, Math.min(PROVIDER_MAX, (paneWidth - 40) / 4));
  }

  private static int titleRoom(int paneWidth, int provider) {
    return paneWidth - PREFIX - DateFormats.COLUMNS - GAP - (provider > 0 ? provider + GAP : 0);
  }
}
