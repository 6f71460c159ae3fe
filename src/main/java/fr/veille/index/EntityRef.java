package fr.veille.index;

import fr.veille.nlp.EntityType;

/** A canonical entity of the index and the number of articles mentioning it. */
public record EntityRef(String canonical, EntityType type, int articles) {}
