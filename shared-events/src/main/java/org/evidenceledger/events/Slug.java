package org.evidenceledger.events;

import java.util.regex.Pattern;

/** The slug rule API.md sets for partnership and entry ids alike. */
public final class Slug {

    public static final String PATTERN = "[a-z0-9][a-z0-9-]{2,79}";
    public static final String RULE = "a slug of 3 to 80 characters: a-z, 0-9 and '-', not starting with '-'";

    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    private Slug() {
    }

    public static boolean matches(String value) {
        return value != null && COMPILED.matcher(value).matches();
    }
}
