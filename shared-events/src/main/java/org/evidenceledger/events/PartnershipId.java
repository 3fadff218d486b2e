package org.evidenceledger.events;

import java.util.Objects;
import java.util.regex.Pattern;

/** The slug that names a partnership, such as {@code mayo-microsoft-frontier-model}. */
public record PartnershipId(String value) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{2,79}");

    public PartnershipId {
        Objects.requireNonNull(value, "partnership id");
        if (!SLUG.matcher(value).matches()) {
            throw new IllegalArgumentException("a partnership id is a slug of 3 to 80 characters: a-z, 0-9 and '-', not starting with '-'");
        }
    }

    public static boolean isValid(String value) {
        return value != null && SLUG.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
