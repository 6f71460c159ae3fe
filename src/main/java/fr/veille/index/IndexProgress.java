package fr.veille.index;

/** Receives progress of a long indexing run. Called from the indexing thread. */
public interface IndexProgress {
  /** Called every few files. */
  void progress(int filesSeen, int articlesIndexed);

  /** Called after each commit: every article counted here survives a crash. */
  default void committed(long articlesInIndex) {}

  IndexProgress NONE = (files, articles) -> {};
}
