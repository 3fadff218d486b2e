package org.evidenceledger.command.partnership;

/** A command refused by a rule of the domain; nothing is recorded. The message is safe to show. */
public class RuleViolation extends RuntimeException {

    private final ErrorCode code;

    public RuleViolation(ErrorCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
