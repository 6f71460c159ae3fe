package fr.veille.nlp;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Dictionary lemmatizer for French: looks each token up in LanguageTool's french-pos-dict
 * (666,726 form–lemma–tag entries, CC BY-SA 4.0, read with morfologik) and keeps the reading whose
 * LanguageTool tag agrees with the token's UD tag, the most frequent first. Words the dictionary
 * does not know get a rule-based lemma ({@link LemmaRules}), following UD French conventions (proper
 * nouns, numbers and punctuation are their own lemma; other lemmas are lower case).
 *
 * <p>Thread-safe: the dictionary is immutable and shared; each thread gets its own morfologik
 * {@link DictionaryLookup} (which is not thread-safe) through a {@link ThreadLocal}.
 */
public final class FrenchLemmatizer implements Lemmatizer {
  /** The resource of the Maven artifact org.languagetool:french-pos-dict:0.7. */
  public static final String DEFAULT_DICTIONARY = "/org/languagetool/resource/fr/french.dict";

  private final Dictionary dictionary;
  private final ThreadLocal<DictionaryLookup> lookups;

  private FrenchLemmatizer(Dictionary dictionary) {
    this.dictionary = dictionary;
    this.lookups = ThreadLocal.withInitial(() -> new DictionaryLookup(this.dictionary));
  }

  /** Loads french-pos-dict from the classpath; fails clearly if it is missing or corrupt. */
  public static FrenchLemmatizer fromClasspath() throws IOException {
    java.net.URL url = FrenchLemmatizer.class.getResource(DEFAULT_DICTIONARY);
    if (url == null) {
      throw new IOException("french-pos-dict not found on the classpath at " + DEFAULT_DICTIONARY
          + " (is org.languagetool:french-pos-dict missing from the dependencies?)");
    }
    Dictionary d;
    try {
      d = Dictionary.read(url);
    } catch (IOException | RuntimeException e) {
      throw new IOException("cannot load french-pos-dict from " + url + ": " + e.getMessage(), e);
    }
    FrenchLemmatizer lemmatizer = new FrenchLemmatizer(d);
    // Validate with a word any French dictionary has: a corrupt automaton fails or answers nothing.
    if (!lemmatizer.lemma("étaient", "AUX").equals("être")) {
      throw new IOException("french-pos-dict at " + url + " looks corrupt: « étaient » has no lemma « être »");
    }
    return lemmatizer;
  }

  @Override
  public String[] lemmatize(String[] tokens, String[] posTags) {
    Objects.requireNonNull(tokens, "tokens");
    Objects.requireNonNull(posTags, "posTags");
    if (tokens.length != posTags.length) {
      throw new IllegalArgumentException(
          "tokens and posTags differ in length: " + tokens.length + " vs " + posTags.length);
    }
    String[] out = new String[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      out[i] = lemmaOfToken(tokens[i], posTags[i]);
    }
    return out;
  }

  private String lemmaOfToken(String token, String tag) {
    int plus = tag == null ? -1 : tag.indexOf('+');
    if (plus > 0) {
      String[] words = Contractions.split(token);
      String[] tags = tag.split("\\+");
      if (words != null && words.length == tags.length) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < words.length; k++) {
          if (k > 0) {
            sb.append('+');
          }
          sb.append(lemma(words[k], tags[k]));
        }
        return sb.toString();
      }
      tag = tag.substring(0, plus);
    }
    return lemma(token, tag);
  }

  /** The lemma of one UD word with its UPOS tag (null or unknown tags are treated as X). */
  public String lemma(String word, String upos) {
    Objects.requireNonNull(word, "word");
    Upos pos = Upos.parse(upos);
    String form = LemmaRules.normalize(word, pos);
    String fixed = LemmaRules.beforeLookup(form, pos);
    if (fixed != null) {
      return fixed;
    }
    DictionaryLookup lookup = lookups.get();
    // Readings of the form as written and in lower case compete: « Centre » (a rare proper noun
    // reading) loses to « centre » (a frequent noun) when the tag is NOUN.
    Reading best = best(lookup.lookup(form), pos, null);
    String lower = form.toLowerCase(Locale.ROOT);
    if (!lower.equals(form)) {
      best = best(lookup.lookup(lower), pos, best);
    }
    if (best != null) {
      return LemmaRules.afterLookup(best.lemma(), best.tag(), best.form(), best.participle(), pos);
    }
    return LemmaRules.unknown(form, pos, w -> {
      Reading r = best(lookup.lookup(w), pos, null);
      return r == null ? null : r.lemma();
    });
  }

  /**
   * Whether {@code word}, in lower case, is an ordinary French word and nothing else: every reading
   * the dictionary has is a noun, adjective, verb or adverb (« monde », « point », « jeunes »), none
   * a proper noun or a function word (« la », « de »). Unknown words (« coopol », « lancar ») are not.
   */
  public boolean isCommonWord(String word) {
    List<WordData> readings = lookups.get().lookup(word.toLowerCase(Locale.ROOT));
    if (readings.isEmpty()) {
      return false;
    }
    for (WordData r : readings) {
      CharSequence tag = r.getTag();
      char kind = tag == null || tag.isEmpty() ? '?' : tag.charAt(0);
      if (kind != 'N' && kind != 'J' && kind != 'V' && kind != 'A') {
        return false;
      }
    }
    return true;
  }

  /** A dictionary reading: the form looked up, its lemma, and its tag without frequency. */
  record Reading(String form, String lemma, String tag, int score, boolean participle) {}

  /**
   * The best reading compatible with {@code pos}, or {@code previous} if none beats it. Score: how
   * well the tag fits, then the form's frequency class, then a preference among readings of the same
   * frequency (a participle over a second person, the traditional spelling naître over naitre).
   */
  private static Reading best(List<WordData> readings, Upos pos, Reading previous) {
    Reading best = previous;
    for (WordData w : readings) {
      CharSequence tagSeq = w.getTag();
      if (tagSeq == null || tagSeq.length() < 2) {
        continue;
      }
      String tag = tagSeq.toString();
      // french-pos-dict appends a frequency class letter (A = rare ... Z = frequent) to each tag.
      char freq = tag.charAt(tag.length() - 1);
      String bare = tag.substring(0, tag.length() - 1).strip();
      int fit = LtTags.fit(bare, pos);
      if (fit == 0) {
        continue;
      }
      String lemma = w.getStem().toString();
      int score = fit * 1000 + (freq - 'A') * 10 + LtTags.preference(bare, lemma);
      if (best == null || score > best.score()) {
        best = new Reading(w.getWord().toString(), lemma, bare, score, false);
      }
    }
    if (best != null && best != previous && best.tag().startsWith("J")) {
      // An adjective reading whose lemma is a verb with a past participle reading: connues → connaître.
      for (WordData w : readings) {
        if (w.getTag() != null && w.getTag().toString().startsWith("V ppa") && best.lemma().contentEquals(w.getStem())) {
          return new Reading(best.form(), best.lemma(), best.tag(), best.score(), true);
        }
      }
    }
    return best;
  }
}
