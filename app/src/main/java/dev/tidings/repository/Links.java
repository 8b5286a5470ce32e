package dev.tidings.repository;

import dev.tidings.model.TimelineEntry;
import dev.tidings.repository.read.IndexRecord;
import dev.tidings.repository.read.Urls;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The links between articles, both ways: which article owns a URL (its webUrl, originalUrl,
 * ampWebUrl or cdnAmpWebUrl, normalised by {@link Urls#normalize}), and which articles name a URL
 * among their related stories. URLs are kept as 64-bit FNV-1a hashes of their normalised form, so
 * that a million articles' links fit in little memory; two different URLs with the same hash (odds
 * about 1 in 10^7 at a million URLs) would be taken as one.
 *
 * <p>Changed by one thread at a time; read by any.
 */
final class Links {

  private static final TimelineEntry[] NONE = new TimelineEntry[0];

  private final Map<Long, TimelineEntry> owners = new ConcurrentHashMap<>(1 << 16);
  private final Map<Long, TimelineEntry[]> referrers = new ConcurrentHashMap<>(1 << 14);
  /**
   * The keys each article was added under, to take it out again and to tell whether it is linked;
   * changed by one writer thread, read by any.
   */
  private final Map<Path, long[][]> keysByPath = new ConcurrentHashMap<>(1 << 16);

  /**
   * Adds an article by the keys of its own URLs and of the URLs it names ({@link #keys}); replaces
   * what its path had.
   */
  void add(TimelineEntry entry, long[] own, long[] named) {
    remove(entry.key().path());
    keysByPath.put(entry.key().path(), new long[][] {own, named});
    for (long key : own) {
      owners.merge(
          key, entry, (old, added) -> TimelineEntry.NEWEST_FIRST.compare(added, old) < 0 ? added : old);
    }
    for (long key : named) {
      referrers.merge(key, new TimelineEntry[] {entry}, Links::concat);
    }
  }

  /** Takes out what the article at {@code path} was added with. */
  void remove(Path path) {
    long[][] keys = keysByPath.remove(path);
    if (keys == null) {
      return;
    }
    for (long key : keys[0]) {
      owners.computeIfPresent(key, (k, owner) -> owner.key().path().equals(path) ? null : owner);
    }
    for (long key : keys[1]) {
      referrers.computeIfPresent(key, (k, sources) -> without(sources, path));
    }
  }

  /** @return the article that owns the URL, if any; the newest when several do */
  Optional<TimelineEntry> owner(String url) {
    String normalised = Urls.normalize(url);
    return normalised == null
        ? Optional.empty()
        : Optional.ofNullable(owners.get(hash(normalised)));
  }

  /**
   * @param ownUrls an article's own URLs, normalised ({@link
   *     IndexRecord#ownUrls(dev.tidings.model.Article)})
   * @param self the article's file, left out of the answer
   * @return the articles that name one of the URLs as a related story, newest first
   */
  List<TimelineEntry> referrers(Collection<String> ownUrls, Path self) {
    Set<TimelineEntry> found = new LinkedHashSet<>();
    for (String url : ownUrls) {
      for (TimelineEntry source : referrers.getOrDefault(hash(url), NONE)) {
        if (!source.key().path().equals(self)) {
          found.add(source);
        }
      }
    }
    List<TimelineEntry> sorted = new ArrayList<>(found);
    sorted.sort(TimelineEntry.NEWEST_FIRST);
    return sorted;
  }

  /**
   * @param path an article's file
   * @return whether a URL it names among its related stories is owned by another article
   */
  boolean isLinked(Path path) {
    long[][] keys = keysByPath.get(path);
    if (keys == null) {
      return false;
    }
    for (long key : keys[1]) {
      TimelineEntry owner = owners.get(key);
      if (owner != null && !owner.key().path().equals(path)) {
        return true;
      }
    }
    return false;
  }

  /** @return the keys of normalised URLs, for {@link #add(TimelineEntry, long[], long[])} */
  static long[] keys(List<String> normalisedUrls) {
    long[] keys = new long[normalisedUrls.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = hash(normalisedUrls.get(i));
    }
    return keys;
  }

  /** 64-bit FNV-1a over the UTF-16 code units (Fowler, Noll and Vo; IETF draft-eastlake-fnv). */
  static long hash(String text) {
    long hash = 0xcbf29ce484222325L;
    for (int i = 0; i < text.length(); i++) {
      hash ^= text.charAt(i);
      hash *= 0x100000001b3L;
    }
    return hash;
  }

  private static TimelineEntry[] concat(TimelineEntry[] old, TimelineEntry[] added) {
    TimelineEntry[] both = Arrays.copyOf(old, old.length + added.length);
    System.arraycopy(added, 0, both, old.length, added.length);
    return both;
  }

  private static TimelineEntry[] without(TimelineEntry[] sources, Path path) {
    TimelineEntry[] kept =
        Arrays.stream(sources)
            .filter(source -> !source.key().path().equals(path))
            .toArray(TimelineEntry[]::new);
    return kept.length == 0 ? null : kept;
  }
}
