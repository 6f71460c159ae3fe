package fr.veille.index;

import fr.veille.nlp.EntityType;

/**
 * An entity named together with another one.
 *
 * @param articles articles naming both
 * @param sentences sentences naming both
 */
public record Cooccurrence(String entity, EntityType type, int articles, int sentences) {}
