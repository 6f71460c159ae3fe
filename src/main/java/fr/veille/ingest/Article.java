package fr.veille.ingest;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One article or blog post, as read from a file: metadata and clean text.
 *
 * <p>Immutable. {@code published} is {@code null} for an undated article: such an article is indexed
 * and searchable but left out of time series. {@code language} is an ISO 639-3 code as given by the
 * language detector ({@code fra}, {@code eng}, …) or {@code und} when unknown.
 *
 * <p>The source is the one the file gives, else the name of the folder holding the file. A source
 * written by the user — front matter {@code source:}, a « Source : » line, a JSON field — is kept as
 * written, spaces aside. A source taken from page or feed metadata ({@code og:site_name}, JSON-LD
 * publisher, RSS/Atom channel titles, WordPress site titles) is normalised so that one outlet has one
 * name: a section after a separator with spaces round it goes (« Libération - Politiques »,
 * « Le Figaro : Politique », « Rue89 | Politique »; « Ouest-France » is one name), then a web suffix
 * (.fr, .com, .net, .org, .info, .eu) when what remains reads as a name (« Le Monde.fr » is « Le Monde »;
 * « LeMonde.fr » and « lemonde.fr » stay as they are).
 *
 * @param id stable identifier: the same file content read twice gives the same id
 * @param source outlet or blog name (« Le Monde », « Rue89 »…), never null, may be empty
 * @param url canonical URL, may be empty
 * @param title title, may be empty
 * @param author author, may be empty
 * @param published publication instant with its zone, or null when undated
 * @param language ISO 639-3 code
 * @param text clean body text, paragraphs separated by a blank line, without the agency sign-off that
 *     may close it (« ljg/fa/mpm », « (AFP) » on the last line)
 * @param path path of the file it was read from, relative to the folder being indexed, with '/' separators
 * @param tags tags or keywords given by the file, possibly empty
 */
public record Article(
    String id,
    String source,
    String url,
    String title,
    String author,
    ZonedDateTime published,
    String language,
    String text,
    String path,
    List<String> tags) {

  public static final String UNKNOWN_LANGUAGE = "und";
  public static final String FRENCH = "fra";

  public Article {
    Objects.requireNonNull(id, "id");
    source = source == null ? "" : source;
    url = url == null ? "" : url;
    title = title == null ? "" : title;
    author = author == null ? "" : author;
    language = language == null || language.isBlank() ? UNKNOWN_LANGUAGE : language;
    text = text == null ? "" : text;
    path = path == null ? "" : path;
    tags = tags == null ? List.of() : List.copyOf(tags);
  }

  /** The publication date and time, when known. */
  public Optional<ZonedDateTime> publishedAt() {
    return Optional.ofNullable(published);
  }

  /** The publication day in the article's own zone, when known. */
  public Optional<LocalDate> publishedDay() {
    return publishedAt().map(ZonedDateTime::toLocalDate);
  }

  public boolean isFrench() {
    return FRENCH.equals(language);
  }

  /** Title and text, as one string for analysis: the title is a sentence of its own. */
  public String fullText() {
    return title.isEmpty() ? text : title + "\n\n" + text;
  }

  /** A copy with another language code. */
  public Article withLanguage(String newLanguage) {
    return new Article(id, source, url, title, author, published, newLanguage, text, path, tags);
  }
}
