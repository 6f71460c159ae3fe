package fr.veille.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Language of an article, as an ISO 639-3 code: OpenNLP's language-detection model
 * ({@code langdetect-183.bin}, from the opennlp-models-langdetect jar on the classpath), checked by
 * counting French and English function words. The model alone is unreliable on short texts (a title,
 * a one-line feed item): there the function words decide, and a text too short to tell is « und ».
 * Thread-safe: the model is loaded once and a detector is created per call.
 */
final class LanguageGuesser {
  static final String MODEL_RESOURCE = "/langdetect-183.bin";
  // Detection time grows with the sample; 1 500 characters are plenty to tell French from English.
  private static final int SAMPLE_CHARS = 1500;
  private static final int SHORT_TEXT = 200;

  private static final Set<String> FRENCH_WORDS =
      Set.of("le", "la", "les", "des", "du", "de", "un", "une", "et", "est", "dans", "pour", "sur",
          "que", "qui", "pas", "au", "aux", "avec", "par", "ce", "cette", "il", "elle", "ils", "sont",
          "ont", "son", "sa", "ses", "leur", "mais", "ou", "plus", "nous", "vous", "été", "à", "d", "l",
          "qu", "n", "s", "c", "j", "était", "sera", "entre", "après", "selon", "lors", "contre", "je",
          "tu", "ne", "se", "me", "te", "y", "en", "donc", "car", "ni", "très", "bien", "depuis", "aussi",
          "tout", "tous", "sans", "sous", "chez", "vers", "comme", "si", "ça", "nos", "vos", "mes", "notre",
          "votre", "lui", "eux", "ai", "avons", "avez", "suis", "sommes", "êtes", "fait", "être", "avoir",
          "ces", "cet", "dont", "où", "quand", "encore", "déjà", "toujours", "rien", "trois", "deux");
  private static final Set<String> ENGLISH_WORDS =
      Set.of("the", "of", "and", "to", "in", "is", "that", "for", "with", "as", "was", "by",
          "are", "it", "its", "this", "from", "be", "has", "have", "had", "at", "which", "an", "or",
          "were", "their", "they", "he", "she", "his", "her", "will", "would", "not", "but", "who",
          "after", "said", "says", "been", "than", "you", "we", "i", "my", "our", "your", "there", "what",
          "when", "how", "about", "into", "more", "also", "party", "learns", "learned", "new");

  private static final java.util.regex.Pattern FRENCH_LETTERS = java.util.regex.Pattern.compile("[éèêëàâçùûüîïôœ]");

  private static volatile LanguageDetectorModel model;

  private static LanguageDetectorModel model() {
    LanguageDetectorModel m = model;
    if (m == null) {
      synchronized (LanguageGuesser.class) {
        m = model;
        if (m == null) {
          try (InputStream in = LanguageGuesser.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
              throw new IllegalStateException(
                  "language model " + MODEL_RESOURCE + " not on the classpath (opennlp-models-langdetect jar)");
            }
            m = new LanguageDetectorModel(in);
            model = m;
          } catch (IOException e) {
            throw new UncheckedIOException("cannot load language model " + MODEL_RESOURCE, e);
          }
        }
      }
    }
    return m;
  }

  /** The ISO 639-3 code of the language of {@code title} and {@code text}, or « und ». */
  String guess(String title, String text) {
    String sample = (title + "\n" + text);
    if (sample.length() > SAMPLE_CHARS) {
      sample = sample.substring(0, SAMPLE_CHARS);
    }
    int letters = 0;
    for (int i = 0; i < sample.length(); i++) {
      if (Character.isLetter(sample.charAt(i))) {
        letters++;
      }
    }
    if (letters < 12) {
      return Article.UNKNOWN_LANGUAGE;
    }
    int fr = 0;
    int en = 0;
    int words = 0;
    for (String w : sample.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.isEmpty()) {
        continue;
      }
      words++;
      if (FRENCH_WORDS.contains(w)) {
        fr++;
      }
      if (ENGLISH_WORDS.contains(w)) {
        en++;
      }
      if (!FRENCH_WORDS.contains(w) && FRENCH_LETTERS.matcher(w).find()) {
        fr++; // é, è, à, ç, œ… are rare in English words
      }
    }
    Language best = new LanguageDetectorME(model()).predictLanguage(sample);
    String lang = best.getLang();
    if (sample.length() < SHORT_TEXT) {
      if (fr > en) {
        return Article.FRENCH;
      }
      if (en > fr) {
        return "eng";
      }
      // No function word to go by: trust only a confident model.
      return best.getConfidence() >= 0.5 ? lang : Article.UNKNOWN_LANGUAGE;
    }
    // The model sometimes takes French for a neighbour (Occitan, Catalan, Picard...): function words
    // that make up a large share of the text settle it.
    if (!lang.equals(Article.FRENCH) && fr >= 0.15 * words && fr > 2 * en) {
      return Article.FRENCH;
    }
    if (!lang.equals("eng") && en >= 0.15 * words && en > 2 * fr) {
      return "eng";
    }
    return lang;
  }
}
