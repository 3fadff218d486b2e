package org.evidenceledger.query.summary;

/** Filters, order and page of GET /api/partnerships; null filters do not restrict. */
public record PartnershipFilter(
        Stage stage,
        String party,
        EvidenceGap gap,
        Integer minDaysWithoutOutcomeData,
        SortField sort,
        boolean descending,
        int page,
        int size) {
}
