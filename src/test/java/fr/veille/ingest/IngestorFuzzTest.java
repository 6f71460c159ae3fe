package fr.veille.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Fuzzes the readers with arbitrary file content (untrusted input: scraped pages, exports). The
 * first byte picks the format ({@code m}: .md, {@code h}: .html, anything else: .txt), the rest is the
 * file. A file gives articles or one {@link IngestException} with a reason; a reader that throws a
 * RuntimeException (reported as « cannot parse: ») is a bug. Without JAZZER_FUZZ=1 it replays the
 * seeds in {@code src/test/resources/fr/veille/ingest/IngestorFuzzTestInputs}.
 */
class IngestorFuzzTest {
  private static final Ingestor INGESTOR = Ingestor.defaults().withLanguageDetection(false);
  private static final Path DIR = tempDir();

  private static Path tempDir() {
    try {
      Path dir = Files.createTempDirectory("veille-fuzz");
      dir.toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "60s")
  void readGivesArticlesOrOneClearReason(byte[] input) throws IOException {
    if (input.length == 0) {
      return;
    }
    String ext = switch (input[0]) {
      case 'm' -> "md";
      case 'h' -> "html";
      default -> "txt";
    };
    Path file = DIR.resolve("article." + ext);
    Files.write(file, Arrays.copyOfRange(input, 1, input.length));
    try {
      List<Article> articles = INGESTOR.read(file, DIR);
      assertFalse(articles.isEmpty(), "read() gives at least one article or throws");
      for (Article a : articles) {
        assertNotNull(a.id());
        assertFalse(a.title().contains("\u0000") || a.text().contains("\u0000"), "NUL in a clean article");
      }
    } catch (IngestException e) {
      assertFalse(e.reason().isBlank(), "empty reason");
      assertFalse(e.reason().startsWith("cannot parse:"), () -> "a reader crashed: " + e.reason());
    }
  }
}
