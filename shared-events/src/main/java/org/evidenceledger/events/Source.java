package org.evidenceledger.events;

/** Where a piece of evidence was published. Only the URL is required. */
public record Source(String url, String publisher, String title) {
}
