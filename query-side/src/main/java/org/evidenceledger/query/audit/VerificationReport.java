package org.evidenceledger.query.audit;

import java.util.List;

public record VerificationReport(long streams, long events, boolean intact, List<Violation> violations) {
}
