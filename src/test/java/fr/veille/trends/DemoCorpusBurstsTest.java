package fr.veille.trends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plausibility on the demo corpus (its designed timeline), with series from a plain alias match. */
class DemoCorpusBurstsTest {

  @Test
  void theLancarAffairBurstsAndTheSteadyActorDoesNot() throws Exception {
    List<EntitySeries> series = DemoCorpusBursts.series(Path.of("corpus"));
    EntitySeries bertrand = series.stream().filter(s -> s.entity().equals("Xavier Bertrand")).findFirst().orElseThrow();
    assertEquals(17, bertrand.points().size());
    List<Burst> bursts = BurstDetector.defaults().detectAll(series);
    assertTrue(bursts.stream().anyMatch(b -> b.entity().equals("Benjamin Lancar")
        && b.start().equals(LocalDate.of(2010, 2, 8))), bursts::toString);
    assertTrue(bursts.stream().noneMatch(b -> b.entity().equals("Xavier Bertrand")), bursts::toString);
    // Everything found belongs to the affair of February (W6–W7).
    assertTrue(bursts.stream().allMatch(b -> b.start().getMonthValue() == 2), bursts::toString);
  }
}
