/**
 * Ingestion: files collected by a media-monitoring user, turned into clean {@link fr.veille.ingest.Article}s.
 *
 * <p>Entry point: {@link fr.veille.ingest.Ingestor} walks a folder (sorted order, symbolic links
 * followed but never round a loop, hidden files and {@code *_files} asset folders ignored) and hands
 * each article to an {@link fr.veille.ingest.IngestListener}; every file that gives no article is
 * reported with one reason, and an {@link fr.veille.ingest.IngestSummary} closes the run.
 *
 * <p>Formats, by extension: {@code .txt}/{@code .text} (title line, optional date / « Source : » /
 * author / URL lines, body), {@code .md}/{@code .markdown} (YAML front matter), {@code .html},
 * {@code .htm}, {@code .xhtml}, {@code .shtml} (main-text extraction and page metadata),
 * {@code .json}, {@code .jsonl}, {@code .ndjson} (one article per object), {@code .xml},
 * {@code .rss}, {@code .atom}, {@code .rdf} (RSS 2.0, RSS 1.0, Atom, WordPress WXR).
 *
 * <p>Article ids are stable across runs: a single-article file's id hashes its relative path; an
 * item of a feed or export hashes its own id, guid or URL (so the same item in two exports has one
 * id), else the relative path and its position. Dates without zone are taken in Europe/Paris
 * ({@link fr.veille.ingest.DateParser}). Languages are ISO 639-3 codes from OpenNLP's language
 * detector. Exact and near-duplicate articles are grouped by {@link fr.veille.ingest.StoryClusterer}.
 * Main-text extraction is measured by {@link fr.veille.ingest.ExtractionEvaluation}
 * ({@code veille eval extraction}).
 */
package fr.veille.ingest;
