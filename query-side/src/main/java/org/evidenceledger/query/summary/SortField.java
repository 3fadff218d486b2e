package org.evidenceledger.query.summary;

import java.util.Arrays;
import java.util.Optional;

/** The sort keys of GET /api/partnerships, by their parameter names. */
public enum SortField {
    DAYS_WITHOUT_OUTCOME_DATA("daysWithoutOutcomeData"),
    ANNOUNCED_ON("announcedOn"),
    TITLE("title");

    private final String parameter;

    SortField(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    public static Optional<SortField> fromParameter(String value) {
        return Arrays.stream(values()).filter(field -> field.parameter.equals(value)).findFirst();
    }
}
