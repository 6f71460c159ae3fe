package fr.veille.trends;

import fr.veille.nlp.EntityType;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A burst of coverage of one entity: consecutive periods with significantly more mentions than the
 * entity's own baseline, classified as a {@link BuzzKind#BUZZ} or a {@link BuzzKind#BAD_BUZZ}.
 * Produced by {@link BurstDetector}; immutable.
 *
 * @param entity canonical name of the entity
 * @param type its type
 * @param kind BAD_BUZZ when the negative share is significantly above the baseline's, else BUZZ
 * @param start first day of the first period of the burst
 * @param end last day of the last period of the burst (inclusive)
 * @param mentions mentions of the entity over the burst
 * @param baseline mentions expected over the burst periods from the entity's baseline
 * @param tone article-weighted mean tone over the burst, in [-1, 1]
 * @param negativeShare negative mentions over polarised-or-neutral mentions during the burst, in [0, 1]
 * @param baselineNegativeShare the baseline's negative share (posterior mean, prior included), in [0, 1]
 * @param pValue probability, under the baseline, of at least {@code mentions} mentions over the
 *     burst periods (not adjusted for multiple testing; the onset was tested with a corrected level)
 * @param negativePValue one-sided beta-binomial p-value of the negative share under the baseline share
 */
public record Burst(
    String entity,
    EntityType type,
    BuzzKind kind,
    LocalDate start,
    LocalDate end,
    int mentions,
    double baseline,
    double tone,
    double negativeShare,
    double baselineNegativeShare,
    double pValue,
    double negativePValue) {

  public Burst {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("burst of " + entity + " ends (" + end + ") before it starts (" + start + ")");
    }
  }

  /** How many times the baseline the burst's mentions are (infinite when the baseline is zero). */
  public double ratio() {
    return mentions / baseline;
  }
}
