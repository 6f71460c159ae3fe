package fr.veille.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.veille.nlp.UdEvaluator;
import fr.veille.nlp.UdReport;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code eval ud FILE.conllu}: scores tokenizer, sentence splitter, POS tagger and lemmatizer. */
@Command(
    name = "ud",
    mixinStandardHelpOptions = true,
    description = {
      "Score the French tokenizer, sentence splitter, POS tagger and lemmatizer on a Universal"
          + " Dependencies CoNLL-U file (token and sentence span P/R/F1, POS and lemma accuracy, tokens/s).",
    })
final class EvalUdCommand implements Callable<Integer> {
  enum Format { text, json }

  @Parameters(paramLabel = "FILE.conllu", description = "A CoNLL-U file with '# text =' lines.")
  Path file;

  @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--no-speed", description = "Skip the speed measurement (about 20 s of CPU).")
  boolean noSpeed;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    UdReport report = UdEvaluator.withDefaultModels().evaluate(file, !noSpeed);
    var out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
    } else {
      out.print(report.toText());
    }
    out.flush();
    return 0;
  }
}
