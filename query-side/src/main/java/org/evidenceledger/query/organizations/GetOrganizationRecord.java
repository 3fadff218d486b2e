package org.evidenceledger.query.organizations;

import org.evidenceledger.query.time.ReferenceTime;

public record GetOrganizationRecord(String name, ReferenceTime at) {
}
