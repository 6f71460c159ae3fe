package fr.veille.ingest;

import java.nio.file.Path;

/**
 * The bytes of one file and where it sits, as handed to a format reader.
 *
 * @param path the file on disk (for messages)
 * @param relativePath path relative to the indexed folder, '/' separators
 * @param bytes the whole content
 * @param folderSource the name of the parent folder: the default source
 */
record RawFile(Path path, String relativePath, byte[] bytes, String folderSource) {

  /** The file name without folders. */
  String fileName() {
    int slash = relativePath.lastIndexOf('/');
    return slash < 0 ? relativePath : relativePath.substring(slash + 1);
  }

  /** The file name without its extension, a last-resort title. */
  String baseName() {
    String name = fileName();
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? name : name.substring(0, dot);
  }

  /** The id of the only article of a single-article file: a hash of its relative path. */
  String singleId() {
    return Texts.id("file:" + relativePath);
  }

  /** The id of an item of a multi-article file: its own id when it has one, else its position. */
  String itemId(String ownId, int index) {
    if (ownId != null && !ownId.isBlank()) {
      return Texts.id("item:" + ownId.strip());
    }
    return Texts.id("file:" + relativePath + "#" + index);
  }
}
