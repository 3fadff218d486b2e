package org.evidenceledger.query.stream;

/** The subscription query behind GET /api/stream: its updates are summaries as they change. */
public record WatchPartnerships() {
}
