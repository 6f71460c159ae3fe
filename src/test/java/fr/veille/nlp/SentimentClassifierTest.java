package fr.veille.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentimentClassifierTest {

  private static final SentimentRules RULES = new SentimentRules(lexicon());

  private static SentimentLexicon lexicon() {
    try {
      return SentimentLexicon.read(new ByteArrayInputStream("succès\t0.6\tNONE\néchec\t-0.6\tNONE\n".getBytes()), "t");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static SentimentRules.Analysis analysis(String text) {
    return RULES.analyze(text, new SentimentTokenizer().tokenize(text));
  }

  @Test
  void learnsThreeClassesAndSurvivesARoundTrip() throws IOException {
    String[][] data = {
      {"pos", "un franc succès pour la Coopol"}, {"pos", "succès total des militants"}, {"pos", "quel succès bravo"},
      {"neg", "un échec cuisant pour l'UMP"}, {"neg", "échec total du site"}, {"neg", "quel échec hélas"},
      {"neu", "réunion lundi au siège"}, {"neu", "le scrutin a lieu le 14 mars"}, {"neu", "conférence de presse mardi"},
    };
    List<SentimentClassifier.Example> examples = new ArrayList<>();
    for (String[] d : data) {
      examples.add(new SentimentClassifier.Example(SentimentClassifier.features(analysis(d[1]), 16, true),
          SentimentLabel.parse(d[0]).ordinal(), 1));
    }
    SentimentClassifier model = SentimentClassifier.train(examples,
        new SentimentClassifier.Options(16, true, 30, 0.2, 1e-6, 1));
    for (String[] d : data) {
      double[] p = model.probabilities(analysis(d[1]));
      int best = p[0] >= p[1] && p[0] >= p[2] ? 0 : p[1] >= p[2] ? 1 : 2;
      assertEquals(SentimentLabel.parse(d[0]).ordinal(), best, d[1]);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    model.write(out);
    SentimentClassifier back = SentimentClassifier.read(new ByteArrayInputStream(out.toByteArray()), "mem");
    double[] before = model.probabilities(analysis("un succès inattendu"));
    double[] after = back.probabilities(analysis("un succès inattendu"));
    assertArrayEquals(before, after, 2e-3, "half-precision weights");
  }

  @Test
  void wordsInANegationScopeShareNoFeatureWithThePlainWords() {
    // « pas de succès » must not vote like « succès »: unigrams and bigrams of negated words are
    // other features (only the dense length feature is common).
    SentimentClassifier.Features plain = SentimentClassifier.features(analysis("quel succès"), 16, false);
    SentimentClassifier.Features negated = SentimentClassifier.features(analysis("pas de succès"), 16, false);
    java.util.Set<Integer> shared = new java.util.HashSet<>();
    for (int i : plain.index()) {
      if (i < 1 << 16) {
        shared.add(i);
      }
    }
    java.util.Set<Integer> common = new java.util.HashSet<>();
    for (int i : negated.index()) {
      if (shared.contains(i)) {
        common.add(i);
      }
    }
    assertEquals(java.util.Set.of(), common);
  }

  private static java.util.Set<Integer> sharedHashed(String a, String b) {
    java.util.Set<Integer> first = new java.util.HashSet<>();
    for (int i : SentimentClassifier.features(analysis(a), 16, false).index()) {
      if (i < 1 << 16) {
        first.add(i);
      }
    }
    java.util.Set<Integer> common = new java.util.HashSet<>();
    for (int i : SentimentClassifier.features(analysis(b), 16, false).index()) {
      if (first.contains(i)) {
        common.add(i);
      }
    }
    return common;
  }

  @Test
  void inflectionsAndUnaccentedSpellingsShareTheStemOfTheWord() {
    // « ennuyeux » / « ennuyeuse » and « déprimant » / « deprimant » share one feature, their stem;
    // words of six letters or fewer have none (« saison », « succès »).
    assertEquals(1, sharedHashed("un épisode ennuyeux", "une saison ennuyeuse").size());
    assertEquals(1, sharedHashed("un final déprimant", "le final est deprimant").size() - sharedHashed("un final", "le final est").size());
    assertEquals(java.util.Set.of(), sharedHashed("une saison", "les saisons"));
  }

  @Test
  void aNegatedWordKeepsItsStemApart() {
    assertEquals(java.util.Set.of(), sharedHashed("un épisode ennuyeux", "jamais ennuyeuse"));
  }

  @Test
  void refusesAClassifierOfAnEarlierFormat() throws IOException {
    // A VSC2 file (no stems) would be read with other features than it was trained on.
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (java.io.DataOutputStream out = new java.io.DataOutputStream(new java.util.zip.GZIPOutputStream(bytes))) {
      out.writeInt(0x56534332);
      out.writeInt(16);
    }
    IOException e = assertThrows(IOException.class,
        () -> SentimentClassifier.read(new ByteArrayInputStream(bytes.toByteArray()), "old.bin.gz"));
    assertEquals("old.bin.gz: not a veille sentiment classifier", e.getMessage());
  }

  @Test
  void rejectsForeignFiles() {
    IOException e = assertThrows(IOException.class,
        () -> SentimentClassifier.read(new ByteArrayInputStream(new byte[] {1, 2, 3}), "bad.bin.gz"));
    assertEquals(true, e.getMessage() == null || !e.getMessage().isEmpty());
  }
}
