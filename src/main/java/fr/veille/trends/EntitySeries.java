package fr.veille.trends;

import fr.veille.nlp.EntityType;
import java.util.List;

/** The coverage of one entity, period by period, with every period of the range present. */
public record EntitySeries(String entity, EntityType type, Granularity by, List<TrendPoint> points) {
  public EntitySeries {
    points = List.copyOf(points);
  }
}
