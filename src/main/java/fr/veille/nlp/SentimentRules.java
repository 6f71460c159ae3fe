package fr.veille.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The explainable, rule-based half of the scorer: lexicon look-up (words and press idioms), then
 * French negation scope, intensifiers and attenuators, contrast and concession, litotes,
 * questions, exclamations, capitals. Immutable, hence thread-safe.
 */
final class SentimentRules {

  static final double NEGATE_POSITIVE = -0.8;
  static final double NEGATE_NEGATIVE = -0.6;
  static final double NEGATED_INTENSIFIER = -0.5;
  static final double BOOST = 1.5;
  static final double ATTENUATE = 0.7;
  static final double MINIMIZE_POSITIVE = -0.5;
  static final double MINIMIZE_NEGATIVE = 0.5;
  static final double BEFORE_CONTRAST = 0.5;
  static final double AFTER_CONTRAST = 1.5;
  static final double CONCESSION = 0.5;
  static final double QUESTION = 0.5;
  static final double EXCLAMATION = 1.2;
  static final double CAPITALS = 1.25;

  private static final Set<String> NE = Set.of("ne", "n'");
  /** Negators that work alone or close a « ne ». */
  private static final Set<String> NEGATORS =
      Set.of("pas", "jamais", "rien", "guère", "aucun", "aucune", "aucuns", "aucunes", "nullement",
          "aucunement", "sans", "ni", "non", "nul", "nulle");
  /** Words that negate only after a « ne » (« ne ... plus », « ne ... point », « ne ... personne »). */
  private static final Set<String> NEGATORS_AFTER_NE = Set.of("plus", "point", "personne");
  private static final Set<String> BOOSTERS =
      Set.of("très", "trop", "vraiment", "extrêmement", "tellement", "complètement", "totalement",
          "absolument", "particulièrement", "profondément", "terriblement", "vivement", "hyper", "super",
          "ultra", "franchement", "carrément", "vachement", "énormément", "fort", "bien", "tout", "si",
          "sévèrement", "durement", "violemment", "largement", "grandement", "hautement", "parfaitement",
          "incroyablement", "follement", "sacrément", "joliment", "résolument", "clairement");
  /** Boosters that only count right before the word (« si » is mostly « if »). */
  private static final Set<String> ADJACENT_ONLY = Set.of("si", "bien", "tout", "fort");
  private static final Set<String> ATTENUATORS =
      Set.of("assez", "plutôt", "relativement", "moyennement", "légèrement", "quelque", "presque",
          "quasiment", "un", "modérément", "partiellement");
  private static final Set<String> MINIMIZERS = Set.of("peu", "peine", "faiblement", "insuffisamment");
  private static final Set<String> CONTRAST =
      Set.of("mais", "pourtant", "cependant", "toutefois", "néanmoins", "revanche", "contre", "reste");
  private static final Set<String> CONCESSIVE = Set.of("malgré", "quoique", "bien que", "même si", "dépit");
  private static final Set<String> CLAUSE_PUNCT =
      Set.of(",", ";", ":", "(", ")", "«", "»", "\"", "\u2013", "\u2014", "-", "[", "]");

  private final SentimentLexicon lexicon;

  SentimentRules(SentimentLexicon lexicon) {
    this.lexicon = lexicon;
  }

  SentimentLexicon lexicon() {
    return lexicon;
  }

  /** A scored lexicon match with the rules applied to it. */
  record Item(int startToken, int endToken, int start, int end, String text, double prior,
      double contribution, String rule, ToneRole role, int sentence, int clause) {

    /** An emoticon or emoji rather than a word or an expression. */
    boolean isEmoticon() {
      return rule.startsWith("emoticon") || rule.startsWith("emoji");
    }

    /** The same match counting against what it said, {@code why} added to its rules. */
    Item flipped(String why) {
      return new Item(startToken, endToken, start, end, text, prior, -contribution, rule + ", " + why + " x-1", role,
          sentence, clause);
    }
  }

  /** The analysis of one text: normalized tokens, scope flags, items and aggregates. */
  static final class Analysis {
    final String text;
    final List<Token> tokens;
    final String[] norm;
    final boolean[] negated;
    final int[] sentenceOf;
    final int[] clauseOf;
    final List<Item> items;
    final int wordCount;
    final double positive;
    final double negative;
    final boolean exclamation;
    final boolean question;

    Analysis(String text, List<Token> tokens, String[] norm, boolean[] negated, int[] sentenceOf,
        int[] clauseOf, List<Item> items, int wordCount, boolean exclamation, boolean question) {
      this.text = text;
      this.tokens = tokens;
      this.norm = norm;
      this.negated = negated;
      this.sentenceOf = sentenceOf;
      this.clauseOf = clauseOf;
      this.items = items;
      this.wordCount = wordCount;
      double p = 0;
      double n = 0;
      for (Item it : items) {
        if (it.contribution() > 0) {
          p += it.contribution();
        } else {
          n -= it.contribution();
        }
      }
      this.positive = p;
      this.negative = n;
      this.exclamation = exclamation;
      this.question = question;
    }

    /** Rule score in [-1, 1]: the balance of positive and negative evidence, damped when thin. */
    double score() {
      return SentimentRules.score(positive, negative);
    }
  }

  /** Evidence weight that damps thin evidence in sentence and document scores. */
  static final double DAMPING = 0.5;

  static double score(double positive, double negative) {
    return score(positive, negative, DAMPING);
  }

  /** The balance of positive and negative evidence, in [-1, 1], the smaller the thinner it is. */
  static double score(double positive, double negative, double damping) {
    return (positive - negative) / (positive + negative + damping);
  }

  Analysis analyze(String text, List<Token> tokens) {
    int n = tokens.size();
    String[] norm = new String[n];
    boolean[] isWord = new boolean[n];
    int words = 0;
    int upperWords = 0;
    for (int i = 0; i < n; i++) {
      String t = tokens.get(i).text();
      norm[i] = SentimentLexicon.normalize(t);
      isWord[i] = !t.isEmpty() && Character.isLetterOrDigit(t.charAt(0));
      if (isWord[i]) {
        words++;
        if (isAllCaps(t)) {
          upperWords++;
        }
      }
    }
    boolean shouting = words > 0 && upperWords * 2 > words;

    // Sentences and clauses.
    int[] sentenceOf = new int[n];
    int[] clauseOf = new int[n];
    int sentence = 0;
    int clause = 0;
    List<int[]> sentences = new ArrayList<>();
    int sentStart = 0;
    for (int i = 0; i < n; i++) {
      String t = norm[i];
      if (isClauseBreak(norm, i)) {
        clause++;
      }
      sentenceOf[i] = sentence;
      clauseOf[i] = clause;
      if (isSentenceEnd(t)) {
        sentences.add(new int[] {sentStart, i + 1});
        sentStart = i + 1;
        sentence++;
        clause++;
      }
    }
    if (sentStart < n) {
      sentences.add(new int[] {sentStart, n});
    }

    boolean[] negated = negationScope(norm, isWord, clauseOf);

    List<SentimentLexicon.Match> matches = withRatings(norm, lexicon.matches(norm));
    List<Item> items = new ArrayList<>(matches.size());
    boolean anyExclamation = false;
    boolean lastQuestion = false;
    // Per-sentence facts used by the rules.
    int ns = sentences.size();
    int[] contrastAt = new int[ns];
    boolean[] exclam = new boolean[ns];
    boolean[] questionS = new boolean[ns];
    for (int s = 0; s < ns; s++) {
      int[] r = sentences.get(s);
      contrastAt[s] = -1;
      for (int i = r[0]; i < r[1]; i++) {
        if (isContrast(norm, i)) {
          contrastAt[s] = i;
        }
        if (norm[i].indexOf('!') >= 0 && !isWord[i]) {
          exclam[s] = true;
        }
      }
      String last = norm[r[1] - 1];
      questionS[s] = !isWord[r[1] - 1] && last.indexOf('?') >= 0;
      anyExclamation |= exclam[s];
      lastQuestion = questionS[s];
    }
    // A sentence opening on « Pourtant, » or « Mais » down-weights the sentence before it.
    boolean[] beforeNextContrast = new boolean[ns];
    for (int s = 1; s < ns; s++) {
      int first = sentences.get(s)[0];
      if (contrastAt[s] == first || (contrastAt[s] >= 0 && contrastAt[s] == first + 0)) {
        beforeNextContrast[s - 1] = true;
      }
    }
    int[] concessionEnd = concessions(norm, clauseOf, n);
    boolean[] titleCase = titleCaseSentences(tokens, isWord, sentenceOf, ns);

    for (SentimentLexicon.Match m : matches) {
      SentimentLexicon.Entry e = m.entry();
      int a = m.start();
      int b = m.end();
      if (b - a == 1 && isModifier(norm[a])) {
        continue; // « très », « peu »: they modify the next word, they are not opinions
      }
      if (b - a == 1 && inProperName(tokens, isWord, sentenceOf, titleCase, a)) {
        continue; // « Ségolène Royal », « Créateurs de possibles » is a name
      }
      String tokText = tokens.get(a).text();
      if (b - a == 1 && !isWord[a] && tokText.codePointCount(0, tokText.length()) == 1
          && !SentimentTokenizer.isEmoji(tokText.codePointAt(0))) {
        continue; // a lone « : » or « ( » is punctuation, never an emoticon
      }
      double prior = e.valence();
      double v = prior;
      StringBuilder rule = new StringBuilder();
      if (b - a == 1 && !isWord[a]) {
        rule.append(SentimentTokenizer.isEmoji(tokText.codePointAt(0)) ? "emoji" : "emoticon");
      } else if (isRating(norm, a, b)) {
        rule.append("rating");
      } else if (b - a > 1) {
        rule.append("expression");
      } else {
        rule.append("lexicon");
      }
      if (e.role() == ToneRole.DIRECTED && prior < 0) {
        append(rule, "reported criticism");
      }
      // Intensifiers and attenuators among the two preceding words.
      double boost = 1;
      String modifier = null;
      for (int k = a - 1; k >= Math.max(0, a - 2); k--) {
        String t = norm[k];
        if (clauseOf[k] != clauseOf[a]) {
          break;
        }
        if (BOOSTERS.contains(t) && (k == a - 1 || !ADJACENT_ONLY.contains(t))) {
          if (t.equals("tout") || t.equals("bien") || t.equals("fort")) {
            if (k != a - 1) {
              continue;
            }
          }
          boost *= BOOST;
          modifier = "intensified x" + fmt(boost);
        } else if (t.equals("peu") && k > 0 && norm[k - 1].equals("un")) {
          boost *= ATTENUATE;
          modifier = "attenuated x" + fmt(boost);
          break;
        } else if (MINIMIZERS.contains(t) && !(t.equals("peine") && (k == 0 || !norm[k - 1].equals("à")))) {
          boost *= prior > 0 ? MINIMIZE_POSITIVE : MINIMIZE_NEGATIVE;
          modifier = (prior > 0 ? "minimized x" : "attenuated x") + fmt(boost);
          break;
        } else if (ATTENUATORS.contains(t) && !t.equals("un")) {
          boost *= ATTENUATE;
          modifier = "attenuated x" + fmt(boost);
        } else if (isWord[k] && k < a - 1) {
          break;
        }
      }
      boost = Math.max(-1.5, Math.min(2.25, boost));
      boolean neg = false;
      boolean ownNegator = false;
      for (int k = a; k < b; k++) {
        neg |= negated[k];
        ownNegator |= NEGATORS.contains(norm[k]) || NE.contains(norm[k]);
      }
      if (b - a == 1 && !isWord[a] || isRating(norm, a, b)) {
        // An emoticon or emoji says how the writer feels, whatever the words before it deny: « Ma
        // femme ne me voit plus :-) » is happy. So does a rating: « ne vaut pas plus de deux étoiles ».
        neg = false;
      } else if (ownNegator) {
        // « un parcours sans faute », « sans queue ni tête »: the expression's own negator is part
        // of its meaning; only a negation before it (« ce n'est pas un sans-faute ») turns it.
        neg = a > 0 && negated[a - 1];
      }
      if (neg && isPasMalDe(norm, a, b)) {
        // « pas mal de monde »: a quantity, not a judgement.
        continue;
      }
      if (b - a == 1 && isOpposed(norm, clauseOf, a)) {
        // « la lutte contre la fraude », « la vaccination contre la grippe »: what is fought is the
        // topic, not the tone of the text.
        continue;
      }
      if (neg) {
        if (boost > 1) {
          v *= NEGATED_INTENSIFIER;
          append(rule, "negated intensifier x" + fmt(NEGATED_INTENSIFIER));
        } else {
          v *= boost;
          if (modifier != null) {
            append(rule, modifier);
          }
          if (prior > 0) {
            v *= NEGATE_POSITIVE;
            append(rule, "negated x" + fmt(NEGATE_POSITIVE));
          } else {
            v *= NEGATE_NEGATIVE;
            append(rule, "litotes x" + fmt(NEGATE_NEGATIVE));
          }
        }
      } else if (boost != 1) {
        v *= boost;
        append(rule, modifier);
      }
      int s = sentenceOf[a];
      if (!shouting && isWord[a] && isAllCaps(tokText) && tokText.length() >= 3) {
        v *= CAPITALS;
        append(rule, "capitals x" + fmt(CAPITALS));
      }
      if (concessionEnd[a] > 0) {
        v *= CONCESSION;
        append(rule, "concession x" + fmt(CONCESSION));
      } else if (contrastAt[s] >= 0 && a < contrastAt[s]) {
        v *= BEFORE_CONTRAST;
        append(rule, "before contrast x" + fmt(BEFORE_CONTRAST));
      } else if (contrastAt[s] >= 0 && a > contrastAt[s]) {
        v *= AFTER_CONTRAST;
        append(rule, "after contrast x" + fmt(AFTER_CONTRAST));
      } else if (beforeNextContrast[s]) {
        v *= BEFORE_CONTRAST;
        append(rule, "before contrast x" + fmt(BEFORE_CONTRAST));
      }
      if (questionS[s] && v > 0) {
        v *= QUESTION;
        append(rule, "question x" + fmt(QUESTION));
      }
      if (exclam[s]) {
        v *= EXCLAMATION;
        append(rule, "exclamation x" + fmt(EXCLAMATION));
      }
      v = Math.max(-2, Math.min(2, v));
      int start = tokens.get(a).start();
      int end = tokens.get(b - 1).end();
      items.add(new Item(a, b, start, end, text.substring(start, end), prior, v, rule.toString(), e.role(),
          s, clauseOf[a]));
    }
    ironyOfAFinalFrown(items, norm);
    ironyOfAClosingPraise(items, sentences, norm, isWord, contrastAt);
    ironyOfAFinalSmile(items, norm);
    return new Analysis(text, tokens, norm, negated, sentenceOf, clauseOf, items, words, anyExclamation,
        lastQuestion);
  }

  private static final Pattern FINAL_PUNCTUATION = Pattern.compile("[.!?…]+");

  /**
   * Praise that ends on a frown is irony: « Merci pour ce voyage inoubliable :-( », « Bravo la
   * réforme… Génial, vraiment :( ». When the text's last token is a negative emoticon or emoji and
   * its words are, on balance, positive, the positive words count against.
   */
  private static void ironyOfAFinalFrown(List<Item> items, String[] norm) {
    Item last = closingEmoticon(items, norm);
    if (last == null || last.prior() >= 0) {
      return;
    }
    double praise = 0;
    for (Item it : items) {
      if (it != last && !it.isEmoticon()) {
        praise += it.contribution();
      }
    }
    if (praise <= 0) {
      return;
    }
    for (int i = 0; i < items.size() - 1; i++) {
      Item it = items.get(i);
      if (it.contribution() > 0 && !it.isEmoticon()) {
        items.set(i, it.flipped("irony (final frown)"));
      }
    }
  }

  /** The last match when it is an emoticon or emoji that only punctuation follows; else null. */
  private static Item closingEmoticon(List<Item> items, String[] norm) {
    if (items.isEmpty()) {
      return null;
    }
    Item last = items.get(items.size() - 1);
    for (int k = last.endToken(); k < norm.length; k++) {
      if (!FINAL_PUNCTUATION.matcher(norm[k]).matches()) {
        return null;
      }
    }
    return last.isEmoticon() ? last : null;
  }

  /** The most words a closing exclamation of praise has (« Magnifique. », « Bravo les artistes... »). */
  private static final int CLOSING_PRAISE_WORDS = 4;
  /**
   * Words that open an exclamation of praise: « Belle victoire. » after a hard campaign is praise,
   * « Magnifique. » after an oil spill is not.
   */
  private static final Set<String> CLOSING_PRAISE = Set.of("magnifique", "bravo", "génial", "genial", "chapeau",
      "superbe", "parfait", "félicitations", "felicitations", "merci", "splendide", "formidable", "excellent",
      "bien", "sublime", "admirable", "impeccable");

  /**
   * Praise that closes a negative text is irony: « Des pélicans englués, des plages noires de
   * pétrole… Magnifique. », « …ouvrir la boîte de Pandore à quatre mois des régionales. Bravo les
   * artistes... ». When the last sentence is a few words of praise only, the sentences before it are
   * on balance negative and no contrast turns the text (« Mais quel final ! Magnifique. » is
   * praise), the closing praise counts against.
   */
  private static void ironyOfAClosingPraise(List<Item> items, List<int[]> sentences, String[] norm, boolean[] isWord,
      int[] contrastAt) {
    int last = sentences.size() - 1;
    if (last < 1 || items.isEmpty()) {
      return;
    }
    for (int c : contrastAt) {
      if (c >= 0) {
        return;
      }
    }
    int[] r = sentences.get(last);
    int words = 0;
    int first = -1;
    for (int i = r[0]; i < r[1]; i++) {
      if (isWord[i]) {
        words++;
        first = first < 0 ? i : first;
      }
    }
    if (words == 0 || words > CLOSING_PRAISE_WORDS || !CLOSING_PRAISE.contains(norm[first])) {
      return;
    }
    double before = 0;
    double negativeBefore = 0;
    boolean praise = false;
    for (Item it : items) {
      if (it.sentence() < last) {
        before += it.contribution();
        negativeBefore += Math.min(0, it.contribution());
      } else if (it.contribution() <= 0) {
        return; // the closing words are not all praise
      } else {
        praise = true;
      }
    }
    if (!praise || before >= 0 || negativeBefore > -0.3) {
      return;
    }
    for (int i = 0; i < items.size(); i++) {
      Item it = items.get(i);
      if (it.sentence() == last) {
        items.set(i, it.flipped("irony (closing praise)"));
      }
    }
  }

  /**
   * A smile, wink or laugh that closes words which are, on balance, negative is sarcasm or
   * resignation, not joy: « …des fausses factures à la pelle, et personne n'était au courant ;-) »,
   * « Encore un TER supprimé :D ». It then counts against.
   */
  private static void ironyOfAFinalSmile(List<Item> items, String[] norm) {
    Item last = closingEmoticon(items, norm);
    if (last == null || last.prior() <= 0) {
      return;
    }
    double words = 0;
    for (Item it : items) {
      if (!it.isEmoticon()) {
        words += it.contribution();
      }
    }
    if (words < 0) {
      items.set(items.size() - 1, last.flipped("irony (final smile)"));
    }
  }

  private static boolean isModifier(String t) {
    return BOOSTERS.contains(t) || ATTENUATORS.contains(t) || MINIMIZERS.contains(t);
  }

  /** A capitalized word next to another capitalized word, not opening its sentence. */
  private static boolean inProperName(List<Token> tokens, boolean[] isWord, int[] sentenceOf, boolean[] titleCase, int a) {
    if (!isCapitalized(tokens.get(a).text()) || isAllCaps(tokens.get(a).text())) {
      return false;
    }
    if (titleCase[sentenceOf[a]]) {
      return false; // « Une Belle Victoire Pour Le PS »: capitals say nothing there
    }
    boolean sentenceStart = a == 0 || sentenceOf[a - 1] != sentenceOf[a] || opensQuotation(tokens.get(a - 1).text());
    if (!sentenceStart) {
      // French writes common words in lower case: a capital inside a sentence makes a name (« la
      // fédération UMP de la Gironde », « Mme Belle »).
      return true;
    }
    boolean next = a + 1 < tokens.size() && isWord[a + 1] && isCapitalized(tokens.get(a + 1).text())
        && sentenceOf[a + 1] == sentenceOf[a];
    return next && !sentenceStart;
  }

  /** A token after which a capital opens a quoted or announced sentence (« , :, —, (, …). */
  private static boolean opensQuotation(String t) {
    return t.equals("«") || t.equals("\"") || t.equals("“") || t.equals(":") || t.equals("—") || t.equals("–")
        || t.equals("-") || t.equals("(") || t.equals("…") || t.equals("...") || t.equals("!") || t.equals("?")
        || t.equals("'") || t.equals("‘");
  }

  /**
   * Ratings written in the text, « 4/10 », « 16 / 20 », « 5 étoiles », « une étoile », are opinions of the
   * writer: each becomes an item valued from its share of the scale (half the scale is mildly negative,
   * since reviewers keep the upper half for what they liked), replacing any lexicon reading of its words
   * (« étoile »). Added to the lexicon's matches, in text order.
   */
  static List<SentimentLexicon.Match> withRatings(String[] norm, List<SentimentLexicon.Match> matches) {
    List<SentimentLexicon.Match> ratings = null;
    for (int i = 0; i < norm.length; i++) {
      double value = -1;
      int end = -1;
      if (i + 2 < norm.length && norm[i + 1].equals("/") && (i == 0 || !norm[i - 1].equals("/"))
          && (i + 3 >= norm.length || !norm[i + 3].equals("/"))) { // « le 5/10/2010 » is a date
        double num = number(norm[i]);
        double max = number(norm[i + 2]);
        if (num >= 0 && (max == 5 || max == 10 || max == 20 || max == 100) && num <= max) {
          value = num / max;
          end = i + 3;
        }
      } else if (i + 1 < norm.length && STARS.contains(norm[i + 1]) && (i == 0 || !STARRED.contains(norm[i - 1]))) {
        double num = STAR_WORDS.containsKey(norm[i]) ? STAR_WORDS.get(norm[i]) : number(norm[i]);
        if (num >= 0 && num <= 5) {
          value = num / 5;
          end = i + 2;
        }
      }
      if (end < 0) {
        continue;
      }
      double valence = Math.max(-0.9, Math.min(0.9, 2 * (value - RATING_MIDPOINT)));
      if (ratings == null) {
        ratings = new ArrayList<>();
      }
      String expr = String.join(" ", Arrays.asList(norm).subList(i, end));
      ratings.add(new SentimentLexicon.Match(i, end, new SentimentLexicon.Entry(expr, valence, ToneRole.NONE)));
      i = end - 1;
    }
    if (ratings == null) {
      return matches;
    }
    List<SentimentLexicon.Match> all = new ArrayList<>(ratings);
    for (SentimentLexicon.Match m : matches) {
      if (ratings.stream().noneMatch(r -> m.start() < r.end() && r.start() < m.end())) {
        all.add(m);
      }
    }
    all.sort(Comparator.comparingInt(SentimentLexicon.Match::start));
    return all;
  }

  /** The match is a rating made by {@link #withRatings}: a number, then « / » and a scale or « étoiles ». */
  private static boolean isRating(String[] norm, int a, int b) {
    return b - a == 3 && norm[a + 1].equals("/") && number(norm[a]) >= 0
        || b - a == 2 && STARS.contains(norm[a + 1]) && (number(norm[a]) >= 0 || STAR_WORDS.containsKey(norm[a]));
  }

  /** The point of a rating scale read as neither praise nor blame (5.5/10: a 5/10 is a mild pan). */
  static final double RATING_MIDPOINT = 0.55;
  private static final Set<String> STARS = Set.of("étoile", "étoiles", "etoile", "etoiles");
  /** Things that have stars as a class, not a rating: « un hôtel cinq étoiles », « un casting cinq étoiles ». */
  private static final Set<String> STARRED = Set.of("hôtel", "hôtels", "hotel", "palace", "palaces", "casting",
      "restaurant", "restaurants", "établissement", "camping", "résidence", "chef", "chefs", "général", "généraux",
      "amiral", "luxe", "guide");
  private static final Map<String, Integer> STAR_WORDS =
      Map.of("zéro", 0, "zero", 0, "une", 1, "un", 1, "deux", 2, "trois", 3, "quatre", 4, "cinq", 5);

  /** A non-negative number written in digits (« 7 », « 3,5 », « 3.5 »), or -1. */
  private static double number(String t) {
    if (t.isEmpty() || t.length() > 5 || !Character.isDigit(t.charAt(0))) {
      return -1;
    }
    try {
      return Double.parseDouble(t.replace(',', '.'));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** Sentences where most words (at least three) are capitalized: a title in English-style case. */
  private static boolean[] titleCaseSentences(List<Token> tokens, boolean[] isWord, int[] sentenceOf, int sentences) {
    int[] words = new int[sentences];
    int[] capitals = new int[sentences];
    for (int i = 0; i < tokens.size(); i++) {
      if (isWord[i]) {
        words[sentenceOf[i]]++;
        if (isCapitalized(tokens.get(i).text())) {
          capitals[sentenceOf[i]]++;
        }
      }
    }
    boolean[] out = new boolean[sentences];
    for (int s = 0; s < sentences; s++) {
      out[s] = words[s] >= 3 && 2 * capitals[s] > words[s];
    }
    return out;
  }

  private static boolean isCapitalized(String t) {
    return !t.isEmpty() && Character.isUpperCase(t.charAt(0));
  }

  private static boolean isPasMalDe(String[] norm, int a, int b) {
    return b - a == 1 && norm[a].equals("mal") && a > 0 && norm[a - 1].equals("pas") && b < norm.length
        && (norm[b].equals("de") || norm[b].equals("d'"));
  }

  private static void append(StringBuilder rule, String s) {
    if (rule.length() > 0) {
      rule.append(", ");
    }
    rule.append(s);
  }

  static String fmt(double x) {
    double r = Math.round(x * 100) / 100.0;
    return r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r);
  }

  private static boolean isAllCaps(String t) {
    boolean letter = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter;
  }

  static boolean isSentenceEnd(String t) {
    if (t.isEmpty()) {
      return false;
    }
    char c = t.charAt(0);
    return c == '.' || c == '!' || c == '?' || c == '\u2026';
  }

  private static boolean isClauseBreak(String[] norm, int i) {
    return CLAUSE_PUNCT.contains(norm[i]) || isContrast(norm, i);
  }

  /** « mais », « pourtant »..., « en revanche », « par contre », « reste que », and « or » opening a clause. */
  static boolean isContrast(String[] norm, int i) {
    String t = norm[i];
    if (t.equals("or")) {
      return (i == 0 || CLAUSE_PUNCT.contains(norm[i - 1]) || isSentenceEnd(norm[i - 1]))
          && i + 1 < norm.length && norm[i + 1].equals(",");
    }
    if (!CONTRAST.contains(t)) {
      return false;
    }
    return switch (t) {
      case "revanche" -> i > 0 && norm[i - 1].equals("en");
      case "contre" -> i > 0 && norm[i - 1].equals("par");
      case "reste" -> i + 1 < norm.length && (norm[i + 1].equals("que") || norm[i + 1].equals("qu'"))
          && (i == 0 || isSentenceEnd(norm[i - 1]) || norm[i - 1].equals("il"));
      default -> true;
    };
  }

  /** For each token inside a concessive clause (« malgré », « même si », « bien que »), its end; else 0. */
  private static int[] concessions(String[] norm, int[] clauseOf, int n) {
    int[] in = new int[n];
    for (int i = 0; i < n; i++) {
      String t = norm[i];
      boolean marker = t.equals("malgré") || t.equals("quoique")
          || (t.equals("dépit") && i > 0 && norm[i - 1].equals("en"))
          || ((t.equals("que") || t.equals("qu'")) && i > 0 && norm[i - 1].equals("bien"))
          || (t.equals("si") && i > 0 && norm[i - 1].equals("même"));
      if (marker) {
        int j = i + 1;
        while (j < n && !CLAUSE_PUNCT.contains(norm[j]) && !isSentenceEnd(norm[j]) && !isContrast(norm, j)) {
          in[j] = 1;
          j++;
        }
      }
    }
    return in;
  }

  /**
   * Marks tokens in the scope of a negation: between « ne » and its closing negator, and up to four
   * words after a negator, never across a clause boundary. « ne ... que » is a restriction, « pas
   * que », « non seulement », « sans doute » are not negations.
   */
  static boolean[] negationScope(String[] norm, boolean[] isWord, int[] clauseOf) {
    int n = norm.length;
    boolean[] neg = new boolean[n];
    int pendingNe = -1;
    for (int i = 0; i < n; i++) {
      String t = norm[i];
      if (pendingNe >= 0 && clauseOf[i] != clauseOf[pendingNe]) {
        pendingNe = -1;
      }
      if (NE.contains(t)) {
        pendingNe = i;
        continue;
      }
      if (pendingNe >= 0 && (t.equals("que") || t.equals("qu'") || notJustOne(norm, i))) {
        pendingNe = -1; // « ne ... que »: only, not a negation; « n'est pas une simple … »
        continue;
      }
      if (pendingNe < 0 && t.equals("pas") && isVerbAfterSubject(norm, isWord, i - 1)) {
        // Spoken French drops the « ne »: in « j'aime pas », « on comprend pas » the verb before « pas »
        // is what is denied.
        neg[i - 1] = true;
      }
      boolean closesNe = pendingNe >= 0 && (NEGATORS.contains(t) || NEGATORS_AFTER_NE.contains(t));
      boolean alone = pendingNe < 0 && NEGATORS.contains(t) && !notANegation(norm, i);
      boolean lacking = pendingNe < 0 && (isLackOf(norm, i) || AVOIDANCE.contains(t));
      if (!closesNe && !alone && !lacking) {
        continue;
      }
      boolean governed = false;
      if (closesNe) {
        boolean concealment = false;
        for (int k = pendingNe + 1; k < i; k++) {
          neg[k] = true;
          // « ne cache pas sa fierté »: not hiding it is showing it; « ne manque pas d'atouts »: not
          // lacking them is having them. The object keeps its polarity.
          concealment |= isConcealment(norm[k]) || isLackOf(norm, k) || isLackVerb(norm[k]) && isDe(norm, i + 1);
          governed |= isWord[k] && !NOT_A_GOVERNOR.contains(norm[k]);
        }
        pendingNe = -1;
        if (concealment) {
          neg[i] = true;
          continue;
        }
      }
      int window = switch (t) {
        case "non", "ni" -> 2;
        case "sans" -> 3;
        default -> lacking ? 3 : 4;
      };
      // « un manque de courage », « il manque de souffle »: lacking a quality is the opposite of it
      // (the verb itself is not negated).
      neg[i] = !lacking;
      int words = 0;
      for (int k = i + 1; k < n && words < window && clauseOf[k] == clauseOf[i]; k++) {
        if (isSentenceEnd(norm[k])) {
          break;
        }
        if (governed && DEFINITE.contains(norm[k]) && !t.equals("sans") && !t.equals("ni")) {
          // « il n'a pas répondu aux moqueries », « ne pas créer le problème »: the negation bears on
          // the verb, the mockery and the problem are still there.
          break;
        }
        governed |= isWord[k] && !NOT_A_GOVERNOR.contains(norm[k]);
        neg[k] = true;
        if (isConcealment(norm[k])) {
          break; // « sans cacher sa colère », « ne pas dissimuler son agacement »
        }
        if (isWord[k]) {
          words++;
        }
      }
    }
    return neg;
  }

  /** Determiners of a definite object (« aux moqueries », « le problème »); not « des », « un »: « pas des miracles ». */
  private static final Set<String> DEFINITE = Set.of("le", "la", "les", "l'", "l’", "au", "aux", "ce",
      "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "mon", "ma", "mes", "ton", "ta", "tes", "notre", "votre",
      "nos", "vos");

  /** Token {@code v} is a word right after a subject pronoun, with at most one object pronoun between. */
  private static boolean isVerbAfterSubject(String[] norm, boolean[] isWord, int v) {
    if (v < 1 || !isWord[v] || NOT_A_GOVERNOR.contains(norm[v])) {
      return false;
    }
    int k = v - 1;
    if (OBJECT_PRONOUNS.contains(norm[k]) && k > 0) {
      k--;
    }
    return SUBJECT_PRONOUNS.contains(norm[k]);
  }

  private static final Set<String> SUBJECT_PRONOUNS = Set.of("je", "j'", "j’", "tu", "il", "elle", "on", "ça", "ca",
      "nous", "vous", "ils", "elles");
  private static final Set<String> OBJECT_PRONOUNS = Set.of("me", "m'", "m’", "te", "t'", "t’", "le", "la", "l'", "l’",
      "les", "lui", "leur", "nous", "vous");

  /**
   * Words between a negator and a noun that do not make the noun an object of another verb:
   * copulas and auxiliaries (« ce n'est pas la solution », « n'a pas été la solution »), adverbs,
   * the other half of the negation and verbs of worth.
   */
  private static final Set<String> NOT_A_GOVERNOR = Set.of("est", "sont", "était", "étaient", "sera", "seront",
      "serait", "seraient", "soit", "soient", "être", "été", "a", "ont", "avait", "avaient", "aura", "auraient",
      "aurait", "avoir", "eu", "c'", "c’", "ce", "il", "elle", "ils", "elles", "on", "y", "en", "se", "s'", "s’",
      "semble", "semblent", "paraît", "reste", "restent", "devient", "deviennent", "demeure", "vraiment", "très",
      "trop", "si", "aussi", "plus", "encore", "toujours", "tout", "du", "forcément", "franchement",
      "jamais", "pas", "rien", "guère", "point", "seulement", "même", "à", "de", "d'", "d’", "pour", "par", "avec",
      "dans", "sur",
      // verbs of worth pass the negation to their object: « ne vaut pas le détour », « ne mérite pas ce succès »
      "vaut", "valait", "valent", "vaudra", "valoir", "mérite", "méritait", "méritent", "mériter", "mérité");

  /**
   * « manque de », « manquent d' », « manque cruellement de »: the verb or noun of lacking before
   * what is lacked.
   */
  private static boolean isLackOf(String[] norm, int i) {
    return isLackVerb(norm[i]) && (isDe(norm, i + 1)
        || i + 1 < norm.length && (norm[i + 1].endsWith("ment") || LACK_ADVERBS.contains(norm[i + 1])) && isDe(norm, i + 2));
  }

  /**
   * Verbs of avoiding: avoiding a thing is the opposite of it (« ont évité un massacre », « pour éviter
   * le pire »), as lacking it is; the verb itself is not negated.
   */
  private static final Set<String> AVOIDANCE = Set.of("éviter", "évite", "évitent", "évité", "évitée", "évités",
      "évitées", "évitant", "évitera", "éviteront", "éviterait", "eviter", "evite", "evitent", "evitee");

  private static final Set<String> LACK_ADVERBS = Set.of("encore", "toujours", "parfois", "souvent", "trop", "beaucoup", "surtout");

  private static boolean isLackVerb(String t) {
    return t.startsWith("manqu") && !t.startsWith("manquement");
  }

  private static boolean isDe(String[] norm, int i) {
    return i < norm.length && (norm[i].equals("de") || norm[i].equals("d'") || norm[i].equals("d’"));
  }

  /**
   * Token {@code a} is the noun that « contre » opposes, right after it or after its determiner
   * (« la lutte contre la fraude »); an opinion further on stays (« contre une réforme injuste »,
   * « les accusations contre X sont graves »); « par contre » is a contrast.
   */
  private static boolean isOpposed(String[] norm, int[] clauseOf, int a) {
    int k = a - 1;
    while (k >= 0 && k >= a - 2 && OPPOSED_DETERMINERS.contains(norm[k]) && clauseOf[k] == clauseOf[a]) {
      k--;
    }
    return k >= 0 && clauseOf[k] == clauseOf[a] && norm[k].equals("contre") && (k == 0 || !norm[k - 1].equals("par"));
  }

  private static final Set<String> OPPOSED_DETERMINERS = Set.of("le", "la", "les", "l'", "l’", "un", "une", "des",
      "du", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "tout", "toute", "tous", "toutes");

  /** Verbs of hiding: negated, they show what they govern (« il ne cache pas sa joie »). */
  static boolean isConcealment(String t) {
    return t.startsWith("cach") && !t.startsWith("cachet") || t.startsWith("dissimul") || t.startsWith("masqu");
  }

  /** « Ce n'est pas une simple maladresse »: worse than one, not the opposite. */
  private static boolean notJustOne(String[] norm, int i) {
    return norm[i].equals("pas") && i + 2 < norm.length && (norm[i + 1].equals("un") || norm[i + 1].equals("une"))
        && (norm[i + 2].equals("simple") || norm[i + 2].equals("banal") || norm[i + 2].equals("banale"));
  }

  private static boolean notANegation(String[] norm, int i) {
    String t = norm[i];
    String next = i + 1 < norm.length ? norm[i + 1] : "";
    return switch (t) {
      case "pas" -> next.equals("que") || next.equals("qu'") || next.equals("seulement") || next.equals("uniquement")
          || notJustOne(norm, i);
      case "non" -> next.equals("seulement") || next.equals("plus") || next.equals(",") || next.equals(".");
      case "sans" -> next.equals("doute") || next.equals("cesse") || next.equals("compter");
      case "nul", "nulle" -> !(next.equals("ne") || next.equals("n'"));
      default -> false;
    };
  }
}
