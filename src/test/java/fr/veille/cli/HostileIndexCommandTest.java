package fr.veille.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.veille.Veille;
import fr.veille.index.ArticleIndex;
import fr.veille.index.HostileCorpus;
import fr.veille.index.SearchHit;
import fr.veille.index.SearchRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input suite through the command line, NLP on: a small hostile folder (binary, empty,
 * entity bombs, XXE, invalid dates, symbolic link loops, damaged files) with nine good articles.
 */
class HostileIndexCommandTest {
  @TempDir Path work;

  @Test
  void indexSucceedsListsEveryRejectedFileAndKeepsTheGoodArticles() throws Exception {
    HostileCorpus corpus = HostileCorpus.small(work.resolve("dossier"), 1789L);
    Path indexDir = work.resolve("index");

    CliRunner run = CliRunner.run("index", corpus.root().toString(), "--index", indexDir.toString(), "--quiet");

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("Indexed "), run.out());
    List<String> problems = new ArrayList<>();
    for (HostileCorpus.Hostile h : corpus.hostile()) {
      if (h.expect() == HostileCorpus.Expect.SKIPPED && !run.out().contains(corpus.root().resolve(h.path()) + ": ")) {
        problems.add("not listed with a reason: " + h.path() + " (" + h.kind() + ")");
      }
    }
    try (ArticleIndex index = Veille.openIndex(indexDir)) {
      Map<String, SearchHit> byPath = index.search(SearchRequest.of("*:*").limit(1_000)).hits().stream()
          .collect(Collectors.toMap(SearchHit::path, Function.identity(), (a, b) -> a));
      for (HostileCorpus.Good g : corpus.good()) {
        SearchHit hit = byPath.get(g.path());
        if (hit == null) {
          problems.add("good article lost: " + g.path());
        } else if (!hit.title().equals(g.title()) || !hit.source().equals(g.source())
            || hit.published() == null || !hit.published().withZoneSameInstant(ArticleIndex.ZONE).toLocalDate().equals(g.day())) {
          problems.add("good article altered: " + g.path() + " -> " + hit.title() + " / " + hit.source() + " / " + hit.published());
        }
      }
      assertTrue(index.size() >= corpus.good().size(), "articles in the index: " + index.size());
    }
    assertEquals(List.of(), problems, run.out());
  }
}
