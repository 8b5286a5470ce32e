package dev.tidings.repository.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.tidings.model.DateSource;
import dev.tidings.model.FileKey;
import dev.tidings.model.Problem;
import dev.tidings.repository.read.IndexRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ByteArrayDataType;
import org.h2.mvstore.type.StringDataType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class PersistentIndexTest {

  @TempDir Path cache;
  @TempDir Path news;

  private final List<String> warnings = new ArrayList<>();

  private PersistentIndex open() {
    return PersistentIndex.open(cache, warnings::add).orElseThrow();
  }

  private Path file() {
    return cache.resolve("index-" + IndexFile.FORMAT_VERSION + ".mv.db");
  }

  private static IndexRecord record(Path path) {
    return new IndexRecord(
        new FileKey(path, Instant.parse("2024-05-01T10:00:00.123456789Z"), 1234),
        Instant.parse("2024-04-30T08:15:00Z"),
        DateSource.FRONT_MATTER,
        "Title of " + path.getFileName(),
        "Provider",
        "https://example.com/" + path.getFileName(),
        List.of("World"),
        List.of("https://example.com/" + path.getFileName()),
        List.of(),
        List.of());
  }

  /** The records map with the types PersistentIndex gives it, so what the test writes is readable. */
  private static MVMap<String, byte[]> records(MVStore raw) {
    return raw.openMap(
        IndexFile.RECORDS,
        new MVMap.Builder<String, byte[]>()
            .keyType(StringDataType.INSTANCE)
            .valueType(ByteArrayDataType.INSTANCE));
  }

  private static List<Path> paths(List<IndexRecord> records) {
    return records.stream().map(record -> record.key().path()).toList();
  }

  /** Every field set, unset and at its edges; text in several scripts, an emoji and a lone half. */
  private List<IndexRecord> variedRecords() {
    return List.of(
        new IndexRecord(
            new FileKey(news.resolve("Nachrichten/über-ünïcödé 東京.md"), Instant.EPOCH, 0),
            Instant.parse("2021-12-14T03:22:00Z"),
            DateSource.FRONT_MATTER,
            "Привет, 世界 — \uD83D\uDCF0 «news» \uD800 alone",
            "",
            "https://example.com/a?b=c",
            List.of("AI Ethics", "AI", "日本"),
            List.of("https://example.com/other", "https://example.com/a?b=c"),
            List.of("https://r.example/1", "https://r.example/2", "https://r.example/ü"),
            List.of()),
        new IndexRecord(
            new FileKey(
                news.resolve("undated.md"),
                Instant.parse("1969-07-20T20:17:40.000000001Z"),
                Long.MAX_VALUE),
            null,
            DateSource.FILE_MODIFIED,
            "",
            "Provider",
            null,
            List.of(),
            List.of(),
            List.of(),
            List.of(
                new Problem(news.resolve("undated.md"), 0, Problem.Kind.UNDATED, "no date é"),
                new Problem(news.resolve("undated.md"), 7, Problem.Kind.MOJIBAKE, "m"))),
        new IndexRecord(
            new FileKey(news.resolve("inline-url.md"), Instant.parse("2024-01-01T00:00:00Z"), 7),
            Instant.parse("2024-01-02T00:00:00.5Z"),
            DateSource.FRONT_MATTER,
            "Inline",
            "P",
            "https://not-an-own.example/x",
            List.of("t"),
            List.of("https://own.example/x"),
            List.of("https://own.example/x"),
            List.of()),
        new IndexRecord(
            new FileKey(news.resolve("searchable.md"), Instant.parse("2024-01-01T00:00:00Z"), 8),
            Instant.parse("2024-01-03T00:00:00Z"),
            DateSource.FRONT_MATTER,
            "Searchable",
            "Forbes",
            "https://www.forbes.com/a",
            List.of(),
            List.of("https://www.forbes.com/a"),
            List.of(),
            List.of(),
            "An excerpt — with “quotes”, é and \uD83D\uDCF0 \uDC00",
            "forbes.com",
            Integer.MIN_VALUE,
            -1,
            3),
        new IndexRecord(
            new FileKey(news.resolve("scores-only.md"), Instant.parse("2024-01-01T00:00:00Z"), 9),
            null,
            DateSource.FILE_NAME,
            "Scores",
            "",
            null,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            "",
            null,
            null,
            Integer.MAX_VALUE,
            0));
  }

  @Test
  void recordsWithEveryFieldSurviveTheRoundTripAndAReopen() {
    List<IndexRecord> records = variedRecords();
    try (PersistentIndex store = open()) {
      store.update(records, List.of());
      assertThat(store.load(news))
          .containsExactlyInAnyOrderElementsOf(records)
          .isSortedAccordingTo((a, b) -> a.key().path().compareTo(b.key().path()));
    }
    try (PersistentIndex store = open()) {
      assertThat(store.load(news)).containsExactlyInAnyOrderElementsOf(records);
    }
    assertThat(file()).isRegularFile();
    assertThat(file().getFileName().toString()).isEqualTo("index-" + IndexFile.FORMAT_VERSION + ".mv.db");
    assertThat(warnings).isEmpty();
  }

  @Test
  void loadTakesTheFilesUnderTheRootButNotSiblingsThatShareItsNamePrefix() {
    Path b = news.resolve("a/b");
    List<Path> all =
        List.of(
            b.resolve("x.md"),
            b.resolve("sub/y.md"),
            news.resolve("a/bc/z.md"),
            news.resolve("a/b-c/w.md"),
            news.resolve("a/b.md"),
            news.resolve("a/b0"));
    try (PersistentIndex store = open()) {
      store.update(all.stream().map(PersistentIndexTest::record).toList(), List.of());

      assertThat(paths(store.load(b))).containsExactly(b.resolve("sub/y.md"), b.resolve("x.md"));
      assertThat(paths(store.load(b.resolve("../b/.")))).hasSize(2);
      assertThat(paths(store.load(b.resolve("x.md")))).containsExactly(b.resolve("x.md"));
      assertThat(paths(store.load(news.resolve("a/bc")))).containsExactly(news.resolve("a/bc/z.md"));
      assertThat(paths(store.load(news.resolve("elsewhere")))).isEmpty();
      assertThat(paths(store.load(news.getRoot()))).containsExactlyInAnyOrderElementsOf(all);
    }
  }

  @Test
  void loadSortsByPathWhereItsOrderDiffersFromTheKeysStringOrder() {
    // U+FF01 sorts after the UTF-16 surrogates of U+1F4F0 as a String, before it as a Path.
    Path fullwidth = news.resolve("\uFF01.md");
    Path emoji = news.resolve("\uD83D\uDCF0.md");
    assertThat(fullwidth.compareTo(emoji)).isNegative();
    try (PersistentIndex store = open()) {
      store.update(List.of(record(emoji), record(fullwidth)), List.of());

      assertThat(paths(store.load(news))).containsExactly(fullwidth, emoji);
    }
  }

  @Test
  void updateReplacesRecordsOfTheSamePathAndRemovesTheRemovedOnes() {
    Path x = news.resolve("x.md");
    Path y = news.resolve("y.md");
    Path z = news.resolve("z.md");
    IndexRecord newerX =
        new IndexRecord(
            new FileKey(x, Instant.parse("2025-01-01T00:00:00Z"), 99),
            null,
            DateSource.FRONT_MATTER,
            "Changed",
            "Other",
            null,
            List.of(),
            List.of(),
            List.of(),
            List.of());
    try (PersistentIndex store = open()) {
      store.update(List.of(record(x), record(y), record(z)), List.of());
      store.update(List.of(newerX), List.of(y, news.resolve("never-stored.md")));
      assertThat(store.load(news)).containsExactly(newerX, record(z));
    }
    try (PersistentIndex store = open()) {
      assertThat(store.load(news)).containsExactly(newerX, record(z));
    }
  }

  @Test
  void garbageInTheFileIsReportedAndReplacedByAnEmptyStore() throws IOException {
    Files.createDirectories(cache);
    byte[] garbage = new byte[64 * 1024];
    new Random(1).nextBytes(garbage);
    Files.write(file(), garbage);

    try (PersistentIndex store = open()) {
      assertThat(warnings).containsExactly("cache " + file() + " is damaged; rebuilding it");
      assertThat(store.load(news.getRoot())).isEmpty();
      store.update(List.of(record(news.resolve("x.md"))), List.of());
    }
    warnings.clear();
    try (PersistentIndex store = open()) {
      assertThat(paths(store.load(news))).containsExactly(news.resolve("x.md"));
    }
    assertThat(warnings).isEmpty();
  }

  @Test
  void aStoreDamagedInsideNeverThrowsAndIsRebuiltAtTheNextStart() throws IOException {
    List<IndexRecord> records = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      records.add(record(news.resolve(String.format("d%02d/f%05d.md", i % 37, i))));
    }
    try (PersistentIndex store = open()) {
      store.update(records, List.of());
    }
    byte[] bytes = Files.readAllBytes(file());
    // A block amid the records' pages: the headers and the last chunk stay intact, so the
    // damage shows only when the pages are read.
    Random random = new Random(2);
    for (int i = bytes.length / 2; i < bytes.length / 2 + 4096; i++) {
      bytes[i] = (byte) random.nextInt();
    }
    Files.write(file(), bytes);

    Optional<PersistentIndex> damaged = PersistentIndex.open(cache, warnings::add);
    List<IndexRecord> loaded = damaged.map(store -> store.load(news)).orElse(List.of());
    damaged.ifPresent(PersistentIndex::close);

    assertThat(loaded).isEmpty();
    assertThat(warnings)
        .containsExactly(
            "cache "
                + file()
                + " is damaged; running without it until the next start, which rebuilds it");
    warnings.clear();
    try (PersistentIndex store = open()) {
      assertThat(store.load(news)).isEmpty();
      store.update(records.subList(0, 1), List.of());
      assertThat(store.load(news)).containsExactly(records.get(0));
    }
    assertThat(warnings).isEmpty();
  }

  @Test
  void aRecordThatCannotBeDecodedIsSkippedWithOneWarningPerLoad() {
    Path good = news.resolve("good.md");
    try (PersistentIndex store = open()) {
      store.update(List.of(record(good)), List.of());
    }
    try (MVStore raw = MVStore.open(file().toString())) {
      MVMap<String, byte[]> map = records(raw);
      map.put(news.resolve("bad1.md").toString(), new byte[] {1, 2, 3});
      map.put(news.resolve("bad2.md").toString(), new byte[0]);
    }
    try (PersistentIndex store = open()) {
      assertThat(store.load(news)).containsExactly(record(good));
      assertThat(warnings)
          .containsExactly(
              "cache " + file() + ": 2 records could not be read and will be read from the files"
                  + " again");
      assertThat(store.load(news.resolve("good.md"))).containsExactly(record(good));
      assertThat(warnings).hasSize(1);
    }
  }

  @Test
  void aFileOfAnotherFormatVersionIsDiscardedWithAWarning() {
    Path x = news.resolve("x.md");
    try (MVStore raw = MVStore.open(file().toString())) {
      raw.openMap(
              IndexFile.META,
              new MVMap.Builder<String, String>()
                  .keyType(StringDataType.INSTANCE)
                  .valueType(StringDataType.INSTANCE))
          .put(IndexFile.FORMAT_KEY, "999");
      records(raw).put(x.toString(), IndexCodec.encode(record(x)));
    }

    try (PersistentIndex store = open()) {
      assertThat(warnings)
          .containsExactly(
              "cache "
                  + file()
                  + " was written by another version of tidings (format 999); rebuilding it");
      assertThat(store.load(news)).isEmpty();
    }
    warnings.clear();
    open().close();
    assertThat(warnings).isEmpty();
  }

  @Test
  void anMvStoreFileNotWrittenByTidingsIsDiscardedWithAWarning() {
    try (MVStore raw = MVStore.open(file().toString())) {
      raw.<String, String>openMap("something").put("k", "v");
    }

    try (PersistentIndex store = open()) {
      assertThat(store.load(news)).isEmpty();
    }
    assertThat(warnings)
        .containsExactly("cache " + file() + " was not written by tidings; rebuilding it");
  }

  @Test
  void filesOfOlderFormatVersionsAreDeletedAndNewerOnesKept() throws IOException {
    Path older = cache.resolve("index-0.mv.db");
    Path newer = cache.resolve("index-" + (IndexFile.FORMAT_VERSION + 1) + ".mv.db");
    Files.write(older, new byte[] {1});
    Files.write(newer, new byte[] {2});

    open().close();

    assertThat(older).doesNotExist();
    assertThat(newer).exists();
    assertThat(warnings).isEmpty();
  }

  @Test
  void aStoreInUseIsBypassedUntilItIsClosed() {
    try (PersistentIndex first = open()) {
      first.update(List.of(record(news.resolve("x.md"))), List.of());

      assertThat(PersistentIndex.open(cache, warnings::add)).isEmpty();
      assertThat(warnings)
          .containsExactly(
              "cache " + file() + " is in use by another tidings; running without it");
      assertThat(first.load(news)).hasSize(1);
    }
    warnings.clear();
    try (PersistentIndex again = open()) {
      assertThat(again.load(news)).hasSize(1);
    }
    assertThat(warnings).isEmpty();
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aSecondProcessOnTheSameCacheRunsWithoutItAndLeavesItIntact() throws Exception {
    try (PersistentIndex store = open()) {
      store.update(List.of(record(news.resolve("x.md"))), List.of());
    }
    Process other =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                OtherProcess.class.getName(),
                cache.toString(),
                news.toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    try (BufferedReader out =
            new BufferedReader(
                new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
        OutputStream in = other.getOutputStream()) {
      assertThat(out.readLine()).isEqualTo("open with 1 records");

      assertThat(PersistentIndex.open(cache, warnings::add)).isEmpty();
      assertThat(warnings).containsExactly(
          "cache " + file() + " is in use by another tidings; running without it");

      in.write('\n');
      in.flush();
      assertThat(out.readLine()).isEqualTo("closed");
    }
    assertThat(other.waitFor()).isZero();
    warnings.clear();
    try (PersistentIndex store = open()) {
      assertThat(paths(store.load(news)))
          .containsExactly(news.resolve("x.md"), news.resolve("y.md"));
    }
    assertThat(warnings).isEmpty();
  }

  /** The other tidings: holds the store open, adds a record, until told to close it. */
  static final class OtherProcess {
    public static void main(String[] args) throws IOException {
      Path cache = Path.of(args[0]);
      Path news = Path.of(args[1]);
      PersistentIndex store = PersistentIndex.open(cache, System.err::println).orElseThrow();
      System.out.println("open with " + store.load(news).size() + " records");
      System.out.flush();
      store.update(List.of(record(news.resolve("y.md"))), List.of());
      System.in.read();
      store.close();
      System.out.println("closed");
      System.out.flush();
    }
  }

  @Test
  void anUnwritableDirectoryIsBypassed() throws IOException {
    Path dir = cache.resolve("locked");
    Files.createDirectories(dir);
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assumeFalse(Files.isWritable(dir), "running as root, who can write anywhere");

      assertThat(PersistentIndex.open(dir, warnings::add)).isEmpty();
      assertThat(warnings)
          .containsExactly(
              "cache "
                  + dir.resolve("index-" + IndexFile.FORMAT_VERSION + ".mv.db")
                  + " is not writable; running without it");
    } finally {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void aDirectoryThatCannotBeCreatedIsBypassed() throws IOException {
    Path notADirectory = Files.writeString(cache.resolve("plain-file"), "x");
    Path dir = notADirectory.resolve("tidings");

    assertThat(PersistentIndex.open(dir, warnings::add)).isEmpty();
    assertThat(PersistentIndex.open(notADirectory, warnings::add)).isEmpty();

    assertThat(warnings).hasSize(2);
    // The operating system words the first reason ("Not a directory"), in the user's language.
    assertThat(warnings.get(0))
        .startsWith(
            "cache " + dir.resolve("index-" + IndexFile.FORMAT_VERSION + ".mv.db") + " cannot be used: its directory cannot be"
                + " created (")
        .doesNotContain("(" + dir)
        .endsWith("); running without it");
    assertThat(warnings.get(1))
        .isEqualTo(
            "cache "
                + notADirectory.resolve("index-" + IndexFile.FORMAT_VERSION + ".mv.db")
                + " cannot be used: its directory cannot be created (a file is in the way);"
                + " running without it");
  }

  @Test
  void afterCloseLoadIsEmptyUpdateIsIgnoredAndCloseMayBeRepeated() {
    PersistentIndex store = open();
    store.update(List.of(record(news.resolve("x.md"))), List.of());
    store.close();

    store.update(List.of(record(news.resolve("y.md"))), List.of());
    assertThat(store.load(news)).isEmpty();
    store.close();

    try (PersistentIndex again = open()) {
      assertThat(paths(again.load(news))).containsExactly(news.resolve("x.md"));
    }
    assertThat(warnings).isEmpty();
  }

  @Nested
  class DefaultDirectory {

    @Test
    void anAbsoluteXdgCacheHomeIsUsed() {
      assertThat(PersistentIndex.defaultDirectory(Map.of("XDG_CACHE_HOME", "/var/cache/u"), "/home/u"))
          .isEqualTo(Path.of("/var/cache/u/tidings"));
    }

    @Test
    void aRelativeOrEmptyXdgCacheHomeIsIgnored() {
      assertThat(PersistentIndex.defaultDirectory(Map.of("XDG_CACHE_HOME", "cache"), "/home/u"))
          .isEqualTo(Path.of("/home/u/.cache/tidings"));
      assertThat(PersistentIndex.defaultDirectory(Map.of("XDG_CACHE_HOME", ""), "/home/u"))
          .isEqualTo(Path.of("/home/u/.cache/tidings"));
    }

    @Test
    void withoutXdgCacheHomeTheHomeCacheIsUsed() {
      assertThat(PersistentIndex.defaultDirectory(Map.of("HOME", "/elsewhere"), "/home/u"))
          .isEqualTo(Path.of("/home/u/.cache/tidings"));
    }
  }

  @Nested
  class Codec {

    @Test
    void everyRecordDecodesToItself() {
      for (IndexRecord record : variedRecords()) {
        assertThat(IndexCodec.decode(record.key().path(), IndexCodec.encode(record)))
            .isEqualTo(record);
      }
    }

    @Test
    void theUrlIsStoredOnceWhenItIsAnOwnUrl() {
      IndexRecord record = record(news.resolve("x.md"));
      IndexRecord withoutUrl =
          new IndexRecord(
              record.key(),
              record.published(),
              DateSource.FRONT_MATTER,
              record.title(),
              record.provider(),
              null,
              record.topics(),
              record.ownUrls(),
              record.relatedUrls(),
              List.of());

      assertThat(IndexCodec.encode(record)).hasSameSizeAs(IndexCodec.encode(withoutUrl));
    }

    @Test
    void everyTruncationAndAnyTrailingByteIsRejectedAsIllegalArgument() {
      for (IndexRecord record : variedRecords()) {
        byte[] bytes = IndexCodec.encode(record);
        Path path = record.key().path();
        for (int length = 0; length < bytes.length; length++) {
          byte[] truncated = Arrays.copyOf(bytes, length);
          assertThatThrownBy(() -> IndexCodec.decode(path, truncated))
              .as("truncated to %d of %d bytes", length, bytes.length)
              .isInstanceOf(IllegalArgumentException.class);
        }
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
        assertThatThrownBy(() -> IndexCodec.decode(path, longer))
            .isInstanceOf(IllegalArgumentException.class);
      }
    }

    @Test
    void randomBytesNeverThrowAnythingButIllegalArgument() {
      Random random = new Random(3);
      Path path = news.resolve("x.md");
      for (int i = 0; i < 10_000; i++) {
        byte[] bytes = new byte[random.nextInt(64)];
        random.nextBytes(bytes);
        try {
          IndexCodec.decode(path, bytes);
        } catch (IllegalArgumentException expected) {
          // the only failure allowed
        }
      }
    }
  }
}
