package fr.veille.cli;

import fr.veille.Veille;
import fr.veille.index.ArticleEnricher;
import fr.veille.index.ArticleIndexer;
import fr.veille.index.NlpEnricher;
import fr.veille.nlp.Watchlist;
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

  @Option(names = "--no-nlp", description = "Index text and metadata only, without entities and tone (much faster; trends need the NLP).")
  boolean noNlp;

  @Option(
      names = "--commit-every",
      paramLabel = "N",
      defaultValue = "2000",
      description = {
        "Commit after every N indexed articles (at a file boundary) and at the end (default: ${DEFAULT-VALUE}).",
        "After a crash or kill the index holds every committed article; smaller N loses less work, larger N is faster."
      })
  int commitEvery;

  @Option(
      names = "--log-commits",
      description = {
        "Print one line `veille-commit ARTICLES` on stderr after each commit, ARTICLES being the number of",
        "articles in the index at that commit (they survive a crash): for scripts that watch a long run."
      })
  boolean logCommits;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (commitEvery < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--commit-every must be at least 1, was " + commitEvery);
    }
    IndexProgress progress = quiet ? IndexProgress.NONE : new ProgressPrinter(err);
    if (logCommits) {
      progress = new CommitLogger(progress, err);
    }
    ArticleEnricher nlp = ArticleEnricher.NONE;
    if (!noNlp) {
      Watchlist actors = watchlist == null ? Watchlist.empty() : Veille.watchlist(watchlist);
      nlp = new NlpEnricher(Veille.pipeline(actors));
    }
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    IndexReport report = new ArticleIndexer(Veille.ingestor(), nlp, threads, commitEvery).index(folder, indexDir, progress);
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

  /** Adds a machine-readable line per commit to another progress reporter. */
  static final class CommitLogger implements IndexProgress {
    /** The line printed after each commit, followed by the number of articles in the index. */
    static final String PREFIX = "veille-commit ";

    private final IndexProgress delegate;
    private final PrintWriter err;

    CommitLogger(IndexProgress delegate, PrintWriter err) {
      this.delegate = delegate;
      this.err = err;
    }

    @Override
    public void progress(int filesSeen, int articlesIndexed) {
      delegate.progress(filesSeen, articlesIndexed);
    }

    @Override
    public void committed(long articlesInIndex) {
      delegate.committed(articlesInIndex);
      // Flushed at once: a watcher that kills the process must have seen every commit reported.
      err.println(PREFIX + articlesInIndex);
      err.flush();
    }
  }
}
