package fr.veille.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Wrong behaviours of the readers found by the bad-input suite (issue 8, item 4), each with the
 * smallest file that showed it; all fixed.
 */
class HostileIngestFaultsTest {
  private static final Ingestor INGESTOR = Ingestor.defaults().withLanguageDetection(false);

  @TempDir Path root;

  /** U+00A0 and U+202F are not whitespace for String.isBlank: the file gives an empty article. */
  @Test
  void aFileOfNoBreakSpacesHasNoText() {
    Path f = TestFiles.write(root, "espaces-insecables.txt", "\u00a0\u202f\u2009\n");
    IngestException e = assertThrows(IngestException.class, () -> INGESTOR.read(f, root));
    assertTrue(e.reason().startsWith("no text"), e.reason());
  }

  /** QUOTE_MARK « (?:>\s?)+ » recurses once per '>': 20,000 nested quotes overflow the stack and lose the article. */
  @Test
  void deeplyNestedBlockQuotesAreReadNotLost() throws Exception {
    Path f = TestFiles.write(root, "citations.md",
        "# Citations\n\n" + "> ".repeat(20_000) + "Benjamin Lancar répond à David Assouline.\n");
    List<Article> read = INGESTOR.read(f, root);
    assertEquals("Benjamin Lancar répond à David Assouline.", read.get(0).text());
  }

  /**
   * One invalid byte in an otherwise UTF-8 file makes TextDecoder read the whole file as
   * Windows-1252: every accent becomes mojibake (« prÃ©sente ») and the French date is lost.
   */
  @Test
  void oneInvalidByteDoesNotTurnAUtf8FileIntoMojibake() throws Exception {
    byte[] good = ("Benjamin Lancar présente « Créateurs de possibles »\nPublié le 10 février 2010\n\n"
        + "Les Jeunes Populaires découvrent le réseau social de l'UMP.\n").getBytes(StandardCharsets.UTF_8);
    byte[] bad = TestFiles.concat(good, new byte[] {(byte) 0xFF}, "Fin.\n".getBytes(StandardCharsets.UTF_8));
    Path f = TestFiles.write(root, "utf8-invalide.txt", bad);
    Article a = INGESTOR.read(f, root).get(0);
    assertEquals("Benjamin Lancar présente « Créateurs de possibles »", a.title());
    assertEquals("2010-02-10", String.valueOf(a.publishedDay().orElse(null)));
  }
}
