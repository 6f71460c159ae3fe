package fr.veille.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.veille.ingest.Article;
import fr.veille.ingest.Ingestor;
import fr.veille.ingest.StoryClusterer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code author:} in the query language: a name as a phrase or any word of it, whatever its case and accents. */
class AuthorSearchTest {

  @TempDir static Path folder;
  @TempDir static Path indexDir;
  static ArticleIndex index;

  static final String ALEMAGNA =
      """
      ---
      title: "Benjamin Lancar plaide la « blague »"
      date: 2010-02-11T19:48:00+01:00
      source: Libération
      author: Lilian Alemagna
      ---
      Le président des Jeunes Populaires assure que son courriel aux responsables départementaux
      n'était qu'une blague. Au PS, David Assouline dénonce des « méthodes d'un autre âge ».
      """;

  static final String BEKMEZIAN =
      """
      ---
      title: "La Coopol, réseau social du PS, ouvre ses portes"
      date: 2010-01-12T10:30:00+01:00
      source: Le Monde
      author: Hélène Bekmezian
      ---
      Le Parti socialiste a ouvert mardi la Coopol, une coopérative politique en ligne. Martine Aubry
      veut en faire l'outil de mobilisation des militants avant les régionales.
      """;

  static final String TWO_AUTHORS =
      """
      ---
      title: "Créateurs de possibles contre Coopol : le match des réseaux"
      date: 2010-01-22T08:15:00+01:00
      source: Rue89
      author: Camille Dufresne, Pierre-Marie Lacoste
      ---
      L'UMP et le PS ont chacun lancé leur réseau social militant. Premier bilan, chiffres à l'appui,
      d'une bataille qui se joue aussi sur Facebook et Twitter.
      """;

  static final String DISPATCH =
      """
      ---
      title: "Jeunes Pop : Benjamin Lancar s'explique"
      date: 2010-02-10T07:15:00+01:00
      source: AFP
      ---
      Benjamin Lancar, président des Jeunes Populaires, a affirmé mercredi que son courriel était
      « une blague ». Lilian, un militant, s'en amuse.
      """;

  @BeforeAll
  static void build() throws IOException {
    IndexFixtures.write(folder, "liberation/2010-02-11-lancar-blague.md", ALEMAGNA);
    IndexFixtures.write(folder, "lemonde/2010-01-12-coopol.md", BEKMEZIAN);
    IndexFixtures.write(folder, "rue89/2010-01-22-match.md", TWO_AUTHORS);
    IndexFixtures.write(folder, "afp/2010-02-10-lancar.md", DISPATCH);
    new ArticleIndexer(Ingestor.defaults()).index(folder, indexDir, IndexProgress.NONE);
    index = ArticleIndex.open(indexDir);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @ParameterizedTest(name = "« {0} » finds {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "author:\"Lilian Alemagna\"        | Libération",
        "author:\"lilian alemagna\"        | Libération",
        "author:Alemagna                   | Libération",
        "author:ALEMAGNA                   | Libération",
        "author:Alemagna AND courriel      | Libération",
        "author:\"Helene Bekmezian\"       | Le Monde", // typed without accents
        "author:\"HÉLÈNE BEKMEZIAN\"       | Le Monde",
        "author:hélène                     | Le Monde",
        "author:Bekmez*                    | Le Monde",
        "author:\"Pierre-Marie Lacoste\"   | Rue89",
        "author:\"Pierre Marie Lacoste\"   | Rue89",
        "author:\"Camille Dufresne\"       | Rue89", // first of two authors
        "author:Lacoste                    | Rue89", // second of two authors
        "author:Alemagna OR author:Bekmezian | Le Monde Libération",
        "author:\"Alemagna Lilian\"        | ''", // a phrase keeps the order of the name
        "author:\"Dufresne Pierre\"        | ''", // nor does it run from one author into the next
        "author:Alemagna AND Coopol        | ''", // the right author, another story
        "author:Lancar                     | ''", // named in the text, author of nothing
        "author:Lilian                     | Libération", // not the AFP dispatch, whose text says « Lilian »
        "Alemagna                          | ''", // words alone search title and text, not bylines
      })
  void authorQueries(String query, String sources) throws Exception {
    List<String> found = index.search(SearchRequest.of(query)).hits().stream().map(SearchHit::source).sorted().toList();
    assertEquals(sources, String.join(" ", found), query);
  }

  /**
   * Indexes written before author search hold {@code author} stored only. Lucene refuses a field
   * whose schema changes within an index, so new articles must still go into such an index, and the
   * old articles keep showing their author (finding them by author needs a rebuilt index).
   */
  @Test
  void anIndexWrittenBeforeAuthorSearchStillTakesNewArticles(@TempDir Path oldFolder, @TempDir Path oldIndex) throws Exception {
    Path old = IndexFixtures.write(oldFolder, "lemonde/2010-01-12-coopol.md", BEKMEZIAN);
    Article article = Ingestor.defaults().read(old, oldFolder).get(0);
    IndexedArticle indexed = new IndexedArticle(article, sha256(Files.readAllBytes(old)), StoryClusterer.exactKey(article.text()),
        article.id(), new long[0], ArticleFacts.NONE, "");
    try (Directory directory = FSDirectory.open(oldIndex);
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new FrenchTextAnalyzer()))) {
      List<Document> block = ArticleDocuments.toBlock(indexed);
      Document articleDoc = block.get(block.size() - 1);
      articleDoc.removeFields(Fields.AUTHOR_NAME);
      articleDoc.removeFields(Fields.AUTHOR);
      articleDoc.add(new StoredField("author", article.author())); // as the earlier versions wrote it
      writer.addDocuments(block);
      writer.commit();
    }
    IndexFixtures.write(oldFolder, "liberation/2010-02-11-lancar-blague.md", ALEMAGNA);

    IndexReport report = new ArticleIndexer(Ingestor.defaults()).index(oldFolder, oldIndex, IndexProgress.NONE);

    assertEquals(1, report.filesUnchanged(), report.toString());
    try (ArticleIndex reopened = ArticleIndex.open(oldIndex)) {
      assertEquals(List.of("Lilian Alemagna", "Hélène Bekmezian"),
          reopened.search(SearchRequest.of("*:*")).hits().stream().map(SearchHit::author).toList());
      assertEquals(List.of("Libération"),
          reopened.search(SearchRequest.of("author:Alemagna OR author:Bekmezian")).hits().stream().map(SearchHit::source).toList());
    }
  }

  private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
