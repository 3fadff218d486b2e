package org.evidenceledger.query.summary;

public record StageCount(Stage stage, long partnerships, long withoutOutcomeData) {
}
