package org.evidenceledger.query.axonserver;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.evidenceledger.platform.axon.EventStoreLocation;
import org.evidenceledger.platform.web.ProblemResponses;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * When the events are Axon Server's, the raw streams, the export, the verification and the ledger's log
 * (digests and proofs) have nothing to read: they read the hash-chained rows of the ledger's own event
 * table, which only our JDBC storage engine writes. Rather than answer an empty ledger as intact, they
 * answer 501. Runs after Spring Security, so credentials and roles are checked first.
 */
@Component
@Conditional(EventStoreLocation.AxonServer.class)
public class AuditTrailOnAxonServer extends OncePerRequestFilter {

    private static final String AUDIT = "/api/audit/";
    private static final Set<String> READING_THE_EVENT_TABLE = Set.of("export", "verification", "digest",
            "consistency", "inclusion");

    private final ProblemResponses problems;

    public AuditTrailOnAxonServer(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith(AUDIT)) {
            return true;
        }
        String rest = path.substring(AUDIT.length());
        boolean rawStream = rest.startsWith("partnerships/") && rest.endsWith("/events");
        return !rawStream && !READING_THE_EVENT_TABLE.contains(rest);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        problems.write(response, HttpStatus.NOT_IMPLEMENTED, "Not available on Axon Server",
                "This deployment keeps its events in Axon Server. The hash chain, the export, the verification and "
                        + "the ledger's digests and proofs read the ledger's own event table, which it does not use.");
    }
}
