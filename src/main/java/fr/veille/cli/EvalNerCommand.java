package fr.veille.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.veille.nlp.EntityRecognizer;
import fr.veille.nlp.NameFinderModel;
import fr.veille.nlp.NerEvaluator;
import fr.veille.nlp.NerModels;
import fr.veille.nlp.NerScore;
import fr.veille.nlp.TrainedEntityRecognizer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code eval ner FILE}: scores the named-entity recognizer on a CoNLL file. */
@Command(
    name = "ner",
    mixinStandardHelpOptions = true,
    description = {
      "Score the named-entity recognizer on a CoNLL file (token TAB IOB2-tag, blank line between "
          + "sentences): exact span and type match, conlleval-style, on the file's own tokens.",
      "Speed (tokensPerSecond) is the recognizer alone, one thread, after warm-up, in thread CPU time."
    })
final class EvalNerCommand implements Callable<Integer> {
  enum Format { text, json }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "Annotated CoNLL file.")
  Path file;

  @Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE}).", defaultValue = "text")
  Format format;

  @Option(names = "--model", description = "Model file to evaluate instead of the shipped one (veille or OpenNLP format).")
  Path model;

  @Option(names = "--tagger-only", description = "Score the statistical tagger alone, without the domain gazetteer's last word.")
  boolean taggerOnly;

  @Override
  public Integer call() throws Exception {
    EntityRecognizer recognizer;
    if (taggerOnly) {
      NameFinderModel m = model == null ? NameFinderModel.loadDefault() : NameFinderModel.load(model);
      recognizer = new TrainedEntityRecognizer(m, false);
    } else {
      recognizer = model == null ? TrainedEntityRecognizer.loadDefault() : NerModels.load(model);
    }
    NerScore score = new NerEvaluator().evaluate(recognizer, file);
    var out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.println(new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS).writeValueAsString(score));
    } else {
      out.print(score.toText());
    }
    return 0;
  }
}
