package fr.veille.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the sentiment lexicon from the shared lexicons and veille's own press vocabulary:
 * textblob-fr (PDDL) and vader-fr (MIT) word valences averaged, vader-fr emoticons, emoji valued
 * from their French descriptions, then the hand-written political-press entries (idioms, judgement verbs with their
 * targeting role) which override everything, a valence 0 there removing a word that is neutral in
 * news (« président », « réforme »). Polarimots (licence not stated) only with {@code
 * includeNonCommercial}. FEEL is not used: it values thousands of neutral nouns (« heure », « père »,
 * « titre » ±0.3), which cost 5 to 8 points of lexicon accuracy on dev and would make neutral news
 * look opinionated.
 */
final class SentimentLexiconBuilder {

  static final String PRESS_RESOURCE = "/fr/veille/nlp/sentiment-press-lexicon.tsv";
  private static final Pattern TEXTBLOB = Pattern.compile("<word form=\"([^\"]+)\"[^>]*polarity=\"([-0-9.]+)\"");
  /** Function words and punctuation that some source lexicons value; they carry no opinion. */
  private static final java.util.Set<String> STOP = java.util.Set.of("n'", "ne", "pas", "plus", "sur", "tout", "tous",
      "toute", "toutes", ":", ";", ",", ".", "?", "!", "-", "(", ")", "le", "la", "les", "de", "des", "un", "une",
      "et", "ou", "à", "a", "en", "y", "que", "qui", "ce", "il", "elle", "on", "je", "nous", "vous", "ils", "elles",
      "moins", "très", "trop", "peu", "assez", "si", "mais", "sans", "non", "jamais", "rien", "aucun", "aucune");

  private SentimentLexiconBuilder() {}

  /** Per-source valences of one expression. */
  private static final class Sources {
    double sum;
    double weight;
    final List<String> names = new ArrayList<>(2);
    ToneRole role = ToneRole.NONE;
    Double override;

    void add(double v, double w, String name) {
      sum += v * w;
      weight += w;
      if (!names.contains(name)) {
        names.add(name);
      }
    }

    double valence() {
      return override != null ? override : weight == 0 ? 0 : sum / weight;
    }
  }

  /** Builds the lexicon and writes it as TSV; returns the number of entries written. */
  static int build(Path lexiconsDir, boolean includeNonCommercial, Writer out) throws IOException {
    Map<String, Sources> map = new TreeMap<>();
    Map<String, Double> words = new TreeMap<>();
    // textblob-fr: several senses per form, averaged.
    Path textblob = require(lexiconsDir.resolve("textblob-fr/fr-sentiment.xml"));
    Map<String, double[]> tb = new TreeMap<>();
    for (String line : Files.readAllLines(textblob, StandardCharsets.UTF_8)) {
      Matcher m = TEXTBLOB.matcher(line);
      if (m.find()) {
        double[] acc = tb.computeIfAbsent(SentimentLexicon.normalize(m.group(1)), k -> new double[2]);
        acc[0] += Double.parseDouble(m.group(2));
        acc[1]++;
      }
    }
    tb.forEach((form, acc) -> {
      double v = acc[0] / acc[1];
      if (Math.abs(v) >= 0.05) {
        map.computeIfAbsent(form, k -> new Sources()).add(v, 1, "textblob");
      }
    });
    // vader-fr: word->valence on -4..4.
    Path vader = require(lexiconsDir.resolve("vader-fr/fr_lexicon.txt"));
    for (String line : Files.readAllLines(vader, StandardCharsets.UTF_8)) {
      int arrow = line.lastIndexOf("->");
      if (arrow <= 0) {
        continue;
      }
      String form = SentimentLexicon.normalize(line.substring(0, arrow).strip());
      double v;
      try {
        v = Double.parseDouble(line.substring(arrow + 2).strip()) / 4;
      } catch (NumberFormatException e) {
        continue;
      }
      if (Math.abs(v) >= 0.1 && !form.isEmpty() && !form.contains("\t")) {
        map.computeIfAbsent(form, k -> new Sources()).add(Math.max(-1, Math.min(1, v)), 1, "vader");
      }
    }
    if (includeNonCommercial) {
      Path polarimots = require(lexiconsDir.resolve("polarimots/Polarimots.txt"));
      for (String line : Files.readAllLines(polarimots, StandardCharsets.UTF_8)) {
        String[] c = line.split(";");
        if (c.length >= 4 && !c[3].startsWith("neutre")) {
          double v = c[3].startsWith("positive") ? 0.4 : c[3].startsWith("negative") ? -0.4 : 0;
          if (v != 0) {
            map.computeIfAbsent(SentimentLexicon.normalize(c[1]), k -> new Sources()).add(v, 0.5, "polarimots");
          }
        }
      }
    }
    map.forEach((k, s) -> words.put(k, s.valence()));
    // Emoji: the valence of their French description (« visage souriant »).
    Path emoji = lexiconsDir.resolve("vader-fr/emojis_fr.txt");
    if (Files.isRegularFile(emoji)) {
      for (String line : Files.readAllLines(emoji, StandardCharsets.UTF_8)) {
        int tab = line.indexOf('\t');
        if (tab <= 0) {
          continue;
        }
        double sum = 0;
        int n = 0;
        for (String w : line.substring(tab + 1).toLowerCase(Locale.ROOT).split("[ ,'-]+")) {
          Double v = words.get(w);
          if (v != null) {
            sum += v;
            n++;
          }
        }
        if (n > 0 && Math.abs(sum / n) >= 0.15) {
          map.computeIfAbsent(line.substring(0, tab).strip(), k -> new Sources()).add(sum / n, 1, "emoji");
        }
      }
    }
    // veille's press vocabulary overrides.
    try (InputStream in = SentimentLexiconBuilder.class.getResourceAsStream(PRESS_RESOURCE)) {
      if (in == null) {
        throw new IOException("missing classpath resource " + PRESS_RESOURCE);
      }
      for (SentimentLexicon.Line line : SentimentLexicon.lines(in, PRESS_RESOURCE)) {
        Sources s = map.computeIfAbsent(SentimentLexicon.normalize(line.expression()), k -> new Sources());
        s.override = line.valence();
        s.names.clear();
        s.names.add("press");
        if (line.role() != ToneRole.NONE) {
          s.role = line.role();
        }
      }
    }
    // A press prefix entry (« critiqu* ») replaces the exact forms it covers, so its role applies.
    List<String> prefixes = new ArrayList<>();
    map.forEach((k, s) -> {
      if (s.override != null && k.endsWith("*") && !k.contains(" ")) {
        prefixes.add(k.substring(0, k.length() - 1));
      }
    });
    map.entrySet().removeIf(e -> e.getValue().override == null
        && prefixes.stream().anyMatch(p -> e.getKey().startsWith(p) && !e.getKey().contains(" ")));
    out.write("# veille sentiment lexicon: expression TAB valence [-1,1] TAB role TAB sources\n");
    out.write("# built by `veille train sentiment` from textblob-fr (PDDL), vader-fr (MIT)"
        + (includeNonCommercial ? ", polarimots (licence not stated: NOT for the default model)" : "")
        + " and veille's press vocabulary\n");
    int written = 0;
    for (Map.Entry<String, Sources> e : map.entrySet()) {
      double v = e.getValue().valence();
      boolean blocked = e.getValue().override != null && e.getValue().override == 0;
      if (!blocked && (Math.abs(v) < 0.05 || (STOP.contains(e.getKey()) && e.getValue().override == null))) {
        continue;
      }
      out.write(e.getKey() + "\t" + String.format(Locale.ROOT, "%.3f", v) + "\t" + e.getValue().role + "\t"
          + String.join("+", e.getValue().names) + "\n");
      written++;
    }
    return written;
  }

  private static Path require(Path p) throws NoSuchFileException {
    if (!Files.isRegularFile(p)) {
      throw new NoSuchFileException(p.toString());
    }
    return p;
  }
}
