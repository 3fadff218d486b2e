package org.evidenceledger.query.stream;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

@Component
public class WatchPartnershipsQueryHandler {

    /** The stream has no initial state of its own; clients read the list first, then follow changes. */
    @QueryHandler
    public String handle(WatchPartnerships query) {
        return "watching";
    }
}
