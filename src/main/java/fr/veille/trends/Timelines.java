package fr.veille.trends;

import fr.veille.index.ArticleIndex;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Article counts over time, with every period of the range present (zero when nothing was published). */
public final class Timelines {
  private Timelines() {}

  /**
   * Articles per period between {@code from} and {@code to} (inclusive; null: the first or last
   * dated article). Undated articles are not counted.
   */
  public static List<PeriodCount> articlesPer(ArticleIndex index, Granularity granularity, LocalDate from, LocalDate to)
      throws IOException {
    return bucket(index.articlesPerDay(from, to), granularity, from, to);
  }

  /** Sums daily counts into periods, zero-filling the whole range. Package-private: the report reads its dates from the same days. */
  static List<PeriodCount> bucket(SortedMap<LocalDate, Integer> perDay, Granularity granularity, LocalDate from, LocalDate to) {
    if (perDay.isEmpty() && (from == null || to == null)) {
      return List.of();
    }
    LocalDate first = granularity.start(from != null ? from : perDay.firstKey());
    LocalDate last = to != null ? to : perDay.lastKey();
    SortedMap<LocalDate, Integer> sums = new TreeMap<>();
    for (LocalDate p = first; !p.isAfter(last); p = granularity.next(p)) {
      sums.put(p, 0);
    }
    for (Map.Entry<LocalDate, Integer> e : perDay.entrySet()) {
      sums.merge(granularity.start(e.getKey()), e.getValue(), Integer::sum);
    }
    List<PeriodCount> out = new ArrayList<>(sums.size());
    sums.forEach((start, n) -> out.add(new PeriodCount(start, n)));
    return out;
  }
}
