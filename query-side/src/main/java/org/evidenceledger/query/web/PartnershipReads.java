package org.evidenceledger.query.web;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.evidenceledger.platform.web.LedgerProblem;
import org.evidenceledger.query.time.ReferenceTime;
import org.springframework.stereotype.Component;

/**
 * What every read of one partnership does: the reference time of asOf, the query through the
 * gateway, read-your-writes on the version the answer reached, and 404 when there is none.
 */
@Component
public class PartnershipReads {

    private final QueryGateway queryGateway;
    private final ReferenceTimes referenceTimes;
    private final ReadYourWrites readYourWrites;

    public PartnershipReads(QueryGateway queryGateway, ReferenceTimes referenceTimes, ReadYourWrites readYourWrites) {
        this.queryGateway = queryGateway;
        this.referenceTimes = referenceTimes;
        this.readYourWrites = readYourWrites;
    }

    public <T> T read(String partnershipId, LocalDate asOf, Long minVersion, Function<ReferenceTime, ?> query,
                      Class<T> answer, ToLongFunction<T> version) {
        ReferenceTime at = referenceTimes.at(asOf);
        Optional<T> found = readYourWrites.await(partnershipId, at, minVersion, () -> queryGateway.query(
                query.apply(at), ResponseTypes.optionalInstanceOf(answer)).join(), version);
        return found.orElseThrow(() -> LedgerProblem.notFound(notFound(partnershipId, asOf)));
    }

    public static String notFound(String partnershipId, LocalDate asOf) {
        return "No partnership '" + partnershipId + "'" + (asOf == null ? "." : " as of " + asOf + ".");
    }
}
