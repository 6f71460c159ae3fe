package fr.veille.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import opennlp.tools.postag.POSModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OpenNlpPosTaggerTest {
  private static OpenNlpPosTagger tagger;

  @BeforeAll
  static void load() throws IOException {
    tagger = OpenNlpPosTagger.fromClasspath();
  }

  @Test
  void tagsSurfaceTokensWithUdTags() {
    String[] tokens = {"Le", "président", "du", "PS", "a", "parlé", "aux", "militants", "."};
    assertArrayEquals(
        new String[] {"DET", "NOUN", "ADP+DET", "PROPN", "AUX", "VERB", "ADP+DET", "NOUN", "PUNCT"}, tagger.tag(tokens));
  }

  @Test
  void desIsTaggedByContext() {
    assertEquals("DET", tagger.tag(new String[] {"Il", "a", "des", "amis", "."})[2]);
    assertEquals("ADP+DET", tagger.tag(new String[] {"la", "vie", "des", "militants", "."})[2]);
  }

  @Test
  void splittingContractionsFirstJoinsTheirTagsBack() throws IOException {
    OpenNlpPosTagger split = new OpenNlpPosTagger(FrenchNlp.posModel(), true);
    String[] tags = split.tag(new String[] {"Le", "président", "du", "PS", "parle", "."});
    assertEquals(6, tags.length);
    assertEquals("ADP+DET", tags[2]);
  }

  @Test
  void greedySearchGivesTheTagsOfTheModelsBeam() throws IOException {
    OpenNlpPosTagger modelBeam = new OpenNlpPosTagger(FrenchNlp.posModel(), false, OpenNlpPosTagger.MODEL_BEAM);
    String[][] sentences = {
      {"Benjamin", "Lancar", ",", "président", "des", "Jeunes", "Populaires", ",", "a", "-t-il", "démissionné", "?"},
      {"«", "La", "Coopol", "»", "coûte", "100 000", "euros", "à", "l'", "UMP", "selon", "David", "Assouline", "."},
      {"Les", "militants", "du", "PS", "se", "moquent", "des", "«", "créateurs", "de", "possibles", "»", "."},
    };
    for (String[] s : sentences) {
      assertArrayEquals(modelBeam.tag(s), tagger.tag(s), String.join(" ", s));
    }
  }

  @Test
  void aNegativeBeamIsRejected() throws IOException {
    POSModel model = FrenchNlp.posModel();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new OpenNlpPosTagger(model, false, -1));
    assertEquals("beam must be >= 1, or 0 for the model's beam: -1", e.getMessage());
  }

  @Test
  void curlyTypographyIsTaggedLikeTheStraightOne() {
    String[] curly = {"Qu’", "en", "pense", "-t-on", "à", "l’", "UMP", "…", "—", "3\u00A0000", "militants", "?"};
    String[] straight = {"Qu'", "en", "pense", "-t-on", "à", "l'", "UMP", "...", "-", "3 000", "militants", "?"};
    String[] before = curly.clone();
    assertArrayEquals(tagger.tag(straight), tagger.tag(curly));
    assertEquals("SCONJ", tagger.tag(curly)[0]);
    assertArrayEquals(before, curly, "the caller's tokens are not modified");
  }

  @Test
  void emptySentence() {
    assertEquals(0, tagger.tag(new String[0]).length);
  }

  @Test
  void givesTheSameTagsFromManyThreads() throws Exception {
    String[][] sentences = {
      {"Benjamin", "Lancar", "lance", "«", "La", "Coopol", "»", "."},
      {"David", "Assouline", "critique", "le", "site", "de", "l'", "UMP", "."},
      {"Les", "Jeunes", "Populaires", "sont", "des", "créateurs", "de", "possibles", "."},
    };
    List<String[]> expected = new ArrayList<>();
    for (String[] s : sentences) {
      expected.add(tagger.tag(s));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(pool.submit(() -> {
          for (int round = 0; round < 200; round++) {
            for (int i = 0; i < sentences.length; i++) {
              if (!java.util.Arrays.equals(expected.get(i), tagger.tag(sentences[i]))) {
                return false;
              }
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> f : results) {
        assertEquals(true, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
