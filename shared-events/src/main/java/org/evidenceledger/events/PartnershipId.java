package org.evidenceledger.events;

import java.util.Objects;

/** The slug that names a partnership, such as {@code mayo-microsoft-frontier-model}. */
public record PartnershipId(String value) {

    public PartnershipId {
        Objects.requireNonNull(value, "partnership id");
        if (!Slug.matches(value)) {
            throw new IllegalArgumentException("a partnership id is " + Slug.RULE);
        }
    }

    public static boolean isValid(String value) {
        return Slug.matches(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
