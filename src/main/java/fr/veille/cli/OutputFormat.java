package fr.veille.cli;

/** How a command prints its results. */
enum OutputFormat {
  TABLE,
  JSON,
  CSV
}
