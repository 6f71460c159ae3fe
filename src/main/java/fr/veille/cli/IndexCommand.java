package fr.veille.cli;

import fr.veille.Veille;
import fr.veille.index.IndexProgress;
import fr.veille.index.IndexReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = {
      "Index a folder of articles (recursively): new files are added, changed files re-indexed,",
      "deleted files removed. Safe to re-run and to interrupt."
    })
final class IndexCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FOLDER", description = "Folder of articles (.txt, .md, .html, .jsonl, RSS/Atom, WordPress exports).")
  Path folder;

  @Option(names = "--index", paramLabel = "DIR", defaultValue = "veille-index", description = "Index folder (default: ${DEFAULT-VALUE}).")
  Path indexDir;

  @Option(names = "--watchlist", paramLabel = "FILE", description = "Actors to follow, with their aliases (see corpus/watchlist for the format).")
  Path watchlist;

  @Option(names = "--quiet", description = "Print the summary only, no progress.")
  boolean quiet;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    fr.veille.nlp.Watchlist actors = watchlist == null ? fr.veille.nlp.Watchlist.empty() : Veille.watchlist(watchlist);
    IndexReport report = Veille.index(folder, indexDir, actors, quiet ? IndexProgress.NONE : new ProgressPrinter(err));
    Summaries.printIndexReport(out, report, indexDir);
    return 0;
  }

  /** Prints a progress line on stderr at most every two seconds, so short runs stay silent. */
  static final class ProgressPrinter implements IndexProgress {
    private final PrintWriter err;
    private final long started = System.nanoTime();
    private long lastPrinted = started;

    ProgressPrinter(PrintWriter err) {
      this.err = err;
    }

    @Override
    public void progress(int filesSeen, int articlesIndexed) {
      long now = System.nanoTime();
      if (now - lastPrinted > 2_000_000_000L) {
        lastPrinted = now;
        err.printf("… %,d files seen, %,d articles indexed (%.0f s)%n", filesSeen, articlesIndexed, (now - started) / 1e9);
        err.flush();
      }
    }
  }
}
