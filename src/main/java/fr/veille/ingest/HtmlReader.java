package fr.veille.ingest;

import java.util.List;

/**
 * A saved web page: its main text (see {@link HtmlExtractor}) and metadata. The charset is the one
 * the page declares unless its bytes are plainly UTF-8. The source is the site name the page gives
 * ({@code og:site_name}, JSON-LD publisher), normalised as {@link Article} says (« Le Monde.fr » is
 * « Le Monde »), else the parent folder.
 */
final class HtmlReader implements FormatReader {
  @Override
  public List<Article> read(RawFile file, List<String> problems) throws IngestException {
    String html = Readers.decodeText(file, true);
    if (!html.contains("<") || !html.contains(">")) {
      throw new IngestException(file.path(), "not HTML (no tag at all) in a ." + Texts.extension(file.fileName()) + " file");
    }
    HtmlExtractor.Extracted x = HtmlExtractor.extract(html, "");
    if (x.text().isEmpty() && x.title().isEmpty()) {
      throw new IngestException(file.path(), "no text found in the page");
    }
    String title = x.title().isEmpty() ? file.baseName() : x.title();
    String site = SourceNames.fromMetadata(x.siteName());
    return List.of(
        new Article(
            file.singleId(),
            site.isEmpty() ? file.folderSource() : site,
            x.url(),
            title,
            x.author(),
            x.published(),
            null,
            x.text(),
            file.relativePath(),
            x.tags()));
  }
}
