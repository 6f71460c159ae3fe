package fr.veille.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --index DIR} option shared by the query commands. */
final class IndexOption {
  @Option(names = "--index", paramLabel = "DIR", defaultValue = "veille-index", description = "Index folder (default: ${DEFAULT-VALUE}).")
  Path dir;
}
