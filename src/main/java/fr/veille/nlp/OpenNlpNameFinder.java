package fr.veille.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * The comparison baseline: OpenNLP's maxent name finder with its default features and training
 * parameters. Used to show what veille's own tagger gains; never the default model. Thread-safe
 * (one {@link NameFinderME} per thread, as NameFinderME is not).
 */
final class OpenNlpNameFinder implements EntityRecognizer {
  private final TokenNameFinderModel model;
  private final ThreadLocal<NameFinderME> finder;

  OpenNlpNameFinder(TokenNameFinderModel model) {
    this.model = model;
    this.finder = ThreadLocal.withInitial(() -> new NameFinderME(this.model));
  }

  static OpenNlpNameFinder load(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new OpenNlpNameFinder(new TokenNameFinderModel(in));
    } catch (IOException | RuntimeException e) {
      throw new IOException(file + ": not a readable OpenNLP name finder model (" + e.getMessage() + ")", e);
    }
  }

  static void train(List<Path> trainFiles, Path out) throws IOException {
    List<NameSample> samples = new ArrayList<>();
    for (Path p : trainFiles) {
      for (LabeledSentence s : ConllReader.read(p)) {
        List<NameSpan> spans = s.goldSpans();
        Span[] names = new Span[spans.size()];
        for (int i = 0; i < names.length; i++) {
          NameSpan n = spans.get(i);
          names[i] = new Span(n.startToken(), n.endToken(), n.type().name());
        }
        samples.add(new NameSample(s.tokens(), names, false));
      }
    }
    TrainingParameters params = TrainingParameters.defaultParams();
    params.put(TrainingParameters.THREADS_PARAM, 1);
    TokenNameFinderModel model =
        NameFinderME.train("fr", null, ObjectStreamUtils.createObjectStream(samples), params, new TokenNameFinderFactory());
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream o = Files.newOutputStream(out)) {
      model.serialize(o);
    }
  }

  @Override
  public List<NameSpan> find(String[] tokens) {
    NameFinderME me = finder.get();
    Span[] spans = me.find(tokens);
    me.clearAdaptiveData(); // each sentence scored on its own, like veille's tagger
    List<NameSpan> out = new ArrayList<>(spans.length);
    for (Span s : spans) {
      out.add(new NameSpan(s.getStart(), s.getEnd(), EntityType.parse(s.getType()), s.getProb()));
    }
    return out;
  }
}
