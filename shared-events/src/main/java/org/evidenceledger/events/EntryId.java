package org.evidenceledger.events;

import java.util.Objects;
import java.util.regex.Pattern;

/** Names one entry of a partnership; unique within it. */
public record EntryId(String value) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{2,79}");

    /** The announcement is the first entry of every partnership and is never retracted. */
    public static final EntryId ANNOUNCEMENT = new EntryId("announcement");

    public EntryId {
        Objects.requireNonNull(value, "entry id");
        if (!SLUG.matcher(value).matches()) {
            throw new IllegalArgumentException("an entry id is a slug of 3 to 80 characters: a-z, 0-9 and '-', not starting with '-'");
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
