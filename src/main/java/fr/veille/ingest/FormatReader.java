package fr.veille.ingest;

import java.util.List;

/** Reads the articles of one file format. Implementations are stateless and thread-safe. */
interface FormatReader {
  /**
   * The articles of the file, language not yet set.
   *
   * @throws IngestException when the file cannot be read as this format (the reason says why)
   */
  List<Article> read(RawFile file) throws IngestException;
}
