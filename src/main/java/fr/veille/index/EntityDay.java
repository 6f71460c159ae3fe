package fr.veille.index;

import java.time.LocalDate;

/**
 * Raw coverage of one entity on one publication day, summed over the articles of the day.
 *
 * @param articles articles mentioning the entity
 * @param stories distinct stories among them (an AFP dispatch and its echoes count once); 0 when the
 *     query did not count stories
 * @param mentions mentions of the entity
 * @param toneSum sum of the per-article tone toward the entity (divide by articles for the mean)
 * @param storyToneSum sum of the tone over one article per story; 0 when stories were not counted
 * @param positive mentions in sentences speaking well of the entity
 * @param negative mentions in sentences speaking badly of it
 * @param neutral the other mentions
 */
public record EntityDay(
    LocalDate day, int articles, int stories, int mentions, double toneSum, double storyToneSum, int positive, int negative, int neutral) {}
