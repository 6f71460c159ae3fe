package fr.veille.trends;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimelinesTest {

  @ParameterizedTest(name = "{0} is in the {1} starting {2}")
  @CsvSource({
    "2010-02-09, WEEK, 2010-02-08", // the Lancar e-mail came out on a Tuesday
    "2010-02-08, WEEK, 2010-02-08", // Monday starts its own week
    "2010-02-14, WEEK, 2010-02-08", // Sunday ends it
    "2010-01-03, WEEK, 2009-12-28", // a week across the new year
    "2010-03-21, MONTH, 2010-03-01",
    "2010-03-21, DAY, 2010-03-21",
  })
  void periodStarts(LocalDate day, Granularity granularity, LocalDate start) {
    assertEquals(start, granularity.start(day));
  }

  @Test
  void weeksWithoutArticlesAreZeroFilled() {
    TreeMap<LocalDate, Integer> perDay = new TreeMap<>();
    perDay.put(LocalDate.parse("2010-01-07"), 2); // Thursday of week 1
    perDay.put(LocalDate.parse("2010-01-10"), 1); // Sunday of week 1
    perDay.put(LocalDate.parse("2010-01-26"), 4); // week 4
    List<PeriodCount> weeks = Timelines.bucket(perDay, Granularity.WEEK, null, null);
    assertEquals(
        List.of(
            new PeriodCount(LocalDate.parse("2010-01-04"), 3),
            new PeriodCount(LocalDate.parse("2010-01-11"), 0),
            new PeriodCount(LocalDate.parse("2010-01-18"), 0),
            new PeriodCount(LocalDate.parse("2010-01-25"), 4)),
        weeks);
  }

  @Test
  void anExplicitRangeIsCoveredEvenWithoutArticles() {
    List<PeriodCount> months =
        Timelines.bucket(new TreeMap<>(), Granularity.MONTH, LocalDate.parse("2010-01-15"), LocalDate.parse("2010-04-30"));
    assertEquals(4, months.size());
    assertEquals(LocalDate.parse("2010-01-01"), months.get(0).start());
    assertEquals(0, months.stream().mapToInt(PeriodCount::articles).sum());
  }

  @Test
  void parseNamesTheBadValue() {
    var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Granularity.parse("quinzaine"));
    assertEquals("unknown period 'quinzaine' (expected day, week or month)", e.getMessage());
  }
}
