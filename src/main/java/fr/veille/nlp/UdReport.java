package fr.veille.nlp;

import java.util.Locale;

/**
 * Scores of the French NLP stages on one Universal Dependencies CoNLL-U file (see {@link
 * UdEvaluator}). Immutable.
 *
 * @param file the evaluated file
 * @param sentences gold sentences
 * @param surfaceTokens gold surface tokens (a multiword token such as « du » counts once)
 * @param words gold syntactic words (« du » = de + le counts twice)
 * @param tokenizer token span precision/recall/F1 on each sentence's {@code # text}
 * @param unalignedSentences sentences whose gold forms could not be found in their text (skipped)
 * @param sentenceSplitter sentence span P/R/F1 on the file's sentences joined by spaces
 * @param sentenceSplitterRaw the same for the OpenNLP model without the French fixes
 * @param posOnGoldTokens UPOS accuracy on the gold surface tokens as the pipeline tags them (as
 *     they are); a contraction is right when its joined tag is right ({@code ADP+DET})
 * @param posOnGoldTokensSplit the same when contractions are split before tagging (the alternative)
 * @param posOnPlainTokens accuracy on the surface tokens that are not contractions, tagged as they are
 * @param posOnPlainTokensSplit the same, with contractions split before tagging
 * @param posOnGoldWords UPOS accuracy when the tagger is given the gold UD words (contractions split)
 * @param lemmaWithGoldPos lemma accuracy on gold words with gold UPOS
 * @param lemmaWithPredictedPos lemma accuracy on gold words with the UPOS predicted by the pipeline
 *     on surface tokens (a contraction's joined tag gives each of its words its part)
 * @param speed throughput of each stage
 */
public record UdReport(
    String file,
    int sentences,
    int surfaceTokens,
    int words,
    Score tokenizer,
    int unalignedSentences,
    Score sentenceSplitter,
    Score sentenceSplitterRaw,
    Accuracy posOnGoldTokens,
    Accuracy posOnGoldTokensSplit,
    Accuracy posOnPlainTokens,
    Accuracy posOnPlainTokensSplit,
    Accuracy posOnGoldWords,
    Accuracy lemmaWithGoldPos,
    Accuracy lemmaWithPredictedPos,
    Speed speed) {

  /** Span-match counts and the derived precision, recall and F1. */
  public record Score(long correct, long predicted, long gold, double precision, double recall, double f1) {
    static Score of(UdScorer.Prf p) {
      return new Score(p.truePositives(), p.predicted(), p.gold(), p.precision(), p.recall(), p.f1());
    }
  }

  /** Correct out of total. */
  public record Accuracy(long correct, long total, double accuracy) {
    static Accuracy of(long correct, long total) {
      return new Accuracy(correct, total, total == 0 ? 0 : (double) correct / total);
    }
  }

  /**
   * Single-thread throughput in gold surface tokens per CPU second of the measuring thread (so
   * per core; garbage collection on other threads is not counted), best of three windows; null when
   * speed was not measured.
   *
   * @param pipeline sentences + tokens + POS on the raw text of the file
   * @param pipelineWithLemmas the same plus lemmas
   */
  public record Speed(
      double tokenizer,
      double sentenceSplitter,
      double posTagger,
      double lemmatizer,
      double pipeline,
      double pipelineWithLemmas) {}

  /** A human-readable summary, one figure per line. */
  public String toText() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "file: %s%n", file));
    sb.append(String.format(Locale.ROOT, "gold: %d sentences, %d surface tokens, %d words%n", sentences, surfaceTokens, words));
    line(sb, "tokenizer (token spans)", tokenizer);
    if (unalignedSentences > 0) {
      sb.append(String.format(Locale.ROOT, "  (%d sentences skipped: gold forms not found in # text)%n", unalignedSentences));
    }
    line(sb, "sentences (OpenNLP + fixes)", sentenceSplitter);
    line(sb, "sentences (OpenNLP raw)", sentenceSplitterRaw);
    line(sb, "POS on gold tokens (pipeline)", posOnGoldTokens);
    line(sb, "POS on gold tokens, contractions split", posOnGoldTokensSplit);
    line(sb, "POS on non-contraction tokens (pipeline)", posOnPlainTokens);
    line(sb, "POS on non-contraction tokens, split", posOnPlainTokensSplit);
    line(sb, "POS on gold words", posOnGoldWords);
    line(sb, "lemma with gold POS", lemmaWithGoldPos);
    line(sb, "lemma with predicted POS", lemmaWithPredictedPos);
    if (speed != null) {
      sb.append(String.format(Locale.ROOT,
          "speed (tokens/s per core): tokenizer %,.0f; sentences %,.0f; POS %,.0f; lemmas %,.0f;%n"
              + "  pipeline sentences+tokens+POS %,.0f; with lemmas %,.0f%n",
          speed.tokenizer(), speed.sentenceSplitter(), speed.posTagger(), speed.lemmatizer(),
          speed.pipeline(), speed.pipelineWithLemmas()));
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, String name, Score s) {
    sb.append(String.format(Locale.ROOT, "%-42s P %.4f  R %.4f  F1 %.4f  (%d correct, %d predicted, %d gold)%n",
        name, s.precision(), s.recall(), s.f1(), s.correct(), s.predicted(), s.gold()));
  }

  private static void line(StringBuilder sb, String name, Accuracy a) {
    sb.append(String.format(Locale.ROOT, "%-42s accuracy %.4f  (%d / %d)%n", name, a.accuracy(), a.correct(), a.total()));
  }
}
