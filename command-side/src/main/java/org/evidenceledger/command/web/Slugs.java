package org.evidenceledger.command.web;

import org.evidenceledger.events.Slug;

/** The slug rule of API.md as constants for request validation annotations. */
public final class Slugs {

    /** Anchored for the OpenAPI document's readers; {@code @Pattern} matches the whole value either way. */
    public static final String PATTERN = "^" + Slug.PATTERN + "$";
    public static final String MESSAGE = "must be " + Slug.RULE;

    private Slugs() {
    }
}
