package fr.veille.internal.bench;

import fr.veille.index.ArticleEnricher;
import fr.veille.index.ArticleFacts;
import fr.veille.index.EntityFacts;
import fr.veille.ingest.Article;
import fr.veille.nlp.EntityType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A synthetic corpus for scale benchmarks, generated on the fly and never held in memory: article
 * {@code i} is a pure function of the seed and {@code i}. Texts are real French sentences (the demo
 * corpus's) drawn at random; dates are spread over two years (2009–2010); each article names 1 to 8 entities drawn from a long tail (Zipf, s = 1) of a few thousand
 * typed entities, with mentions and tones. The facts are produced by {@link #enricher()}, which
 * recomputes them from the article's id, so the indexer runs its real enrichment path.
 *
 * <p>Immutable and thread-safe; its iterators are not.
 */
final class SyntheticCorpus {
  static final LocalDate FIRST_DAY = LocalDate.of(2009, 1, 1);
  static final int DAYS = 730;
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final String PREFIX = "synthetic-";
  private static final String[] SOURCES = {
    "Le Monde", "Libération", "Le Figaro", "Rue89", "20 Minutes", "Le Parisien", "Mediapart", "L'Express", "Le Point", "AFP",
    "Ouest-France", "La Dépêche", "blog Droite décomplexée", "blog Coopol"
  };
  /** Number of entities in the article: 1–8, most often 2–4. */
  private static final int[] ENTITY_COUNTS = {1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 5, 6, 7, 8};

  private final List<String> sentences;
  private final long seed;
  private final int articles;
  private final List<Entity> entities;
  private final Zipf zipf;

  record Entity(String canonical, EntityType type) {}

  SyntheticCorpus(List<String> sentences, int articles, int entityCount, long seed) {
    if (sentences.size() < 20) {
      throw new IllegalArgumentException("need at least 20 sentences, got " + sentences.size());
    }
    if (articles < 1) {
      throw new IllegalArgumentException("--articles must be >= 1, was " + articles);
    }
    this.sentences = List.copyOf(sentences);
    this.articles = articles;
    this.seed = seed;
    this.entities = entities(entityCount, seed);
    this.zipf = new Zipf(entities.size(), 1.0);
  }

  int size() {
    return articles;
  }

  /** Entities by decreasing expected frequency. */
  List<Entity> entities() {
    return entities;
  }

  /** Expected share of articles naming the entity of rank {@code rank} (roughly: draws per article × its probability). */
  double expectedShare(int rank) {
    double mean = java.util.Arrays.stream(ENTITY_COUNTS).average().orElse(1);
    return Math.min(1, mean * zipf.probability(rank));
  }

  /** Articles {@code from} (inclusive) to {@code to} (exclusive), generated as they are pulled. */
  Iterator<Article> articles(int from, int to, String path) {
    return new Iterator<>() {
      int next = from;

      @Override
      public boolean hasNext() {
        return next < to;
      }

      @Override
      public Article next() {
        if (next >= to) {
          throw new NoSuchElementException();
        }
        return article(next++, path);
      }
    };
  }

  Article article(int i, String path) {
    SplittableRandom r = random(i, 1);
    // Dates drawn over two years, so that the first n articles of the stream are a corpus of n
    // articles over two years too (bench scale times queries on the way at smaller sizes).
    long day = r.nextInt(DAYS);
    ZonedDateTime published = FIRST_DAY.plusDays(day).atTime(6 + r.nextInt(16), r.nextInt(60)).atZone(PARIS);
    int n = 4 + r.nextInt(14);
    StringBuilder text = new StringBuilder(n * 160);
    for (int s = 0; s < n; s++) {
      if (s > 0) {
        text.append(s % 3 == 0 ? "\n\n" : " ");
      }
      text.append(sentences.get(r.nextInt(sentences.size())));
    }
    String title = sentences.get(r.nextInt(sentences.size()));
    if (title.length() > 100) {
      title = title.substring(0, Math.max(10, title.lastIndexOf(' ', 100)));
    }
    String source = SOURCES[r.nextInt(SOURCES.length)];
    return new Article(
        PREFIX + i, source, "https://www.example.fr/" + i, title, "", published, Article.FRENCH, text.toString(), path, List.of());
  }

  /** Entities and tones of an article, recomputed from its id: thread-safe and free of state. */
  ArticleEnricher enricher() {
    return article -> {
      if (!article.id().startsWith(PREFIX)) {
        return ArticleFacts.NONE;
      }
      return facts(Integer.parseInt(article.id().substring(PREFIX.length())), article.text());
    };
  }

  ArticleFacts facts(int i, String text) {
    SplittableRandom r = random(i, 2);
    int count = ENTITY_COUNTS[r.nextInt(ENTITY_COUNTS.length)];
    Set<Integer> ranks = new LinkedHashSet<>();
    for (int tries = 0; ranks.size() < count && tries < 50; tries++) {
      ranks.add(zipf.next(r));
    }
    List<Integer> chosen = new ArrayList<>(ranks);
    String[] textSentences = text.split("(?<=[.!?…»]) ");
    List<EntityFacts> facts = new ArrayList<>(chosen.size());
    for (int rank : chosen) {
      Entity e = entities.get(rank);
      int mentions = 1 + (int) Math.floor(-Math.log(1 - r.nextDouble()) * 1.5);
      double tone = Math.max(-1, Math.min(1, r.nextGaussian() * 0.35 + (rank % 7 == 0 ? -0.15 : 0.05)));
      String label = tone >= 0.15 ? "pos" : tone <= -0.15 ? "neg" : "neu";
      int positive = 0;
      int negative = 0;
      for (int m = 0; m < mentions; m++) {
        double u = r.nextDouble();
        if (u < 0.25 + tone / 4) {
          positive++;
        } else if (u > 0.75 + tone / 4) {
          negative++;
        }
      }
      List<EntityFacts.Evidence> evidence = new ArrayList<>();
      int ev = Math.min(2, mentions);
      for (int k = 0; k < ev; k++) {
        evidence.add(new EntityFacts.Evidence(textSentences[r.nextInt(textSentences.length)], Math.round(tone * 1000) / 1000.0));
      }
      Map<String, Integer> cooc = new HashMap<>();
      for (int other : chosen) {
        if (other != rank && r.nextDouble() < 0.4) {
          cooc.put(entities.get(other).canonical(), 1 + r.nextInt(2));
        }
      }
      facts.add(new EntityFacts(e.canonical(), e.type(), mentions, tone, label, positive, negative, mentions - positive - negative, evidence, cooc));
    }
    double tone = Math.max(-1, Math.min(1, r.nextGaussian() * 0.3));
    return new ArticleFacts(tone, tone >= 0.15 ? "pos" : tone <= -0.15 ? "neg" : "neu", facts);
  }

  private SplittableRandom random(int i, int stream) {
    return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i * 31L + stream * 0xBF58476D1CE4E5B9L);
  }

  private static final String[] FIRST = {
    "Benjamin", "David", "Xavier", "Frédéric", "Martine", "Ségolène", "Nicolas", "François", "Jean-François", "Rachida", "Nathalie",
    "Valérie", "Arnaud", "Benoît", "Laurent", "Marine", "Dominique", "Christine", "Éric", "Manuel", "Aurélie", "Claude", "Brice",
    "Jean-Luc", "Cécile", "Pierre", "Marie", "Olivier", "Michèle", "Bruno", "Luc", "Vincent", "Anne", "Hervé", "Delphine", "Patrick",
    "Sylvie", "Thierry", "Isabelle", "Alain"
  };
  private static final String[] LAST = {
    "Lancar", "Assouline", "Bertrand", "Lefebvre", "Aubry", "Royal", "Dupont", "Hamon", "Montebourg", "Peillon", "Moscovici",
    "Copé", "Kosciusko-Morizet", "Pécresse", "Fabius", "Valls", "Filippetti", "Hortefeux", "Mélenchon", "Duflot", "Guéant",
    "Darcos", "Wauquiez", "Jouanno", "Chatel", "Besson", "Morin", "Le Maire", "Baroin", "Estrosi", "Woerth", "Lagarde", "Joly",
    "Bayrou", "Sarnez", "Mamère", "Cohn-Bendit", "Huchon", "Delanoë", "Hidalgo", "Collomb", "Juppé", "Raffarin", "Villepin",
    "Borloo", "Morano", "Yade", "Amara", "Kouchner", "Lang"
  };
  private static final String[] ORG_KINDS = {
    "Association", "Fédération", "Syndicat", "Collectif", "Mouvement", "Comité", "Institut", "Observatoire", "Fondation", "Conseil"
  };
  private static final String[] ORG_TOPICS = {
    "des Jeunes Populaires", "pour l'emploi", "des retraités", "de l'éducation", "du logement", "de la santé", "des étudiants",
    "de l'environnement", "des agriculteurs", "du numérique", "des transports", "de la culture", "des entreprises", "de la jeunesse",
    "des droits de l'homme", "de la presse", "des consommateurs", "de la recherche", "du commerce", "de la sécurité"
  };
  private static final String[] PLACES = {
    "Paris", "Lyon", "Marseille", "Toulouse", "Lille", "Bordeaux", "Nantes", "Strasbourg", "Montpellier", "Rennes", "Nice", "Grenoble",
    "Dijon", "Angers", "Reims", "Brest", "Limoges", "Tours", "Amiens", "Metz", "Besançon", "Perpignan", "Orléans", "Rouen", "Caen",
    "Nancy", "Avignon", "Poitiers", "Pau", "Bayonne"
  };
  private static final String[] PLACE_KINDS = {"", "Saint-", "Val-de-", "Pont-de-", "Mont-", "Bourg-", "Port-", "Villeneuve-"};

  /** Real names first (the watched actors lead the tail), then generated persons, organisations, places and events. */
  static List<Entity> entities(int count, long seed) {
    Set<String> seen = new LinkedHashSet<>();
    List<Entity> out = new ArrayList<>(count);
    String[][] heads = {
      {"UMP", "ORG"}, {"PS", "ORG"}, {"Nicolas Sarkozy", "PER"}, {"Benjamin Lancar", "PER"}, {"David Assouline", "PER"},
      {"Paris", "LOC"}, {"La Coopol", "MISC"}, {"Créateurs de possibles", "MISC"}, {"Xavier Bertrand", "PER"}, {"Martine Aubry", "PER"},
      {"France", "LOC"}, {"Jeunes Populaires", "ORG"}, {"Assemblée nationale", "ORG"}, {"Sénat", "ORG"}, {"Frédéric Lefebvre", "PER"}
    };
    for (String[] h : heads) {
      if (out.size() < count && seen.add(h[0])) {
        out.add(new Entity(h[0], EntityType.valueOf(h[1])));
      }
    }
    SplittableRandom r = new SplittableRandom(seed);
    int attempts = 0;
    while (out.size() < count && attempts++ < count * 50) {
      double u = r.nextDouble();
      String name;
      EntityType type;
      if (u < 0.55) {
        name = FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)];
        type = EntityType.PER;
      } else if (u < 0.8) {
        name = ORG_KINDS[r.nextInt(ORG_KINDS.length)] + " " + ORG_TOPICS[r.nextInt(ORG_TOPICS.length)]
            + (r.nextBoolean() ? " de " + PLACES[r.nextInt(PLACES.length)] : "");
        type = EntityType.ORG;
      } else if (u < 0.93) {
        name = PLACE_KINDS[r.nextInt(PLACE_KINDS.length)] + PLACES[r.nextInt(PLACES.length)] + (r.nextBoolean() ? "" : "-" + LAST[r.nextInt(LAST.length)]);
        type = EntityType.LOC;
      } else {
        name = "Forum " + ORG_TOPICS[r.nextInt(ORG_TOPICS.length)].replaceFirst("^(des|du|de la|de l')\\s*", "") + " " + (2009 + r.nextInt(2));
        type = EntityType.MISC;
      }
      if (seen.add(name)) {
        out.add(new Entity(name, type));
      }
    }
    if (out.size() < count) {
      throw new IllegalArgumentException("cannot generate " + count + " distinct entity names (got " + out.size() + ")");
    }
    return List.copyOf(out);
  }
}
