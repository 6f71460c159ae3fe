package fr.veille.ingest;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain-text articles: the first line is the title; then optional header lines — a date
 * (« Publié le 3 février 2010 »), « Source : X », « Auteur : X » or « Par X », « URL : … » or a bare
 * URL — then the body. Paragraphs are separated by blank lines; when the body has none, each line is
 * a paragraph. The source is the parent folder unless a « Source : » line names it.
 */
final class TxtReader implements FormatReader {
  private static final Pattern SOURCE = Pattern.compile("(?iu)^(?:source|site|m[ée]dia|journal)\\s*:\\s*(.+)$");
  private static final Pattern AUTHOR = Pattern.compile("(?iu)^(?:auteur|autrice|author|sign[ée])\\s*:\\s*(.{2,80})$");
  /** « Par Jean-Pierre Dupont » : a byline only when what follows looks like a name. */
  private static final Pattern BYLINE =
      Pattern.compile("(?u)^(?:[Pp]ar|[Bb]y)\\s+(\\p{Lu}[\\p{L}'’-]*\\.?(?:\\s+(?:de |du |d’|d')?\\p{Lu}[\\p{L}'’-]*\\.?){0,4})$");
  private static final Pattern URL = Pattern.compile("(?iu)^(?:url|lien|link|adresse)?\\s*:?\\s*(https?://\\S+)$");
  private static final Pattern TAGS = Pattern.compile("(?iu)^(?:tags|mots[- ]cl[ée]s|keywords)\\s*:\\s*(.+)$");
  private static final int MAX_HEADER_LINES = 8;

  @Override
  public List<Article> read(RawFile file, List<String> problems) throws IngestException {
    String text = Readers.decodeText(file, false);
    String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    int i = 0;
    while (i < lines.length && Readers.isBlank(lines[i])) {
      i++;
    }
    if (i == lines.length) {
      throw new IngestException(file.path(), "no text (only whitespace)");
    }
    String title = Texts.cleanLine(lines[i++]);
    ZonedDateTime date = null;
    String source = null;
    String author = null;
    String url = null;
    List<String> tags = List.of();
    int headerLines = 0;
    for (; i < lines.length && headerLines < MAX_HEADER_LINES; i++) {
      String line = Texts.cleanLine(lines[i]);
      if (line.isEmpty()) {
        continue;
      }
      Matcher m;
      if (date == null && line.length() <= 120) {
        Optional<ZonedDateTime> d = DateParser.parse(line);
        if (d.isPresent()) {
          date = d.get();
          headerLines++;
          continue;
        }
      }
      if (source == null && (m = SOURCE.matcher(line)).matches()) {
        source = m.group(1).strip();
      } else if (author == null && ((m = AUTHOR.matcher(line)).matches() || (m = BYLINE.matcher(line)).matches())) {
        author = m.group(1).strip();
      } else if (url == null && (m = URL.matcher(line)).matches()) {
        url = m.group(1);
      } else if (tags.isEmpty() && (m = TAGS.matcher(line)).matches()) {
        tags = Readers.splitList(m.group(1));
      } else {
        break;
      }
      headerLines++;
    }
    List<String> body = new ArrayList<>();
    boolean hasBlank = false;
    boolean seenText = false;
    boolean blankAfterText = false;
    for (int j = i; j < lines.length; j++) {
      if (lines[j].isBlank()) {
        blankAfterText = seenText;
      } else {
        if (blankAfterText) {
          hasBlank = true; // a blank line between two lines of text: blank lines mark paragraphs
        }
        seenText = true;
      }
    }
    StringBuilder para = new StringBuilder();
    for (int j = i; j < lines.length; j++) {
      String line = lines[j];
      if (line.isBlank() || !hasBlank) {
        if (!line.isBlank()) {
          para.append(line);
        }
        if (para.length() > 0) {
          body.add(para.toString());
          para.setLength(0);
        }
      } else {
        if (para.length() > 0) {
          para.append('\n'); // a space once cleaned; kept a line break so that a last-line sign-off is seen
        }
        para.append(line);
      }
    }
    if (para.length() > 0) {
      body.add(para.toString());
    }
    String cleanBody = Texts.cleanParagraphs(body);
    return List.of(
        new Article(
            file.singleId(),
            source == null ? file.folderSource() : source,
            url,
            title,
            author,
            date,
            null,
            cleanBody,
            file.relativePath(),
            tags));
  }
}
