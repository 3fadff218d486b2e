package org.evidenceledger.events;

import java.util.Objects;

/** Names one entry of a partnership; unique within it. */
public record EntryId(String value) {

    /** The announcement is the first entry of every partnership and is never retracted. */
    public static final EntryId ANNOUNCEMENT = new EntryId("announcement");

    public EntryId {
        Objects.requireNonNull(value, "entry id");
        if (!Slug.matches(value)) {
            throw new IllegalArgumentException("an entry id is " + Slug.RULE);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
