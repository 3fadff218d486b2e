package org.evidenceledger.query.timeline;

import java.util.List;

public record Timeline(String partnershipId, List<TimelineEntry> entries) {
}
