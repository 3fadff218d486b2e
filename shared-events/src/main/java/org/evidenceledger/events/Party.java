package org.evidenceledger.events;

/** An organization taking part in a partnership, in one role. */
public record Party(String name, PartyRole role) {
}
