package fr.veille.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.veille.ingest.Ingestor;
import java.io.IOException;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Users type queries: whatever they type, {@link ArticleIndex#search} answers or throws {@link
 * InvalidQueryException} with a message for them — never another exception, which the CLI would
 * show as an internal error. Run as a regression test by {@code mvn test} (the inputs under
 * {@code QueryParsingFuzzTestInputs}), and as a fuzzer with {@code JAZZER_FUZZ=1}.
 */
class QueryParsingFuzzTest {

  @TempDir static Path folder;
  @TempDir static Path indexDir;
  private static ArticleIndex index;

  @BeforeAll
  static void indexSomeArticles() throws IOException {
    IndexFixtures.corpus(folder);
    GeneratedCorpus.write(folder.resolve("generated"), 40, 20100316L);
    new ArticleIndexer(Ingestor.defaults()).index(folder, indexDir, IndexProgress.NONE);
    index = ArticleIndex.open(indexDir);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @FuzzTest(maxDuration = "2m")
  void anyQueryIsAnsweredOrRejectedWithAMessage(FuzzedDataProvider data) throws IOException {
    boolean dated = data.consumeBoolean();
    searchOrReject(data.consumeRemainingAsString(), dated);
  }

  /** Queries users really type, wrong ones included, and inputs that once broke the parser. */
  static Stream<String> queries() {
    return Stream.of(
        "Lancar",
        "« Créateurs de possibles »",
        "\"Créateurs de possibles\"",
        "Lancar AND (courriel OR mail)",
        "source:\"Le Monde\" Coopol",
        "author:\"Lilian Alemagna\" Lancar",
        "author:",
        "author:Alem*",
        "author:Alemagna~",
        "author:/ale.*/",
        "author:[a TO m]",
        "author:\"Alemagna\"~2",
        "author_name:alemagna",
        "Aubry -Coopol",
        "title:Lancar^3 text:UMP",
        "Coop*",
        "*pol",
        "Lancr~",
        "Lancr~3",
        "\"réseau social\"~5",
        "/co+pol/",
        "/[/",
        "(Lancar",
        "Lancar)",
        "\"Lancar",
        "AND",
        "OR OR",
        "NOT",
        "-",
        "+",
        "!",
        "title:",
        ":",
        "\\",
        "^2",
        "Lancar^",
        "Lancar^-1",
        "[a TO",
        "[a TO z]",
        "{* TO *}",
        "published:[2010 TO 2011]",
        "day:14000",
        "?",
        "**",
        "*:Lancar",
        "title:*",
        "&&",
        "||",
        "l'UMP d'Assouline",
        "\u0000",
        "\uFFFF\uD800",
        "((((((((((((((((((((Lancar))))))))))))))))))))",
        "/(a|aa)+(b|bb)+(c|cc)+(d|dd)+(e|ee)+(f|ff)+(g|gg)+/",
        "/.*a.{30}/",
        "/a{1000000}/",
        "*a*b*c*d*e*f*g*h*i*j*k*l*m*n*o*p*q*r*s*t*u*v*w*x*y*z*",
        "?????????????????????????????????????????",
        "(".repeat(5_000) + "Lancar" + ")".repeat(5_000),
        "\"" + "Lancar ".repeat(2_000) + "\"",
        "/((a{9}){9}){9}/",
        "/a{0,}b{,5}c{2,1}/",
        "Lancr~ Asolin~ Copol~ Obry~ Bertran~ Sarkozi~ ".repeat(5),
        words(1_100, 1),
        words(600, 2),
        String.join(" OR ", words(1_100, 3).split(" ")));
  }

  @ParameterizedTest
  @MethodSource("queries")
  void everyQueryIsAnsweredOrRejectedWithAMessage(String query) throws IOException {
    searchOrReject(query, false);
    searchOrReject(query, true);
  }

  /** Inputs the fuzzer found, each rejected with a message saying why instead of a crash or a minute of CPU. */
  static Stream<Arguments> rejected() {
    return Stream.of(
        Arguments.of("(".repeat(5_000) + "Lancar" + ")".repeat(5_000), "nested more than 100 deep"), // StackOverflowError
        Arguments.of("(".repeat(101) + "Lancar" + ")".repeat(101), "nested more than 100 deep"),
        Arguments.of("/a{1000000}/", "repeats more than 1000 times"), // 30 s of CPU building a huge automaton
        Arguments.of("/((a{99}){99}){99}/", "repeats more than 1000 times"), // 15 s
        Arguments.of("Coopol /a{2,1001}/", "repeats more than 1000 times"),
        Arguments.of("/.*a.{30}/", "too complex"), // TooComplexToDeterminizeException
        Arguments.of(words(600, 2), "too many terms")); // IndexSearcher.TooManyNestedClauses, at search time
  }

  @ParameterizedTest
  @MethodSource("rejected")
  void queriesTooLargeToRunAreRejectedWithTheReason(String query, String reason) {
    InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> index.search(SearchRequest.of(query)));
    assertTrue(e.getMessage().contains(reason), e.getMessage());
    assertTrue(e.getMessage().length() < 200, "the message repeats a long query: " + e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 10, 100, 1000})
  void nestingAndRepeatsUpToTheLimitsAreAnswered(int n) throws Exception {
    long lancar = index.search(SearchRequest.of("Lancar")).total();
    assertTrue(lancar > 0);
    String nested = "(".repeat(Math.min(n, QueryParsing.MAX_NESTING)) + "Lancar" + ")".repeat(Math.min(n, QueryParsing.MAX_NESTING));
    assertEquals(lancar, index.search(SearchRequest.of(nested)).total(), nested);
    String term = indexedTerm("Lancar"); // regular expressions match indexed (stemmed) terms
    long regexp = index.search(SearchRequest.of("/" + term + "/")).total();
    assertEquals(lancar, regexp, term);
    assertEquals(regexp, index.search(SearchRequest.of("/" + term + "x{0," + n + "}/")).total());
    assertEquals(0, index.search(SearchRequest.of("/" + term + "x{" + n + "}/")).total());
  }

  private static void searchOrReject(String query, boolean dated) throws IOException {
    SearchRequest request =
        dated ? new SearchRequest(query, LocalDate.of(2010, 1, 1), LocalDate.of(2010, 3, 31), 5) : new SearchRequest(query, null, null, 5);
    try {
      SearchResults results = index.search(request);
      assertTrue(results.total() >= results.hits().size());
    } catch (InvalidQueryException e) {
      assertFalse(e.getMessage() == null || e.getMessage().isBlank(), "an empty message for « " + query + " »");
    }
  }

  private static String indexedTerm(String word) throws IOException {
    try (TokenStream tokens = new FrenchTextAnalyzer().tokenStream(Fields.TEXT, word)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      assertTrue(tokens.incrementToken());
      String value = term.toString();
      tokens.end();
      return value;
    }
  }

  /** {@code n} distinct French-looking words. */
  private static String words(int n, long seed) {
    Random random = new Random(seed);
    String[] syllables = {"ca", "li", "mo", "ré", "pu", "so", "ta", "vé", "ni", "ga", "bo", "ler"};
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      for (int s = 0; s < 3; s++) {
        sb.append(syllables[random.nextInt(syllables.length)]);
      }
      sb.append(i);
    }
    return sb.toString();
  }
}
