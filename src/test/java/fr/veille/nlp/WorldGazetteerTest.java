package fr.veille.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The hand-written world gazetteer that the NER trainer hashes into the model. */
class WorldGazetteerTest {

  @Test
  void everyNameHasOneTypeAndIsNotAlsoADomainName() throws IOException {
    List<DomainNames.Name> world = DomainNames.readResource(DomainNames.WORLD_RESOURCE);
    assertTrue(world.size() > 9_000, "names: " + world.size());
    Map<String, EntityType> types = new HashMap<>();
    for (DomainNames.Name name : world) {
      EntityType before = types.put(name.canonical(), name.type());
      assertTrue(before == null, "listed twice: " + name.canonical());
    }
    Set<String> domain = DomainNames.readResource(DomainNames.RESOURCE).stream()
        .map(DomainNames.Name::canonical).collect(Collectors.toSet());
    List<String> both = world.stream().map(DomainNames.Name::canonical).filter(domain::contains).toList();
    assertEquals(List.of(), both, "the domain gazetteer decides these");
  }

  @Test
  void itCoversEveryKindOfName() throws IOException {
    Map<String, EntityType> world = DomainNames.readResource(DomainNames.WORLD_RESOURCE).stream()
        .collect(Collectors.toMap(DomainNames.Name::canonical, DomainNames.Name::type));
    assertEquals(EntityType.LOC, world.get("Argentine"));
    assertEquals(EntityType.LOC, world.get("mer Noire"));
    assertEquals(EntityType.ORG, world.get("Canadiens de Montréal"));
    assertEquals(EntityType.ORG, world.get("Olympique de Marseille"));
    assertEquals(EntityType.MISC, world.get("Seconde Guerre mondiale"));
    assertEquals(EntityType.MISC, world.get("Tour de France"));
    assertEquals(EntityType.PER, world.get("Plutarque"));
  }
}
