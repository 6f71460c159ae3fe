package fr.veille.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A test article whose model entities are marked inline: « [PER Benjamin Lancar] a écrit aux
 * responsables de [ORG l'UMP] » is the text without brackets plus two model entities.
 */
record Annotated(String text, List<ModelEntity> entities) {

  private static final Pattern MARK = Pattern.compile("\\[(PER|ORG|LOC|MISC) ([^\\]]+)\\]");

  static Annotated parse(String marked) {
    StringBuilder text = new StringBuilder();
    List<ModelEntity> entities = new ArrayList<>();
    Matcher m = MARK.matcher(marked);
    int last = 0;
    while (m.find()) {
      text.append(marked, last, m.start());
      int start = text.length();
      text.append(m.group(2));
      entities.add(new ModelEntity(start, text.length(), EntityType.valueOf(m.group(1)), 0.9));
      last = m.end();
    }
    text.append(marked.substring(last));
    return new Annotated(text.toString(), List.copyOf(entities));
  }

  List<Mention> resolve(EntityResolver resolver, Tokenizer tokenizer) {
    return resolver.resolve(text, tokenizer.tokenize(text), TestTokenizers.sentences(text), entities);
  }

  /** « Lancar=Benjamin Lancar/PER* ; … », * marking watched entities: compact expectations for tables. */
  static String render(List<Mention> mentions) {
    List<String> parts = new ArrayList<>();
    for (Mention m : mentions) {
      parts.add(m.text() + "=" + m.canonical() + "/" + m.type() + (m.watched() ? "*" : ""));
    }
    return String.join(" ; ", parts);
  }
}
