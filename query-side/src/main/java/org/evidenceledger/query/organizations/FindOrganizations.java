package org.evidenceledger.query.organizations;

import org.evidenceledger.query.time.ReferenceTime;

public record FindOrganizations(ReferenceTime at) {
}
