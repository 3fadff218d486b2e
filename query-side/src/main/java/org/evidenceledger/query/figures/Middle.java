package org.evidenceledger.query.figures;

import java.time.LocalDate;

/**
 * Where one middle position of a scope's partnerships without outcome data (in order of announcement)
 * falls: on the day {@code announcedOn}, after the {@code before} such partnerships announced earlier.
 */
public record Middle(LocalDate announcedOn, long before) {
}
