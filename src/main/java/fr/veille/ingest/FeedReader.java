package fr.veille.ingest;

import java.io.StringReader;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Feeds and exports in XML: RSS 2.0 (and 0.9x), RSS 1.0 (RDF), Atom, and WordPress WXR exports. One
 * article per item; the full content ({@code content:encoded}, Atom {@code content}) is preferred to
 * the summary, and the HTML in it is cleaned. In a WXR export only published posts count (drafts,
 * pages, attachments, menu items and reader comments are left out). The source is the item's own
 * ({@code source}, {@code dc:publisher}), else the channel's title (the site title of a WordPress
 * export), normalised as {@link Article} says (« Libération - Politiques » is « Libération »).
 *
 * <p>Secure by construction: the StAX parser supports no DTD and no external entity, so an XXE
 * payload or an entity-expansion bomb is never resolved nor expanded — the file is reported as
 * refused. Streaming: memory grows with the items kept, not with the markup.
 */
final class FeedReader implements FormatReader {

  private static final String WP_NS_PREFIX = "http://wordpress.org/export/";
  private static final Pattern SHORTCODE_CAPTION = Pattern.compile("(?s)\\[caption[^\\]]*].*?\\[/caption]");
  private static final Pattern SHORTCODE = Pattern.compile("\\[/?[a-zA-Z_][\\w-]*(?:\\s[^\\]]*)?]");
  private static final Pattern WP_BLOCK_COMMENT = Pattern.compile("<!--\\s*/?wp:[^>]*-->");

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    trySet(f, XMLConstants.ACCESS_EXTERNAL_DTD, "");
    trySet(f, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    return f;
  }

  private static void trySet(XMLInputFactory f, String name, Object value) {
    try {
      f.setProperty(name, value);
    } catch (IllegalArgumentException e) {
      // Not every StAX implementation knows these; SUPPORT_DTD=false already forbids them.
    }
  }

  private static final XMLInputFactory FACTORY = factory();

  /** What the feed is, from its root element. */
  private enum Kind { RSS, ATOM, RDF, WXR }

  @Override
  public List<Article> read(RawFile file, List<String> problems) throws IngestException {
    String xml = Readers.decodeText(file, true);
    if (xml.length() > 0 && xml.charAt(0) == '\uFEFF') {
      xml = xml.substring(1);
    }
    List<Article> out = new ArrayList<>();
    XMLStreamReader r = null;
    Kind kind = null;
    Map<String, String> channel = new HashMap<>();
    Map<String, String> authors = new HashMap<>(); // WXR: login -> display name
    int index = 0;
    int skippedDrafts = 0;
    try {
      synchronized (FACTORY) {
        r = FACTORY.createXMLStreamReader(new StringReader(xml));
      }
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.DTD) {
          String dtd = r.getText() == null ? "" : r.getText();
          if (dtd.contains("<!ENTITY")) {
            throw new IngestException(file.path(), "XML declares entities in a DOCTYPE (XXE or entity expansion): refused, never resolved");
          }
          continue;
        }
        if (ev != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        String name = r.getLocalName();
        if (kind == null) {
          kind = switch (name) {
            case "rss" -> isWxr(r) ? Kind.WXR : Kind.RSS;
            case "feed" -> Kind.ATOM;
            case "RDF" -> Kind.RDF;
            default -> throw new IngestException(file.path(), "XML file is not a feed (root element <" + name + ">, expected <rss>, <feed> or <rdf:RDF>)");
          };
          continue;
        }
        if (name.equals("item") || name.equals("entry")) {
          Map<String, String> item = readItem(r, name, kind);
          if (kind == Kind.WXR && !isPublishedPost(item)) {
            skippedDrafts++;
            continue;
          }
          Article a = article(file, item, channel, authors, kind, index++);
          if (a == null) {
            problems.add("item " + index + ": no title or text");
          } else {
            out.add(a);
          }
          continue;
        }
        if (kind == Kind.WXR && name.equals("author") && WP_NS(r)) {
          Map<String, String> au = readItem(r, name, kind);
          String login = au.getOrDefault("author_login", "");
          String display = au.getOrDefault("author_display_name", "");
          if (!login.isEmpty() && !display.isEmpty()) {
            authors.put(login, display);
          }
          continue;
        }
        if (name.equals("title") && !channel.containsKey("title")) {
          channel.put("title", Texts.cleanLine(text(r)));
        }
      }
    } catch (XMLStreamException | RuntimeException e) {
      // The JDK parser sometimes fails on bad DOCTYPEs with a RuntimeException of its own
      // (MissingResourceException for an unknown message key): still one bad file, not a crash.
      String why = e instanceof XMLStreamException x ? xmlError(x)
          : "malformed XML (the parser stopped: " + e.getClass().getSimpleName() + " " + e.getMessage() + ")";
      if (out.isEmpty()) {
        throw new IngestException(file.path(), why, e);
      }
      problems.add(why + " (after " + out.size() + (out.size() == 1 ? " item)" : " items)"));
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // nothing left to release
        }
      }
    }
    if (kind == null) {
      throw new IngestException(file.path(), "no XML element at all");
    }
    if (out.isEmpty() && problems.isEmpty()) {
      throw new IngestException(file.path(), kind == Kind.WXR
          ? "WordPress export without any published post (" + skippedDrafts + " other items: drafts, pages, attachments…)"
          : "feed without any item");
    }
    return out;
  }

  private static boolean WP_NS(XMLStreamReader r) {
    String ns = r.getNamespaceURI();
    return ns != null && ns.startsWith(WP_NS_PREFIX);
  }

  private static boolean isWxr(XMLStreamReader r) {
    for (int i = 0; i < r.getNamespaceCount(); i++) {
      String ns = r.getNamespaceURI(i);
      if (ns != null && ns.startsWith(WP_NS_PREFIX)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPublishedPost(Map<String, String> item) {
    String type = item.getOrDefault("post_type", "post");
    String status = item.getOrDefault("status", "publish");
    return type.equals("post") && status.equals("publish");
  }

  private static String xmlError(XMLStreamException e) {
    String msg = e.getMessage() == null ? "" : e.getMessage();
    int i = msg.indexOf("Message: ");
    if (i >= 0) {
      msg = msg.substring(i + 9);
    }
    msg = msg.replaceAll("\\s+", " ").strip();
    String lower = msg.toLowerCase(Locale.ROOT);
    if (lower.contains("entity") && (lower.contains("referenced") || lower.contains("declared") || lower.contains("dtd"))) {
      return "XML uses an entity that is never resolved (DTD and external entities are disabled): " + trim(msg);
    }
    if (lower.contains("premature end") || lower.contains("unexpected eof") || lower.contains("end of file")
        || lower.contains("must end with") || lower.contains("must start and end within the same entity")) {
      return "truncated XML (" + position(e) + ")";
    }
    return "malformed XML (" + position(e) + "): " + trim(msg);
  }

  private static String position(XMLStreamException e) {
    return e.getLocation() == null ? "unknown position"
        : "line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber();
  }

  private static String trim(String s) {
    return s.length() > 140 ? s.substring(0, 140) + "…" : s;
  }

  /**
   * The fields of one item, by local name; the reader is left on the item's end tag. Nested
   * structures are flattened: Atom {@code author/name} gives {@code author}, Atom links give
   * {@code link} (rel=alternate or none), categories are joined in {@code category} (WXR keeps the
   * tags and categories, not the post format). WXR comments are skipped whole.
   */
  private static Map<String, String> readItem(XMLStreamReader r, String itemName, Kind kind) throws XMLStreamException {
    Map<String, String> f = new LinkedHashMap<>();
    List<String> categories = new ArrayList<>();
    int depth = 1;
    String parent = null;
    while (r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
        if (depth == 0) {
          break;
        }
        if (depth == 1) {
          parent = null;
        }
        continue;
      }
      if (ev != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String name = r.getLocalName();
      String prefix = r.getPrefix() == null ? "" : r.getPrefix();
      if (depth == 1 && (name.equals("comment") || name.equals("postmeta")) && kind == Kind.WXR) {
        skipElement(r);
        continue;
      }
      if (depth == 1 && name.equals("author") && kind == Kind.ATOM || depth == 1 && name.equals("source") && kind == Kind.ATOM) {
        parent = name;
        depth++;
        continue;
      }
      if (parent != null) {
        if (name.equals("name") && parent.equals("author")) {
          f.merge("author", Texts.cleanLine(text(r)), (a, b) -> a + ", " + b);
        } else if (name.equals("title") && parent.equals("source")) {
          f.putIfAbsent("source", Texts.cleanLine(text(r)));
        } else {
          skipElement(r);
        }
        continue;
      }
      if (name.equals("link") && r.getAttributeValue(null, "href") != null) {
        String rel = r.getAttributeValue(null, "rel");
        if (rel == null || rel.equals("alternate")) {
          f.putIfAbsent("link", r.getAttributeValue(null, "href"));
        }
        skipElement(r);
        continue;
      }
      if (name.equals("category")) {
        String domain = r.getAttributeValue(null, "domain");
        String term = r.getAttributeValue(null, "term");
        String value = term != null ? term : text(r);
        if (term != null) {
          skipElement(r);
        }
        if (domain == null || domain.equals("post_tag") || domain.equals("category")) {
          String c = Texts.cleanLine(value);
          if (!c.isEmpty() && !categories.contains(c)) {
            categories.add(c);
          }
        }
        continue;
      }
      if (name.equals("content") && kind == Kind.ATOM) {
        String type = r.getAttributeValue(null, "type");
        f.put("content", "xhtml".equals(type) ? markup(r) : text(r));
        f.put("content_type", type == null ? "text" : type);
        continue;
      }
      if (name.equals("summary") && kind == Kind.ATOM) {
        String type = r.getAttributeValue(null, "type");
        f.put("summary", "xhtml".equals(type) ? markup(r) : text(r));
        continue;
      }
      String key = prefix.equals("content") && name.equals("encoded") ? "encoded"
          : prefix.equals("excerpt") && name.equals("encoded") ? "excerpt"
          : prefix.equals("dc") ? "dc:" + name
          : name;
      String value = text(r);
      if (key.equals("dc:creator") || key.equals("creator")) {
        f.merge("author", Texts.cleanLine(value), (a, b) -> a + ", " + b);
      } else {
        f.putIfAbsent(key, value);
      }
    }
    if (!categories.isEmpty()) {
      f.put("category", String.join("\u001f", categories));
    }
    return f;
  }

  /** The text content of the current element (its children's text included); leaves it at its end. */
  private static String text(XMLStreamReader r) throws XMLStreamException {
    StringBuilder sb = new StringBuilder();
    int depth = 1;
    while (r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA || ev == XMLStreamConstants.SPACE) {
        sb.append(r.getText());
      } else if (ev == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        if (--depth == 0) {
          break;
        }
      } else if (ev == XMLStreamConstants.ENTITY_REFERENCE) {
        throw new XMLStreamException("entity &" + r.getLocalName() + "; referenced but never resolved", r.getLocation());
      }
    }
    return sb.toString();
  }

  /** Inline XHTML content (Atom type="xhtml") back to markup, for the HTML cleaner. */
  private static String markup(XMLStreamReader r) throws XMLStreamException {
    StringBuilder sb = new StringBuilder();
    int depth = 1;
    while (r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA || ev == XMLStreamConstants.SPACE) {
        sb.append(r.getText().replace("&", "&amp;").replace("<", "&lt;"));
      } else if (ev == XMLStreamConstants.START_ELEMENT) {
        depth++;
        sb.append('<').append(r.getLocalName()).append('>');
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        if (--depth == 0) {
          break;
        }
        sb.append("</").append(r.getLocalName()).append('>');
      }
    }
    return sb.toString();
  }

  private static void skipElement(XMLStreamReader r) throws XMLStreamException {
    int depth = 1;
    while (depth > 0 && r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  private static Article article(RawFile file, Map<String, String> f, Map<String, String> channel,
      Map<String, String> authors, Kind kind, int index) {
    String title = Texts.cleanLine(stripTags(f.getOrDefault("title", "")));
    String raw = first(f, "encoded", "content", "description", "summary", "dc:description");
    if (kind == Kind.WXR) {
      raw = wpautop(raw);
    }
    String text = raw.isBlank() ? "" : bodyText(raw, f.getOrDefault("content_type", "html"));
    if (title.isEmpty() && text.isEmpty()) {
      return null;
    }
    String link = Texts.cleanLine(first(f, "link", "origLink"));
    String guid = Texts.cleanLine(first(f, "guid", "id", "post_id"));
    ZonedDateTime date = date(f, kind);
    String author = f.getOrDefault("author", "");
    if (kind == Kind.WXR && authors.containsKey(author)) {
      author = authors.get(author);
    }
    // Feed and site titles name a section too (« Libération - Politiques »): the outlet is what counts.
    String source = SourceNames.fromMetadata(first(f, "source", "dc:publisher"));
    if (source.isEmpty()) {
      source = SourceNames.fromMetadata(channel.getOrDefault("title", ""));
    }
    String categories = f.getOrDefault("category", "");
    List<String> tags = categories.isEmpty() ? List.of() : List.of(categories.split("\u001f"));
    // A feed's declared language is often a template default: detection decides unless the item says.
    String itemLang = Readers.iso3(first(f, "dc:language", "language"));
    return new Article(
        file.itemId(guid.isEmpty() ? link : guid, index),
        source.isEmpty() ? file.folderSource() : source,
        link,
        title,
        Texts.cleanLine(author),
        date,
        itemLang,
        text,
        file.relativePath(),
        tags);
  }

  private static String bodyText(String raw, String type) {
    if (type.equals("text") && !JsonReader.looksLikeHtml(raw)) {
      return Texts.cleanBody(raw);
    }
    return HtmlExtractor.fragmentText(raw);
  }

  private static String stripTags(String s) {
    return s.indexOf('<') >= 0 ? org.jsoup.Jsoup.parse(s).text() : org.jsoup.parser.Parser.unescapeEntities(s, false);
  }

  /** WordPress stores posts without <p>: blank lines are paragraphs; shortcodes are not text. */
  private static String wpautop(String raw) {
    String s = SHORTCODE_CAPTION.matcher(raw).replaceAll("");
    s = WP_BLOCK_COMMENT.matcher(s).replaceAll("");
    s = SHORTCODE.matcher(s).replaceAll("");
    if (s.contains("<p>") || s.contains("<p ")) {
      return s;
    }
    StringBuilder sb = new StringBuilder();
    for (String para : s.split("\\r?\\n\\s*\\r?\\n")) {
      if (!para.isBlank()) {
        sb.append("<p>").append(para.strip().replace("\n", "<br>")).append("</p>\n");
      }
    }
    return sb.toString();
  }

  private static ZonedDateTime date(Map<String, String> f, Kind kind) {
    if (kind == Kind.WXR) {
      String gmt = f.getOrDefault("post_date_gmt", "");
      if (!gmt.isBlank() && !gmt.startsWith("0000")) {
        Optional<ZonedDateTime> d = DateParser.parse(gmt.strip().replace(' ', 'T') + "Z");
        if (d.isPresent()) {
          return d.get().withZoneSameInstant(DateParser.PARIS);
        }
      }
    }
    for (String k : new String[] {"pubDate", "published", "dc:date", "issued", "post_date", "updated", "modified", "date"}) {
      String v = f.get(k);
      if (v != null && !v.isBlank() && !v.startsWith("0000")) {
        Optional<ZonedDateTime> d = DateParser.parse(v);
        if (d.isPresent()) {
          return d.get();
        }
      }
    }
    return null;
  }

  private static String first(Map<String, String> f, String... keys) {
    for (String k : keys) {
      String v = f.get(k);
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return "";
  }
}
