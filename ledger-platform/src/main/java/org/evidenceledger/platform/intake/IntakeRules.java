package org.evidenceledger.platform.intake;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What intake accepts, stated once: every value the API takes must be readable back by every part
 * of the ledger (the event store's reader, the projection, the export and an auditor's own tools),
 * for good. The web layer applies these rules to every request body; verification applies them to
 * what is stored.
 */
public final class IntakeRules {

    /** Digits before the decimal point: up to a quadrillion, far beyond any measure or cost per case. */
    public static final int MAX_INTEGER_DIGITS = 15;
    /** Digits after the decimal point. */
    public static final int MAX_FRACTION_DIGITS = 10;
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    /** Target dates may lie ahead; not past this. */
    public static final LocalDate LATEST_DATE = LocalDate.of(2199, 12, 31);

    /**
     * The longest number any JSON reader of the ledger accepts, the web layer's and the event store's
     * alike: plain BigDecimals of events recorded before intake bounded numbers reach 10,000 digits
     * (the writer's scale limit), and they must stay readable. Intake itself takes far fewer.
     */
    public static final int MAX_STORED_NUMBER_LENGTH = 10_100;

    public static final String NUMBER_RULE = "must be a number with at most " + MAX_INTEGER_DIGITS
            + " digits before and " + MAX_FRACTION_DIGITS + " after the decimal point";
    public static final String TEXT_RULE = "must be valid Unicode text without control characters";
    public static final String DATE_RULE = "must be a date yyyy-mm-dd from " + EARLIEST_DATE + " to " + LATEST_DATE;

    private IntakeRules() {
    }

    public static boolean isAcceptedNumber(BigDecimal value) {
        BigDecimal normalized = value.stripTrailingZeros();
        int fraction = Math.max(normalized.scale(), 0);
        int integer = normalized.precision() - normalized.scale();
        return fraction <= MAX_FRACTION_DIGITS && integer <= MAX_INTEGER_DIGITS;
    }

    /** No lone UTF-16 surrogate (it has no UTF-8 form) and no control character but tab and line breaks. */
    public static boolean isAcceptedText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            } else if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    public static boolean isAcceptedDate(LocalDate date) {
        return !date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE);
    }

    /** Whether a name or title shows anything: not only whitespace, of any kind, or invisible format characters. */
    public static boolean isVisible(String text) {
        return text.codePoints().anyMatch(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                && Character.getType(c) != Character.FORMAT && Character.getType(c) != Character.CONTROL);
    }

    public static boolean isSingleLine(String text) {
        return text.indexOf('\n') < 0 && text.indexOf('\r') < 0 && text.indexOf('\t') < 0;
    }
}
