package fr.veille.index;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;

/**
 * The other names of entities (a watchlist's aliases) kept in the index's commit data, so that
 * queries accept them: « le porte-parole de l'UMP » finds « Frédéric Lefebvre ». Each run adds the
 * aliases of its watchlist to those of earlier runs; a name given again takes its new entity.
 */
final class EntityAliases {
  static final String COMMIT_KEY = "veille.aliases";

  private EntityAliases() {}

  /** The aliases of the index's last commit with {@code added} on top, as commit data. */
  static Map<String, String> merge(Directory directory, Map<String, String> added) throws IOException {
    Map<String, String> aliases = new LinkedHashMap<>();
    if (DirectoryReader.indexExists(directory)) {
      aliases.putAll(parse(SegmentInfos.readLatestCommit(directory).getUserData().get(COMMIT_KEY)));
    }
    aliases.putAll(added);
    return Map.of(COMMIT_KEY, format(aliases));
  }

  /** Alias key ({@link EntityKeys#key}) -> canonical name, from a commit's data. */
  static Map<String, String> byKey(Map<String, String> commitData) {
    Map<String, String> out = new LinkedHashMap<>();
    parse(commitData.get(COMMIT_KEY)).forEach((alias, canonical) -> out.putIfAbsent(EntityKeys.key(alias), canonical));
    return out;
  }

  /** One alias a line: {@code alias TAB canonical}; names never hold tabs or line breaks. */
  static String format(Map<String, String> aliases) {
    StringBuilder sb = new StringBuilder();
    aliases.forEach((alias, canonical) -> {
      if (clean(alias) && clean(canonical)) {
        sb.append(alias).append('\t').append(canonical).append('\n');
      }
    });
    return sb.toString();
  }

  static Map<String, String> parse(String data) {
    Map<String, String> out = new LinkedHashMap<>();
    if (data == null) {
      return out;
    }
    for (String line : data.split("\n")) {
      int tab = line.indexOf('\t');
      if (tab > 0 && tab < line.length() - 1) {
        out.put(line.substring(0, tab), line.substring(tab + 1));
      }
    }
    return out;
  }

  private static boolean clean(String name) {
    return !name.isBlank() && name.indexOf('\t') < 0 && name.indexOf('\n') < 0;
  }
}
