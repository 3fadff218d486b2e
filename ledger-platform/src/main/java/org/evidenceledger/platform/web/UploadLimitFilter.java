package org.evidenceledger.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds the requests with a body that one peer may have in flight. A request holds a server thread
 * while its body is read, so a peer that opens many uploads and stalls them would otherwise take
 * every thread and stop health and queries for everyone; past the bound it is answered 429 at once.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class UploadLimitFilter extends OncePerRequestFilter {

    private final ConcurrentHashMap<String, Integer> inFlight = new ConcurrentHashMap<>();
    private final int maxPerPeer;
    private final ProblemResponses problems;

    public UploadLimitFilter(@Value("${ledger.web.max-uploads-per-peer:64}") int maxPerPeer, ProblemResponses problems) {
        this.maxPerPeer = maxPerPeer;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!hasBody(request)) {
            chain.doFilter(request, response);
            return;
        }
        String peer = request.getRemoteAddr();
        try {
            if (inFlight.merge(peer, 1, Integer::sum) > maxPerPeer) {
                response.setHeader("Retry-After", "1");
                response.setHeader("Connection", "close");
                problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "Too many uploads at once",
                        "This client has " + maxPerPeer + " requests with a body in progress; send this one later.");
                return;
            }
            chain.doFilter(request, response);
        } finally {
            inFlight.computeIfPresent(peer, (key, count) -> count == 1 ? null : count - 1);
        }
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }
}
