package org.evidenceledger.query.web;

import java.time.Clock;
import java.time.LocalDate;
import org.evidenceledger.platform.intake.IntakeRules;
import org.evidenceledger.platform.web.LedgerProblem;
import org.evidenceledger.query.time.ReferenceTime;
import org.springframework.stereotype.Component;

/** Turns the asOf parameter into a reference time, by the server's (injectable) clock. */
@Component
public class ReferenceTimes {

    private final Clock clock;

    public ReferenceTimes(Clock clock) {
        this.clock = clock;
    }

    public ReferenceTime at(LocalDate asOf) {
        LocalDate today = LocalDate.now(clock);
        // As of today means now (API.md): everything recorded so far, read-your-writes included.
        if (asOf == null || asOf.equals(today)) {
            return ReferenceTime.now(today);
        }
        if (asOf.isBefore(IntakeRules.EARLIEST_DATE)) {
            throw LedgerProblem.badParameter("asOf", "must not be before " + IntakeRules.EARLIEST_DATE);
        }
        if (asOf.isAfter(today)) {
            throw LedgerProblem.badParameter("asOf", "must not be in the future");
        }
        return ReferenceTime.asOf(asOf);
    }
}
