package org.evidenceledger.query.organizations;

import java.time.LocalDate;

public record PartyRow(String nameKey, String name, String partnershipId, LocalDate announcedOn, boolean hasOutcomeData) {
}
