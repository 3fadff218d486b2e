package org.evidenceledger.query.lineage;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/** What a partnership builds on, directly or not, and what builds on it (API.md, lineage). */
public record Lineage(String partnershipId, List<Link> ancestors, List<Link> descendants,
                      long ancestorsWithOutcomeData, @JsonIgnore long version) {
}
