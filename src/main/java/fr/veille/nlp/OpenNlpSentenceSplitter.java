package fr.veille.nlp;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.util.Span;

/**
 * French sentence splitter: the OpenNLP UD-GSD sentence model, applied paragraph by paragraph, with
 * fixes for its known French errors (see {@link SentenceFixes}): no split after « M. », « Mme »,
 * initials or « p. ex. », none before a lower-case continuation or a closing guillemet, and a split
 * at every blank line or at a line break that starts a title-like line.
 *
 * <p>Thread-safe: the OpenNLP detector is wrapped in {@link ThreadSafeSentenceDetectorME} (one
 * detector per thread, created lazily); the model is immutable.
 */
public final class OpenNlpSentenceSplitter implements SentenceSplitter {
  /** The resource of the Maven artifact org.apache.opennlp:opennlp-models-sentdetect-fr:1.3.0. */
  public static final String DEFAULT_MODEL = "/opennlp-fr-ud-gsd-sentence-1.3-2.5.4.bin";

  private final ThreadSafeSentenceDetectorME detector;
  private final boolean fixes;

  /** Uses the given model, with the French post-fixes. */
  public OpenNlpSentenceSplitter(SentenceModel model) {
    this(model, true);
  }

  /** Uses the given model; {@code fixes == false} gives the raw OpenNLP output (for comparison). */
  public OpenNlpSentenceSplitter(SentenceModel model, boolean fixes) {
    this.detector = new ThreadSafeSentenceDetectorME(Objects.requireNonNull(model, "model"));
    this.fixes = fixes;
  }

  /** Loads the default French model from the classpath; fails clearly if it is missing or corrupt. */
  public static OpenNlpSentenceSplitter fromClasspath() throws IOException {
    return new OpenNlpSentenceSplitter(loadModel());
  }

  /** Loads a sentence model file written by OpenNLP. */
  public static OpenNlpSentenceSplitter fromFile(Path model) throws IOException {
    return new OpenNlpSentenceSplitter(ModelResources.fromFile(model, "OpenNLP sentence model", SentenceModel::new));
  }

  static SentenceModel loadModel() throws IOException {
    return ModelResources.fromClasspath(DEFAULT_MODEL, "OpenNLP French sentence model", SentenceModel::new);
  }

  @Override
  public List<TextSpan> split(String text) {
    Objects.requireNonNull(text, "text");
    List<TextSpan> out = new ArrayList<>();
    for (TextSpan block : fixes ? SentenceFixes.blocks(text) : List.of(new TextSpan(0, text.length()))) {
      String part = text.substring(block.start(), block.end());
      Span[] spans = detector.sentPosDetect(part);
      List<TextSpan> sentences = new ArrayList<>(spans.length);
      for (Span s : spans) {
        int start = block.start() + s.getStart();
        int end = block.start() + s.getEnd();
        // Trim, so spans never start or end with whitespace.
        while (start < end && FrenchTokenizer.isSpace(text.charAt(start))) {
          start++;
        }
        while (end > start && FrenchTokenizer.isSpace(text.charAt(end - 1))) {
          end--;
        }
        if (end > start) {
          sentences.add(new TextSpan(start, end));
        }
      }
      // Split, join, then split again: a join that pulls a leading « » » back can expose a new end.
      out.addAll(fixes
          ? SentenceFixes.splitMore(text, SentenceFixes.repair(text, SentenceFixes.splitMore(text, sentences)))
          : sentences);
    }
    return out;
  }
}
