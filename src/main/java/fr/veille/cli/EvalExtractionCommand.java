package fr.veille.cli;

import fr.veille.ingest.ExtractionEvaluation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code eval extraction [DIR]}: precision, recall and speed of main-text extraction from web pages. */
@Command(
    name = "extraction",
    mixinStandardHelpOptions = true,
    description = {
      "Score main-text extraction on saved web pages: each NAME.html with NAME.txt, its expected main text.",
      "Prints token precision, recall and F1 per page and overall, and the extraction speed in MB/s."
    })
final class EvalExtractionCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "DIR",
      description = "Folder of pages (default: the bundled test pages, ${DEFAULT-VALUE}).")
  Path dir = ExtractionEvaluation.DEFAULT_DIR;

  @CommandLine.Option(names = "--pages", description = "Print one line per page.")
  boolean perPage;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    ExtractionEvaluation.Report r = ExtractionEvaluation.evaluate(dir);
    PrintWriter out = spec.commandLine().getOut();
    if (perPage) {
      for (ExtractionEvaluation.PageScore p : r.pages()) {
        out.println(String.format(Locale.ROOT, "%-50s P=%.3f R=%.3f F1=%.3f (%d/%d tokens)",
            p.page(), p.precision(), p.recall(), p.f1(), p.extractedTokens(), p.expectedTokens()));
      }
    }
    out.println(String.format(Locale.ROOT,
        "pages: %d  precision: %.4f  recall: %.4f  F1: %.4f  (mean page F1: %.4f)",
        r.pages().size(), r.precision(), r.recall(), r.f1(), r.meanPageF1()));
    out.println(String.format(Locale.ROOT, "speed: %.1f MB/s on one core (%.2f MB of HTML x %d rounds in %.2f s of CPU time)",
        r.megabytesPerSecond(), r.bytes() / (1024.0 * 1024.0), r.rounds(), r.time().toNanos() / 1e9));
    return 0;
  }
}
