package org.evidenceledger.platform.web;

/** One entry of a problem's {@code errors}: which field of the request, and what is wrong with it. */
public record FieldError(String field, String message) {
}
