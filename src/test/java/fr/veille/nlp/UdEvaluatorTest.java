package fr.veille.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The UD scorer on a hand-made CoNLL-U file (3 sentences, 20 surface tokens, 21 words) with
 * deliberately simple stages whose scores can be counted by hand.
 */
class UdEvaluatorTest {

  /** Splits on spaces only: « L'UMP » and « a-t-il » stay whole. */
  private static final Tokenizer WHITESPACE = text -> {
    List<Token> out = new ArrayList<>();
    Matcher m = Pattern.compile("\\S+").matcher(text);
    while (m.find()) {
      out.add(new Token(m.group(), m.start(), m.end()));
    }
    return out;
  };

  /** Ends a sentence at every period followed by a space, even after « M. ». */
  private static final SentenceSplitter AT_PERIODS = text -> {
    List<TextSpan> out = new ArrayList<>();
    int start = 0;
    for (int i = text.indexOf(". "); i >= 0; i = text.indexOf(". ", i + 1)) {
      out.add(new TextSpan(start, i + 1));
      start = i + 2;
    }
    out.add(new TextSpan(start, text.length()));
    return out;
  };

  private static final SentenceSplitter NEVER = text -> List.of(new TextSpan(0, text.length()));
  private static final PosTagger ALL_NOUNS = tokens -> fill(tokens.length, "NOUN");
  private static final PosTagger KNOWS_DU =
      tokens -> Arrays.stream(tokens).map(t -> t.equals("du") ? "ADP+DET" : "NOUN").toArray(String[]::new);
  private static final Lemmatizer LOWER_CASE =
      (tokens, tags) -> Arrays.stream(tokens).map(t -> t.toLowerCase(Locale.ROOT)).toArray(String[]::new);

  private static String[] fill(int n, String tag) {
    String[] out = new String[n];
    Arrays.fill(out, tag);
    return out;
  }

  static Path tiny() throws URISyntaxException {
    return Path.of(UdEvaluatorTest.class.getResource("tiny.conllu").toURI());
  }

  @Test
  void countsMatchAHandCount() throws Exception {
    UdEvaluator evaluator = new UdEvaluator(WHITESPACE, AT_PERIODS, NEVER, ALL_NOUNS, KNOWS_DU, ALL_NOUNS, LOWER_CASE);
    UdReport r = evaluator.evaluate(tiny(), false);

    assertEquals(3, r.sentences());
    assertEquals(20, r.surfaceTokens());
    assertEquals(21, r.words());
    // Whitespace tokens right: lance « La Coopol / Le président du MJS / M. Lancar démissionné ?
    assertEquals(new UdReport.Score(12, 16, 20, 12 / 16.0, 12 / 20.0, 2 * 0.75 * 0.6 / 1.35), r.tokenizer());
    assertEquals(0, r.unalignedSentences());
    // Periods: sentences 1 and 2 right; « M. » cuts sentence 3 in two wrong spans.
    assertEquals(2, r.sentenceSplitter().correct());
    assertEquals(4, r.sentenceSplitter().predicted());
    assertEquals(3, r.sentenceSplitter().gold());
    assertEquals(0, r.sentenceSplitterRaw().correct());
    assertEquals(1, r.sentenceSplitterRaw().predicted());
    // NOUN everywhere is right for « président » and « M. » only; « du » wants ADP+DET.
    assertEquals(UdReport.Accuracy.of(2, 20), r.posOnGoldTokens());
    assertEquals(UdReport.Accuracy.of(3, 20), r.posOnGoldTokensSplit());
    assertEquals(UdReport.Accuracy.of(2, 19), r.posOnPlainTokens());
    assertEquals(UdReport.Accuracy.of(2, 19), r.posOnPlainTokensSplit());
    assertEquals(UdReport.Accuracy.of(2, 21), r.posOnGoldWords());
    // Lower case is the lemma of « . ? « » le président de le » only.
    assertEquals(UdReport.Accuracy.of(9, 21), r.lemmaWithGoldPos());
    assertEquals(UdReport.Accuracy.of(9, 21), r.lemmaWithPredictedPos());
    assertNull(r.speed());
    assertTrue(r.toText().contains("F1 0.6667"), r.toText());
  }

  @Test
  void spanMatchCountsBothEnds() {
    List<TextSpan> gold = List.of(new TextSpan(0, 2), new TextSpan(2, 5), new TextSpan(6, 9));
    List<TextSpan> predicted = List.of(new TextSpan(0, 5), new TextSpan(6, 9));
    UdScorer.Prf prf = UdScorer.spanMatch(predicted, gold);
    assertEquals(new UdScorer.Prf(1, 2, 3), prf);
    assertEquals(0.5, prf.precision());
    assertEquals(1 / 3.0, prf.recall());
    assertEquals(0.4, prf.f1(), 1e-12);
    assertEquals(0.0, new UdScorer.Prf(0, 0, 0).f1());
  }

  @Test
  void readsMultiwordTokensAsOneSurfaceToken() throws Exception {
    List<Conllu.Sentence> sentences = Conllu.read(tiny());
    Conllu.SurfaceToken du = sentences.get(1).tokens().get(2);
    assertEquals("du", du.form());
    assertEquals(List.of("de", "le"), du.words().stream().map(Conllu.Word::form).toList());
    assertEquals(List.of(new TextSpan(0, 2), new TextSpan(3, 12), new TextSpan(13, 15), new TextSpan(16, 19),
        new TextSpan(20, 26), new TextSpan(26, 27)), UdScorer.goldTokenSpans(sentences.get(1)));
  }

  @Test
  void rebuildsTheTextWhenThereIsNoTextComment() {
    String conllu = "1\tLe\tle\tDET\t_\t_\t2\tdet\t_\t_\n2\tPS\tPS\tPROPN\t_\t_\t0\troot\t_\tSpaceAfter=No\n"
        + "3\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n\n";
    assertEquals("Le PS.", Conllu.parse(conllu, "x.conllu").get(0).text());
  }

  @Test
  void badLinesAreReportedWithFileAndLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Conllu.parse("# text = Le PS\n1\tLe\tle\n", "bad.conllu"));
    assertEquals("bad.conllu:2: expected 10 tab-separated CoNLL-U columns, found 3", e.getMessage());
  }

  @Test
  void aMissingFileIsAnIoError() {
    assertThrows(IOException.class, () -> new UdEvaluator(WHITESPACE, NEVER, NEVER, ALL_NOUNS, ALL_NOUNS,
        ALL_NOUNS, LOWER_CASE).evaluate(Path.of("/nonexistent/fr_gsd-ud-dev.conllu"), false));
  }
}
