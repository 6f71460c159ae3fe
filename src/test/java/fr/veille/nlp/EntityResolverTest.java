package fr.veille.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Specification of entity resolution. Each table row is an article (model entities marked inline
 * as « [PER …] ») and the expected mentions rendered as « text=canonical/TYPE » with « * » for
 * watched actors. Every row runs with two tokenizers: one splitting elisions and punctuation, one
 * cutting on white space only.
 */
class EntityResolverTest {

  static final Watchlist DEMO = demoWatchlist();
  static final EntityResolver WATCHING = new EntityResolver(DEMO);
  static final EntityResolver PLAIN = new EntityResolver();

  static Watchlist demoWatchlist() {
    try (InputStream in = EntityResolverTest.class.getResourceAsStream("demo-watchlist")) {
      return Watchlist.parse(new InputStreamReader(in, StandardCharsets.UTF_8), "demo-watchlist");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<Arguments> withTokenizers(List<String[]> rows) {
    List<Arguments> out = new ArrayList<>();
    for (String[] row : rows) {
      out.add(Arguments.of("fine", TestTokenizers.FINE, row[0], row[1]));
      out.add(Arguments.of("coarse", TestTokenizers.COARSE, row[0], row[1]));
    }
    return out.stream();
  }

  static Stream<Arguments> watchlistCases() {
    return withTokenizers(List.of(
        // aliases on token boundaries; elisions left out of the mention
        new String[] {"Les militants de l'UMP et du PS s'affrontent sur le Net.",
            "UMP=UMP/ORG* ; PS=PS/ORG*"},
        new String[] {"Les cadres de l’UMP ont reçu le courriel.", "UMP=UMP/ORG*"},
        new String[] {"La riposte d'Assouline ne s'est pas fait attendre.", "Assouline=David Assouline/PER*"},
        new String[] {"La riposte d’Assouline ne s’est pas fait attendre.", "Assouline=David Assouline/PER*"},
        // capitals: an alias written in capitals only matches in capitals, never inside a word
        new String[] {"Les ps et les ups de la campagne.", ""},
        new String[] {"Le PSG a battu l'OM, et le PS s'en félicite.", "PS=PS/ORG*"},
        new String[] {"Une militante anti-UMP manifeste.", "UMP=UMP/ORG*"},
        new String[] {"Le site lacoopol.fr a ouvert, mais la Coopolitique n'existe pas.",
            "lacoopol.fr=La Coopol/MISC*"},
        // names inside web and mail addresses are not mentions; a bare domain alias is
        new String[] {"Lire http://www.lemonde.fr/politique/benjamin-lancar-plaide-la-blague ou écrire à jeunes.pop@u-m-p.org.",
            ""},
        new String[] {"Rendez-vous sur www.lacoopol.fr et sur lacoopol.fr.", "lacoopol.fr=La Coopol/MISC*"},
        // other names ignore case and accents
        new String[] {"Inscrivez-vous sur la coopol dès aujourd'hui.", "la coopol=La Coopol/MISC*"},
        new String[] {"Après le séisme en Haiti, l'aide s'organise. HAÏTI : le bilan s'alourdit.",
            "Haiti=Haïti/LOC* ; HAÏTI=Haïti/LOC*"},
        new String[] {"BENJAMIN LANCAR S'EXPLIQUE", "BENJAMIN LANCAR=Benjamin Lancar/PER*"},
        // acronyms and expansions are one actor
        new String[] {"Le Parti socialiste a lancé la Coopol, réponse du PS aux Créateurs de possibles.",
            "Le Parti socialiste=PS/ORG* ; Coopol=La Coopol/MISC* ; PS=PS/ORG* ; Créateurs de possibles=Créateurs de possibles/MISC*"},
        new String[] {"L'Union pour un mouvement populaire (UMP) revendique 7 000 membres actifs.",
            "Union pour un mouvement populaire=UMP/ORG* ; UMP=UMP/ORG*"},
        // longest match wins
        new String[] {"Pour la première secrétaire du Parti socialiste, c'est une victoire.",
            "la première secrétaire du Parti socialiste=Martine Aubry/PER*"},
        // an alias written with « le » / « les » is found after « du », « au », « des », « aux »
        new String[] {"Le courriel du président des Jeunes Populaires a fuité.",
            "président des Jeunes Populaires=Benjamin Lancar/PER*"},
        new String[] {"Une avalanche de moqueries a valu au responsable des Jeunes Pop des excuses publiques.",
            "responsable des Jeunes Pop=Benjamin Lancar/PER*"},
        new String[] {"Le courrier du responsable départemental a fuité.", ""},
        // the alias list resolves descriptions and titles to the full name
        new String[] {"Benjamin Lancar a menacé les responsables départementaux. M. Lancar parle d'une « blague ». "
            + "Le responsable des Jeunes Pop a présenté ses excuses.",
            "Benjamin Lancar=Benjamin Lancar/PER* ; M. Lancar=Benjamin Lancar/PER* ; "
                + "Le responsable des Jeunes Pop=Benjamin Lancar/PER*"},
        new String[] {"Mme Aubry salue la mobilisation en ligne.", "Mme Aubry=Martine Aubry/PER*"},
        new String[] {"Pour le secrétaire général de l’UMP, l’affaire est close.",
            "le secrétaire général de l’UMP=Xavier Bertrand/PER*"},
        // a watchlist name never spans two sentences
        new String[] {"Il a parlé aux Jeunes. Pop et rock ont suivi.", ""},
        // model and watchlist overlap: one mention, the watchlist's span, name and type
        new String[] {"Le réseau [ORG Créateurs de possibles] compte 7 000 membres actifs.",
            "Créateurs de possibles=Créateurs de possibles/MISC*"},
        new String[] {"[PER Benjamin Lancar, président] des Jeunes Populaires, s'excuse.",
            "Benjamin Lancar=Benjamin Lancar/PER* ; Jeunes Populaires=Jeunes Populaires/ORG*"},
        new String[] {"Le message de [PER Lancar] circule sur [ORG Facebook] et [MISC Twitter].",
            "Lancar=Benjamin Lancar/PER* ; Facebook=Facebook/ORG* ; Twitter=Twitter/ORG*"},
        // a model name the watchlist knows only by other capitals still merges
        new String[] {"Les jeunes de l'[ORG Ump] réagissent.", "Ump=UMP/ORG*"},
        // a different person with a watched surname is not the watched actor
        new String[] {"[PER Olivier Bertrand] signe l'enquête. Bertrand rappelle les faits.",
            "Olivier Bertrand=Olivier Bertrand/PER ; Bertrand=Olivier Bertrand/PER"},
        new String[] {"[PER Olivier Bertrand] a interrogé Xavier Bertrand. Bertrand a répondu sans détour.",
            "Olivier Bertrand=Olivier Bertrand/PER ; Xavier Bertrand=Xavier Bertrand/PER* ; Bertrand=Xavier Bertrand/PER*"},
        new String[] {"Xavier Bertrand défend le réseau. Bertrand parle de 100 000 visiteurs uniques.",
            "Xavier Bertrand=Xavier Bertrand/PER* ; Bertrand=Xavier Bertrand/PER*"},
        // model entities outside the watchlist are normalised alongside watched ones
        new String[] {"Le sénateur [PER David Assouline] ironise, et [PER Stéphane Guillon] en rit sur [ORG France Inter].",
            "David Assouline=David Assouline/PER* ; Stéphane Guillon=Stéphane Guillon/PER* ; France Inter=France Inter/ORG*"},
        new String[] {"Selon [PER Mme Royal], le PS doit s'unir.", "Mme Royal=Royal/PER ; PS=PS/ORG*"}));
  }

  @ParameterizedTest(name = "[{0}] {2}")
  @MethodSource("watchlistCases")
  void resolvesWithTheDemoWatchlist(String tokenizerName, Tokenizer tokenizer, String article, String expected) {
    assertEquals(expected, Annotated.render(Annotated.parse(article).resolve(WATCHING, tokenizer)));
  }

  static Stream<Arguments> modelOnlyCases() {
    return withTokenizers(List.of(
        // media, parties and sites of veille's domain gazetteer take their listed name and type,
        // also after an article or a contraction that the press leaves outside the name
        new String[] {"Selon les informations du [LOC Monde], l'affaire grossit.", "Monde=Le Monde/ORG"},
        new String[] {"Interrogé par le [ORG Figaro], il dément.", "Figaro=Le Figaro/ORG"},
        new String[] {"D'après L'[ORG Express], la direction savait.", "Express=L'Express/ORG"},
        new String[] {"[ORG Le Monde] et [ORG Libération] en parlent.", "Le Monde=Le Monde/ORG ; Libération=Libération/ORG"},
        new String[] {"Un [LOC Monde] nouveau s'ouvre.", "Monde=Monde/LOC"},
        // ordinary words that only the sentence's capital made a name are not entities
        new String[] {"[ORG La communication] de crise a tourné au fiasco.", ""},
        new String[] {"[ORG Le gouvernement] a tranché. [ORG Les Verts] dénoncent la réforme.", "Les Verts=Les Verts/ORG"},
        new String[] {"[LOC Paris] accueille le salon. [ORG Caisse des dépôts] investit.",
            "Paris=Paris/LOC ; Caisse des dépôts=Caisse des dépôts/ORG"},
        // a portfolio after « ministre de » is its ministry
        new String[] {"Le ministre du [ORG Travail] a reçu les syndicats.", "Travail=ministère du Travail/ORG"},
        new String[] {"La ministre de l'[ORG Intérieur] et le ministère de l'[ORG Intérieur] démentent.",
            "Intérieur=ministère de l'Intérieur/ORG ; Intérieur=ministère de l'Intérieur/ORG"},
        new String[] {"Le ministre des [ORG Affaires étrangères] se rend à [LOC Kaboul].",
            "Affaires étrangères=ministère des Affaires étrangères/ORG ; Kaboul=Kaboul/LOC"},
        new String[] {"Le Premier ministre du [LOC Canada] est attendu.", "Canada=Canada/LOC"},
        new String[] {"Le [ORG Travail] paie, dit le slogan.", "Travail=Travail/ORG"},
        // elisions, guillemets and punctuation trimmed
        new String[] {"Les jeunes de [ORG l'UMP] réagissent.", "UMP=UMP/ORG"},
        new String[] {"Le réseau [MISC « Créateurs de possibles »] séduit.", "Créateurs de possibles=Créateurs de possibles/MISC"},
        new String[] {"Le maire de [LOC Port-au-Prince,] lance un appel.", "Port-au-Prince=Port-au-Prince/LOC"},
        // spaces collapsed, canonical casing
        new String[] {"Tribune de [PER Benjamin\n  Lancar] sur le web.", "Benjamin\n  Lancar=Benjamin Lancar/PER"},
        new String[] {"[PER DAVID ASSOULINE] RAILLE LA DROITE", "DAVID ASSOULINE=David Assouline/PER"},
        new String[] {"[PER BENJAMIN LANCAR] S'EXCUSE. [PER Benjamin Lancar] regrette un « excès de zèle ».",
            "BENJAMIN LANCAR=Benjamin Lancar/PER ; Benjamin Lancar=Benjamin Lancar/PER"},
        new String[] {"Après le séisme en [LOC Haiti], les dons affluent vers [LOC Haïti].",
            "Haiti=Haïti/LOC ; Haïti=Haïti/LOC"},
        // surnames and titles after the full name
        new String[] {"[PER Benjamin Lancar] a envoyé le courriel. [PER Lancar] assume. Pour [PER M. Lancar], c'était une blague.",
            "Benjamin Lancar=Benjamin Lancar/PER ; Lancar=Benjamin Lancar/PER ; M. Lancar=Benjamin Lancar/PER"},
        new String[] {"[PER David Assouline] se moque. Pour Assouline, la droite copie la gauche.",
            "David Assouline=David Assouline/PER ; Assouline=David Assouline/PER"},
        new String[] {"[PER Lancar] s'excuse. [PER Benjamin Lancar] reconnaît une maladresse.",
            "Lancar=Benjamin Lancar/PER ; Benjamin Lancar=Benjamin Lancar/PER"},
        new String[] {"[PER Le ministre Éric Besson] répond. [PER M. Besson] annonce un débat.",
            "Le ministre Éric Besson=Éric Besson/PER ; M. Besson=Éric Besson/PER"},
        new String[] {"[PER le sénateur David Assouline] ironise.", "le sénateur David Assouline=David Assouline/PER"},
        new String[] {"[PER Le président Nicolas Sarkozy] se tait ; [PER M. Sarkozy] laisse dire.",
            "Le président Nicolas Sarkozy=Nicolas Sarkozy/PER ; M. Sarkozy=Nicolas Sarkozy/PER"},
        new String[] {"[PER La secrétaire d’État Rama Yade] twitte. [PER Mlle Yade] assume.",
            "La secrétaire d’État Rama Yade=Rama Yade/PER ; Mlle Yade=Rama Yade/PER"},
        new String[] {"[PER l'ancien porte-parole Frédéric Lefebvre] répond.",
            "ancien porte-parole Frédéric Lefebvre=Frédéric Lefebvre/PER"},
        new String[] {"[PER le président de la République] se tait.",
            "le président de la République=le président de la République/PER"},
        // a lone surname stays itself; an ambiguous one too
        new String[] {"[PER Aubry] temporise.", "Aubry=Aubry/PER"},
        new String[] {"[PER Bertrand] répond. [PER Xavier Bertrand] et [PER Olivier Bertrand] débattent.",
            "Bertrand=Bertrand/PER ; Xavier Bertrand=Xavier Bertrand/PER ; Olivier Bertrand=Olivier Bertrand/PER"},
        // acronym definitions, both ways, even for names outside the watchlist
        new String[] {"La [ORG Confédération générale du travail] (CGT) appelle à manifester. La CGT réclame un débat.",
            "Confédération générale du travail=CGT/ORG ; CGT=CGT/ORG ; CGT=CGT/ORG"},
        new String[] {"Le [ORG Mouvement démocrate] (MoDem) hésite. Le MoDem de [PER François Bayrou] tranchera.",
            "Mouvement démocrate=MoDem/ORG ; MoDem=MoDem/ORG ; MoDem=MoDem/ORG ; François Bayrou=François Bayrou/PER"},
        new String[] {"Le NPA (Nouveau Parti anticapitaliste) critique le Nouveau Parti anticapitaliste d'hier.",
            "NPA=NPA/ORG ; Nouveau Parti anticapitaliste=NPA/ORG ; Nouveau Parti anticapitaliste=NPA/ORG"},
        new String[] {"La [ORG Confédération française démocratique du travail (CFDT)] signe.",
            "Confédération française démocratique du travail=CFDT/ORG ; CFDT=CFDT/ORG"},
        new String[] {"Les Jeunes (JP) et la Fête (XYZ) ne sont pas des sigles définis.", ""},
        // conflicting model types: the majority wins
        new String[] {"[ORG Militweet] recrute. [MISC Militweet] compte 20 000 inscrits. [MISC La Militweet] innove, [MISC militweet] aussi.",
            "Militweet=Militweet/MISC ; Militweet=Militweet/MISC ; La Militweet=La Militweet/MISC ; militweet=Militweet/MISC"},
        // ... unless veille's domain gazetteer lists the name: its type and full title win
        new String[] {"[ORG Coopol] recrute. [MISC Coopol] compte 20 000 inscrits. [MISC La Coopol] innove, [MISC coopol] aussi.",
            "Coopol=La Coopol/MISC ; Coopol=La Coopol/MISC ; La Coopol=La Coopol/MISC ; coopol=La Coopol/MISC"},
        new String[] {"[LOC Lancar] répond. [PER Benjamin Lancar] s'excuse. [PER Lancar] insiste.",
            "Lancar=Benjamin Lancar/PER ; Benjamin Lancar=Benjamin Lancar/PER ; Lancar=Benjamin Lancar/PER"},
        // a first name alone is the only person of the article who has it
        new String[] {"[PER Benjamin Lancar] a écrit : « Inscris-toi, sinon [PER Benjamin] va se fâcher ».",
            "Benjamin Lancar=Benjamin Lancar/PER ; Benjamin=Benjamin Lancar/PER"},
        new String[] {"Pour [LOC Martine], rien n'est joué, dit [PER Martine Aubry].",
            "Martine=Martine Aubry/PER ; Martine Aubry=Martine Aubry/PER"},
        new String[] {"[PER Xavier Bertrand] et [PER Xavier Darcos] débattent. [PER Xavier] sourit.",
            "Xavier Bertrand=Xavier Bertrand/PER ; Xavier Darcos=Xavier Darcos/PER ; Xavier=Xavier/PER"},
        // people introduced by their age
        new String[] {"Parmi les volontaires, [LOC Mathieu], 34 ans, cadre dans une banque.", "Mathieu=Mathieu/PER"},
        new String[] {"[LOC Mathieu], 34 ans, appelle. « On y croit », promet [LOC Mathieu].",
            "Mathieu=Mathieu/PER ; Mathieu=Mathieu/PER"},
        new String[] {"À [LOC Rennes], 200 militants sont venus.", "Rennes=Rennes/LOC"},
        // closed-class words and lone letters are never names
        new String[] {"[MISC Ici], on veut que les gens agissent.", ""},
        new String[] {"[MISC Selon] le [ORG PS], tout va bien.", "PS=PS/ORG"},
        new String[] {"[MISC J]’entends les critiques.", ""},
        // the dateline of regional papers is a place
        new String[] {"[PER Midi-Pyrénées]. La campagne se joue aussi sur la Toile.", "Midi-Pyrénées=Midi-Pyrénées/LOC"},
        new String[] {"[PER Benjamin Lancar]. Le président des Jeunes Pop répond.", "Benjamin Lancar=Benjamin Lancar/PER"},
        new String[] {"[LOC Paris] accueille le conseil national de [ORG l'UMP].", "Paris=Paris/LOC ; UMP=UMP/ORG"},
        new String[] {"[LOC paris] et [LOC lyon] votent dimanche.", "paris=Paris/LOC ; lyon=Lyon/LOC"}));
  }

  @ParameterizedTest(name = "[{0}] {2}")
  @MethodSource("modelOnlyCases")
  void normalisesModelEntitiesWithoutWatchlist(String tokenizerName, Tokenizer tokenizer, String article, String expected) {
    assertEquals(expected, Annotated.render(Annotated.parse(article).resolve(PLAIN, tokenizer)));
  }

  @Test
  void aWatchedPersonIsFoundByTheSurnameOfItsCanonicalName() throws IOException {
    Watchlist watchlist = Watchlist.parse(new StringReader("[Ségolène Royal]\ntype: PER\n"), "test");
    Annotated article = Annotated.parse("Selon [PER Mme Royal], le PS doit s'unir derrière [PER Ségolène Royal].");
    assertEquals("Mme Royal=Ségolène Royal/PER* ; Ségolène Royal=Ségolène Royal/PER*",
        Annotated.render(article.resolve(new EntityResolver(watchlist), TestTokenizers.FINE)));
  }

  static final EntityResolver MEDIA = resolver("[Le Monde]\ntype: ORG\n\n[Le Point]\ntype: ORG\n\n"
      + "[Jeunes Populaires]\ntype: ORG\n\n[La Coopol]\ntype: MISC\n\n[Paris]\ntype: LOC\n");

  static EntityResolver resolver(String watchlist) {
    try {
      return new EntityResolver(Watchlist.parse(new StringReader(watchlist), "test"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<Arguments> capitalCases() {
    return withTokenizers(List.of(
        // a capitalised ordinary word of a watched name keeps its capital
        new String[] {"Tout le monde en parle, et le plus beau pays au monde aussi.", ""},
        new String[] {"Sur ce point, le ministre a tort.", ""},
        new String[] {"Les jeunes populaires de la droite locale votent.", ""},
        new String[] {"Les paris sont ouverts.", ""},
        new String[] {"Selon Le Monde, l'affaire grossit ; selon les informations du Monde, elle dure.",
            "Le Monde=Le Monde/ORG* ; Monde=Le Monde/ORG*"},
        new String[] {"LE MONDE RÉVÈLE LE COURRIEL", "LE MONDE=Le Monde/ORG*"},
        new String[] {"Les Jeunes Populaires et le Point en débattent à Paris.",
            "Jeunes Populaires=Jeunes Populaires/ORG* ; Point=Le Point/ORG* ; Paris=Paris/LOC*"},
        // words the dictionary does not know, and articles, still ignore case
        new String[] {"Inscrivez-vous sur la coopol.", "la coopol=La Coopol/MISC*"}));
  }

  @ParameterizedTest(name = "[{0}] {2}")
  @MethodSource("capitalCases")
  void capitalsOfOrdinaryWordsTellNamesFromWords(String tokenizerName, Tokenizer tokenizer, String article, String expected) {
    assertEquals(expected, Annotated.render(Annotated.parse(article).resolve(MEDIA, tokenizer)));
  }

  @Test
  void aliasesWithADefiniteArticleAlsoMatchItsContractions() {
    assertEquals(List.of("les élus de Bretagne", "des élus de Bretagne", "aux élus de Bretagne"),
        EntityResolver.withContractions("les élus de Bretagne"));
    assertEquals(List.of("Le Monde", "du Monde", "au Monde"), EntityResolver.withContractions("Le Monde"));
    assertEquals(List.of("la première secrétaire du PS"), EntityResolver.withContractions("la première secrétaire du PS"));
    assertEquals(List.of("Lesparre"), EntityResolver.withContractions("Lesparre"));
  }

  @Test
  void countsMentionsPerCanonicalName() {
    Annotated article = Annotated.parse("Benjamin Lancar, président des Jeunes Pop, a écrit aux cadres de l'UMP. "
        + "M. Lancar assume. Pour [PER David Assouline], l'UMP « panique ». Lancar dément.");
    List<Mention> mentions = article.resolve(WATCHING, TestTokenizers.FINE);
    assertEquals(List.of(
            new EntityCount("Benjamin Lancar", EntityType.PER, 3, true),
            new EntityCount("UMP", EntityType.ORG, 2, true),
            new EntityCount("David Assouline", EntityType.PER, 1, true),
            new EntityCount("Jeunes Populaires", EntityType.ORG, 1, true)),
        EntityResolver.count(mentions));
  }

  @Test
  void mentionsPointIntoTheOriginalText() {
    Annotated article = Annotated.parse("« Le responsable des Jeunes Pop » a écrit à d’anciens cadres de l’UMP.");
    for (Mention m : article.resolve(WATCHING, TestTokenizers.COARSE)) {
      assertEquals(article.text().substring(m.start(), m.end()), m.text());
    }
  }

  @Test
  void convertsRecognizerSpansToCharacterOffsets() {
    String text = "Benjamin Lancar écrit. David Assouline répond.";
    List<Token> tokens = TestTokenizers.FINE.tokenize(text);
    List<TextSpan> sentences = TestTokenizers.sentences(text);
    EntityRecognizer recognizer = words -> List.of(new EntityRecognizer.NameSpan(0, 2, EntityType.PER, 0.8));
    List<ModelEntity> entities = ModelEntity.recognize(recognizer, tokens, sentences);
    assertEquals(List.of(new ModelEntity(0, 15, EntityType.PER, 0.8), new ModelEntity(23, 38, EntityType.PER, 0.8)),
        entities);
    assertEquals("Benjamin Lancar=Benjamin Lancar/PER ; David Assouline=David Assouline/PER",
        Annotated.render(PLAIN.resolve(text, tokens, sentences, entities)));
  }

  @Test
  void rejectsOffsetsOutsideTheText() {
    String text = "Lancar s'excuse.";
    List<Token> tokens = TestTokenizers.FINE.tokenize(text);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
        PLAIN.resolve(text, tokens, List.of(), List.of(new ModelEntity(0, 99, EntityType.PER, 1))));
    assertTrue(e.getMessage().contains("0..99"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () ->
        PLAIN.resolve(text, List.of(new Token("x", 10, 40)), List.of(), List.of()));
    assertThrows(IllegalArgumentException.class, () ->
        PLAIN.resolve(text, List.of(new Token("Lancar", 0, 6), new Token("ancar", 1, 6)), List.of(), List.of()));
  }

  @Test
  void overlappingModelEntitiesGiveOneMention() {
    String text = "Le patron des Jeunes Populaires parle.";
    List<ModelEntity> entities = List.of(
        new ModelEntity(14, 31, EntityType.ORG, 0.7), new ModelEntity(21, 31, EntityType.MISC, 0.9));
    assertEquals("Jeunes Populaires=Jeunes Populaires/ORG", Annotated.render(
        PLAIN.resolve(text, TestTokenizers.FINE.tokenize(text), TestTokenizers.sentences(text), entities)));
  }

  @Test
  void emptyInputGivesNoMention() {
    assertEquals(List.of(), WATCHING.resolve("", List.of(), List.of(), List.of()));
    assertEquals(List.of(), EntityResolver.count(List.of()));
  }
}
