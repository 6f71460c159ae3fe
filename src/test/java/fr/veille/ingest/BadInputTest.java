package fr.veille.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every kind of bad file gives one line naming it and why; every good file beside it is read. */
class BadInputTest {
  @TempDir Path root;

  private static final String GOOD = "La Coopol est lancée\n\nLe Parti socialiste a ouvert mardi La Coopol, son réseau social militant.\n";

  private TestFiles.Recorder ingest(Ingestor ingestor) throws IOException {
    TestFiles.write(root, "bon/coopol.txt", GOOD);
    TestFiles.Recorder rec = new TestFiles.Recorder();
    IngestSummary s = ingestor.ingest(root, rec);
    assertEquals(1, rec.articles.size(), "the good file is read");
    assertEquals("La Coopol est lancée", rec.articles.get(0).title());
    assertEquals(rec.skipped.size(), s.skipped().size());
    return rec;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          NUL bytes in text  | x/binaire.txt   | 48 65 6C 6C 6F 00 00 01 02 03 FF FE 00 00 | binaire.txt: binary content (NUL bytes) in a .txt file
          PDF named .html    | x/page.html     | 25 50 44 46 2D 31 2E 34 0A 25 E2 E3 CF D3 | page.html: binary content (PDF document) in a .html file
          JPEG named .md     | x/photo.md      | FF D8 FF E0 00 10 4A 46 49 46 00 01       | photo.md: binary content (JPEG image) in a .md file
          ZIP named .xml     | x/export.xml    | 50 4B 03 04 14 00 00 00 08 00             | export.xml: binary content (ZIP archive) in a .xml file
          gzip named .jsonl  | x/dump.jsonl    | 1F 8B 08 00 00 00 00 00 00 03             | dump.jsonl: binary content (gzip archive) in a .jsonl file
          control characters | x/bruit.txt     | 01 02 03 04 05 06 07 08 0E 0F 10 11 12 13 14 15 16 17 18 19 41 | bruit.txt: binary content (control characters) in a .txt file
          whitespace only    | x/blanc.md      | 20 0A 09 0A 20 20                         | blanc.md: no text (only whitespace)
          """)
  void binaryAndBlankFiles(String kind, String path, String hex, String expected) throws IOException {
    TestFiles.write(root, path, TestFiles.hex(hex));
    assertEquals(List.of(expected), ingest(Ingestor.defaults()).skipped);
  }

  @Test
  void emptyFile() throws IOException {
    TestFiles.write(root, "x/vide.html", new byte[0]);
    assertEquals(List.of("vide.html: empty file"), ingest(Ingestor.defaults()).skipped);
  }

  @Test
  void unsupportedTypes() throws IOException {
    TestFiles.write(root, "x/photo.jpg", TestFiles.hex("FF D8 FF E0"));
    TestFiles.write(root, "x/watchlist", "UMP\nPS\n");
    assertEquals(List.of("photo.jpg: unsupported file type (.jpg)", "watchlist: unsupported file type (no extension)"),
        ingest(Ingestor.defaults()).skipped);
  }

  /** A 200 MB file is skipped unread (a sparse file: the test uses no disk and no memory). */
  @Test
  void hugeFileIsSkippedUnread() throws IOException {
    Path big = root.resolve("x/enorme.jsonl");
    Files.createDirectories(big.getParent());
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(200L * 1024 * 1024);
    }
    assertEquals(List.of("enorme.jsonl: file too large (200.0 MB, limit 50.0 MB): skipped unread"),
        ingest(Ingestor.defaults()).skipped);
  }

  @Test
  void fileVanishingDuringTheRun() throws IOException {
    Path doomed = TestFiles.write(root, "bon/disparu.txt", GOOD); // listed with coopol.txt, read after it
    TestFiles.write(root, "bon/coopol.txt", GOOD);
    TestFiles.Recorder rec = new TestFiles.Recorder() {
      @Override
      public boolean accept(SourceFile file) {
        try {
          Files.deleteIfExists(doomed); // deleted after the folders were listed, before it is read
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
        return true;
      }
    };
    Ingestor.defaults().ingest(root, rec);
    assertEquals(List.of("disparu.txt: file vanished during the run"), rec.skipped);
    assertEquals(1, rec.articles.size());
  }

  @Test
  void unreadableFileAndFolder() throws IOException {
    assumeTrue(!"root".equals(System.getProperty("user.name")), "permissions do not bind root");
    Path file = TestFiles.write(root, "x/secret.txt", GOOD);
    Path dir = TestFiles.write(root, "y/dedans.txt", GOOD).getParent();
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("---------"));
    try {
      assertEquals(List.of("secret.txt: permission denied", "y: permission denied (folder)"),
          ingest(Ingestor.defaults()).skipped);
    } finally {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
  }

  @Test
  void readingOneBadFileThrowsWithItsName() {
    Path f = TestFiles.write(root, "x/vide.txt", new byte[0]);
    IngestException e = org.junit.jupiter.api.Assertions.assertThrows(IngestException.class,
        () -> Ingestor.defaults().read(f, root));
    assertEquals(f + ": empty file", e.getMessage());
    assertEquals(f, e.file());
  }

  /** Random bytes under every extension: each file is either read or reported, never a crash. */
  @Test
  void randomBytesUnderEveryExtension() throws IOException {
    java.util.Random random = new java.util.Random(20100214);
    int n = 0;
    for (String ext : Ingestor.supportedExtensions()) {
      for (int i = 0; i < 5; i++) {
        byte[] bytes = new byte[random.nextInt(3000)];
        random.nextBytes(bytes);
        if (i % 2 == 0) {
          for (int j = 0; j < bytes.length; j++) {
            bytes[j] = (byte) ("<>{}[]\"':,/ \nabcé&;#".charAt(random.nextInt(20)));
          }
        }
        TestFiles.write(root, "r/f" + n++ + "." + ext, bytes);
      }
    }
    TestFiles.write(root, "bon/coopol.txt", GOOD);
    TestFiles.Recorder rec = new TestFiles.Recorder();
    IngestSummary s = Ingestor.defaults().ingest(root, rec);
    assertEquals(n + 1, s.filesSeen());
    assertTrue(s.filesRead() + s.skipped().size() >= n + 1, s.toString());
    assertTrue(rec.articles.stream().anyMatch(a -> a.title().equals("La Coopol est lancée")));
  }
}
