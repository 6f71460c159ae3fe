package fr.veille.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.veille.nlp.EntityRecognizer.NameSpan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped French model on realistic sentences, and its robustness to any input. */
class TrainedEntityRecognizerTest {
  static TrainedEntityRecognizer recognizer;

  @BeforeAll
  static void load() throws Exception {
    recognizer = TrainedEntityRecognizer.loadDefault();
  }

  /** Sentences are pre-tokenized with spaces, as the WiNER-fr data is (elided articles apart). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Benjamin Lancar , président des Jeunes Populaires , a envoyé un courriel aux cadres de l' UMP . "
            + "| Benjamin Lancar/PER ; Jeunes Populaires/ORG ; UMP/ORG",
        "David Assouline , sénateur de Paris , se moque de l' UMP . | David Assouline/PER ; Paris/LOC ; UMP/ORG",
        "Le PS revendique 20 000 inscrits sur La Coopol . | PS/ORG ; La Coopol/MISC",
        "Martine Aubry , première secrétaire du Parti socialiste , était hier à Lille . "
            + "| Martine Aubry/PER ; Parti socialiste/ORG ; Lille/LOC",
        "Nicolas Sarkozy s' est rendu à Port-au-Prince après le séisme en Haïti . "
            + "| Nicolas Sarkozy/PER ; Port-au-Prince/LOC ; Haïti/LOC",
        "Xavier Bertrand , secrétaire général de l' UMP , répond à Benoît Hamon . "
            + "| Xavier Bertrand/PER ; UMP/ORG ; Benoît Hamon/PER",
        "PARIS ( AFP ) - Benjamin Lancar a présenté ses excuses . | PARIS/LOC ; AFP/ORG ; Benjamin Lancar/PER",
        "Les propos de M. Lancar ont choqué Mme Aubry . | Lancar/PER ; Aubry/PER",
        "M. Assouline a raillé les Créateurs de possibles de l' UMP . "
            + "| Assouline/PER ; Créateurs de possibles/MISC ; UMP/ORG",
        "Il pleut depuis trois jours et la rivière a débordé . | ",
      })
  void findsTheNamesOfFrenchPoliticalNews(String sentence, String expected) {
    assertFinds(sentence, expected);
  }

  /**
   * The world beyond French politics, which the training data (news of 2016–2018) barely covers:
   * veille's world gazetteer (places, clubs, events, works, people known by one name) and elided
   * articles written as one token (« l'Argentine »), as veille's tokenizer writes them.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Le ministre s' est rendu en Argentine puis dans l' Inde et à l' Équateur . "
            + "| Argentine/LOC ; Inde/LOC ; Équateur/LOC",
        "Il quitta alors le Pérou pour l' Argentine où il s' engagea . | Pérou/LOC ; Argentine/LOC",
        "Pendant la Seconde Guerre mondiale , il rejoint la Résistance à Londres . "
            + "| Seconde Guerre mondiale/MISC ; Londres/LOC",
        "Les Canadiens de Montréal ont battu les Maple Leafs de Toronto en Ligue nationale de hockey . "
            + "| Canadiens de Montréal/ORG ; Maple Leafs de Toronto/ORG ; Ligue nationale de hockey/ORG",
        "Selon Plutarque , Alexandre le Grand admirait Homère . | Plutarque/PER ; Alexandre le Grand/PER ; Homère/PER",
        "Le jeu est sorti sur PlayStation 3 et Xbox 360 avant la Coupe du monde . "
            + "| PlayStation 3/MISC ; Xbox 360/MISC ; Coupe du monde/MISC",
        // the generic word of a place name is part of it; an administrative word is not
        "Les pêcheurs de la baie de Somme et du golfe du Morbihan protestent . "
            + "| baie de Somme/LOC ; golfe du Morbihan/LOC",
        "Il habite la région de Lyon , au bord du lac Léman . | Lyon/LOC ; lac Léman/LOC",
      })
  void findsTheNamesOfTheWorld(String sentence, String expected) {
    assertFinds(sentence, expected);
  }

  private static void assertFinds(String sentence, String expected) {
    String[] tokens = sentence.strip().split(" ");
    List<String> found = new ArrayList<>();
    for (NameSpan s : recognizer.find(tokens)) {
      found.add(String.join(" ", Arrays.copyOfRange(tokens, s.startToken(), s.endToken())) + "/" + s.type());
    }
    List<String> want = expected == null ? List.of() : Arrays.stream(expected.split(";")).map(String::strip).toList();
    assertEquals(want, found);
  }

  @Test
  void confidenceIsHigherForClearNamesThanForDoubtfulOnes() {
    String[] tokens = "Nicolas Sarkozy a reçu Benjamin Lancar à l' Élysée .".split(" ");
    for (NameSpan s : recognizer.find(tokens)) {
      assertTrue(s.confidence() > 0 && s.confidence() <= 1, s.toString());
    }
  }

  @Test
  void emptyAndNullInputs() {
    assertEquals(List.of(), recognizer.find(new String[0]));
    assertThrows(NullPointerException.class, () -> recognizer.find(null));
    assertThrows(IllegalArgumentException.class, () -> recognizer.find(new String[] {"UMP", null}));
    assertThrows(IllegalArgumentException.class, () -> recognizer.find(new String[] {""}));
  }

  private static final String[] POOL = {
    "le", "la", "l'", "d'", "de", "du", "des", "UMP", "PS", "Lancar", "Benjamin", "Assouline", "«", "»", ",", ".",
    "M.", "Mme", "Paris", "Créateurs", "possibles", "Coopol", "2010", "12", "%", "é", "É", "-", "'", "’", "…",
    "ÉLECTIONS", "Île-de-France", "aujourd'hui", "\u0301", "😀", "\uD800", "\t", "x".repeat(300), "A", "a", "1er",
  };

  @Test
  void randomTokenSequencesNeverBreakIt() {
    Random random = new Random(2010);
    for (int trial = 0; trial < 2000; trial++) {
      int n = 1 + random.nextInt(trial % 50 == 0 ? 600 : 40);
      String[] tokens = new String[n];
      for (int i = 0; i < n; i++) {
        tokens[i] = random.nextInt(4) == 0 ? randomString(random) : POOL[random.nextInt(POOL.length)];
      }
      List<NameSpan> spans = recognizer.find(tokens);
      int end = 0;
      for (NameSpan s : spans) {
        assertTrue(s.startToken() >= end && s.endToken() <= n, s + " in " + n + " tokens");
        assertTrue(s.confidence() >= 0 && s.confidence() <= 1, s.toString());
        end = s.endToken();
      }
    }
  }

  private static String randomString(Random random) {
    int len = 1 + random.nextInt(12);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < len; i++) {
      sb.append((char) (random.nextBoolean() ? 'A' + random.nextInt(60) : random.nextInt(0xFFFF)));
    }
    return sb.toString();
  }

  @Test
  void isThreadSafe() throws Exception {
    List<String[]> sentences = new ArrayList<>();
    for (LabeledSentence s : ConllReader.read(PoliticsRegressionTest.politics())) {
      sentences.add(s.tokens());
    }
    List<List<NameSpan>> expected = sentences.stream().map(recognizer::find).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<List<NameSpan>>>> futures = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        futures.add(pool.submit(() -> {
          List<List<NameSpan>> out = new ArrayList<>();
          for (int round = 0; round < 20; round++) {
            out = sentences.stream().map(recognizer::find).toList();
          }
          return out;
        }));
      }
      for (var f : futures) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
