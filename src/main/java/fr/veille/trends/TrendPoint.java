package fr.veille.trends;

import java.time.LocalDate;

/**
 * What was said about one entity in one period.
 *
 * @param start first day of the period
 * @param articles articles mentioning the entity
 * @param mentions mentions of the entity in those articles
 * @param tone mean entity-targeted tone in [-1, 1] over those articles (0 when none)
 * @param positive mentions in sentences that speak well of the entity
 * @param negative mentions in sentences that speak badly of it
 * @param neutral the other mentions
 * @param shareOfVoice the entity's mentions over the mentions of all the entities of the query, in [0, 1]
 * @param attention articles mentioning the entity over all articles of the period, in [0, 1]
 */
public record TrendPoint(
    LocalDate start,
    int articles,
    int mentions,
    double tone,
    int positive,
    int negative,
    int neutral,
    double shareOfVoice,
    double attention) {

  /** A period without coverage. */
  public static TrendPoint empty(LocalDate start) {
    return new TrendPoint(start, 0, 0, 0, 0, 0, 0, 0, 0);
  }
}
