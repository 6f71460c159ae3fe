package fr.veille.cli;

import fr.veille.internal.bench.IngestBench;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bench ingest [DIR]}: ingestion speed on one thread, in MB/s. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Ingestion speed on one thread (walk, hash, decode, parse, extract the main text of web pages, detect the language), in MB/s.",
      "Without DIR: the bundled demo corpus, then generated news pages (HTML)."
    })
final class BenchIngestCommand implements Callable<Integer> {
  @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Folder of articles to read (default: demo corpus + generated pages).")
  Path dir;

  @Option(names = "--pages", paramLabel = "N", defaultValue = "300", description = "Generated HTML pages when no DIR is given (default: ${DEFAULT-VALUE}; 0: none).")
  int pages;

  @Option(names = "--seconds", paramLabel = "S", defaultValue = "10", description = "Minimum measured time per input, after warm-up (default: ${DEFAULT-VALUE}).")
  double seconds;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (pages < 0 || !(seconds > 0)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--pages must be >= 0 and --seconds > 0");
    }
    BenchCommand.checkFormat(spec, format);
    IngestBench.Result r = IngestBench.run(dir, pages, seconds);
    BenchCommand.print(spec, format, r, r.table());
    return 0;
  }
}
