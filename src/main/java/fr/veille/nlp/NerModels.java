package fr.veille.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads entity recognizers from model files: veille's own format ({@link NameFinderModel}) or,
 * for comparison, an OpenNLP name finder model (a zip file), as written by
 * {@code veille train ner --baseline-opennlp}. The returned recognizers are thread-safe.
 */
public final class NerModels {
  private NerModels() {}

  /** The recognizer stored in {@code file}, whichever of the two formats it is in. */
  public static EntityRecognizer load(Path file) throws IOException {
    byte[] head = new byte[2];
    try (InputStream in = Files.newInputStream(file)) {
      if (in.readNBytes(head, 0, 2) < 2) {
        throw new IOException(file + ": empty or truncated model file");
      }
    }
    if (head[0] == 'P' && head[1] == 'K') {
      return OpenNlpNameFinder.load(file);
    }
    return NameFinderModel.load(file).recognizer();
  }

  /**
   * Trains OpenNLP's name finder with its default features and parameters on CoNLL files and
   * writes it to {@code out}: the baseline veille's tagger is compared with.
   */
  public static void trainOpenNlpBaseline(List<Path> trainFiles, Path out) throws IOException {
    OpenNlpNameFinder.train(trainFiles, out);
  }
}
