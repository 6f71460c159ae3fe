package fr.veille.trends;

import fr.veille.index.ArticleIndex;
import fr.veille.index.EntityDay;
import fr.veille.index.EntityRef;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Entity trends over time: per period, articles, mentions, the tone toward the entity, positive /
 * negative / neutral mentions, share of voice among the entities asked, and attention (the share of
 * all the period's articles that mention the entity). Every period of the range is present.
 */
public final class Trends {
  private Trends() {}

  /**
   * A trend query.
   *
   * @param entities entity names as the user types them (« Lancar », « ps »), resolved in the index
   * @param by period length
   * @param from first day, or null for the first dated article of the index
   * @param to last day, or null for the last dated article
   * @param stories count stories (an AFP dispatch and its echoes once) instead of articles
   */
  public record Query(List<String> entities, Granularity by, LocalDate from, LocalDate to, boolean stories) {
    public Query {
      entities = List.copyOf(entities);
      Objects.requireNonNull(by, "by");
      if (entities.isEmpty()) {
        throw new IllegalArgumentException("name at least one entity");
      }
      if (from != null && to != null && to.isBefore(from)) {
        throw new IllegalArgumentException("--to " + to + " is before --from " + from);
      }
    }
  }

  /** Runs the query. Throws IllegalArgumentException naming an entity that is not in the index. */
  public static List<EntitySeries> of(ArticleIndex index, Query query) throws IOException {
    Map<EntityRef, SortedMap<LocalDate, EntityDay>> days = new LinkedHashMap<>();
    for (String name : query.entities()) {
      EntityRef ref =
          index.findEntity(name).orElseThrow(() -> new IllegalArgumentException("no entity matching « " + name + " » in the index"));
      days.put(ref, index.entityDays(ref.canonical(), query.from(), query.to(), query.stories()));
    }
    SortedMap<LocalDate, Integer> all =
        query.stories() ? index.storiesPerDay(query.from(), query.to()) : index.articlesPerDay(query.from(), query.to());
    LocalDate from = query.from() != null ? query.from() : all.isEmpty() ? null : all.firstKey();
    LocalDate to = query.to() != null ? query.to() : all.isEmpty() ? null : all.lastKey();
    List<LocalDate> periods = periods(query.by(), from, to);
    return build(days, all, periods, query.by(), query.stories());
  }

  static List<LocalDate> periods(Granularity by, LocalDate from, LocalDate to) {
    List<LocalDate> periods = new ArrayList<>();
    if (from == null || to == null) {
      return periods;
    }
    for (LocalDate p = by.start(from); !p.isAfter(to); p = by.next(p)) {
      periods.add(p);
    }
    return periods;
  }

  /** Sums days into periods and computes the shares. Package-private: tested on hand-made days. */
  static List<EntitySeries> build(
      Map<EntityRef, SortedMap<LocalDate, EntityDay>> days,
      SortedMap<LocalDate, Integer> allPerDay,
      List<LocalDate> periods,
      Granularity by,
      boolean stories) {
    Map<LocalDate, Integer> allPerPeriod = new TreeMap<>();
    allPerDay.forEach((day, n) -> allPerPeriod.merge(by.start(day), n, Integer::sum));
    Map<EntityRef, Map<LocalDate, Acc>> perEntity = new LinkedHashMap<>();
    Map<LocalDate, Long> mentionsPerPeriod = new TreeMap<>();
    for (var entry : days.entrySet()) {
      Map<LocalDate, Acc> acc = new TreeMap<>();
      for (EntityDay d : entry.getValue().values()) {
        LocalDate p = by.start(d.day());
        Acc a = acc.computeIfAbsent(p, k -> new Acc());
        a.articles += stories ? d.stories() : d.articles();
        a.mentions += d.mentions();
        a.toneSum += stories ? d.storyToneSum() : d.toneSum();
        a.positive += d.positive();
        a.negative += d.negative();
        a.neutral += d.neutral();
        mentionsPerPeriod.merge(p, (long) d.mentions(), Long::sum);
      }
      perEntity.put(entry.getKey(), acc);
    }
    List<EntitySeries> out = new ArrayList<>();
    for (var entry : perEntity.entrySet()) {
      List<TrendPoint> points = new ArrayList<>(periods.size());
      for (LocalDate p : periods) {
        Acc a = entry.getValue().get(p);
        if (a == null) {
          points.add(TrendPoint.empty(p));
          continue;
        }
        long allMentions = mentionsPerPeriod.getOrDefault(p, 0L);
        int allArticles = allPerPeriod.getOrDefault(p, 0);
        points.add(
            new TrendPoint(
                p,
                a.articles,
                a.mentions,
                a.articles == 0 ? 0 : a.toneSum / a.articles,
                a.positive,
                a.negative,
                a.neutral,
                allMentions == 0 ? 0 : (double) a.mentions / allMentions,
                allArticles == 0 ? 0 : Math.min(1.0, (double) a.articles / allArticles)));
      }
      out.add(new EntitySeries(entry.getKey().canonical(), entry.getKey().type(), by, points));
    }
    return out;
  }

  private static final class Acc {
    int articles;
    int mentions;
    double toneSum;
    int positive;
    int negative;
    int neutral;
  }
}
