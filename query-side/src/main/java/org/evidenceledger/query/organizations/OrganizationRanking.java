package org.evidenceledger.query.organizations;

import java.util.List;

/** Organizations, worst first. */
public record OrganizationRanking(List<Organization> organizations) {
}
