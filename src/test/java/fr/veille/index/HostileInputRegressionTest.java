package fr.veille.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.veille.ingest.Ingestor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.lucene.document.Document;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One hostile file per test, for the faults the bad-input suite found: the fixed ones stay fixed,
 * the open ones ({@code @Disabled}, issue 8) fail as soon as they are enabled and not yet fixed.
 */
class HostileInputRegressionTest {
  @TempDir Path folder;
  @TempDir Path indexDir;

  private IndexReport index() throws Exception {
    return new ArticleIndexer(Ingestor.defaults().withLanguageDetection(false)).index(folder, indexDir, IndexProgress.NONE);
  }

  /** Lucene refuses a keyword over 32,766 bytes: it used to throw out of the run and stop it. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "source line of a .txt, geant.txt, 'Congrès de l''UMP\\nSource : %s\\n\\nBenjamin Lancar a réuni les Jeunes Populaires.\\n'",
    "source of a front matter, geant.md, '---\\ntitle: Congrès du PS\\nsource: %s\\n---\\nDavid Assouline interpelle le gouvernement.\\n'",
    "tag of a front matter, tag.md, '---\\ntitle: La Coopol\\ntags: [%s, PS]\\n---\\nLa Coopol ouvre ses portes aux militants.\\n'",
  })
  void aFortyKilobyteKeywordIsCutAndTheArticleIndexed(String what, String file, String template) throws Exception {
    String huge = "Libération ".repeat(4_000);
    Files.writeString(folder.resolve(file), template.replace("\\n", "\n").formatted(huge), StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("voisin.txt"), "Le voisin\n\nUn article ordinaire sur la réforme des retraites.\n", StandardCharsets.UTF_8);

    IndexReport report = index();

    assertEquals(2, report.articlesIndexed(), report.skipped().toString());
    List<Document> docs = HostileFolderTest.indexedByFile(indexDir).get(file);
    assertEquals(1, docs.size());
    for (String field : new String[] {Fields.SOURCE, Fields.TAGS}) {
      for (String value : docs.get(0).getValues(field)) {
        assertTrue(value.length() <= ArticleDocuments.MAX_KEYWORD_CHARS, what + ": " + field + " of " + value.length() + " chars");
      }
    }
    assertTrue(docs.get(0).getValues(Fields.SOURCE)[0].startsWith("Libération") || file.equals("tag.md"), what);
  }

  @Test
  void aKeywordIsNeverCutInsideASurrogatePair() {
    String s = "a".repeat(ArticleDocuments.MAX_KEYWORD_CHARS - 1) + "😀" + "b";
    String cut = ArticleDocuments.keyword(s);
    assertEquals(ArticleDocuments.MAX_KEYWORD_CHARS - 1, cut.length());
    assertEquals("abc", ArticleDocuments.keyword("abc"));
  }

  /** Long lines of brackets or stars once made the Markdown inline patterns quadratic: each file must be done in 30 s. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"crochets.md", "gras.md", "souligne.md"})
  void longLinesOfMarkupDoNotHang(String file) throws Exception {
    for (HostileCorpus.Trigger t : HostileCorpus.knownBugTriggers(folder)) {
      if (!t.path().equals(file)) {
        Files.delete(folder.resolve(t.path()));
      }
    }
    IndexReport report = assertTimeoutPreemptively(Duration.ofSeconds(30), this::index, file);
    assertEquals(1, report.filesSeen());
  }
}
