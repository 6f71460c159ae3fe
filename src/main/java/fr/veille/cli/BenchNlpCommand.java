package fr.veille.cli;

import fr.veille.internal.bench.NlpBench;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench nlp [--threads N]}: NLP speed (tokens/s, articles/s), model loading time and heap. */
@Command(
    name = "nlp",
    mixinStandardHelpOptions = true,
    description = {
      "NLP speed on the demo corpus texts after warm-up, on one thread and on N: the full pipeline",
      "(sentences, tokens, NER, resolution, sentiment) and sentences+tokens+POS+NER; model loading time; heap after loading."
    })
final class BenchNlpCommand implements Callable<Integer> {
  @Option(names = "--threads", paramLabel = "N", description = "Threads for the multi-thread measure (default: all cores).")
  Integer threads;

  @Option(names = "--seconds", paramLabel = "S", defaultValue = "10", description = "Measured time per pipeline and thread count (default: ${DEFAULT-VALUE}).")
  double seconds;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (n < 1 || !(seconds > 0)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be >= 1 and --seconds > 0");
    }
    BenchCommand.checkFormat(spec, format);
    NlpBench.Result r = NlpBench.run(n, seconds);
    BenchCommand.print(spec, format, r, r.table());
    return 0;
  }
}
