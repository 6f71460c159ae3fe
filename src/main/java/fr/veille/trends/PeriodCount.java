package fr.veille.trends;

import java.time.LocalDate;

/** A number of articles published in the period starting on {@code start}. */
public record PeriodCount(LocalDate start, int articles) {}
