package fr.veille.cli;

import fr.veille.internal.bench.ScaleBench;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench scale --articles N}: indexing speed, index size, peak heap and query latency on a synthetic corpus. */
@Command(
    name = "scale",
    mixinStandardHelpOptions = true,
    description = {
      "Index a synthetic corpus of N articles (real French sentences, two years of dates, a long tail of entities),",
      "then time a weekly trend (most frequent and mid-frequency entity), entities --top 50 and a full-text search.",
      "Run with -Xmx1g to check that indexing fits in 1 GB."
    })
final class BenchScaleCommand implements Callable<Integer> {
  @Option(names = "--articles", paramLabel = "N", defaultValue = "100000", description = "Number of synthetic articles (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--dir", paramLabel = "DIR", description = "Index folder, kept afterwards (must be empty or absent; default: a temporary folder, deleted).")
  Path dir;

  @Option(names = "--batch", paramLabel = "N", defaultValue = "2000", description = "Articles per indexing run (default: ${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--runs", paramLabel = "N", defaultValue = "100", description = "Timed runs per query, after warm-up (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--threads", paramLabel = "N", description = "Indexing threads (default: all cores).")
  Integer threads;

  @Option(names = "--entities", paramLabel = "N", defaultValue = "3000", description = "Distinct entities in the corpus (default: ${DEFAULT-VALUE}).")
  int entities;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "7", description = "Generator seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--measure-at", paramLabel = "N", split = ",", description = "Also time the queries when the index reaches these sizes (e.g. 100000,300000).")
  java.util.List<Integer> measureAt;

  @Option(names = "--queries-only", description = "Index nothing: time the queries on the index already in --dir (--articles is then ignored).")
  boolean queriesOnly;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    ScaleBench.Options options;
    try {
      options = new ScaleBench.Options(articles, dir, batch, runs, n, entities, seed, measureAt, queriesOnly);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    BenchCommand.checkFormat(spec, format);
    ScaleBench.Result r = ScaleBench.run(options, spec.commandLine().getErr());
    BenchCommand.print(spec, format, r, r.table());
    return 0;
  }
}
