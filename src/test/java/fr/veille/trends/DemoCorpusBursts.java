package fr.veille.trends;

import fr.veille.ingest.Article;
import fr.veille.ingest.IngestListener;
import fr.veille.ingest.Ingestor;
import fr.veille.ingest.SourceFile;
import fr.veille.nlp.EntityType;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plausibility check of {@link BurstDetector} on the demo corpus, without the index: weekly series
 * of the watchlist actors from a plain alias match (token boundaries, longest alias first), without
 * sentiment (so every burst is a BUZZ here; the lead's series carry the polarity counts). Run:
 *
 * <pre>
 * ./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) fr.veille.trends.DemoCorpusBursts corpus
 * </pre>
 */
public final class DemoCorpusBursts {
  private DemoCorpusBursts() {}

  record Actor(String name, EntityType type, Pattern pattern) {}

  static List<Actor> watchlist(Path file) throws IOException {
    List<Actor> actors = new ArrayList<>();
    String name = null;
    EntityType type = null;
    List<String> aliases = new ArrayList<>();
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    lines.add("[]");
    for (String raw : lines) {
      String line = raw.strip();
      if (line.startsWith("[")) {
        if (name != null) {
          aliases.add(name);
          aliases.sort(Comparator.comparingInt(String::length).reversed());
          StringBuilder re = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
          for (int i = 0; i < aliases.size(); i++) {
            re.append(i > 0 ? "|" : "").append(Pattern.quote(aliases.get(i)));
          }
          actors.add(new Actor(name, type, Pattern.compile(re.append(")(?![\\p{L}\\p{N}])").toString())));
        }
        name = line.substring(1, line.length() - 1);
        type = null;
        aliases = new ArrayList<>();
      } else if (line.startsWith("type:")) {
        type = EntityType.parse(line.substring(5));
      } else if (line.startsWith("aliases:")) {
        for (String a : line.substring(8).split("\\|")) {
          if (!a.isBlank()) {
            aliases.add(a.strip());
          }
        }
      }
    }
    return actors;
  }

  /** Weekly series of every actor of the watchlist over the corpus (French, dated articles). */
  static List<EntitySeries> series(Path corpus) throws IOException {
    List<Actor> actors = watchlist(corpus.resolve("watchlist"));
    List<Article> articles = new ArrayList<>();
    Ingestor.defaults().ingest(corpus.resolve("articles"), new IngestListener() {
      @Override
      public void article(SourceFile file, Article article) {
        if (article.isFrench() && article.publishedDay().isPresent()) {
          articles.add(article);
        }
      }

      @Override
      public void skipped(Path file, String reason) {}
    });
    LocalDate first = articles.stream().map(a -> a.publishedDay().get()).min(Comparator.naturalOrder()).orElseThrow();
    LocalDate last = articles.stream().map(a -> a.publishedDay().get()).max(Comparator.naturalOrder()).orElseThrow();
    List<EntitySeries> out = new ArrayList<>();
    for (Actor actor : actors) {
      TreeMap<LocalDate, int[]> weeks = new TreeMap<>();
      for (LocalDate w = Granularity.WEEK.start(first); !w.isAfter(last); w = w.plusWeeks(1)) {
        weeks.put(w, new int[2]);
      }
      for (Article a : articles) {
        Matcher m = actor.pattern().matcher(a.fullText());
        int n = 0;
        while (m.find()) {
          n++;
        }
        if (n > 0) {
          int[] c = weeks.get(Granularity.WEEK.start(a.publishedDay().get()));
          c[0]++;
          c[1] += n;
        }
      }
      List<TrendPoint> points = new ArrayList<>();
      weeks.forEach((w, c) -> points.add(new TrendPoint(w, c[0], c[1], 0, 0, 0, c[1], 0, 0)));
      out.add(new EntitySeries(actor.name(), actor.type(), Granularity.WEEK, points));
    }
    return out;
  }

  static void print(PrintStream out, Path corpus) throws IOException {
    List<EntitySeries> all = series(corpus);
    Map<String, BurstDetector> detectors = new LinkedHashMap<>();
    detectors.put("combined (default), detectAll", BurstDetector.defaults());
    detectors.put("clustered NB, detectAll", BurstDetector.defaults().withModel(BurstDetector.Model.CLUSTERED));
    detectors.put("plain NB, detectAll", BurstDetector.defaults().withModel(BurstDetector.Model.NEGATIVE_BINOMIAL));
    detectors.put("NB on articles, detectAll", BurstDetector.defaults().withModel(BurstDetector.Model.ARTICLES));
    detectors.put("Poisson, detectAll", BurstDetector.defaults().withModel(BurstDetector.Model.POISSON));
    for (EntitySeries s : all) {
      StringBuilder line = new StringBuilder(String.format("%-28s", s.entity()));
      for (TrendPoint p : s.points()) {
        line.append(String.format(" %2d/%-3d", p.articles(), p.mentions()));
      }
      out.println(line);
    }
    out.println("== combined (default), detect per series: series p-values");
    for (EntitySeries s : all) {
      double q = BurstDetector.defaults().seriesPValue(s);
      if (q < 0.5) {
        out.printf("%-28s series p=%.2g%n", s.entity(), q);
      }
    }
    for (var d : detectors.entrySet()) {
      out.println("== " + d.getKey());
      for (Burst b : d.getValue().detectAll(all)) {
        out.printf("%-28s %s → %s  %d mentions vs %.1f expected, p=%.2g%n", b.entity(), b.start(), b.end(),
            b.mentions(), b.baseline(), b.pValue());
      }
    }
  }

  public static void main(String[] args) throws IOException {
    print(System.out, Path.of(args.length > 0 ? args[0] : "corpus"));
  }
}
