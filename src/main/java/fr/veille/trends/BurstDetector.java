package fr.veille.trends;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;
import org.apache.commons.math3.util.CombinatoricsUtils;

/**
 * Finds bursts of coverage in the series of one entity and classifies them as {@link BuzzKind#BUZZ}
 * or {@link BuzzKind#BAD_BUZZ}. Immutable and thread-safe: the {@code with*} methods return new
 * detectors. Nothing here is tuned to one corpus: every default below was chosen on the synthetic
 * series of {@code BurstBenchmark}, and the demo corpus was only used to check plausibility.
 *
 * <h2>Burst test</h2>
 * Periods are tested in time order against a rolling baseline: the last {@code window} periods
 * before the tested one that are <em>not</em> in a burst (default 12 weeks, or 56 days), so that
 * neither the burst itself nor an earlier burst inflates the baseline it is measured against.
 * Under the null hypothesis, a count y of the period follows a negative binomial with
 * <ul>
 *   <li>mean μ = max(rate floor, baseline mean × weekday factor);
 *   <li>variance (μ + φμ²)(1 + p/m), where φ is the over-dispersion estimated by moments on the
 *       baseline (corrected for the p fitted parameters) and shrunk towards a prior φ₀ = 0.25 worth 4
 *       periods, and p/m accounts for estimating the mean (and 6 weekday factors) from m periods.
 * </ul>
 * Two counts are tested ({@link Model#COMBINED}, the default), and a period's p-value is twice the
 * smaller of the two one-sided tail probabilities (Bonferroni over the statistics):
 * <ul>
 *   <li><b>articles</b> naming the entity: each one is an independent event, so the test is robust
 *       to articles that name someone fifteen times (profiles, interviews);
 *   <li><b>mentions</b>, divided by their variance inflation D = E[c²]/E[c] where c is the number of
 *       mentions per article (quasi-Poisson scaling; D is estimated on the baseline and the tested
 *       period with a prior, see {@code clusterInflation}): this catches bursts of intensity, when
 *       an entity usually named in passing becomes the subject of the articles.
 * </ul>
 * Why this choice (table below): plain Poisson on mentions fires on 25–100 % of pure-noise series,
 * because mentions are clustered in articles and news is over-dispersed; a negative binomial on raw
 * mentions still fires on up to 26 % of them (low volume, profile articles); the clustered
 * statistics bring this to 0–2 % at the same α (apart from heavily over-dispersed series, below)
 * while keeping most of the power. Kleinberg's automaton was
 * not retained: its states are rates of the whole series, not of a rolling baseline, so an entity
 * with a trend or an earlier burst shifts it, and it gives no p-value to report.
 *
 * <p>A period <b>opens</b> a burst when its p-value, alone or together with the period before it
 * (a burst spread over two periods, each too weak alone), is at most α / (2 × tested periods): a
 * Bonferroni correction over the tests of the series, so that a pure-noise series gets a false
 * burst with probability at most about α (default 0.01). It also needs at least {@code
 * minMentions} (5) mentions from {@code minArticles} (2) articles. The next periods <b>extend</b>
 * the burst while one of their counts stays above the baseline at the (uncorrected) continuation
 * level 0.05: once an event is established, we only ask whether it is still going on.
 * {@link Burst#pValue()} tests the total counts of the burst against the summed baseline (same
 * combination of the two statistics; not corrected for multiple tests).
 *
 * <p><b>Low volume and first-ever mentions.</b> The expected count never drops below the rate floor
 * (0.25 per period, on the scale of articles), and an onset needs 5 mentions from 2 articles: an
 * entity never mentioned before can burst (about 5 articles in a week are far in the tail of a
 * rate of 0.25), but 1 → 3 mentions, or one article naming a newcomer twelve times, cannot. The first
 * {@code minHistory} periods (4; daily 14) are not tested: without a past there is nothing to burst
 * from.
 *
 * <p><b>Weekday effects.</b> Daily baselines get a factor per day of the week, estimated on the
 * window and shrunk towards 1 by {@value #WEEKDAY_SHRINKAGE} pseudo-counts per day, so that a
 * low-volume entity keeps a flat profile. Measured: on daily noise with a newsroom week (weekends at
 * a third of weekdays) the false-burst rate is 0–1 per 100 with the factors and 0.5–1 without (the
 * estimated over-dispersion absorbs most of the weekday swing), but only the factors measure a
 * Sunday against Sundays (see the tests).
 *
 * <p><b>Multiple testing.</b> {@link #detect} controls the family-wise error rate within a series
 * (Bonferroni over periods and the two statistics). Over the N entities of a query,
 * {@link #detectAll} applies Benjamini–Hochberg to the {@linkplain #seriesPValue series p-values}:
 * it controls the false discovery rate, the share of reported entities without a real burst,
 * rather than the chance of any false alert, because a scandal makes several related entities
 * burst together (Lancar, the Jeunes Populaires, the UMP) and Bonferroni over all of them would
 * hide all but the strongest.
 *
 * <h2>Classification</h2>
 * A burst is a BAD_BUZZ when its share of negative mentions is significantly above the baseline's,
 * by a one-sided beta-binomial test. The baseline share has a Beta posterior: a prior of mean
 * {@code negativePrior} worth {@code negativePriorWeight} observations in the test's units, that is
 * articles' worth of mentions once divided by their clustering (default 0.25 and 20; pass the
 * corpus-wide negative share with {@link #withNegativePrior} when it is known), updated with the
 * negative and other mentions of the baseline window. The p-value is the probability of at least
 * the burst's negative mentions under the beta-binomial predictive, so a baseline with few
 * mentions (a first-ever burst) falls back on the prior with its uncertainty, where a two-proportion
 * z-test cannot say anything. The polarity of mentions is clustered in articles (a hostile article
 * names its target many times), so both counts are divided by the mean mentions per article (a
 * design effect that counts an article as one observation): with polarity drawn per article, a
 * mention-level z-test calls 16 % of neutral bursts bad buzzes, this test 1 %. Level {@code
 * negativeAlpha} = 0.05, one test per burst. {@link Burst#negativeShare()} is the raw share over
 * the mentions with a polarity (positive, negative or neutral).
 *
 * <h2>Measurements</h2>
 * {@code BurstBenchmark} (src/test/java) prints this table; fixed seeds. Synthetic weekly series of
 * 26 weeks (17 for the demo-shaped ones) and daily series of 120 days; articles per period Poisson
 * (over-dispersed: gamma-Poisson with φ), each naming the entity 1 + Poisson(1.5) times ("profile
 * articles": 1 + Poisson(10)); a mention is negative with the given share, positive with 0.2.
 * Planted bursts multiply the article rate over 2 periods (3 days for the daily ones). "FP n/100":
 * noise series with at least one burst, per 100; "det": planted bursts overlapped by a detected
 * burst; "BAD": planted bursts found and classified BAD_BUZZ (z-test: the mention-level two-proportion
 * test against the 12 previous periods, for comparison).
 * <pre>
 * | scenario (200 series each) | combined (default) | clustered NB | Poisson | NB | NB on articles | combined, no weekday | combined, α=0.05 |
 * |---|---|---|---|---|---|---|---|
 * | noise, weekly Poisson, 0.3 art/wk | FP 0.5/100 | FP 0.5/100 | FP 29.5/100 | FP 17.5/100 | FP 0.5/100 | FP 0.5/100 | FP 0.5/100 |
 * | noise, weekly Poisson, 1.0 art/wk | FP 0.5/100 | FP 1.0/100 | FP 48.5/100 | FP 10.0/100 | FP 0.0/100 | FP 0.5/100 | FP 3.0/100 |
 * | noise, weekly Poisson, 3.0 art/wk | FP 0.5/100 | FP 1.5/100 | FP 49.0/100 | FP 5.5/100 | FP 0.5/100 | FP 0.5/100 | FP 3.0/100 |
 * | noise, weekly Poisson, 10.0 art/wk | FP 0.0/100 | FP 0.0/100 | FP 49.5/100 | FP 1.0/100 | FP 0.0/100 | FP 0.0/100 | FP 0.0/100 |
 * | noise, weekly over-dispersed (φ=0.5), 1.0 art/wk | FP 2.0/100 | FP 3.0/100 | FP 69.5/100 | FP 14.5/100 | FP 1.0/100 | FP 2.0/100 | FP 6.0/100 |
 * | noise, weekly over-dispersed (φ=0.5), 3.0 art/wk | FP 14.0/100 | FP 12.0/100 | FP 89.5/100 | FP 17.0/100 | FP 13.5/100 | FP 14.0/100 | FP 21.0/100 |
 * | noise, weekly over-dispersed (φ=0.5), 10.0 art/wk | FP 13.5/100 | FP 15.0/100 | FP 98.5/100 | FP 16.5/100 | FP 13.5/100 | FP 13.5/100 | FP 23.0/100 |
 * | noise, daily with weekdays, 0.5 art/day | FP 0.0/100 | FP 0.0/100 | FP 84.5/100 | FP 3.5/100 | FP 0.0/100 | FP 0.5/100 | FP 0.0/100 |
 * | noise, daily with weekdays, 3.0 art/day | FP 0.0/100 | FP 0.0/100 | FP 87.5/100 | FP 6.0/100 | FP 0.0/100 | FP 1.0/100 | FP 0.0/100 |
 * | noise, daily weekdays over-dispersed (φ=0.3), 3 art/day | FP 4.0/100 | FP 4.5/100 | FP 100.0/100 | FP 13.5/100 | FP 3.5/100 | FP 4.5/100 | FP 11.5/100 |
 * | steady 2 art/wk (Xavier Bertrand-like) | FP 0.5/100 | FP 1.0/100 | FP 38.5/100 | FP 6.5/100 | FP 0.0/100 | FP 0.5/100 | FP 3.5/100 |
 * | noise with 10 % profile articles (1+Poisson(10) mentions), 0.3 art/wk | FP 0.0/100 | FP 0.0/100 | FP 31.5/100 | FP 26.5/100 | FP 0.0/100 | FP 0.0/100 | FP 0.5/100 |
 * | noise with 10 % profile articles (1+Poisson(10) mentions), 1.0 art/wk | FP 2.0/100 | FP 1.5/100 | FP 73.0/100 | FP 20.0/100 | FP 1.5/100 | FP 2.0/100 | FP 3.5/100 |
 * | noise with 10 % profile articles (1+Poisson(10) mentions), 3.0 art/wk | FP 0.0/100 | FP 0.0/100 | FP 88.5/100 | FP 14.0/100 | FP 0.0/100 | FP 0.0/100 | FP 1.0/100 |
 * | planted ×3 over 2 wk, 1.0 art/wk | det 8% | det 8% | det 52% | det 19% | det 7% | det 8% | det 16% |
 * | planted ×5 over 2 wk, 1.0 art/wk | det 44% | det 36% | det 84% | det 46% | det 48% | det 44% | det 58% |
 * | planted ×10 over 2 wk, 1.0 art/wk | det 96% | det 94% | det 100% | det 94% | det 97% | det 96% | det 99% |
 * | planted ×3 over 2 wk, 3.0 art/wk | det 32% | det 28% | det 85% | det 43% | det 37% | det 32% | det 51% |
 * | planted ×5 over 2 wk, 3.0 art/wk | det 95% | det 87% | det 100% | det 89% | det 95% | det 95% | det 97% |
 * | planted ×10 over 2 wk, 3.0 art/wk | det 100% | det 100% | det 100% | det 100% | det 100% | det 100% | det 100% |
 * | planted ×5 over 2 wk, over-dispersed 3 art/wk | det 56% | det 52% | det 93% | det 55% | det 58% | det 56% | det 64% |
 * | planted ×5 over 2 wk, 3 art/wk with 10 % profile articles | det 94% | det 73% | det 100% | det 80% | det 96% | det 94% | det 98% |
 * | intensity: ×2 articles, ×3 mentions/article over 2 wk, 3 art/wk | det 54% | det 64% | det 100% | det 95% | det 4% | det 54% | det 72% |
 * | first-ever, 0 → 2.0 art/wk over 2 wk | det 11% | det 15% | det 72% | det 75% | det 14% | det 11% | det 23% |
 * | first-ever, 0 → 3.0 art/wk over 2 wk | det 40% | det 43% | det 90% | det 91% | det 45% | det 40% | det 59% |
 * | first-ever, 0 → 6.0 art/wk over 2 wk | det 94% | det 91% | det 99% | det 99% | det 94% | det 94% | det 97% |
 * | first-ever, 0 → 10.0 art/wk over 2 wk | det 100% | det 100% | det 100% | det 100% | det 100% | det 100% | det 100% |
 * | planted ×3 over 3 days, daily weekdays 3 art/day | det 55% | det 44% | det 97% | det 39% | det 59% | det 53% | det 70% |
 * | planted ×3 on a Sat-Sun, daily weekdays 3 art/day | det 2% | det 2% | det 46% | det 16% | det 1% | det 0% | det 4% |
 * | Coopol-like 1 → 7 art/wk, negative share 0.2 → 0.2 | det 81%, BAD 0% (z-test 1%) | det 71%, BAD 0% (z-test 1%) | det 99%, BAD 0% (z-test 3%) | det 79%, BAD 0% (z-test 1%) | det 82%, BAD 0% (z-test 1%) | det 81%, BAD 0% (z-test 1%) | det 88%, BAD 0% (z-test 2%) |
 * | Coopol-like 1 → 7 art/wk, negative share 0.2 → 0.35 | det 78%, BAD 2% (z-test 25%) | det 70%, BAD 2% (z-test 24%) | det 97%, BAD 3% (z-test 31%) | det 80%, BAD 2% (z-test 28%) | det 81%, BAD 2% (z-test 26%) | det 78%, BAD 2% (z-test 25%) | det 91%, BAD 2% (z-test 31%) |
 * | Coopol-like 1 → 7 art/wk, negative share 0.2 → 0.5 | det 80%, BAD 38% (z-test 55%) | det 70%, BAD 33% (z-test 47%) | det 100%, BAD 40% (z-test 67%) | det 81%, BAD 36% (z-test 53%) | det 84%, BAD 40% (z-test 60%) | det 80%, BAD 38% (z-test 55%) | det 89%, BAD 41% (z-test 61%) |
 * | Coopol-like 1 → 7 art/wk, negative share 0.2 → 0.7 | det 80%, BAD 79% (z-test 77%) | det 74%, BAD 72% (z-test 71%) | det 97%, BAD 93% (z-test 92%) | det 80%, BAD 78% (z-test 76%) | det 82%, BAD 81% (z-test 79%) | det 80%, BAD 79% (z-test 77%) | det 91%, BAD 87% (z-test 86%) |
 * | Coopol-like, polarity per article, negative share 0.2 → 0.2 | det 81%, BAD 1% (z-test 16%) | det 76%, BAD 1% (z-test 15%) | det 99%, BAD 1% (z-test 17%) | det 83%, BAD 1% (z-test 16%) | det 81%, BAD 1% (z-test 16%) | det 81%, BAD 1% (z-test 16%) | det 90%, BAD 1% (z-test 18%) |
 * | Coopol-like, polarity per article, negative share 0.2 → 0.35 | det 79%, BAD 10% (z-test 35%) | det 70%, BAD 10% (z-test 31%) | det 98%, BAD 12% (z-test 38%) | det 79%, BAD 10% (z-test 32%) | det 81%, BAD 11% (z-test 36%) | det 79%, BAD 10% (z-test 35%) | det 88%, BAD 9% (z-test 38%) |
 * | Coopol-like, polarity per article, negative share 0.2 → 0.5 | det 72%, BAD 36% (z-test 51%) | det 67%, BAD 34% (z-test 47%) | det 97%, BAD 41% (z-test 68%) | det 74%, BAD 35% (z-test 53%) | det 77%, BAD 38% (z-test 53%) | det 72%, BAD 36% (z-test 51%) | det 86%, BAD 40% (z-test 60%) |
 * | Coopol-like, polarity per article, negative share 0.2 → 0.7 | det 81%, BAD 72% (z-test 71%) | det 75%, BAD 66% (z-test 66%) | det 97%, BAD 81% (z-test 84%) | det 79%, BAD 68% (z-test 69%) | det 82%, BAD 74% (z-test 74%) | det 81%, BAD 72% (z-test 71%) | det 89%, BAD 77% (z-test 80%) |
 * | Lancar-like 0 → 10 art/wk, negative share → 0.2 | det 100%, BAD 0% (z-test 0%) | det 100%, BAD 0% (z-test 0%) | det 100%, BAD 0% (z-test 0%) | det 100%, BAD 0% (z-test 0%) | det 100%, BAD 0% (z-test 0%) | det 100%, BAD 0% (z-test 0%) | det 100%, BAD 0% (z-test 0%) |
 * | Lancar-like 0 → 10 art/wk, negative share → 0.6 | det 100%, BAD 88% (z-test 0%) | det 100%, BAD 88% (z-test 0%) | det 100%, BAD 88% (z-test 0%) | det 100%, BAD 88% (z-test 0%) | det 100%, BAD 88% (z-test 0%) | det 100%, BAD 88% (z-test 0%) | det 100%, BAD 88% (z-test 0%) |
 *
 * | 100 queries of 20 weekly series (16 noise, 4 planted) | planted found | false entities per query |
 * |---|---|---|
 * | detect per series (α per series) | 91% | 0.01 |
 * | detectAll (Benjamini–Hochberg over entities) | 82% | 0.01 |
 * </pre>
 * Known weakness: heavily over-dispersed series (weekly rates drawn independently from a gamma of
 * shape 2) still get 2–14 false bursts per 100 series: a 12-period window cannot estimate φ well
 * enough for tails at 10⁻⁴. Small bursts (×3 over two weeks from one article a week) are mostly
 * missed; that is the price of the multiple-testing control.
 */
public final class BurstDetector {

  /** The null model of the burst test. */
  public enum Model {
    /** Plain Poisson on mentions with the baseline mean plugged in: the naive comparison point. */
    POISSON,
    /** Negative binomial on mentions with estimated over-dispersion and baseline uncertainty. */
    NEGATIVE_BINOMIAL,
    /**
     * Negative binomial on mentions scaled by their clustering in articles (so the test counts
     * independent events), with estimated over-dispersion and baseline uncertainty.
     */
    CLUSTERED,
    /**
     * Negative binomial on the number of articles naming the entity, mentions ignored: the
     * comparison point of the clustered model (an article is one independent event). With this
     * model, {@link Burst#baseline()} and {@link Burst#pValue()} are about articles, not mentions.
     */
    ARTICLES,
    /**
     * The default: a period is tested both on its clustered mentions and on its articles, and the
     * smaller p-value, doubled (Bonferroni over the two statistics), is its p-value. Articles give
     * the power on bursts of volume, robust to articles naming the entity many times; clustered
     * mentions catch bursts of intensity (the entity becomes the subject of articles that used to
     * mention it in passing).
     */
    COMBINED
  }

  /** Pseudo-counts per weekday pulling the weekday factors towards 1. */
  static final double WEEKDAY_SHRINKAGE = 5;

  private final double alpha;
  private final double continuationAlpha;
  private final int minMentions;
  private final int minArticles;
  private final int window;
  private final int minHistory;
  private final double rateFloor;
  private final Model model;
  private final double dispersionPrior;
  private final double dispersionPriorWeight;
  private final boolean weekdayAdjusted;
  private final double negativePrior;
  private final double negativePriorWeight;
  private final double negativeAlpha;

  private BurstDetector(
      double alpha,
      double continuationAlpha,
      int minMentions,
      int minArticles,
      int window,
      int minHistory,
      double rateFloor,
      Model model,
      double dispersionPrior,
      double dispersionPriorWeight,
      boolean weekdayAdjusted,
      double negativePrior,
      double negativePriorWeight,
      double negativeAlpha) {
    this.alpha = alpha;
    this.continuationAlpha = continuationAlpha;
    this.minMentions = minMentions;
    this.minArticles = minArticles;
    this.window = window;
    this.minHistory = minHistory;
    this.rateFloor = rateFloor;
    this.model = model;
    this.dispersionPrior = dispersionPrior;
    this.dispersionPriorWeight = dispersionPriorWeight;
    this.weekdayAdjusted = weekdayAdjusted;
    this.negativePrior = negativePrior;
    this.negativePriorWeight = negativePriorWeight;
    this.negativeAlpha = negativeAlpha;
  }

  /**
   * The default detector: {@link Model#COMBINED} test of articles and clustered mentions,
   * family-wise significance α = 0.01 per series, continuation level 0.05, at least 5 mentions in 2
   * articles to open a burst, rate floor 0.25 per period (on the scale of articles), baseline window
   * of 12 periods (daily series: 56 days), at least 4 periods of history (daily: 14 days),
   * dispersion prior φ₀ = 0.25 worth 4 periods, weekday factors for daily series, negative-share
   * prior 0.25 worth 20 mentions, and classification level 0.05.
   */
  public static BurstDetector defaults() {
    return new BurstDetector(0.01, 0.05, 5, 2, -1, -1, 0.25, Model.COMBINED, 0.25, 4, true, 0.25, 20, 0.05);
  }

  /** Family-wise significance level of the burst test within one series, in (0, 1). */
  public BurstDetector withSignificance(double alpha) {
    return new BurstDetector(probability("significance", alpha), continuationAlpha, minMentions, minArticles, window,
        minHistory, rateFloor, model, dispersionPrior, dispersionPriorWeight, weekdayAdjusted, negativePrior,
        negativePriorWeight, negativeAlpha);
  }

  /** Level at which the periods after an onset extend the burst, in (0, 1). */
  public BurstDetector withContinuation(double level) {
    return new BurstDetector(alpha, probability("continuation level", level), minMentions, minArticles, window,
        minHistory, rateFloor, model, dispersionPrior, dispersionPriorWeight, weekdayAdjusted, negativePrior,
        negativePriorWeight, negativeAlpha);
  }

  /** Least mentions, and least articles, of the period that opens a burst. */
  public BurstDetector withMinimum(int mentions, int articles) {
    if (mentions < 1 || articles < 1) {
      throw new IllegalArgumentException("minimum mentions and articles must be at least 1, got " + mentions + " and " + articles);
    }
    return new BurstDetector(alpha, continuationAlpha, mentions, articles, window, minHistory, rateFloor, model,
        dispersionPrior, dispersionPriorWeight, weekdayAdjusted, negativePrior, negativePriorWeight, negativeAlpha);
  }

  /** Baseline window and least history before the first tested period, both in periods. */
  public BurstDetector withBaseline(int windowPeriods, int minHistoryPeriods) {
    if (windowPeriods < 1 || minHistoryPeriods < 1) {
      throw new IllegalArgumentException(
          "baseline window and history must be at least 1 period, got " + windowPeriods + " and " + minHistoryPeriods);
    }
    return new BurstDetector(alpha, continuationAlpha, minMentions, minArticles, windowPeriods, minHistoryPeriods,
        rateFloor, model, dispersionPrior, dispersionPriorWeight, weekdayAdjusted, negativePrior, negativePriorWeight,
        negativeAlpha);
  }

  /**
   * Least expected count per period, &gt; 0, on the scale of the tested statistic (articles, or
   * mentions divided by their clustering inflation; raw mentions for POISSON and NEGATIVE_BINOMIAL).
   */
  public BurstDetector withRateFloor(double mentionsPerPeriod) {
    if (!(mentionsPerPeriod > 0) || Double.isInfinite(mentionsPerPeriod)) {
      throw new IllegalArgumentException("rate floor must be positive, got " + mentionsPerPeriod);
    }
    return new BurstDetector(alpha, continuationAlpha, minMentions, minArticles, window, minHistory, mentionsPerPeriod,
        model, dispersionPrior, dispersionPriorWeight, weekdayAdjusted, negativePrior, negativePriorWeight, negativeAlpha);
  }

  /** The null model of the burst test. */
  public BurstDetector withModel(Model model) {
    return new BurstDetector(alpha, continuationAlpha, minMentions, minArticles, window, minHistory, rateFloor,
        Objects.requireNonNull(model, "model"), dispersionPrior, dispersionPriorWeight, weekdayAdjusted, negativePrior,
        negativePriorWeight, negativeAlpha);
  }

  /** Prior over-dispersion φ₀ ≥ 0 and its weight in periods ≥ 0 (every model but POISSON). */
  public BurstDetector withDispersionPrior(double phi, double weight) {
    if (!(phi >= 0) || !(weight >= 0) || Double.isInfinite(phi) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException("dispersion prior and weight must be finite and >= 0, got " + phi + " and " + weight);
    }
    return new BurstDetector(alpha, continuationAlpha, minMentions, minArticles, window, minHistory, rateFloor, model,
        phi, weight, weekdayAdjusted, negativePrior, negativePriorWeight, negativeAlpha);
  }

  /** Whether daily baselines get a factor per day of the week. */
  public BurstDetector withWeekdayAdjustment(boolean adjusted) {
    return new BurstDetector(alpha, continuationAlpha, minMentions, minArticles, window, minHistory, rateFloor, model,
        dispersionPrior, dispersionPriorWeight, adjusted, negativePrior, negativePriorWeight, negativeAlpha);
  }

  /**
   * Prior negative share of the baseline, e.g. the corpus-wide share of negative mentions, in (0, 1),
   * and its weight in mentions (&gt; 0): it dominates when the entity's baseline has fewer mentions.
   */
  public BurstDetector withNegativePrior(double share, double weight) {
    if (!(share > 0 && share < 1)) {
      throw new IllegalArgumentException("negative-share prior must be in (0, 1), got " + share);
    }
    if (!(weight > 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException("negative-share prior weight must be positive, got " + weight);
    }
    return new BurstDetector(alpha, continuationAlpha, minMentions, minArticles, window, minHistory, rateFloor, model,
        dispersionPrior, dispersionPriorWeight, weekdayAdjusted, share, weight, negativeAlpha);
  }

  /** Level of the one-sided negative-share test that makes a burst a BAD_BUZZ, in (0, 1). */
  public BurstDetector withNegativeSignificance(double level) {
    return new BurstDetector(alpha, continuationAlpha, minMentions, minArticles, window, minHistory, rateFloor, model,
        dispersionPrior, dispersionPriorWeight, weekdayAdjusted, negativePrior, negativePriorWeight,
        probability("negative-share significance", level));
  }

  private static double probability(String what, double value) {
    if (!(value > 0 && value < 1)) {
      throw new IllegalArgumentException(what + " must be in (0, 1), got " + value);
    }
    return value;
  }

  int window(Granularity by) {
    return window > 0 ? window : by == Granularity.DAY ? 56 : 12;
  }

  int minHistory(Granularity by) {
    return minHistory > 0 ? minHistory : by == Granularity.DAY ? 14 : by == Granularity.WEEK ? 4 : 3;
  }

  /**
   * The bursts of many series (the entities of one query), controlling the false discovery rate
   * over entities at the significance level: Benjamini–Hochberg on the {@linkplain #seriesPValue
   * series p-values}, then {@link #detect} at the level BH grants (k α / N for k selected series of
   * N) on the selected series only. Among the entities reported, the expected share without a real
   * burst is at most α (series independent). Bursts are in the order of the series.
   */
  public List<Burst> detectAll(Collection<EntitySeries> series) {
    return detectAll(series, null);
  }

  /**
   * {@link #detectAll(Collection)}, each selected series' bursts classified against the negative
   * prior {@code priorBefore} gives for the day its first burst starts (NaN: keep this detector's).
   * How a corpus usually speaks of anyone is best measured before the event: a corpus gathered
   * around one crisis has the crisis in its overall negative share, which then hides it.
   */
  public List<Burst> detectAll(Collection<EntitySeries> series, java.util.function.ToDoubleFunction<LocalDate> priorBefore) {
    Objects.requireNonNull(series, "series");
    List<EntitySeries> all = List.copyOf(series);
    int n = all.size();
    double[] q = new double[n];
    for (int i = 0; i < n; i++) {
      q[i] = seriesPValue(all.get(i));
    }
    double[] sorted = q.clone();
    java.util.Arrays.sort(sorted);
    int k = 0;
    for (int i = n; i >= 1; i--) {
      if (sorted[i - 1] <= i * alpha / n) {
        k = i;
        break;
      }
    }
    if (k == 0) {
      return List.of();
    }
    double level = Math.min(alpha, k * alpha / n);
    BurstDetector granted = withSignificance(level);
    List<Burst> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (q[i] <= level) {
        List<Burst> found = granted.detect(all.get(i));
        double prior = found.isEmpty() || priorBefore == null ? Double.NaN : priorBefore.applyAsDouble(found.get(0).start());
        if (prior > 0 && prior < 1) {
          // Same bursts (the prior only classifies them), classified against the share before them.
          found = granted.withNegativePrior(prior, negativePriorWeight).detect(all.get(i));
        }
        out.addAll(found);
      }
    }
    return List.copyOf(out);
  }

  /** The bursts of one series, in time order; consecutive significant periods form one burst. */
  public List<Burst> detect(EntitySeries series) {
    Objects.requireNonNull(series, "series");
    List<TrendPoint> points = series.points();
    validate(series);
    int n = points.size();
    int history = minHistory(series.by());
    if (n <= history) {
      return List.of();
    }
    // Each period is tested alone and, with the one before, as a pair: Bonferroni over both.
    double onsetLevel = alpha / tests(n, history);
    boolean[] inBurst = new boolean[n];
    Expectation[] null0 = new Expectation[n];
    Expectation[] nullArticles = new Expectation[n];
    List<Burst> bursts = new ArrayList<>();
    int t = history;
    while (t < n) {
      Expectation e;
      int start = -1;
      double[] p = onsetPValues(series, inBurst, t, history);
      if (p[0] <= onsetLevel) {
        start = t;
      } else if (p[1] <= onsetLevel) {
        start = t - 1;
      }
      if (start >= 0) {
        int forcedEnd = t;
        t = start;
        e = expect(series, inBurst, t, t);
        Baseline negativeBaseline = baselineCounts(series, inBurst, t);
        do {
          inBurst[t] = true;
          null0[t] = e;
          nullArticles[t] = model == Model.COMBINED ? expect(series, inBurst, t, t, true) : null;
          t++;
          if (t >= n) {
            break;
          }
          e = expect(series, inBurst, t, t);
        } while (t <= forcedEnd || continues(series, inBurst, t));
        bursts.add(burst(series, start, t - 1, null0, nullArticles, negativeBaseline));
      } else {
        t++;
      }
    }
    return List.copyOf(bursts);
  }

  private static int tests(int n, int history) {
    return 2 * (n - history);
  }

  /**
   * The p-values of a burst opening at {@code t} alone, and over {@code t - 1} and {@code t} together
   * (a burst spread over two periods, each too weak alone: a story breaking late in a week); 1 when
   * the minimum mentions and articles are not reached.
   */
  private double[] onsetPValues(EntitySeries series, boolean[] inBurst, int t, int history) {
    if (model != Model.COMBINED) {
      return onsetPValues(series, inBurst, t, history, false);
    }
    double[] mentions = onsetPValues(series, inBurst, t, history, false);
    double[] articles = onsetPValues(series, inBurst, t, history, true);
    return new double[] {
      Math.min(1, 2 * Math.min(mentions[0], articles[0])), Math.min(1, 2 * Math.min(mentions[1], articles[1]))
    };
  }

  private double[] onsetPValues(EntitySeries series, boolean[] inBurst, int t, int history, boolean articles) {
    List<TrendPoint> points = series.points();
    TrendPoint p = points.get(t);
    double single = 1;
    double pair = 1;
    if (p.mentions() >= minMentions && p.articles() >= minArticles) {
      single = expect(series, inBurst, t, t, articles).pValue();
    }
    if (t > history && !inBurst[t - 1] && model != Model.POISSON) {
      TrendPoint q = points.get(t - 1);
      if (p.mentions() + q.mentions() >= minMentions && p.articles() + q.articles() >= minArticles) {
        Expectation first = expect(series, inBurst, t - 1, t - 1, articles);
        Expectation second = expect(series, inBurst, t - 1, t, articles);
        if (first.x() > first.mean() && second.x() > second.mean()) {
          pair = upperTail(first.x() + second.x(), first.mean() + second.mean(),
              first.variance() + second.variance());
        }
      }
    }
    return new double[] {single, pair};
  }

  /** Whether period {@code t} still belongs to the burst before it. */
  private boolean continues(EntitySeries series, boolean[] inBurst, int t) {
    Expectation e = expect(series, inBurst, t, t);
    if (e.x() > e.mean() && e.pValue() <= continuationAlpha) {
      return true;
    }
    if (model != Model.COMBINED) {
      return false;
    }
    Expectation a = expect(series, inBurst, t, t, true);
    return a.x() > a.mean() && a.pValue() <= continuationAlpha;
  }

  /**
   * The p-value of "this series has no burst": the smallest onset p-value of the series times the
   * number of onset tests (Bonferroni), at most 1. {@link #detect} finds at least one burst exactly
   * when this is at most the significance level (the first onset has no earlier burst to exclude
   * from its baseline, so it does not depend on the level).
   */
  public double seriesPValue(EntitySeries series) {
    Objects.requireNonNull(series, "series");
    validate(series);
    int n = series.points().size();
    int history = minHistory(series.by());
    if (n <= history) {
      return 1;
    }
    boolean[] none = new boolean[n];
    double min = 1;
    for (int t = history; t < n; t++) {
      double[] p = onsetPValues(series, none, t, history);
      min = Math.min(min, Math.min(p[0], p[1]));
    }
    return Math.min(1, min * tests(n, history));
  }

  private static void validate(EntitySeries series) {
    LocalDate previous = null;
    for (TrendPoint p : series.points()) {
      if (p.mentions() < 0 || p.articles() < 0 || p.positive() < 0 || p.negative() < 0 || p.neutral() < 0) {
        throw new IllegalArgumentException(
            "negative count in the series of " + series.entity() + " for the period starting " + p.start());
      }
      if (previous != null && !p.start().isAfter(previous)) {
        throw new IllegalArgumentException(
            "periods of the series of " + series.entity() + " are not in increasing order at " + p.start());
      }
      previous = p.start();
    }
  }

  /**
   * The null distribution of the mentions of period {@code t}, on the scale of independent events:
   * mentions divided by the variance inflation D of their clustering in articles (quasi-Poisson
   * scaling), so that the tail has the shape of a count of articles rather than of a negative
   * binomial stretched over a few huge clusters. The baseline is made of the periods before
   * {@code before} that are not in a burst.
   */
  Expectation expect(EntitySeries series, boolean[] inBurst, int before, int t) {
    return expect(series, inBurst, before, t, false);
  }

  /** As {@link #expect(EntitySeries, boolean[], int, int)}, of the articles when {@code articles}. */
  Expectation expect(EntitySeries series, boolean[] inBurst, int before, int t, boolean countArticles) {
    boolean articles = countArticles || model == Model.ARTICLES;
    boolean clustered = model == Model.CLUSTERED || model == Model.COMBINED;
    List<TrendPoint> points = series.points();
    int w = window(series.by());
    int[] idx = new int[w];
    int m = 0;
    for (int j = before - 1; j >= 0 && m < w; j--) {
      if (!inBurst[j]) {
        idx[m++] = j;
      }
    }
    TrendPoint now = points.get(t);
    double scale = !articles && clustered ? clusterInflation(points, idx, m, now) : 1;
    double[] y = new double[m];
    int[] day = new int[m];
    double sum = 0;
    for (int i = 0; i < m; i++) {
      TrendPoint p = points.get(idx[i]);
      y[i] = (articles ? p.articles() : p.mentions()) / scale;
      day[i] = dayIndex(series, idx[i]);
      sum += y[i];
    }
    double mean = m == 0 ? 0 : sum / m;
    double[] factor = weekdayFactors(series, y, day, m, mean);
    double mu = Math.max(rateFloor, mean * factor[dayIndex(series, t)]);
    double x = (articles ? now.articles() : now.mentions()) / scale;
    if (model == Model.POISSON) {
      return new Expectation(x, mu, mu, scale);
    }
    // Over-dispersion by moments, E[(y - mu)^2] = mu + phi mu^2, with a correction for the fitted
    // parameters (the mean, and the weekday factors when there are any).
    int fitted = adjustsWeekdays(series) && mean > 0 ? 7 : 1;
    double dof = m > fitted ? (double) m / (m - fitted) : 1;
    double excess = 0;
    double squares = 0;
    for (int i = 0; i < m; i++) {
      double mj = mean * factor[day[i]];
      double d = y[i] - mj;
      excess += d * d * dof - mj;
      squares += mj * mj;
    }
    double phiHat = squares > 0 ? Math.max(0, excess / squares) : dispersionPrior;
    double phi = (m * phiHat + dispersionPriorWeight * dispersionPrior) / (m + dispersionPriorWeight);
    if (!(phi >= 0)) {
      phi = dispersionPrior;
    }
    // The baseline mean (and weekday factor) is itself estimated from m periods.
    double var = (mu + phi * mu * mu) * (1 + (double) fitted / Math.max(1, m));
    return new Expectation(x, mu, var, scale);
  }

  /** Prior of the mentions per article: mean {@value}, variance {@link #CLUSTER_PRIOR_VARIANCE}. */
  static final double CLUSTER_PRIOR_MEAN = 2;
  /** Prior variance of the mentions per article (that of 1 + Poisson(1)). */
  static final double CLUSTER_PRIOR_VARIANCE = 1;
  /** Weight, in articles, of the prior of the mentions per article. */
  static final double CLUSTER_PRIOR_ARTICLES = 5;

  /**
   * Variance inflation of mention counts by their clustering in articles: with articles Poisson and
   * c mentions per article, Var(mentions) = E[c²] / E[c] × E[mentions]. E[c] and Var(c) are
   * estimated from the per-period deviations of mentions from E[c] × articles, on the baseline
   * <em>and the tested period</em>, and shrunk towards a prior (an article names an entity
   * 1 + Poisson(1) times) worth a few articles, which is all there is for an entity without a past.
   * The clustering is a nuisance parameter, not the tested rate: including the tested period keeps
   * one or two profile articles naming someone fifteen times from making a burst (measured during
   * development with the clustered model alone: about 1 false burst per 100 series with 10 % of such
   * articles, against 5–8 when D comes from the baseline alone), at the price of missing some bursts
   * of intensity (more mentions per article, with few more articles: about 50 % found against 57 %).
   */
  private static double clusterInflation(List<TrendPoint> points, int[] idx, int m, TrendPoint now) {
    double mentions = CLUSTER_PRIOR_MEAN * CLUSTER_PRIOR_ARTICLES;
    double articles = CLUSTER_PRIOR_ARTICLES;
    mentions += now.mentions();
    articles += now.articles();
    for (int i = 0; i < m; i++) {
      mentions += points.get(idx[i]).mentions();
      articles += points.get(idx[i]).articles();
    }
    double c = Math.max(1, mentions / articles);
    double dev = CLUSTER_PRIOR_VARIANCE * CLUSTER_PRIOR_ARTICLES;
    if (now.articles() > 0) {
      dev += square(now.mentions() - c * now.articles());
    }
    for (int i = 0; i < m; i++) {
      TrendPoint p = points.get(idx[i]);
      if (p.articles() > 0) {
        dev += square(p.mentions() - c * p.articles());
      }
    }
    double varC = dev / articles;
    return Math.max(1, (varC + c * c) / c);
  }

  private static double square(double v) {
    return v * v;
  }

  private boolean adjustsWeekdays(EntitySeries series) {
    return weekdayAdjusted && series.by() == Granularity.DAY;
  }

  private static int dayIndex(EntitySeries series, int t) {
    return series.by() == Granularity.DAY ? series.points().get(t).start().getDayOfWeek().getValue() - 1 : 0;
  }

  /** Multiplicative weekday factors of a daily baseline (all 1 otherwise), averaging 1 over the window. */
  private double[] weekdayFactors(EntitySeries series, double[] y, int[] day, int m, double mean) {
    double[] f = {1, 1, 1, 1, 1, 1, 1};
    if (!adjustsWeekdays(series) || m == 0 || mean == 0) {
      return f;
    }
    double[] sum = new double[7];
    int[] days = new int[7];
    for (int i = 0; i < m; i++) {
      sum[day[i]] += y[i];
      days[day[i]]++;
    }
    for (int d = 0; d < 7; d++) {
      f[d] = (sum[d] + WEEKDAY_SHRINKAGE) / (days[d] * mean + WEEKDAY_SHRINKAGE);
    }
    double avg = 0;
    for (int i = 0; i < m; i++) {
      avg += f[day[i]];
    }
    avg /= m;
    for (int d = 0; d < 7; d++) {
      f[d] /= avg;
    }
    return f;
  }

  /** Negative and total polarity-counted mentions, and mentions per article, of the baseline before {@code t}. */
  private Baseline baselineCounts(EntitySeries series, boolean[] inBurst, int t) {
    int w = window(series.by());
    long negative = 0;
    long total = 0;
    long mentions = 0;
    long articles = 0;
    int m = 0;
    for (int j = t - 1; j >= 0 && m < w; j--) {
      if (!inBurst[j]) {
        TrendPoint p = series.points().get(j);
        negative += p.negative();
        total += p.positive() + p.negative() + p.neutral();
        mentions += p.mentions();
        articles += p.articles();
        m++;
      }
    }
    return new Baseline(negative, total, clusterSize(mentions, articles));
  }

  private static double clusterSize(long mentions, long articles) {
    return articles > 0 ? Math.max(1, (double) mentions / articles) : 1;
  }

  private Burst burst(EntitySeries series, int from, int to, Expectation[] null0, Expectation[] nullArticles,
      Baseline base) {
    List<TrendPoint> points = series.points();
    int mentions = 0;
    long articles = 0;
    long negative = 0;
    long total = 0;
    double toneSum = 0;
    double x = 0;
    double mean = 0;
    double var = 0;
    double expected = 0;
    double xa = 0;
    double meanA = 0;
    double varA = 0;
    for (int t = from; t <= to; t++) {
      TrendPoint p = points.get(t);
      mentions += p.mentions();
      articles += p.articles();
      negative += p.negative();
      total += p.positive() + p.negative() + p.neutral();
      toneSum += p.tone() * p.articles();
      x += null0[t].x();
      mean += null0[t].mean();
      var += null0[t].variance();
      expected += null0[t].mentions();
      if (nullArticles[t] != null) {
        xa += nullArticles[t].x();
        meanA += nullArticles[t].mean();
        varA += nullArticles[t].variance();
      }
    }
    // The periods' baselines are nearly the same, so summing their variances understates a little
    // the shared uncertainty of the baseline mean: the burst p-value is slightly optimistic.
    double pValue = upperTail(x, mean, var);
    if (model == Model.COMBINED) {
      pValue = Math.min(1, 2 * Math.min(pValue, upperTail(xa, meanA, varA)));
    }
    double c = clusterSize(mentions, articles);
    long n = Math.round(total / c);
    long k = Math.min(n, Math.round(negative / c));
    double a = negativePrior * negativePriorWeight + base.negative / base.cluster;
    double b = (1 - negativePrior) * negativePriorWeight + (base.total - base.negative) / base.cluster;
    double baselineShare = a / (a + b);
    double negativeShare = total > 0 ? (double) negative / total : 0;
    double negativeP = betaBinomialUpperTail(k, n, a, b);
    BuzzKind kind = negativeP <= negativeAlpha && negativeShare > baselineShare ? BuzzKind.BAD_BUZZ : BuzzKind.BUZZ;
    LocalDate start = points.get(from).start();
    LocalDate end = series.by().next(points.get(to).start()).minusDays(1);
    double tone = articles > 0 ? toneSum / articles : 0;
    return new Burst(series.entity(), series.type(), kind, start, end, mentions, expected, tone, negativeShare,
        baselineShare, pValue, negativeP);
  }

  private record Baseline(long negative, long total, double cluster) {}

  /**
   * The observed count {@code x} of a period (or burst) and its null distribution, all divided by
   * {@code scale} (the clustering inflation): Poisson when the variance equals the mean, else
   * negative binomial.
   */
  record Expectation(double x, double mean, double variance, double scale) {
    /** P(X &gt;= x) under the null. */
    double pValue() {
      return upperTail(x, mean, variance);
    }

    /** Expected mentions. */
    double mentions() {
      return mean * scale;
    }
  }

  /** P(X &gt;= x) for a count of this mean and variance: Poisson, or negative binomial when over-dispersed. */
  static double upperTail(double x, double mean, double variance) {
    if (variance <= mean * (1 + 1e-9)) {
      return poissonUpperTail(x, mean);
    }
    return negativeBinomialUpperTail(x, mean, mean * mean / (variance - mean));
  }

  /** P(X &gt;= x) for X ~ Poisson(mean). */
  static double poissonUpperTail(double x, double mean) {
    if (x <= 0) {
      return 1;
    }
    if (mean <= 0) {
      return 0;
    }
    return Gamma.regularizedGammaP(x, mean, 1e-15, 100_000);
  }

  /** P(X &gt;= x) for X negative binomial with this mean and size (variance mean + mean² / size). */
  static double negativeBinomialUpperTail(double x, double mean, double size) {
    if (x <= 0) {
      return 1;
    }
    if (mean <= 0) {
      return 0;
    }
    // P(X >= x) = I_{1-p}(x, r) with p = r / (r + mean), the success probability.
    return Beta.regularizedBeta(mean / (size + mean), x, size, 1e-15, 100_000);
  }

  /** P(X &gt;= x) for X ~ BetaBinomial(n, a, b). */
  static double betaBinomialUpperTail(long x, long n, double a, double b) {
    if (x <= 0) {
      return 1;
    }
    if (x > n) {
      return 0;
    }
    double logNorm = Beta.logBeta(a, b);
    double sum = 0;
    for (long k = x; k <= n; k++) {
      sum += Math.exp(CombinatoricsUtils.binomialCoefficientLog((int) n, (int) k)
          + Beta.logBeta(k + a, n - k + b) - logNorm);
    }
    return Math.min(1, sum);
  }

  @Override
  public String toString() {
    return "BurstDetector[alpha=" + alpha + ", continuation=" + continuationAlpha + ", minMentions=" + minMentions
        + ", minArticles=" + minArticles + ", model=" + model + ", rateFloor=" + rateFloor + ", dispersionPrior="
        + dispersionPrior + "x" + dispersionPriorWeight + ", weekdays=" + weekdayAdjusted + ", negativePrior="
        + negativePrior + "x" + negativePriorWeight + ", negativeAlpha=" + negativeAlpha + "]";
  }
}
