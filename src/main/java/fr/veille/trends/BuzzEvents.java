package fr.veille.trends;

import fr.veille.index.ArticleIndex;
import fr.veille.index.EntityEvidence;
import fr.veille.index.EntityRef;
import fr.veille.index.EntityStats;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Finds buzz and bad-buzz events in an index: the mention series of each entity go through a
 * {@link BurstDetector}, and each burst gets its evidence from the index.
 */
public final class BuzzEvents {
  private BuzzEvents() {}

  /** Evidence lines per event. */
  static final int EVIDENCE = 5;

  /** Entities scanned when none is named: the most covered ones, enough for any realistic watch. */
  static final int SCANNED_ENTITIES = 200;

  /** An entity needs this many articles in the range to be scanned when none is named. */
  static final int MIN_ARTICLES = 3;

  /**
   * A buzz query.
   *
   * @param entities entity names as typed; empty for every entity covered enough in the range
   * @param by day or week (month periods are too coarse for a burst)
   * @param from first day or null
   * @param to last day or null
   */
  public record Query(List<String> entities, Granularity by, LocalDate from, LocalDate to) {
    public Query {
      entities = List.copyOf(entities);
      Objects.requireNonNull(by, "by");
      if (by == Granularity.MONTH) {
        throw new IllegalArgumentException("buzz is detected by day or by week, not by month");
      }
    }
  }

  /**
   * Finds events with the default detector, run at a 5 % false discovery rate across the entities of
   * the query (the conventional level of the Benjamini–Hochberg procedure that
   * {@link BurstDetector#detectAll} applies), and with the corpus's own share of negative mentions
   * before each burst as the prior of the entity's usual negativity: an entity with little history
   * is compared with how this corpus spoke of anyone before the event, not with a fixed guess, nor
   * with a share that holds the event itself (the share over the whole range when nothing came
   * before).
   */
  public static List<BuzzEvent> find(ArticleIndex index, Query query) throws IOException {
    BurstDetector detector = BurstDetector.defaults().withSignificance(FALSE_DISCOVERY_RATE);
    double negative = index.negativeShare(query.from(), query.to());
    if (negative > 0 && negative < 1) {
      detector = detector.withNegativePrior(negative, NEGATIVE_PRIOR_WEIGHT);
    }
    // Bursts of one affair start together (Lancar, the Jeunes Populaires, Twitter): one scan of the
    // entity documents per start day, not per entity.
    java.util.Map<LocalDate, Double> before = new java.util.HashMap<>();
    return find(index, query, detector, day -> before.computeIfAbsent(day, d -> shareBefore(index, query.from(), d)));
  }

  /**
   * The corpus's negative share from {@code from} to the day before {@code day}: what « usually »
   * meant before a burst that starts on {@code day}; NaN when nothing was said before it.
   */
  private static double shareBefore(ArticleIndex index, LocalDate from, LocalDate day) {
    if (from != null && !day.isAfter(from)) {
      return Double.NaN;
    }
    try {
      return index.negativeShare(from, day.minusDays(1));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Level of {@link BurstDetector#detectAll} across entities. */
  static final double FALSE_DISCOVERY_RATE = 0.05;

  /**
   * Weight of the corpus-wide negative share in an entity's baseline, in the test's units (mentions
   * divided by their clustering in articles: about one per article).
   */
  static final double NEGATIVE_PRIOR_WEIGHT = 20;

  public static List<BuzzEvent> find(ArticleIndex index, Query query, BurstDetector detector) throws IOException {
    return find(index, query, detector, null);
  }

  private static List<BuzzEvent> find(ArticleIndex index, Query query, BurstDetector detector,
      java.util.function.ToDoubleFunction<LocalDate> priorBefore) throws IOException {
    List<Burst> bursts = new ArrayList<>();
    if (!query.entities().isEmpty()) {
      bursts.addAll(detect(index, query, query.entities(), detector, priorBefore));
    } else {
      // Two families for the false discovery rate: the watchlist's actors, which users declared
      // they follow, and every other entity covered enough. Tested together, a dozen incidental
      // names (« France », a car model) raise the bar so high that the followed brand's burst in a
      // small corpus goes unreported.
      java.util.Set<String> followed = new java.util.HashSet<>(index.followedEntities());
      List<String> ours = new ArrayList<>();
      List<String> others = new ArrayList<>();
      for (EntityStats s : index.topEntities(query.from(), query.to(), null, SCANNED_ENTITIES)) {
        if (s.articles() >= MIN_ARTICLES) {
          (followed.contains(s.entity()) ? ours : others).add(s.entity());
        }
      }
      bursts.addAll(detect(index, query, ours, detector, priorBefore));
      bursts.addAll(detect(index, query, others, detector, priorBefore));
    }
    List<BuzzEvent> events = new ArrayList<>();
    for (Burst burst : bursts) {
      events.add(new BuzzEvent(burst, evidence(index, burst)));
    }
    events.sort(Comparator.comparing(BuzzEvent::start).thenComparing(BuzzEvent::entity));
    return events;
  }

  /** Bursts among the named entities, at the detector's false discovery rate across them. */
  private static List<Burst> detect(ArticleIndex index, Query query, List<String> names, BurstDetector detector,
      java.util.function.ToDoubleFunction<LocalDate> priorBefore) throws IOException {
    List<EntitySeries> series = new ArrayList<>();
    for (String name : names) {
      EntityRef ref = index.findEntity(name).orElseThrow(() -> new IllegalArgumentException("no entity matching « " + name + " » in the index"));
      series.addAll(Trends.of(index, new Trends.Query(List.of(ref.canonical()), query.by(), query.from(), query.to(), false)));
    }
    if (series.isEmpty()) {
      return List.of();
    }
    try {
      return detector.detectAll(series, priorBefore);
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** The most negative (bad buzz) or most positive (buzz) sentences of the burst, one per article. */
  static List<BuzzEvent.Evidence> evidence(ArticleIndex index, Burst burst) throws IOException {
    List<EntityEvidence> all = new ArrayList<>(index.evidence(burst.entity(), burst.start(), burst.end()));
    Comparator<EntityEvidence> order = Comparator.comparingDouble(EntityEvidence::score);
    if (burst.kind() == BuzzKind.BUZZ) {
      order = order.reversed();
    }
    all.sort(order.thenComparing(e -> e.published() == null ? "" : e.published().toString()));
    List<BuzzEvent.Evidence> out = new ArrayList<>();
    Set<String> articles = new HashSet<>();
    for (EntityEvidence e : all) {
      if (articles.add(e.articleId())) {
        out.add(new BuzzEvent.Evidence(e.title(), e.source(), e.published(), e.url(), e.sentence(), e.score()));
        if (out.size() == EVIDENCE) {
          break;
        }
      }
    }
    return out;
  }
}
