package org.evidenceledger.query.page;

import java.util.List;

/** Who is signed in, and with which roles: the pages offer intake forms only where they can record. */
public record SignedInAccount(String name, List<String> roles) {
}
