package org.evidenceledger.command.web;

import org.evidenceledger.platform.web.LedgerProblem;

/** Reads {@code If-Match: "<version>"}; {@code *} or no header puts no condition on the command. */
final class IfMatch {

    private IfMatch() {
    }

    static Long expectedVersion(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        String value = header.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        if (!value.matches("\\d{1,18}")) {
            throw LedgerProblem.badParameter("If-Match", "must be a quoted version number, such as \"3\"");
        }
        return Long.parseLong(value);
    }
}
