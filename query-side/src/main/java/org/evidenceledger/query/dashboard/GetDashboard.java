package org.evidenceledger.query.dashboard;

import org.evidenceledger.query.time.ReferenceTime;

public record GetDashboard(ReferenceTime at) {
}
