package fr.veille.trends;

/** A burst of coverage, and whether it speaks badly of its entity. */
public enum BuzzKind {
  /** More coverage than usual, without a significant rise of negative mentions. */
  BUZZ,
  /** More coverage than usual, with significantly more negative mentions than usual. */
  BAD_BUZZ
}
