package dev.tidings.browse;

import dev.tidings.model.TimelineEntry;
import dev.tidings.repository.read.Urls;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which articles the user has read, by the {@link Urls#normalize normalised} URL, so that a file
 * renamed or moved stays read. Until the stored state is {@link #loaded}, no row is unread or new;
 * changes made meanwhile are written at once and applied over the stored state when it arrives.
 * A row without a URL is never unread (its state could not be kept).
 *
 * <p>An article is <em>new</em> when it is unread and its file was modified after the previous
 * run over the same directories started: a file's modification time stands in for when it
 * arrived, which needs no record per file. Before the first run over a set of directories,
 * nothing is new.
 *
 * <p>Changed on the thread that owns the session; {@link #isUnread} and {@link #isNew} may be
 * called from the threads of a filter pass meanwhile, as long as no change is made during it.
 */
public final class ReadState {

  /** Where changes go to be kept: the read log, or nowhere. */
  @FunctionalInterface
  public interface Sink {
    /**
     * @param read true when the articles became read, false when unread
     * @param keys their normalised URLs; never null
     */
    void write(boolean read, List<String> keys);
  }

  private final Sink sink;
  /** Normalised URLs read; null until loaded. */
  private Set<String> read;
  private Instant previousRun;
  /** Changes made before the state was loaded: the key with + or - in front. */
  private final List<String> early = new ArrayList<>();
  /** The key of each URL met, so that a filter pass normalises each URL once. */
  private final ConcurrentHashMap<String, String> keys = new ConcurrentHashMap<>();
  /** The count of new rows, or -1 when it is to be counted again. */
  private int newCount = -1;

  /**
   * A read state that is loaded later ({@link #loaded}).
   *
   * @param sink where changes are written; never null
   */
  public ReadState(Sink sink) {
    this.sink = Objects.requireNonNull(sink, "sink");
  }

  /**
   * A read state kept for this run only, loaded at once with nothing read and no previous run:
   * every article with a URL is unread, none new ({@code --no-state}).
   *
   * @return the state; never null
   */
  public static ReadState inMemory() {
    ReadState state = new ReadState((read, keys) -> {});
    state.loaded(new HashSet<>(), null);
    return state;
  }

  /**
   * Takes the stored state, then applies the changes made before it arrived.
   *
   * @param stored the normalised URLs read; the state keeps and changes it; never null
   * @param previous when the previous run over the same directories started; null when none
   */
  public void loaded(Set<String> stored, Instant previous) {
    read = Objects.requireNonNull(stored, "stored");
    previousRun = previous;
    for (String change : early) {
      if (change.charAt(0) == '+') {
        read.add(change.substring(1));
      } else {
        read.remove(change.substring(1));
      }
    }
    early.clear();
    newCount = -1;
  }

  /** @return whether the stored state has arrived */
  public boolean isLoaded() {
    return read != null;
  }

  /**
   * @param row a row; never null
   * @return whether the row's article is unread: false until loaded and for a row without URL
   */
  public boolean isUnread(TimelineEntry row) {
    Set<String> now = read;
    String key = key(row.url());
    return now != null && key != null && !now.contains(key);
  }

  /**
   * @param row a row; never null
   * @return whether the row is unread and its file was modified after the previous run started
   */
  public boolean isNew(TimelineEntry row) {
    Instant since = previousRun;
    return since != null && row.key().modified().isAfter(since) && isUnread(row);
  }

  /**
   * Marks articles read and writes the change.
   *
   * @param urls their URLs as in the rows; null and blank ones are skipped; never null
   * @return how many were unread before (all of them before the state is loaded)
   */
  public int markRead(Collection<String> urls) {
    return change(true, urls);
  }

  /**
   * Marks a row's article unread, or read when it is unread.
   *
   * @param row the row; never null
   * @return true when it is read now
   */
  public boolean toggle(TimelineEntry row) {
    boolean nowRead = isUnread(row);
    change(nowRead, List.of(row.url()));
    return nowRead;
  }

  private int change(boolean toRead, Collection<String> urls) {
    List<String> changed = new ArrayList<>();
    for (String url : urls) {
      String key = key(url);
      if (key == null) {
        continue;
      }
      if (read == null) {
        early.add((toRead ? "+" : "-") + key);
        changed.add(key);
      } else if (toRead ? read.add(key) : read.remove(key)) {
        changed.add(key);
      }
    }
    if (!changed.isEmpty()) {
      sink.write(toRead, changed);
      newCount = -1;
    }
    return changed.size();
  }

  /**
   * @param timeline the rows to count in; never null
   * @return how many are new, counted again only after a change (see {@link #timelineChanged})
   */
  public int newCount(List<TimelineEntry> timeline) {
    if (newCount < 0) {
      int count = 0;
      if (previousRun != null && read != null) {
        for (TimelineEntry row : timeline) {
          if (isNew(row)) {
            count++;
          }
        }
      }
      newCount = count;
    }
    return newCount;
  }

  /**
   * Tells the state that rows came or went: the count of new rows follows them, row by row, rather
   * than being taken again over the whole timeline (which would be once a frame while indexing).
   *
   * @param added the rows that came; never null
   * @param removed the rows that went (among them the old rows of changed files); never null
   */
  public void timelineChanged(List<TimelineEntry> added, List<TimelineEntry> removed) {
    if (newCount < 0) {
      return;
    }
    for (TimelineEntry row : added) {
      if (isNew(row)) {
        newCount++;
      }
    }
    for (TimelineEntry row : removed) {
      if (isNew(row)) {
        newCount--;
      }
    }
  }

  /** @return the normalised URL, or the URL stripped when it is not http(s); null for none */
  private String key(String url) {
    if (url == null) {
      return null;
    }
    String key = keys.get(url);
    if (key == null) {
      String normal = Urls.normalize(url);
      key = escape(normal != null ? normal : url.strip());
      if (key.isEmpty()) {
        return null;
      }
      if (key.equals(url)) {
        key = url;
      }
      keys.put(url, key);
    }
    return key;
  }

  /**
   * A key is written to the log as one line: white space and control characters (which {@link
   * Urls#normalize} keeps in paths) become {@code %XX} escapes of their UTF-8 bytes.
   */
  private static String escape(String key) {
    StringBuilder escaped = null;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      boolean bad = c <= ' ' || Character.isWhitespace(c) || Character.isISOControl(c);
      if (bad && escaped == null) {
        escaped = new StringBuilder(key.substring(0, i));
      }
      if (bad) {
        for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
          escaped.append(String.format(Locale.ROOT, "%%%02X", b & 0xFF));
        }
      } else if (escaped != null) {
        escaped.append(c);
      }
    }
    return escaped == null ? key : escaped.toString();
  }
}
