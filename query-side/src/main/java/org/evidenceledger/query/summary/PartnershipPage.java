package org.evidenceledger.query.summary;

import java.util.List;

public record PartnershipPage(List<Summary> items, int page, int size, long total) {
}
