package fr.veille.trends;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.veille.nlp.EntityType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.PascalDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class BurstDetectorTest {
  private static final LocalDate W1 = LocalDate.of(2010, 1, 4); // Monday of the first week of the demo corpus
  private static final BurstDetector DEFAULTS = BurstDetector.defaults();

  /** One period: articles, mentions, of which positive and negative; the rest neutral. */
  private static TrendPoint point(LocalDate start, int articles, int mentions, int positive, int negative) {
    double tone = mentions == 0 ? 0 : (positive - negative) / (double) mentions;
    return new TrendPoint(start, articles, mentions, tone, positive, negative, mentions - positive - negative, 0, 0);
  }

  /** A weekly series from rows {articles, mentions, positive, negative}. */
  private static EntitySeries weekly(String entity, EntityType type, int[][] weeks) {
    List<TrendPoint> points = new ArrayList<>();
    for (int i = 0; i < weeks.length; i++) {
      int[] w = weeks[i];
      points.add(point(W1.plusWeeks(i), w[0], w[1], w[2], w[3]));
    }
    return new EntitySeries(entity, type, Granularity.WEEK, points);
  }

  /** Benjamin Lancar in the demo timeline: next to nothing, then the e-mail affair of W6–W7, then a tail. */
  static EntitySeries lancar() {
    return weekly("Benjamin Lancar", EntityType.PER, new int[][] {
      {0, 0, 0, 0}, {0, 0, 0, 0}, {1, 2, 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 0},
      {6, 15, 1, 9}, {10, 26, 2, 15}, {3, 7, 0, 3}, {1, 2, 0, 1}, {0, 0, 0, 0},
      {0, 0, 0, 0}, {1, 1, 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 0}, {1, 2, 0, 0}});
  }

  /** La Coopol: about one article a week, then praised after the regional elections (W11–W12). */
  static EntitySeries coopol() {
    return weekly("La Coopol", EntityType.ORG, new int[][] {
      {1, 2, 1, 0}, {2, 5, 2, 1}, {1, 3, 1, 0}, {1, 2, 0, 0}, {0, 0, 0, 0},
      {1, 3, 1, 1}, {1, 2, 0, 0}, {1, 2, 1, 0}, {0, 0, 0, 0}, {1, 3, 1, 0},
      {7, 18, 10, 1}, {6, 15, 8, 1}, {1, 3, 1, 0}, {1, 2, 0, 0}, {2, 4, 1, 0}, {1, 2, 1, 0}, {1, 2, 0, 0}});
  }

  /** Xavier Bertrand: exactly two articles every week, in neutral terms. */
  static EntitySeries bertrand() {
    int[] mentions = {4, 5, 3, 6, 4, 2, 5, 4, 3, 7, 4, 5, 2, 4, 6, 3, 4};
    int[][] weeks = new int[mentions.length][];
    for (int i = 0; i < mentions.length; i++) {
      weeks[i] = new int[] {2, mentions[i], i % 3 == 0 ? 1 : 0, i % 4 == 0 ? 1 : 0};
    }
    return weekly("Xavier Bertrand", EntityType.PER, weeks);
  }

  @Test
  void lancarEmailAffairIsOneBadBuzzFromFebruaryEighth() {
    List<Burst> bursts = DEFAULTS.detect(lancar());
    assertEquals(1, bursts.size(), bursts::toString);
    Burst b = bursts.get(0);
    assertAll(
        () -> assertEquals(BuzzKind.BAD_BUZZ, b.kind()),
        () -> assertEquals(LocalDate.of(2010, 2, 8), b.start()),
        () -> assertTrue(!b.end().isBefore(LocalDate.of(2010, 2, 21)), "covers W7: " + b),
        () -> assertTrue(b.mentions() >= 41, b::toString),
        () -> assertTrue(b.baseline() < 3, "baseline from next to nothing: " + b),
        () -> assertTrue(b.pValue() < 1e-6, b::toString),
        () -> assertTrue(b.negativeShare() > 0.5 && b.baselineNegativeShare() < 0.3, b::toString),
        () -> assertTrue(b.negativePValue() < 0.05, b::toString),
        () -> assertTrue(b.tone() < 0, b::toString));
  }

  @Test
  void coopolAfterTheRegionalElectionsIsAPositiveBuzz() {
    List<Burst> bursts = DEFAULTS.detect(coopol());
    assertEquals(1, bursts.size(), bursts::toString);
    Burst b = bursts.get(0);
    assertAll(
        () -> assertEquals(BuzzKind.BUZZ, b.kind()),
        () -> assertEquals(LocalDate.of(2010, 3, 15), b.start()),
        () -> assertEquals(LocalDate.of(2010, 3, 28), b.end()),
        () -> assertEquals(33, b.mentions()),
        () -> assertTrue(b.tone() > 0.3, b::toString),
        () -> assertTrue(b.negativePValue() > 0.5, b::toString));
  }

  @Test
  void steadyActorHasNoEvent() {
    assertEquals(List.of(), DEFAULTS.detect(bertrand()));
  }

  @Test
  void detectAllOverTheDemoActorsStillFindsBothEvents() {
    List<Burst> bursts = DEFAULTS.detectAll(List.of(bertrand(), lancar(), coopol()));
    assertEquals(List.of("Benjamin Lancar", "La Coopol"), bursts.stream().map(Burst::entity).toList());
    assertEquals(List.of(BuzzKind.BAD_BUZZ, BuzzKind.BUZZ), bursts.stream().map(Burst::kind).toList());
  }

  /** Weeks of next to nothing, then one week with few mentions: never an event. */
  @ParameterizedTest(name = "{0} mentions in {1} articles after a baseline of {2} per week")
  @CsvSource({
    "3, 1, 1", // 1 → 3 mentions in one article
    "3, 2, 1", // 1 → 3 mentions in two articles
    "3, 3, 1",
    "3, 2, 0", // never mentioned, then 3 mentions
    "4, 2, 0",
    "12, 1, 0", // one profile article naming a newcomer twelve times
    "4, 4, 1",
  })
  void lowVolumeNoiseIsNoEvent(int mentions, int articles, int baselinePerWeek) {
    int[][] weeks = new int[14][];
    for (int i = 0; i < weeks.length; i++) {
      weeks[i] = new int[] {baselinePerWeek, baselinePerWeek, 0, 0};
    }
    weeks[10] = new int[] {articles, mentions, 0, 1};
    assertEquals(List.of(), DEFAULTS.detect(weekly("Jean-François Copé", EntityType.PER, weeks)));
  }

  @ParameterizedTest(name = "never mentioned for {0} weeks, then {1} articles ({2} mentions)")
  @CsvSource({"4, 5, 12", "10, 5, 12", "10, 6, 15", "20, 8, 20"})
  void firstEverMentionsCanBurst(int quietWeeks, int articles, int mentions) {
    int[][] weeks = new int[quietWeeks + 3][];
    for (int i = 0; i < weeks.length; i++) {
      weeks[i] = new int[] {0, 0, 0, 0};
    }
    weeks[quietWeeks] = new int[] {articles, mentions, 2, 2};
    List<Burst> bursts = DEFAULTS.detect(weekly("Désirs d'avenir", EntityType.ORG, weeks));
    assertEquals(1, bursts.size(), bursts::toString);
    Burst b = bursts.get(0);
    assertEquals(W1.plusWeeks(quietWeeks), b.start());
    assertEquals(W1.plusWeeks(quietWeeks).plusDays(6), b.end());
    assertTrue(b.baseline() < 1.5 && b.pValue() < 0.01, b::toString);
  }

  @Test
  void noBurstWithoutHistory() {
    // A burst in the first weeks has nothing to burst from.
    EntitySeries s = weekly("UMP", EntityType.ORG, new int[][] {{20, 50, 5, 5}, {1, 2, 0, 0}, {1, 2, 0, 0}});
    assertEquals(List.of(), DEFAULTS.detect(s));
    assertEquals(List.of(), DEFAULTS.detect(new EntitySeries("UMP", EntityType.ORG, Granularity.WEEK, List.of())));
  }

  @Test
  void consecutiveSignificantWeeksMakeOneBurstAndAnEarlierBurstDoesNotHideALaterOne() {
    int[][] weeks = new int[30][];
    for (int i = 0; i < weeks.length; i++) {
      weeks[i] = new int[] {2, 5, 1, 1};
    }
    for (int i : new int[] {10, 11, 12, 20, 21}) {
      weeks[i] = new int[] {14, 35, 5, 7};
    }
    List<Burst> bursts = DEFAULTS.detect(weekly("Parti socialiste", EntityType.ORG, weeks));
    assertEquals(2, bursts.size(), bursts::toString);
    assertEquals(W1.plusWeeks(10), bursts.get(0).start());
    assertEquals(W1.plusWeeks(13).minusDays(1), bursts.get(0).end());
    assertEquals(W1.plusWeeks(20), bursts.get(1).start());
    assertEquals(W1.plusWeeks(22).minusDays(1), bursts.get(1).end());
    // The baseline of the second burst excludes the first: 5 mentions a week, not more.
    assertEquals(10, bursts.get(1).baseline(), 1e-9);
    assertEquals(105, bursts.get(0).mentions());
    assertEquals(15, bursts.get(0).baseline(), 1e-9);
  }

  /** A newsroom week: 10 articles a weekday, 1 on Saturday and Sunday, with a planted day. */
  private static EntitySeries newsroomDays(int plantedDay, int plantedArticles) {
    List<TrendPoint> points = new ArrayList<>();
    LocalDate day = W1;
    for (int i = 0; i < 70; i++) {
      boolean weekend = day.getDayOfWeek().getValue() >= 6;
      int articles = i == plantedDay ? plantedArticles : weekend ? 1 : 10;
      points.add(point(day, articles, 2 * articles, 0, 0));
      day = day.plusDays(1);
    }
    return new EntitySeries("Martine Aubry", EntityType.PER, Granularity.DAY, points);
  }

  @Test
  void weekdayProfileKeepsQuietWeekendsAndBusyMondaysFromBursting() {
    assertEquals(List.of(), DEFAULTS.detect(newsroomDays(-1, 0)));
  }

  @Test
  void aSundayBurstIsMeasuredAgainstSundays() {
    int sunday = 62; // 2010-03-07
    assertEquals(7, W1.plusDays(sunday).getDayOfWeek().getValue());
    EntitySeries s = newsroomDays(sunday, 12);
    List<Burst> adjusted = DEFAULTS.detect(s);
    assertEquals(1, adjusted.size(), adjusted::toString);
    assertEquals(W1.plusDays(sunday), adjusted.get(0).start());
    // Against the mean of all days (about 7.4 articles), 12 articles on a Sunday is nothing special.
    assertEquals(List.of(), DEFAULTS.withWeekdayAdjustment(false).detect(s));
  }

  static Stream<Arguments> negativeShares() {
    return Stream.of(
        // baseline negative mentions per week (of 10), burst negative mentions (of 40), expected kind
        Arguments.of(2, 8, BuzzKind.BUZZ), // same share as usual
        Arguments.of(2, 4, BuzzKind.BUZZ), // less negative than usual
        Arguments.of(2, 28, BuzzKind.BAD_BUZZ), // 20 % → 70 %
        Arguments.of(2, 20, BuzzKind.BAD_BUZZ), // 20 % → 50 %
        Arguments.of(7, 28, BuzzKind.BUZZ), // an entity always criticised: 70 % → 70 %
        Arguments.of(5, 24, BuzzKind.BUZZ)); // 50 % → 60 %: not significant
  }

  @ParameterizedTest(name = "baseline {0}/10 negative, burst {1}/40 → {2}")
  @MethodSource("negativeShares")
  void badBuzzWhenTheNegativeShareRisesSignificantly(int baselineNegative, int burstNegative, BuzzKind kind) {
    int[][] weeks = new int[16][];
    for (int i = 0; i < weeks.length; i++) {
      weeks[i] = new int[] {4, 10, 1, baselineNegative};
    }
    weeks[12] = new int[] {16, 40, 4, burstNegative};
    List<Burst> bursts = DEFAULTS.detect(weekly("Frédéric Lefebvre", EntityType.PER, weeks));
    assertEquals(1, bursts.size(), bursts::toString);
    Burst b = bursts.get(0);
    assertEquals(kind, b.kind(), b::toString);
    assertEquals(burstNegative / 40.0, b.negativeShare(), 1e-9);
    assertEquals(kind == BuzzKind.BAD_BUZZ, b.negativePValue() <= 0.05, b::toString);
    // 12 baseline weeks of 4 articles outweigh the prior (25 % worth 20 mentions).
    double observed = baselineNegative / 10.0;
    assertTrue(Math.abs(b.baselineNegativeShare() - observed) < Math.abs(0.25 - observed) / 2 + 1e-9, b::toString);
  }

  /** Nine silent weeks, then 12 articles with 30 mentions, 40 % of them negative, in week 9. */
  private static EntitySeries firstEverBurst(String entity, EntityType type) {
    int[][] weeks = new int[10][];
    for (int i = 0; i < weeks.length; i++) {
      weeks[i] = new int[] {0, 0, 0, 0};
    }
    weeks[8] = new int[] {12, 30, 3, 12};
    return weekly(entity, type, weeks);
  }

  @Test
  void aFirstEverBurstIsClassifiedAgainstTheNegativePrior() {
    EntitySeries s = firstEverBurst("Nadine Morano", EntityType.PER);
    Burst usual = DEFAULTS.detect(s).get(0);
    assertEquals(BuzzKind.BUZZ, usual.kind(), usual::toString);
    assertEquals(0.25, usual.baselineNegativeShare(), 1e-9);
    // In a corpus where only 5 % of mentions are negative, 40 % is a bad buzz.
    Burst calm = DEFAULTS.withNegativePrior(0.05, 200).detect(s).get(0);
    assertEquals(BuzzKind.BAD_BUZZ, calm.kind(), calm::toString);
    assertEquals(0.05, calm.baselineNegativeShare(), 1e-9);
  }

  @Test
  void burstsAreClassifiedAgainstWhatWasUsualBeforeThem() {
    EntitySeries s = firstEverBurst("Quick", EntityType.ORG);
    // A corpus gathered around the crisis: 40 % of all its mentions are negative, the crisis included.
    BurstDetector crisisCorpus = DEFAULTS.withNegativePrior(0.40, 20);
    assertEquals(BuzzKind.BUZZ, crisisCorpus.detectAll(List.of(s)).get(0).kind());
    List<LocalDate> asked = new ArrayList<>();
    Burst before = crisisCorpus.detectAll(List.of(s), day -> {
      asked.add(day);
      return 0.08; // what the corpus said before the crisis
    }).get(0);
    assertEquals(List.of(W1.plusWeeks(8)), asked);
    assertEquals(BuzzKind.BAD_BUZZ, before.kind(), before::toString);
    // NaN (nothing said before): the detector's own prior stays
    assertEquals(BuzzKind.BUZZ, crisisCorpus.detectAll(List.of(s), day -> Double.NaN).get(0).kind());
  }

  @ParameterizedTest(name = "Poisson({1}) tail at {0}")
  @CsvSource({"0, 2.5", "1, 0.5", "3, 1", "7, 1", "20, 2.5", "40, 20"})
  void poissonTailMatchesCommonsMath(int x, double mean) {
    double expected = x == 0 ? 1 : 1 - new PoissonDistribution(mean).cumulativeProbability(x - 1);
    assertEquals(expected, BurstDetector.poissonUpperTail(x, mean), 1e-9 + 1e-6 * expected);
  }

  @ParameterizedTest(name = "negative binomial (size {1}, p {2}) tail at {0}")
  @CsvSource({"1, 1, 0.5", "5, 2, 0.4", "12, 3, 0.3", "30, 5, 0.5", "3, 10, 0.9"})
  void negativeBinomialTailMatchesPascal(int x, int size, double p) {
    double mean = size * (1 - p) / p;
    double expected = 1 - new PascalDistribution(size, p).cumulativeProbability(x - 1);
    assertEquals(expected, BurstDetector.negativeBinomialUpperTail(x, mean, size), 1e-9 + 1e-6 * expected);
  }

  @ParameterizedTest(name = "beta-binomial → binomial({1}, {2}) tail at {0}")
  @CsvSource({"0, 10, 0.2", "5, 10, 0.2", "15, 40, 0.25", "30, 40, 0.25", "2, 3, 0.5"})
  void betaBinomialTendsToBinomialWithAnExactPrior(int k, int n, double p) {
    double expected = k == 0 ? 1 : 1 - new BinomialDistribution(n, p).cumulativeProbability(k - 1);
    double strong = 1e7;
    assertEquals(expected, BurstDetector.betaBinomialUpperTail(k, n, p * strong, (1 - p) * strong), 1e-5);
  }

  @Test
  void betaBinomialIsWiderThanBinomialWithAWeakPrior() {
    // Prior 25 % worth 20 mentions: 12 negatives out of 20 is rarer under the exact binomial.
    double binomial = 1 - new BinomialDistribution(20, 0.25).cumulativeProbability(11);
    double beta = BurstDetector.betaBinomialUpperTail(12, 20, 5, 15);
    assertTrue(beta > binomial && beta < 0.05, beta + " vs " + binomial);
    assertEquals(1, BurstDetector.betaBinomialUpperTail(0, 0, 5, 15));
    assertEquals(0, BurstDetector.betaBinomialUpperTail(3, 2, 5, 15));
  }

  @Test
  void badInputIsRejectedWithItsName() {
    EntitySeries negative = new EntitySeries("UMP", EntityType.ORG, Granularity.WEEK,
        List.of(point(W1, 1, 2, 0, 0), new TrendPoint(W1.plusWeeks(1), -1, 2, 0, 0, 0, 2, 0, 0)));
    var e = assertThrows(IllegalArgumentException.class, () -> DEFAULTS.detect(negative));
    assertTrue(e.getMessage().contains("UMP") && e.getMessage().contains("2010-01-11"), e.getMessage());
    EntitySeries unordered = new EntitySeries("UMP", EntityType.ORG, Granularity.WEEK,
        List.of(point(W1.plusWeeks(1), 1, 2, 0, 0), point(W1, 1, 2, 0, 0)));
    assertThrows(IllegalArgumentException.class, () -> DEFAULTS.detect(unordered));
    assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withSignificance(0));
    assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withSignificance(1.5));
    assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withNegativePrior(1, 10));
    assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withMinimum(0, 1));
    assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withRateFloor(0));
    assertThrows(NullPointerException.class, () -> DEFAULTS.detect(null));
  }

  // Randomized series with fixed seeds: the figures of BurstBenchmark, with loose bounds.

  @ParameterizedTest(name = "pure Poisson noise at {0} articles a week")
  @CsvSource({"0.3", "1", "3", "10"})
  void fewFalseBurstsOnWeeklyNoise(double rate) {
    var score = BurstBenchmark.score(DEFAULTS,
        new BurstBenchmark.Scenario("noise", Granularity.WEEK, 26, rate, 0, false, 0.2, null), 200, 7);
    assertTrue(score.falsePer100() <= 3, score::toString);
  }

  @Test
  void fewFalseBurstsOnDailyNoiseWithAWeekdayPattern() {
    var score = BurstBenchmark.score(DEFAULTS,
        new BurstBenchmark.Scenario("noise", Granularity.DAY, 120, 3, 0, true, 0.2, null), 100, 11);
    assertTrue(score.falsePer100() <= 3, score::toString);
  }

  @Test
  void poissonOverFiresOnTheSameNoise() {
    var sc = new BurstBenchmark.Scenario("noise", Granularity.WEEK, 26, 3, 0, false, 0.2, null);
    var poisson = BurstBenchmark.score(DEFAULTS.withModel(BurstDetector.Model.POISSON), sc, 100, 7);
    var clustered = BurstBenchmark.score(DEFAULTS, sc, 100, 7);
    assertTrue(poisson.falsePer100() > 10 * Math.max(1, clustered.falsePer100()), poisson + " vs " + clustered);
  }

  @ParameterizedTest(name = "×{1} over 2 weeks from {0} articles a week: at least {2} % detected")
  @CsvSource({"3, 5, 85", "3, 10, 98", "1, 10, 85", "0, 10, 98"})
  void plantedBurstsAreFound(double rate, double factor, int minPercent) {
    double burstRate = rate == 0 ? factor : rate * factor;
    var sc = new BurstBenchmark.Scenario("planted", Granularity.WEEK, 26, rate, 0, false, 0.2,
        new SyntheticSeries.Plant(16, 17, burstRate, 0.2));
    var score = BurstBenchmark.score(DEFAULTS, sc, 100, 13);
    assertTrue(score.detectedPercent() >= minPercent, score::toString);
    assertEquals(0, score.bad(), "no negative shift planted: " + score);
  }

  @Test
  void plantedNegativeShiftsAreMostlyBadBuzzes() {
    var sc = new BurstBenchmark.Scenario("planted", Granularity.WEEK, 26, 3, 0, false, 0.2,
        new SyntheticSeries.Plant(16, 17, 30, 0.6));
    var score = BurstBenchmark.score(DEFAULTS, sc, 100, 17);
    assertTrue(score.badPercent() >= 90, score::toString);
  }

  @Test
  void seriesPValueDecidesWhetherDetectFindsABurst() {
    SyntheticSeries gen = new SyntheticSeries(42);
    int withBursts = 0;
    for (int i = 0; i < 200; i++) {
      SyntheticSeries.Plant plant = i % 2 == 0 ? null : new SyntheticSeries.Plant(12, 13, 2 + i % 9, 0.2);
      EntitySeries s = gen.series("Parti de gauche", Granularity.WEEK, 20, 1 + i % 3, 0, false, 0.2, plant);
      for (double alpha : new double[] {0.001, 0.01, 0.05}) {
        BurstDetector d = DEFAULTS.withSignificance(alpha);
        boolean found = !d.detect(s).isEmpty();
        assertEquals(d.seriesPValue(s) <= alpha, found, "series " + i + " at " + alpha);
        withBursts += found ? 1 : 0;
      }
    }
    assertTrue(withBursts > 50, "the property was exercised: " + withBursts);
  }

  @Test
  void detectAllKeepsOnlyWhatSurvivesTheFalseDiscoveryRate() {
    SyntheticSeries gen = new SyntheticSeries(2010);
    List<EntitySeries> query = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      query.add(gen.series("bruit " + i, Granularity.WEEK, 17, 0.5 + i % 4, 0, false, 0.2, null));
    }
    query.add(lancar());
    List<Burst> all = DEFAULTS.detectAll(query);
    assertEquals(List.of("Benjamin Lancar"), all.stream().map(Burst::entity).distinct().toList());
    // A series just significant alone is not significant among 31.
    EntitySeries marginal = null;
    for (int seed = 0; marginal == null && seed < 2000; seed++) {
      EntitySeries s = new SyntheticSeries(seed).series("Europe Écologie", Granularity.WEEK, 17, 2, 0, false, 0.2,
          new SyntheticSeries.Plant(12, 12, 7, 0.2));
      double q = DEFAULTS.seriesPValue(s);
      if (q > 0.002 && q <= 0.01) {
        marginal = s;
      }
    }
    assertTrue(marginal != null);
    assertEquals(1, DEFAULTS.detectAll(List.of(marginal)).size());
    List<EntitySeries> crowd = new ArrayList<>(query.subList(0, 30));
    crowd.add(marginal);
    assertEquals(List.of(), DEFAULTS.detectAll(crowd));
    assertEquals(List.of(), DEFAULTS.detectAll(List.of()));
  }

  @Test
  void moreIntenseCoverageFromSomewhatMoreArticlesIsABurst() {
    // Usually named in passing (2 articles, 2 mentions a week), then the subject of 4 articles a week.
    int[][] weeks = new int[14][];
    for (int i = 0; i < weeks.length; i++) {
      weeks[i] = new int[] {2, 2, 0, 0};
    }
    weeks[12] = new int[] {4, 24, 2, 4};
    weeks[13] = new int[] {4, 22, 2, 4};
    EntitySeries s = weekly("Rachida Dati", EntityType.PER, weeks);
    assertEquals(1, DEFAULTS.detect(s).size());
    assertEquals(List.of(), DEFAULTS.withModel(BurstDetector.Model.ARTICLES).detect(s), "no more articles than usual x 2");
  }

  @Test
  void aFewArticlesNamingSomeoneOverAndOverAreNoBurst() {
    // Two long portraits of a newcomer, fifteen mentions each.
    int[][] weeks = new int[12][];
    for (int i = 0; i < weeks.length; i++) {
      weeks[i] = new int[] {0, 0, 0, 0};
    }
    weeks[10] = new int[] {2, 30, 6, 2};
    EntitySeries s = weekly("Jean Sarkozy", EntityType.PER, weeks);
    assertEquals(List.of(), DEFAULTS.detect(s));
    assertEquals(1, DEFAULTS.withModel(BurstDetector.Model.NEGATIVE_BINOMIAL).detect(s).size(),
        "the unclustered model takes them for a burst");
  }

  @ParameterizedTest
  @CsvSource({"POISSON", "NEGATIVE_BINOMIAL", "CLUSTERED", "ARTICLES", "COMBINED"})
  void everyModelFindsTheLancarAffair(BurstDetector.Model model) {
    List<Burst> bursts = DEFAULTS.withModel(model).detect(lancar());
    assertTrue(bursts.stream().anyMatch(b -> b.start().equals(LocalDate.of(2010, 2, 8))), bursts::toString);
  }

  @Test
  void randomSeriesGiveWellFormedBursts() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(1981);
    int bursts = 0;
    for (int i = 0; i < 300; i++) {
      Granularity by = Granularity.values()[random.nextInt(3)];
      int n = random.nextInt(80);
      List<TrendPoint> points = new ArrayList<>();
      LocalDate start = by.start(W1);
      for (int t = 0; t < n; t++) {
        int articles = random.nextInt(10) < 7 ? random.nextInt(3) : random.nextInt(60);
        int mentions = articles == 0 ? 0 : articles + random.nextInt(1 + 4 * articles);
        int negative = mentions == 0 ? 0 : random.nextInt(mentions + 1);
        int positive = random.nextInt(mentions - negative + 1);
        points.add(point(start, articles, mentions, positive, negative));
        start = by.next(start);
      }
      EntitySeries s = new EntitySeries("Ségolène Royal", EntityType.PER, by, points);
      for (BurstDetector.Model model : BurstDetector.Model.values()) {
        for (Burst b : DEFAULTS.withModel(model).detect(s)) {
          bursts++;
          assertAll(
              () -> assertTrue(!b.end().isBefore(b.start())),
              () -> assertTrue(b.pValue() >= 0 && b.pValue() <= 1, b::toString),
              () -> assertTrue(b.negativePValue() >= 0 && b.negativePValue() <= 1, b::toString),
              () -> assertTrue(b.negativeShare() >= 0 && b.negativeShare() <= 1, b::toString),
              () -> assertTrue(b.baselineNegativeShare() > 0 && b.baselineNegativeShare() < 1, b::toString),
              () -> assertTrue(b.baseline() > 0 && b.mentions() >= 0, b::toString),
              () -> assertTrue(b.tone() >= -1 && b.tone() <= 1, b::toString));
        }
      }
    }
    assertTrue(bursts > 100, "bursts were produced: " + bursts);
  }
}
