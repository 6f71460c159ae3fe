package fr.veille.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Main-text extraction from a web page, and its metadata.
 *
 * <p>The heuristic, in the spirit of Readability and jusText: (1) drop what is never text (scripts,
 * forms, navigation, asides, footers, figures) and blocks whose class or id names boilerplate
 * (comments, share buttons, sidebars, « articles similaires », cookie banners…), unless they hold the
 * page's title or article body; (2) score the containers of paragraphs by text length, commas and
 * class hints, discounted by link density, and take the best with its worthy siblings — a block
 * explicitly marked as the article body ({@code itemprop=articleBody}, {@code entry-content}…) wins
 * outright; (3) inside, keep the paragraphs but not link lists, « Lire aussi » teasers, bylines or the
 * title. Metadata come from Open Graph, {@code article:*} meta, JSON-LD, {@code <time>}, canonical link,
 * then bylines marked in the page and dates written in the page or the URL. Stateless and thread-safe.
 */
final class HtmlExtractor {

  /** What a page gives: every field may be empty, {@code published} may be null. */
  record Extracted(
      String title,
      String siteName,
      String author,
      String url,
      ZonedDateTime published,
      List<String> tags,
      String text) {}

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .build();

  static {
    JSON.getFactory()
        .setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).maxStringLength(5_000_000).build());
    JSON.getFactory().disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
  }

  private static final Set<String> DROP_TAGS =
      Set.of("script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
          "form", "button", "input", "select", "textarea", "label", "nav", "aside", "footer", "link",
          "meta", "dialog", "map", "audio", "video", "figure", "picture", "img", "menu", "head",
          "fieldset", "math");

  private static final Set<String> BLOCK_TAGS =
      Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
          "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "tbody", "thead",
          "header", "address", "center", "hr", "br", "body", "figcaption", "caption", "hgroup", "details",
          "summary");

  /** Class or id words that mark boilerplate; matched against the hyphen/underscore parts of a token. */
  private static final Set<String> NEGATIVE =
      Set.of("comment", "comments", "commentaire", "commentaires", "commentlist", "respond", "reply",
          "replies", "reaction", "reactions", "reagir", "discussion", "disqus", "forum", "forums", "share",
          "sharing", "sharedaddy", "partage", "partager", "social", "sociaux", "socials", "addthis",
          "sidebar", "widget", "widgets", "related", "similaire", "similaires", "similar", "suggestion",
          "suggestions", "recommended", "lire", "aussi", "voir", "readmore", "cookie", "cookies", "consent",
          "rgpd", "gdpr", "cmp", "didomi", "banner", "bandeau", "newsletter", "newsletters", "subscribe",
          "subscription", "abonnement", "abonnez", "promo", "pub", "publicite", "ads", "ad", "adsense",
          "outbrain", "taboola", "breadcrumb", "breadcrumbs", "ariane", "arbo", "menu", "navbar", "nav",
          "navigation", "pagination", "pager", "pagenav", "footer", "pied", "masthead", "topbar", "toolbar",
          "popup", "modal", "overlay", "print", "imprimer", "tags", "taglist", "etiquettes", "keywords",
          "labels", "bio", "byline", "postmeta", "meta", "author", "auteur", "signature", "mostread",
          "populaires", "trending", "tendances", "hidden", "skip", "sr", "outils", "tools", "utility",
          "login", "connexion", "search", "recherche", "logo", "header", "entete", "credits", "copyright",
          "legal", "mentions", "jp", "wpcnt", "sharebar", "alert", "alerte", "ticker", "categories",
          "archives", "blogroll", "calendar", "calendrier", "rss", "follow", "suivez", "aside", "teaser",
          "teasers", "more", "infos", "services", "module", "profile", "attribution", "colophon",
          "date", "dates", "timestamp", "datetime", "posted", "published", "updated");

  /** Prefixes of class words that mark boilerplate (« advertisement », « sponsored », « recommandations »). */
  private static final List<String> NEGATIVE_PREFIXES = List.of("advert", "sponsor", "recommand", "comment", "related");

  /** Tokens that describe the page layout, not the block: « has-sidebar », « comments-open ». */
  private static final Pattern LAYOUT_TOKEN =
      Pattern.compile("^(?:has|with|no|without|is|layout|page|body|single|template|sidebar-(?:left|right))[-_].*"
          + "|.*[-_](?:open|closed|enabled|disabled|active|visible|forbidden)$|^(?:post|page)-\\d+$"
          // WordPress post_class() names the post's tags and categories: « tag-ump », « category-politique ».
          + "|^(?:tag|category|categorie|format|status|type)-[\\w-]+$");

  /** Class or id words that mark the article itself. */
  private static final Set<String> POSITIVE =
      Set.of("article", "articles", "body", "content", "contenu", "entry", "main", "text", "texte", "story",
          "blog", "corps", "chapo", "chapeau", "lead", "intro", "standfirst", "news", "column", "prose",
          "copy", "hentry", "detail", "post", "node", "item", "communique");

  private static final String BODY_SELECTORS =
      "[itemprop=articleBody], .entry-content, .post-content, .post-body, .article-body, .articleBody,"
          + " .article__body, .article__content, .article-content, .article-text, .article_text,"
          + " .story-body, .story-content, #article-body, #articleBody, .texte-article, .article-texte,"
          + " .field--name-body, .field-name-body, .td-post-content, .single-content, .post-entry,"
          + " .entry-body, .contenu-article, .corps-article, .article-corps, .content-article";


  // CSS queries compiled once: jsoup would parse the query string on every call.
  private static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical][href]");
  private static final Evaluator ITEMPROP_DATE = QueryParser.parse("[itemprop=datePublished]");
  private static final Evaluator AUTHOR_SEL = QueryParser.parse("[itemprop=author] [itemprop=name], [itemprop=author], [rel=author], .author-name, .byline-author");
  /** Bylines known by their class only: « <span class="auteur"> » is Le Monde's markup of 2010. */
  private static final Evaluator BYLINE_CLASS_SEL = QueryParser.parse(".auteur, .author, .byline, .signature");
  private static final Evaluator JSON_LD = QueryParser.parse("script[type=application/ld+json]");
  private static final Evaluator BODY_OR_H1 = QueryParser.parse(BODY_SELECTORS + ", h1");
  private static final Evaluator SUB_HEADINGS = QueryParser.parse("h2, h3, h4, h5, h6, .title, .titre");
  private static final Evaluator H123 = QueryParser.parse("h1, h2, h3");
  private static final Evaluator LEAD_SEL = QueryParser.parse(".chapo, .chapeau, .lead, .intro, .standfirst, .article-lead, .article__lead, .article-chapo, .article__chapo, .excerpt, .dek, .accroche");
  private static final Evaluator H12 = QueryParser.parse("h1, h2");
  private static final Evaluator ARTICLE_SEL = QueryParser.parse("article, main, [itemtype~=Article], .post, .hentry");
  private static final Evaluator TIME_SEL = QueryParser.parse("time[datetime], [itemprop=datePublished][content], abbr.published[title]");
  private static final Evaluator DATE_CLASS_SEL = QueryParser.parse("[class~=(?i)date|time|publi|posted|meta|byline|signature|infos?|dateline], [id~=(?i)date|publi]");
  private static final Evaluator SHORT_TEXT_SEL = QueryParser.parse("p, div, span, td, em, small, strong, font, i, b");
  private static final Evaluator BODY_EVAL = QueryParser.parse(BODY_SELECTORS);

  private static final Pattern LEAD_HINT =
      Pattern.compile("chapo|chapeau|lead|intro|standfirst|accroche|summary|excerpt|resume|description|desc|dek|deck|sapo|kicker-text");

  private static final Pattern BOILERPLATE_TEXT =
      Pattern.compile(
          "(?iu)^(?:[»>›→•\\-–—|:*\\s]*)(?:à lire (?:aussi|également)|a lire aussi|lire (?:aussi|également|la suite|notre|nos)|voir aussi"
              + "|sur le même sujet|dans la même rubrique|articles? (?:similaires|liés|connexes)|partager|partagez"
              + "|tweeter|twitter|facebook|imprimer|envoyer par|réagir|réagissez|commentaires?\\s*\\(|\\d+ commentaires?"
              + "|publicité|abonnez-vous|inscrivez-vous|newsletter|suivez-nous|retrouvez-nous|tous droits réservés"
              + "|©|copyright|mots[- ]clés|tags\\s*:|étiquettes|catégories?\\s*:|classé dans|publié dans|lien permanent"
              + "|permalink|édition du soir|recevez|s'abonner|se connecter|mot de passe|cet article vous a plu"
              + "|vous aimerez aussi|les plus lus|le direct|en continu|pour aller plus loin|lire l'article"
              + "|article suivant|article précédent|← |→ |« article précédent|contact presse|communiqué de presse$"
              + "|retour en haut|haut de page|retour à l'accueil|la suite (?:de l'article )?(?:après|sous) (?:cette |la )?publicité).*");

  private static final Pattern TITLE_SEPARATORS = Pattern.compile("\\s+[|–—·»]\\s+|\\s+-\\s+");
  private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

  private static final Pattern BOILERPLATE_HEADING =
      Pattern.compile(
          "(?iu)^(?:\\d+\\s+)?(?:commentaires?|réactions?|réagissez|réagir|vos réactions|vos commentaires|laisser un commentaire"
              + "|laissez un commentaire|sur le même (?:thème|sujet)|dans la même rubrique|à lire aussi|a lire aussi|lire aussi"
              + "|voir aussi|articles? (?:similaires|liés|connexes|recommandés)|vous aimerez aussi|vous aimerez peut-être aussi"
              + "|les plus (?:lus|commentés|partagés)|les dernières (?:infos|actus|dépêches)|dernières (?:actualités|dépêches|infos)"
              + "|nos derniers articles|derniers articles|articles récents|recommandé pour vous|à découvrir|à ne pas manquer"
              + "|partager(?: cet article)?|partagez|newsletter|l'auteur|à propos de l'auteur|qui suis-je ?\\??|archives"
              + "|mots[- ]clés|tags|étiquettes|catégories|agenda|sondage|publicité)\\s*[:?!.]*$");

  private static final Pattern LEGAL_TEXT =
      Pattern.compile("(?iu)©|\\(c\\) ?\\d{4}|tous droits réservés|droits de reproduction|mentions légales"
          + "|conditions générales d'utilisation|article imprimé depuis|version imprimable");

  private static final Pattern BYLINE =
      Pattern.compile("(?u)^(?:[Pp]ar|[Bb]y|[ÉéEe]crit par|[Pp]ublié par|[Pp]osté par)\\s+\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+(?:de |du |d’|d'|le |la )?\\p{Lu}[\\p{L}'’.\\-]*){0,4}(?:\\s*[,|–—-].{0,120})?$");

  private static final Pattern BYLINE_PREFIX =
      Pattern.compile("(?iu)^(?:par|by|[ée]crit par|r[ée]dig[ée] par|publi[ée] par|post[ée] par)\\s*:?\\s+");

  /**
   * What follows the names in a byline: a role or a place after a comma (« , envoyé spécial à
   * Lyon », « , à Bruxelles »), a date, or the outlet and date after a bar, a bullet or a dash.
   * A comma before a capital keeps the next author (« Marc de Boni, Lilian Alemagna »).
   */
  private static final Pattern BYLINE_TAIL =
      Pattern.compile("(?u)\\s*(?:[|•·–—]|\\s-\\s|,\\s*(?=[\\p{Ll}\\d(])|\\s(?:le|(?i:publi[ée]e?|mise? à jour|mise? en ligne))\\s(?=.*\\d)).*$|[\\s,;:]+$");

  /** Trimmed bylines that read as names: capitalised, no digit, no address or URL. */
  private static final Pattern NAMES = Pattern.compile("(?u)^\\p{Lu}[^\\d@:/|]{1,79}$");

  private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\\d|3[01])(?:/|[-_.]|$)");

  private HtmlExtractor() {}

  static Extracted extract(String html, String baseUri) {
    Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
    Meta meta = metadata(doc);
    Element body = doc.body();
    String h1 = firstText(body.select("h1"));
    String title = firstNonEmpty(meta.title, meta.ldHeadline, h1, cleanTitleTag(doc.title(), meta.siteName));
    title = stripSiteSuffix(Texts.cleanLine(title), meta.siteName);
    // Dates are looked for before cleaning: bylines and <time> often sit in blocks cleaning removes.
    ZonedDateTime pageDate = meta.published != null ? meta.published : pageDate(body, title);
    clean(body);
    List<String> paragraphs = new ArrayList<>();
    List<Element> roots;
    LENGTHS.set(lengths(body));
    try {
      roots = new ArrayList<>(mainRoots(body));
      roots.addAll(0, leadBetweenTitleAndText(body, title, roots));
      for (Element root : roots) {
        paragraphs(root, paragraphs);
      }
    } finally {
      LENGTHS.remove();
    }
    paragraphs = filter(paragraphs, title);
    ZonedDateTime published = pageDate;
    if (published == null) {
      published = urlDate(firstNonEmpty(meta.url, baseUri));
    }
    return new Extracted(
        title,
        Texts.cleanLine(meta.siteName),
        Texts.cleanLine(meta.author),
        Texts.cleanLine(meta.url),
        published,
        meta.tags,
        Texts.cleanParagraphs(paragraphs));
  }

  // ---------------------------------------------------------------- metadata

  private static final class Meta {
    String title = "";
    String ldHeadline = "";
    String siteName = "";
    String author = "";
    String url = "";
    ZonedDateTime published;
    List<String> tags = new ArrayList<>();
  }

  private static Meta metadata(Document doc) {
    Meta m = new Meta();
    Map<String, String> metas = metas(doc);
    m.title = meta(metas, "og:title", "twitter:title", "dc.title");
    m.siteName = meta(metas, "og:site_name", "application-name", "publisher", "dc.publisher");
    String author = meta(metas, "author", "article:author", "dc.creator", "byl", "sailthru.author", "parsely-author");
    if (!author.startsWith("http")) {
      m.author = author.replaceFirst("(?i)^(?:par|by)\\s+", "");
    }
    Element canonical = doc.selectFirst(CANONICAL);
    m.url = canonical != null ? canonical.attr("href").strip() : "";
    if (m.url.isEmpty()) {
      m.url = meta(metas, "og:url");
    }
    String date = meta(metas, "article:published_time", "og:article:published_time", "datepublished",
        "date", "dc.date", "dc.date.issued", "dcterms.created", "pubdate", "publish-date", "publish_date",
        "sailthru.date", "parsely-pub-date", "article.published", "originalpublicationdate", "og:published_time");
    m.published = DateParser.parse(date).orElse(null);
    // article:tag may repeat; news_keywords / keywords are one comma-separated list, used when no tag.
    for (Element e : doc.head().getElementsByTag("meta")) {
      if (e.attr("property").equals("article:tag")) {
        for (String t : Readers.splitList(e.attr("content"))) {
          if (!m.tags.contains(t) && m.tags.size() < 30) {
            m.tags.add(t);
          }
        }
      }
    }
    if (m.tags.isEmpty()) {
      m.tags.addAll(Readers.splitList(meta(metas, "news_keywords", "keywords")));
    }
    jsonLd(doc, m);
    if (m.published == null) {
      Element ip = doc.selectFirst(ITEMPROP_DATE);
      if (ip != null) {
        String v = firstNonEmpty(ip.attr("content"), ip.attr("datetime"), ip.text());
        m.published = DateParser.parse(v).or(() -> DateParser.find(v)).orElse(null);
      }
    }
    if (m.author.isEmpty()) {
      m.author = markedAuthor(doc);
    }
    return m;
  }

  /**
   * The author named in the page's markup, when no metadata gave one: first an element marked as
   * the author (microdata, {@code rel=author}), then a byline known by its class alone. Those
   * classes also mark comment authors and author boxes, so such a byline must be outside the
   * comments and read as names once trimmed.
   */
  private static String markedAuthor(Document doc) {
    Element marked = doc.selectFirst(AUTHOR_SEL);
    if (marked != null) {
      String v = firstNonEmpty(marked.attr("content"), marked.text());
      if (v.length() <= 80 && !bylineNames(v).isEmpty()) {
        return bylineNames(v);
      }
    }
    Elements candidates = doc.select(BYLINE_CLASS_SEL);
    // A byline is short and comes first; the limits keep a hostile page of nested « author » blocks linear.
    for (Element e : candidates.subList(0, Math.min(candidates.size(), MAX_BYLINE_CANDIDATES))) {
      String text = e.text();
      if (text.length() > MAX_BYLINE_CHARS || insideComments(e)) {
        continue;
      }
      String names = bylineNames(text);
      if (NAMES.matcher(names).matches() && names.split(" ").length <= 8) {
        return names;
      }
    }
    return "";
  }

  private static final int MAX_BYLINE_CANDIDATES = 20;
  private static final int MAX_BYLINE_CHARS = 200;

  /** « Par Lilian Alemagna, envoyé spécial à Lyon » → « Lilian Alemagna ». */
  private static String bylineNames(String byline) {
    String names = BYLINE_PREFIX.matcher(Texts.cleanLine(byline)).replaceFirst("");
    return BYLINE_TAIL.matcher(names).replaceFirst("");
  }

  private static void jsonLd(Document doc, Meta m) {
    for (Element script : doc.select(JSON_LD)) {
      JsonNode root;
      try {
        root = JSON.readTree(script.data());
      } catch (Exception e) {
        continue; // broken JSON-LD is common; the other metadata still count
      }
      JsonNode article = findArticle(root, 0);
      if (article == null) {
        continue;
      }
      if (m.ldHeadline.isEmpty()) {
        m.ldHeadline = article.path("headline").asText(article.path("name").asText(""));
      }
      if (m.published == null) {
        m.published = DateParser.parse(article.path("datePublished").asText(article.path("dateCreated").asText(""))).orElse(null);
      }
      if (m.author.isEmpty()) {
        m.author = names(article.get("author"));
      }
      if (m.siteName.isEmpty()) {
        JsonNode pub = article.get("publisher");
        m.siteName = names(pub);
      }
      if (m.url.isEmpty()) {
        JsonNode main = article.get("mainEntityOfPage");
        String u = main == null ? "" : main.isTextual() ? main.asText() : main.path("@id").asText("");
        m.url = u.isEmpty() ? article.path("url").asText("") : u;
      }
      if (m.tags.isEmpty()) {
        JsonNode k = article.get("keywords");
        if (k != null && k.isArray()) {
          k.forEach(t -> m.tags.add(Texts.cleanLine(t.asText())));
        } else if (k != null) {
          m.tags.addAll(Readers.splitList(k.asText()));
        }
      }
      return;
    }
  }

  private static JsonNode findArticle(JsonNode node, int depth) {
    if (node == null || depth > 6) {
      return null;
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        JsonNode a = findArticle(n, depth + 1);
        if (a != null) {
          return a;
        }
      }
      return null;
    }
    if (!node.isObject()) {
      return null;
    }
    JsonNode type = node.get("@type");
    if (type != null) {
      List<String> types = new ArrayList<>();
      if (type.isArray()) {
        type.forEach(t -> types.add(t.asText()));
      } else {
        types.add(type.asText());
      }
      for (String t : types) {
        if (t.endsWith("Article") || t.equals("BlogPosting") || t.equals("Report") || t.equals("LiveBlogPosting")) {
          return node;
        }
      }
    }
    return findArticle(node.get("@graph"), depth + 1);
  }

  private static String names(JsonNode node) {
    if (node == null) {
      return "";
    }
    if (node.isTextual()) {
      return node.asText();
    }
    if (node.isArray()) {
      List<String> out = new ArrayList<>();
      node.forEach(n -> {
        String s = names(n);
        if (!s.isEmpty()) {
          out.add(s);
        }
      });
      return String.join(", ", out);
    }
    return node.path("name").asText("");
  }

  private static String meta(Map<String, String> metas, String... names) {
    for (String n : names) {
      String v = metas.get(n);
      if (v != null) {
        return v;
      }
    }
    return "";
  }

  /** The {@code <meta>} values by lower-cased property, name or itemprop; the first one wins. */
  private static Map<String, String> metas(Document doc) {
    Map<String, String> out = new java.util.HashMap<>();
    Element head = doc.head();
    for (Element e : head.getElementsByTag("meta")) {
      String v = e.attr("content").strip();
      if (v.isEmpty()) {
        continue;
      }
      for (String attr : new String[] {"property", "name", "itemprop"}) {
        String key = e.attr(attr);
        if (!key.isEmpty()) {
          out.putIfAbsent(key.toLowerCase(Locale.ROOT), v);
        }
      }
    }
    return out;
  }

  private static String cleanTitleTag(String title, String siteName) {
    String t = Texts.cleanLine(title);
    String[] parts = TITLE_SEPARATORS.split(t);
    if (parts.length <= 1) {
      return t;
    }
    String best = parts[0];
    for (String p : parts) {
      if (p.length() > best.length() && !p.equalsIgnoreCase(siteName)) {
        best = p;
      }
    }
    return best;
  }

  private static String stripSiteSuffix(String title, String siteName) {
    if (siteName == null || siteName.isBlank()) {
      return title;
    }
    String lower = title.toLowerCase(Locale.ROOT);
    String site = siteName.strip().toLowerCase(Locale.ROOT);
    for (String sep : new String[] {" | ", " - ", " – ", " — ", " : ", " · "}) {
      if (lower.endsWith(sep + site)) {
        return title.substring(0, title.length() - sep.length() - site.length()).strip();
      }
    }
    return title;
  }

  // ---------------------------------------------------------------- cleaning

  private static void clean(Element body) {
    // One pass over the tree: never-text tags and hidden blocks go.
    for (Element e : new ArrayList<>(body.getAllElements())) {
      if (e == body || e.parent() == null) {
        continue;
      }
      if (DROP_TAGS.contains(e.normalName()) || e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))
          || e.hasAttr("style") && HIDDEN_STYLE.matcher(e.attr("style")).find()) {
        e.remove();
      }
    }
    // A <time> standing alone between blocks is a date line, not text (inside a sentence it stays).
    for (Element t : body.getElementsByTag("time")) {
      Element parent = t.parent();
      if (parent != null && Set.of("article", "header", "section", "div", "main", "body").contains(parent.normalName())) {
        t.remove();
      }
    }
    Set<Element> protectedElements = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    Elements keep = body.select(BODY_OR_H1);
    for (Element k : keep) {
      for (Element a = k; a != null; a = a.parent()) {
        protectedElements.add(a);
      }
    }
    // A block opened by a heading such as « 4 réactions » or « Sur le même thème » is boilerplate
    // even when no class says so.
    for (Element h : body.select(SUB_HEADINGS)) {
      Element block = h.parent();
      if (block == null || block == body || protectedElements.contains(block) || h.elementSiblingIndex() > 1
          || !BOILERPLATE_HEADING.matcher(Texts.cleanLine(h.text())).matches()) {
        continue;
      }
      if (block.parent() != null && !block.normalName().equals("article") && !block.normalName().equals("main")) {
        block.remove();
      }
    }
    for (Element e : new ArrayList<>(body.getAllElements())) {
      if (e == body || e.parent() == null || protectedElements.contains(e)) {
        continue;
      }
      String tag = e.normalName();
      if (tag.equals("article") || tag.equals("main")) {
        continue;
      }
      if (isNegativeBlock(e)) {
        e.remove();
      }
    }
  }

  /** Whether an element's class/id marks it as boilerplate (some negative word, whatever else). */
  private static boolean isNegativeBlock(Element e) {
    return (hint(e) & NEG) != 0;
  }

  private static final int NEG = 1;
  private static final int POS = 2;

  /** NEG and/or POS bits from the words of the element's class, id and role. */
  private static int hint(Element e) {
    int bits = 0;
    String role = e.attr("role");
    if (role.equals("main") || role.equals("article")) {
      bits |= POS;
    }
    if (role.equals("navigation") || role.equals("complementary") || role.equals("contentinfo")
        || role.equals("banner") || role.equals("search") || role.equals("dialog")) {
      bits |= NEG;
    }
    for (String token : hintTokens(e)) {
      if (LAYOUT_TOKEN.matcher(token).matches()) {
        continue;
      }
      int start = 0;
      for (int i = 0; i <= token.length(); i++) {
        if (i == token.length() || token.charAt(i) == '-' || token.charAt(i) == '_') {
          if (i > start) {
            String part = token.substring(start, i);
            if (NEGATIVE.contains(part) || startsWithAny(part, NEGATIVE_PREFIXES)) {
              bits |= NEG;
            } else if (POSITIVE.contains(part)) {
              bits |= POS;
            }
          }
          start = i + 1;
        }
      }
    }
    return bits;
  }

  private static boolean startsWithAny(String s, List<String> prefixes) {
    for (String p : prefixes) {
      if (s.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> hintTokens(Element e) {
    String cls = e.className();
    String id = e.id();
    if (cls.isEmpty() && id.isEmpty()) {
      return List.of();
    }
    List<String> tokens = new ArrayList<>(4);
    for (String t : (cls + " " + id).toLowerCase(Locale.ROOT).split(" ")) {
      if (!t.isBlank()) {
        tokens.add(t.strip());
      }
    }
    return tokens;
  }

  /** +25 for a content-like class or id, -25 for a boilerplate-like one (negative wins). */
  private static int classWeight(Element e) {
    int bits = hint(e);
    return (bits & NEG) != 0 ? -25 : (bits & POS) != 0 ? 25 : 0;
  }

  // ---------------------------------------------------------------- scoring

  private static List<Element> mainRoots(Element body) {
    // A block marked as the article body wins outright, with the lead paragraph before it.
    Elements marked = body.select(BODY_EVAL);
    Element best = null;
    int bestLen = 0;
    for (Element m : marked) {
      int len = m.text().length();
      if (len > bestLen && (best == null || !m.parents().contains(best))) {
        best = m;
        bestLen = len;
      }
    }
    if (best != null && bestLen >= 150) {
      // Outermost marked block holding this one (e.g. .entry-content inside [itemprop=articleBody]).
      for (Element p : best.parents()) {
        if (p.is(BODY_EVAL) && p.text().length() < bestLen * 1.5) {
          best = p;
        }
      }
      List<Element> roots = new ArrayList<>(leads(best));
      roots.add(best);
      return roots;
    }
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element e : body.getAllElements()) {
      String tag = e.normalName();
      int ownText = ownTextLength(e);
      boolean paragraph = tag.equals("p") || tag.equals("pre") || tag.equals("blockquote");
      if (!paragraph && ownText < 25) {
        continue;
      }
      String text = paragraph ? e.text() : ownText(e);
      if (text.length() < 25) {
        continue;
      }
      double score = 1 + commas(text) + Math.min(text.length() / 100.0, 3);
      Element parent = paragraph ? e.parent() : e;
      int level = 0;
      for (Element a = parent; a != null && level < 3; a = a.parent(), level++) {
        if (!scores.containsKey(a)) {
          scores.put(a, initialScore(a));
        }
        double share = level == 0 ? score : level == 1 ? score / 2 : score / 3;
        scores.put(a, scores.get(a) + share);
        if (a == body) {
          break;
        }
      }
    }
    if (scores.isEmpty()) {
      return List.of(body);
    }
    Element top = null;
    double topScore = Double.NEGATIVE_INFINITY;
    for (Map.Entry<Element, Double> s : scores.entrySet()) {
      double v = s.getValue() * (1 - linkDensity(s.getKey()));
      s.setValue(v);
      if (v > topScore) {
        topScore = v;
        top = s.getKey();
      }
    }
    if (top == body || top.parent() == null) {
      return List.of(top);
    }
    // Siblings of the best container that read as part of the same text.
    List<Element> roots = new ArrayList<>();
    double threshold = Math.max(10, topScore * 0.2);
    for (Element sibling : top.parent().children()) {
      if (sibling == top) {
        roots.add(sibling);
        continue;
      }
      Double s = scores.get(sibling);
      double bonus = sibling.className().equals(top.className()) && !top.className().isEmpty() ? topScore * 0.2 : 0;
      if (s != null && s + bonus >= threshold) {
        roots.add(sibling);
      } else if (sibling.normalName().equals("p")) {
        String t = sibling.text();
        double ld = linkDensity(sibling);
        if (t.length() > 80 && ld < 0.25 || t.length() > 0 && t.length() <= 80 && ld == 0 && t.matches("(?s).*[.!?»…]$")) {
          roots.add(sibling);
        }
      } else if (LEAD_HINT.matcher(hintTokens(sibling).toString()).find() && sibling.text().length() > 40) {
        roots.add(sibling);
      }
    }
    return roots;
  }

  /**
   * The lead paragraph (chapô) often sits between the title and the text container, outside both:
   * paragraphs found there, long enough and not links, belong to the text.
   */
  private static List<Element> leadBetweenTitleAndText(Element body, String title, List<Element> roots) {
    if (roots.isEmpty() || roots.get(0) == body) {
      return List.of();
    }
    Element heading = null;
    for (Element h : body.select(H123)) {
      if (Texts.cleanLine(h.text()).equals(title)) {
        heading = h;
        break;
      }
    }
    if (heading == null) {
      return List.of();
    }
    Element first = roots.get(0);
    if (heading.parents().contains(first) || first.parents().contains(heading)) {
      return List.of();
    }
    List<Element> out = new ArrayList<>();
    boolean after = false;
    for (Element e : body.getAllElements()) {
      if (e == heading) {
        after = true;
        continue;
      }
      if (e == first) {
        break;
      }
      if (!after || e.parents().contains(heading)) {
        continue;
      }
      boolean hinted = LEAD_HINT.matcher(String.join(" ", hintTokens(e))).find();
      if (!e.normalName().equals("p") && !hinted) {
        continue;
      }
      String t = e.text();
      if (t.length() >= 60 && t.length() <= 800 && linkDensity(e) < 0.2 && !isDateLine(t) && !BYLINE.matcher(t).matches()
          && out.stream().noneMatch(o -> e.parents().contains(o))) {
        out.add(e);
      }
    }
    // Too much between title and text means the title is not where we think: keep nothing.
    return out.size() <= 2 ? out : List.of();
  }

  private static List<Element> leads(Element bodyBlock) {
    List<Element> out = new ArrayList<>();
    Element container = bodyBlock;
    for (int depth = 0; depth < 3 && container.parent() != null; depth++) {
      for (Element sib = container.previousElementSibling(); sib != null; sib = sib.previousElementSibling()) {
        if (LEAD_HINT.matcher(String.join(" ", hintTokens(sib))).find() && sib.text().length() > 40
            && linkDensity(sib) < 0.3) {
          out.add(0, sib);
        }
        Element inner = sib.selectFirst(LEAD_SEL);
        if (inner != null && inner != sib && !out.contains(inner) && inner.text().length() > 40) {
          out.add(0, inner);
        }
      }
      if (container.normalName().equals("article") || container.normalName().equals("main")) {
        break;
      }
      container = container.parent();
    }
    return out;
  }

  private static double initialScore(Element e) {
    double s = switch (e.normalName()) {
      case "article" -> 10;
      case "main" -> 8;
      case "div", "section" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th", "header" -> -5;
      default -> 0;
    };
    return s + classWeight(e);
  }

  private static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '，') {
        n++;
      }
    }
    return n;
  }

  private static int ownTextLength(Element e) {
    int n = 0;
    for (TextNode t : e.textNodes()) {
      n += t.text().strip().length();
    }
    return n;
  }

  private static String ownText(Element e) {
    StringBuilder sb = new StringBuilder();
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t) {
        sb.append(t.text());
      } else if (n instanceof Element c && !BLOCK_TAGS.contains(c.normalName())) {
        sb.append(c.text());
      }
    }
    return sb.toString().strip();
  }

  /**
   * Text and link-text lengths of every element, computed in one pass after cleaning (the tree does
   * not change afterwards): link density is asked for many elements, and text() on each would make
   * the extraction quadratic.
   */
  private static final ThreadLocal<Map<Element, int[]>> LENGTHS = new ThreadLocal<>();

  private static Map<Element, int[]> lengths(Element root) {
    Map<Element, int[]> out = new IdentityHashMap<>();
    fillLengths(root, out, false);
    return out;
  }

  private static int[] fillLengths(Element e, Map<Element, int[]> out, boolean inLink) {
    int[] len = new int[2];
    boolean link = inLink || e.normalName().equals("a");
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t) {
        int l = t.text().strip().length();
        len[0] += l;
        if (link) {
          len[1] += l;
        }
      } else if (n instanceof Element c) {
        int[] cl = fillLengths(c, out, link);
        len[0] += cl[0];
        len[1] += cl[1];
      }
    }
    out.put(e, len);
    return len;
  }

  private static double linkDensity(Element e) {
    Map<Element, int[]> cache = LENGTHS.get();
    int[] len = cache == null ? null : cache.get(e);
    if (len == null) {
      len = fillLengths(e, new IdentityHashMap<>(), false);
    }
    return len[0] == 0 ? 0 : Math.min(1.0, len[1] / (double) len[0]);
  }

  private static int textLength(Element e) {
    Map<Element, int[]> cache = LENGTHS.get();
    int[] len = cache == null ? null : cache.get(e);
    return len != null ? len[0] : e.text().length();
  }

  // ---------------------------------------------------------------- text

  /** The paragraphs of a subtree: every block element starts a new paragraph. */
  private static void paragraphs(Element root, List<String> out) {
    StringBuilder current = new StringBuilder();
    collect(root, current, out);
    flush(current, out);
  }

  private static void collect(Node node, StringBuilder current, List<String> out) {
    if (node instanceof TextNode t) {
      current.append(t.getWholeText());
      return;
    }
    if (!(node instanceof Element e)) {
      return;
    }
    boolean block = BLOCK_TAGS.contains(e.normalName());
    if (block) {
      flush(current, out);
      // A block that is mostly links (tag lists, « lire aussi » boxes) is not text.
      if (!e.normalName().equals("body") && isLinkList(e)) {
        return;
      }
    }
    for (Node child : e.childNodes()) {
      collect(child, current, out);
    }
    if (block) {
      flush(current, out);
    }
  }

  private static boolean isLinkList(Element e) {
    int length = textLength(e);
    if (length == 0) {
      return false;
    }
    double ld = linkDensity(e);
    return ld > 0.5 && (length < 400 || ld > 0.8);
  }

  private static void flush(StringBuilder current, List<String> out) {
    String p = Texts.cleanLine(current.toString());
    if (!p.isEmpty()) {
      out.add(p);
    }
    current.setLength(0);
  }

  /** Drops the title, bylines, date lines and boilerplate phrases; keeps the rest in order. */
  private static List<String> filter(List<String> paragraphs, String title) {
    List<String> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (String p : paragraphs) {
      if (p.equals(title) && out.size() < 3) {
        continue;
      }
      if (p.length() < 200 && BOILERPLATE_TEXT.matcher(p).matches() || p.length() < 300 && isLegal(p)) {
        continue;
      }
      if (p.length() < 160 && BYLINE.matcher(p).matches()) {
        continue;
      }
      if (p.length() < 90 && isDateLine(p)) {
        continue;
      }
      if (p.length() < 3 && !Character.isLetterOrDigit(p.charAt(0))) {
        continue;
      }
      // The same short block twice (« Partager » at the top and bottom) is boilerplate.
      if (p.length() < 60 && !seen.add(p)) {
        continue;
      }
      out.add(p);
    }
    return out;
  }

  private static boolean isLegal(String p) {
    // Cheap test first: most paragraphs have none of these words.
    String l = p.toLowerCase(Locale.ROOT);
    if (l.indexOf('©') < 0 && !l.contains("(c)") && !l.contains("droits") && !l.contains("mentions")
        && !l.contains("conditions") && !l.contains("imprim")) {
      return false;
    }
    return LEGAL_TEXT.matcher(p).find();
  }

  private static final Pattern DATELINE = Pattern.compile("(?u)^\\p{Lu}[\\p{L}' -]{1,30},\\s+(?:le\\s+)?[^,]{6,40}\\.?$");

  private static final Pattern DATE_LINE_WORDS =
      Pattern.compile("(?iu)^(?:publi[ée]e?|mis(?:e)? à jour|mise? en ligne|modifi[ée]e?|le|posted|published|updated|date)\\b.*");

  private static boolean isDateLine(String p) {
    Optional<ZonedDateTime> d = DateParser.find(p);
    if (d.isEmpty()) {
      return false;
    }
    if (p.length() <= 60 && DATELINE.matcher(p).matches()) {
      return true; // « Paris, le 20 janvier 2010 »
    }
    return DateParser.parse(p).isPresent() || DATE_LINE_WORDS.matcher(p).matches()
        || p.split("\\s+").length <= 10
            && (p.contains("|") || p.contains("•") || p.contains(" – ") || p.contains(" - ") || p.contains(" · ")
                || p.matches("(?iu).*\\b(?:par|by)\\b.*"));
  }

  // ---------------------------------------------------------------- dates in the page

  /**
   * The publication date written in the page: a {@code <time datetime>} of the article (not of a
   * comment), else a date in an element whose class says date or byline, else a short date line.
   */
  private static ZonedDateTime pageDate(Element body, String title) {
    Element article = null;
    for (Element h : body.select(H12)) {
      if (Texts.cleanLine(h.text()).equals(title)) {
        article = h.closest(ARTICLE_SEL);
        break;
      }
    }
    ZonedDateTime first = null;
    for (Element t : body.select(TIME_SEL)) {
      if (insideComments(t)) {
        continue;
      }
      String v = firstNonEmpty(t.attr("datetime"), t.attr("content"), t.attr("title"));
      Optional<ZonedDateTime> d = DateParser.parse(v);
      if (d.isEmpty()) {
        continue;
      }
      if (t.hasAttr("pubdate") || article != null && t.parents().contains(article)) {
        return d.get();
      }
      if (first == null) {
        first = d.get();
      }
    }
    if (first != null) {
      return first;
    }
    for (Element e : body.select(DATE_CLASS_SEL)) {
      String t = e.text();
      if (t.length() <= 200 && !insideComments(e)) {
        Optional<ZonedDateTime> d = DateParser.find(t);
        if (d.isPresent()) {
          return d.get();
        }
      }
    }
    for (Element e : body.select(SHORT_TEXT_SEL)) {
      String t = ownText(e);
      if (t.length() > 5 && t.length() <= 120 && isDateLine(t) && !insideComments(e)) {
        Optional<ZonedDateTime> d = DateParser.find(t);
        if (d.isPresent()) {
          return d.get();
        }
      }
    }
    return null;
  }

  private static boolean insideComments(Element e) {
    for (Element a = e; a != null; a = a.parent()) {
      for (String token : hintTokens(a)) {
        if (token.contains("comment") || token.contains("reaction") || token.contains("forum")
            || token.contains("respond")) {
          return true;
        }
      }
    }
    return false;
  }

  private static ZonedDateTime urlDate(String url) {
    if (url == null) {
      return null;
    }
    Matcher m = URL_DATE.matcher(url);
    if (m.find()) {
      return DateParser.parse(m.group(1) + "-" + m.group(2) + "-" + m.group(3)).orElse(null);
    }
    return null;
  }

  private static String firstText(Elements elements) {
    for (Element e : elements) {
      String t = e.text().strip();
      if (!t.isEmpty()) {
        return t;
      }
    }
    return "";
  }

  private static String firstNonEmpty(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return "";
  }

  /**
   * The text of an HTML fragment that is all article (a feed item's content, a JSON export's body):
   * no main-block selection, but scripts, share buttons, « lire aussi » links and the like go.
   */
  static String fragmentText(String html) {
    Document doc = Jsoup.parseBodyFragment(html);
    Element body = doc.body();
    clean(body);
    List<String> paragraphs = new ArrayList<>();
    paragraphs(body, paragraphs);
    return Texts.cleanParagraphs(filter(paragraphs, ""));
  }

}
