package fr.veille.trends;

import fr.veille.nlp.EntityType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded generator of entity series for tests and the benchmark. Articles per period are Poisson
 * (or gamma-Poisson, i.e. negative binomial, when {@code articleDispersion > 0}: slow swings of
 * interest), each article names the entity 1 + Poisson(1.5) times (mentions are clustered), and
 * each mention is negative with probability {@code negativeShare}, positive with probability 0.2,
 * neutral otherwise. Not thread-safe (one generator per thread).
 */
final class SyntheticSeries {
  static final LocalDate MONDAY = LocalDate.of(2010, 1, 4);
  /** Relative article rates Monday to Sunday: a newsroom week, quiet at the weekend. */
  static final double[] NEWSROOM_WEEK = {1.2, 1.3, 1.3, 1.25, 1.15, 0.45, 0.35};

  /** Extra mentions per article beyond the first: Poisson with this mean. */
  static final double EXTRA_MENTIONS = 1.5;

  private final SplittableRandom random;
  private final double profiles;
  private final boolean articlePolarity;

  /** Articles name the entity 1 + Poisson(1.5) times. */
  SyntheticSeries(long seed) {
    this(seed, 0, false);
  }

  /**
   * With a share of profile articles naming the entity 1 + Poisson(10) times (heavy clusters), and
   * with the polarity drawn per article (all the mentions of an article share it) when {@code
   * articlePolarity}, else per mention.
   */
  SyntheticSeries(long seed, double profiles, boolean articlePolarity) {
    random = new SplittableRandom(seed);
    this.profiles = profiles;
    this.articlePolarity = articlePolarity;
  }

  /**
   * A planted change over some periods: articles per period, negative share, and extra mentions
   * per article (more intense coverage).
   */
  record Plant(int from, int to, double rate, double negativeShare, double extraMentions) {
    Plant(int from, int to, double rate, double negativeShare) {
      this(from, to, rate, negativeShare, EXTRA_MENTIONS);
    }

    boolean covers(int t) {
      return t >= from && t <= to;
    }
  }

  /**
   * A series of {@code n} periods at {@code rate} articles per period (times the weekday profile for
   * daily series), with an optional planted change.
   */
  EntitySeries series(String entity, Granularity by, int n, double rate, double articleDispersion,
      boolean weekdayEffect, double negativeShare, Plant plant) {
    List<TrendPoint> points = new ArrayList<>(n);
    LocalDate start = MONDAY;
    for (int t = 0; t < n; t++) {
      boolean planted = plant != null && plant.covers(t);
      double r = planted ? plant.rate() : rate;
      if (by == Granularity.DAY && weekdayEffect) {
        r *= NEWSROOM_WEEK[start.getDayOfWeek().getValue() - 1];
      }
      if (articleDispersion > 0 && r > 0) {
        r = gamma(1 / articleDispersion) * r * articleDispersion;
      }
      int articles = poisson(r);
      points.add(planted
          ? period(start, articles, plant.negativeShare(), plant.extraMentions())
          : period(start, articles, negativeShare, EXTRA_MENTIONS));
      start = by.next(start);
    }
    return new EntitySeries(entity, EntityType.PER, by, points);
  }

  /** One period with these articles: mentions clustered in articles, polarity drawn per mention. */
  TrendPoint period(LocalDate start, int articles, double negativeShare, double extraMentions) {
    int mentions = 0;
    int negative = 0;
    int positive = 0;
    for (int a = 0; a < articles; a++) {
      int m = 1 + poisson(profiles > 0 && random.nextDouble() < profiles ? 10 : extraMentions);
      mentions += m;
      double articleDraw = random.nextDouble();
      for (int i = 0; i < m; i++) {
        double u = articlePolarity ? articleDraw : random.nextDouble();
        if (u < negativeShare) {
          negative++;
        } else if (u < negativeShare + 0.2) {
          positive++;
        }
      }
    }
    int neutral = mentions - negative - positive;
    double tone = mentions == 0 ? 0 : (positive - negative) / (double) mentions;
    return new TrendPoint(start, articles, mentions, tone, positive, negative, neutral, 0, 0);
  }

  /** A series with exactly these articles per period. */
  EntitySeries fixed(String entity, Granularity by, int[] articles, double negativeShare) {
    List<TrendPoint> points = new ArrayList<>();
    LocalDate start = MONDAY;
    for (int a : articles) {
      points.add(period(start, a, negativeShare, EXTRA_MENTIONS));
      start = by.next(start);
    }
    return new EntitySeries(entity, EntityType.PER, by, points);
  }

  int poisson(double mean) {
    if (mean <= 0) {
      return 0;
    }
    if (mean > 30) { // normal approximation is plenty for large synthetic rates
      return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian()));
    }
    double limit = Math.exp(-mean);
    double prod = random.nextDouble();
    int k = 0;
    while (prod > limit) {
      prod *= random.nextDouble();
      k++;
    }
    return k;
  }

  private double gaussian() {
    double u = 1 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Gamma(shape, scale 1), Marsaglia and Tsang. */
  double gamma(double shape) {
    if (shape < 1) {
      return gamma(shape + 1) * Math.pow(random.nextDouble(), 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double x = gaussian();
      double v = 1 + c * x;
      if (v <= 0) {
        continue;
      }
      v = v * v * v;
      double u = random.nextDouble();
      if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
        return d * v;
      }
    }
  }
}
