package org.evidenceledger.command.web;

/** The slug rule of API.md for partnership and entry ids, for request validation. */
public final class Slugs {

    public static final String PATTERN = "[a-z0-9][a-z0-9-]{2,79}";
    public static final String MESSAGE = "must be a slug of 3 to 80 characters: a-z, 0-9 and '-', not starting with '-'";

    private Slugs() {
    }
}
