package fr.veille.index;

import fr.veille.nlp.EntityType;

/** An entity's coverage over a range of days: articles, mentions and mean tone toward it. */
public record EntityStats(String entity, EntityType type, int articles, int mentions, double tone) {}
