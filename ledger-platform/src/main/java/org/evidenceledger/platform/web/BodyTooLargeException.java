package org.evidenceledger.platform.web;

import java.io.IOException;

/** Thrown while reading a request body that grows past the limit without announcing its length. */
public class BodyTooLargeException extends IOException {

    public BodyTooLargeException(long limit) {
        super("request body over " + limit + " bytes");
    }
}
