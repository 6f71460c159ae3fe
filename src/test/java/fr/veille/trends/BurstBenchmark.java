package fr.veille.trends;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Measures {@link BurstDetector} on synthetic series with fixed seeds and prints Markdown tables:
 * false bursts per 100 pure-noise series, detection rate of planted bursts, share of planted bursts
 * classified BAD_BUZZ (and by a mention-level two-proportion z-test, for comparison), for the
 * default detector and its alternatives; then queries of 20 entities with {@code detect} per series
 * against {@code detectAll}. Run from the repository root:
 *
 * <pre>
 * ./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) fr.veille.trends.BurstBenchmark 200
 * </pre>
 *
 * The argument is the number of series per scenario; {@code -Dvariants=true} adds columns for other
 * dispersion priors and baseline windows.
 */
public final class BurstBenchmark {
  private BurstBenchmark() {}

  /** One kind of synthetic series; {@code plant == null} for pure noise. */
  record Scenario(String name, Granularity by, int n, double rate, double dispersion, boolean weekdays,
      double negativeShare, SyntheticSeries.Plant plant, double profiles, boolean articlePolarity) {
    Scenario(String name, Granularity by, int n, double rate, double dispersion, boolean weekdays,
        double negativeShare, SyntheticSeries.Plant plant) {
      this(name, by, n, rate, dispersion, weekdays, negativeShare, plant, 0, false);
    }

    Scenario(String name, Granularity by, int n, double rate, double dispersion, boolean weekdays,
        double negativeShare, SyntheticSeries.Plant plant, double profiles) {
      this(name, by, n, rate, dispersion, weekdays, negativeShare, plant, profiles, false);
    }
  }

  /** Results of one detector on one scenario. */
  record Score(int series, int withBurst, int detected, int bad, int badByZ) {
    double falsePer100() {
      return 100.0 * withBurst / series;
    }

    double detectedPercent() {
      return 100.0 * detected / series;
    }

    double badPercent() {
      return 100.0 * bad / series;
    }

    double badByZPercent() {
      return 100.0 * badByZ / series;
    }
  }

  static Map<String, BurstDetector> detectors() {
    Map<String, BurstDetector> d = new LinkedHashMap<>();
    d.put("combined (default)", BurstDetector.defaults());
    d.put("clustered NB", BurstDetector.defaults().withModel(BurstDetector.Model.CLUSTERED));
    d.put("Poisson", BurstDetector.defaults().withModel(BurstDetector.Model.POISSON));
    d.put("NB", BurstDetector.defaults().withModel(BurstDetector.Model.NEGATIVE_BINOMIAL));
    d.put("NB on articles", BurstDetector.defaults().withModel(BurstDetector.Model.ARTICLES));
    d.put("combined, no weekday", BurstDetector.defaults().withWeekdayAdjustment(false));
    d.put("combined, α=0.05", BurstDetector.defaults().withSignificance(0.05));
    if (Boolean.getBoolean("variants")) {
      d.put("φ0=0.1×4", BurstDetector.defaults().withDispersionPrior(0.1, 4));
      d.put("φ0=0.5×4", BurstDetector.defaults().withDispersionPrior(0.5, 4));
      d.put("history 8", BurstDetector.defaults().withBaseline(12, 8));
      d.put("window 26", BurstDetector.defaults().withBaseline(26, 4));
    }
    return d;
  }

  static List<Scenario> scenarios() {
    List<Scenario> s = new ArrayList<>();
    Granularity w = Granularity.WEEK;
    Granularity d = Granularity.DAY;
    for (double rate : new double[] {0.3, 1, 3, 10}) {
      s.add(new Scenario("noise, weekly Poisson, " + rate + " art/wk", w, 26, rate, 0, false, 0.2, null));
    }
    for (double rate : new double[] {1, 3, 10}) {
      s.add(new Scenario("noise, weekly over-dispersed (φ=0.5), " + rate + " art/wk", w, 26, rate, 0.5, false, 0.2, null));
    }
    for (double rate : new double[] {0.5, 3}) {
      s.add(new Scenario("noise, daily with weekdays, " + rate + " art/day", d, 120, rate, 0, true, 0.2, null));
    }
    s.add(new Scenario("noise, daily weekdays over-dispersed (φ=0.3), 3 art/day", d, 120, 3, 0.3, true, 0.2, null));
    s.add(new Scenario("steady 2 art/wk (Xavier Bertrand-like)", w, 17, 2, 0, false, 0.1, null));
    for (double rate : new double[] {0.3, 1, 3}) {
      s.add(new Scenario("noise with 10 % profile articles (1+Poisson(10) mentions), " + rate + " art/wk", w, 26,
          rate, 0, false, 0.2, null, 0.1));
    }
    for (double base : new double[] {1, 3}) {
      for (double factor : new double[] {3, 5, 10}) {
        s.add(new Scenario("planted ×" + (int) factor + " over 2 wk, " + base + " art/wk", w, 26, base, 0, false, 0.2,
            new SyntheticSeries.Plant(16, 17, base * factor, 0.2)));
      }
    }
    s.add(new Scenario("planted ×5 over 2 wk, over-dispersed 3 art/wk", w, 26, 3, 0.5, false, 0.2,
        new SyntheticSeries.Plant(16, 17, 15, 0.2)));
    s.add(new Scenario("planted ×5 over 2 wk, 3 art/wk with 10 % profile articles", w, 26, 3, 0, false, 0.2,
        new SyntheticSeries.Plant(16, 17, 15, 0.2), 0.1));
    s.add(new Scenario("intensity: ×2 articles, ×3 mentions/article over 2 wk, 3 art/wk", w, 26, 3, 0, false, 0.2,
        new SyntheticSeries.Plant(16, 17, 6, 0.2, 6.5)));
    for (double rate : new double[] {2, 3, 6, 10}) {
      s.add(new Scenario("first-ever, 0 → " + rate + " art/wk over 2 wk", w, 17, 0, 0, false, 0.2,
          new SyntheticSeries.Plant(5, 6, rate, 0.2)));
    }
    s.add(new Scenario("planted ×3 over 3 days, daily weekdays 3 art/day", d, 120, 3, 0, true, 0.2,
        new SyntheticSeries.Plant(93, 95, 9, 0.2)));
    s.add(new Scenario("planted ×3 on a Sat-Sun, daily weekdays 3 art/day", d, 120, 3, 0, true, 0.2,
        new SyntheticSeries.Plant(110, 111, 9, 0.2)));
    for (double neg : new double[] {0.2, 0.35, 0.5, 0.7}) {
      s.add(new Scenario("Coopol-like 1 → 7 art/wk, negative share 0.2 → " + neg, w, 17, 1, 0, false, 0.2,
          new SyntheticSeries.Plant(10, 11, 7, neg)));
    }
    for (double neg : new double[] {0.2, 0.35, 0.5, 0.7}) {
      s.add(new Scenario("Coopol-like, polarity per article, negative share 0.2 → " + neg, w, 17, 1, 0, false, 0.2,
          new SyntheticSeries.Plant(10, 11, 7, neg), 0, true));
    }
    for (double neg : new double[] {0.2, 0.6}) {
      s.add(new Scenario("Lancar-like 0 → 10 art/wk, negative share → " + neg, w, 17, 0, 0, false, 0.2,
          new SyntheticSeries.Plant(5, 6, 10, neg)));
    }
    return s;
  }

  static Score score(BurstDetector detector, Scenario sc, int count, long seed) {
    SyntheticSeries gen = new SyntheticSeries(seed, sc.profiles(), sc.articlePolarity());
    int withBurst = 0;
    int detected = 0;
    int bad = 0;
    int badByZ = 0;
    for (int i = 0; i < count; i++) {
      EntitySeries series = gen.series("X", sc.by(), sc.n(), sc.rate(), sc.dispersion(), sc.weekdays(),
          sc.negativeShare(), sc.plant());
      List<Burst> bursts = detector.detect(series);
      if (!bursts.isEmpty()) {
        withBurst++;
      }
      if (sc.plant() != null) {
        var from = series.points().get(sc.plant().from()).start();
        var to = series.points().get(sc.plant().to()).start();
        for (Burst b : bursts) {
          if (!b.end().isBefore(from) && !b.start().isAfter(to)) {
            detected++;
            if (b.kind() == BuzzKind.BAD_BUZZ) {
              bad++;
            }
            if (twoProportionP(series, b) <= 0.05) {
              badByZ++;
            }
            break;
          }
        }
      }
    }
    return new Score(count, withBurst, detected, bad, badByZ);
  }

  /**
   * The alternative classification: one-sided two-proportion z-test of the negative share of the
   * burst's mentions against the 12 periods before it, mentions taken as independent.
   */
  static double twoProportionP(EntitySeries series, Burst b) {
    long n1 = 0;
    long k1 = 0;
    long n0 = 0;
    long k0 = 0;
    List<TrendPoint> points = series.points();
    int first = -1;
    for (int t = 0; t < points.size(); t++) {
      TrendPoint p = points.get(t);
      if (!p.start().isBefore(b.start()) && !p.start().isAfter(b.end())) {
        first = first < 0 ? t : first;
        n1 += p.mentions();
        k1 += p.negative();
      }
    }
    for (int t = Math.max(0, first - 12); t < first; t++) {
      n0 += points.get(t).mentions();
      k0 += points.get(t).negative();
    }
    if (n1 == 0 || n0 == 0) {
      return 1;
    }
    double pooled = (double) (k0 + k1) / (n0 + n1);
    double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / n0 + 1.0 / n1));
    if (se == 0) {
      return 1;
    }
    double z = ((double) k1 / n1 - (double) k0 / n0) / se;
    return 1 - new NormalDistribution().cumulativeProbability(z);
  }

  static void print(PrintStream out, int count) {
    Map<String, BurstDetector> detectors = detectors();
    StringBuilder head = new StringBuilder("| scenario (" + count + " series each) |");
    StringBuilder rule = new StringBuilder("|---|");
    for (String name : detectors.keySet()) {
      head.append(' ').append(name).append(" |");
      rule.append("---|");
    }
    out.println(head);
    out.println(rule);
    long seed = 20100208;
    for (Scenario sc : scenarios()) {
      StringBuilder row = new StringBuilder("| " + sc.name() + " |");
      for (BurstDetector d : detectors.values()) {
        Score s = score(d, sc, count, seed);
        if (sc.plant() == null) {
          row.append(String.format(Locale.ROOT, " FP %.1f/100 |", s.falsePer100()));
        } else if (sc.name().contains("negative share")) {
          row.append(String.format(Locale.ROOT, " det %.0f%%, BAD %.0f%% (z-test %.0f%%) |", s.detectedPercent(),
              s.badPercent(), s.badByZPercent()));
        } else {
          row.append(String.format(Locale.ROOT, " det %.0f%% |", s.detectedPercent()));
        }
      }
      out.println(row);
      seed++;
    }
  }

  /**
   * Queries of 20 entities: 16 of pure noise (weekly Poisson at 0.3, 1, 3 and 10 articles a week),
   * 4 with a planted burst (×5 from 3 a week, Coopol-like 1 → 7, first-ever 0 → 6, ×10 from 1).
   * Returns {planted found, noise entities with a burst}, summed over the queries.
   */
  static int[] queries(int count, boolean all, long seed) {
    SyntheticSeries gen = new SyntheticSeries(seed);
    BurstDetector d = BurstDetector.defaults();
    Granularity w = Granularity.WEEK;
    int found = 0;
    int falseEntities = 0;
    for (int q = 0; q < count; q++) {
      List<EntitySeries> series = new ArrayList<>();
      double[] rates = {0.3, 1, 3, 10};
      for (int i = 0; i < 16; i++) {
        series.add(gen.series("bruit " + i, w, 17, rates[i % 4], 0, false, 0.2, null));
      }
      series.add(gen.series("planté 0", w, 17, 3, 0, false, 0.2, new SyntheticSeries.Plant(10, 11, 15, 0.2)));
      series.add(gen.series("planté 1", w, 17, 1, 0, false, 0.2, new SyntheticSeries.Plant(10, 11, 7, 0.2)));
      series.add(gen.series("planté 2", w, 17, 0, 0, false, 0.2, new SyntheticSeries.Plant(5, 6, 6, 0.2)));
      series.add(gen.series("planté 3", w, 17, 1, 0, false, 0.2, new SyntheticSeries.Plant(10, 11, 10, 0.2)));
      List<Burst> bursts = new ArrayList<>();
      if (all) {
        bursts.addAll(d.detectAll(series));
      } else {
        for (EntitySeries s : series) {
          bursts.addAll(d.detect(s));
        }
      }
      var entities = bursts.stream().map(Burst::entity).distinct().toList();
      for (String e : entities) {
        if (e.startsWith("planté")) {
          found++;
        } else {
          falseEntities++;
        }
      }
    }
    return new int[] {found, falseEntities};
  }

  static void printQueries(PrintStream out, int count) {
    out.println();
    out.println("| " + count + " queries of 20 weekly series (16 noise, 4 planted) | planted found | false entities per query |");
    out.println("|---|---|---|");
    for (boolean all : new boolean[] {false, true}) {
      int[] r = queries(count, all, 1789);
      out.printf(Locale.ROOT, "| %s | %.0f%% | %.2f |%n",
          all ? "detectAll (Benjamini–Hochberg over entities)" : "detect per series (α per series)",
          100.0 * r[0] / (4 * count), (double) r[1] / count);
    }
  }

  public static void main(String[] args) {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    print(System.out, count);
    printQueries(System.out, count / 2);
  }
}
