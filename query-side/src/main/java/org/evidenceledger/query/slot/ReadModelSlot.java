package org.evidenceledger.query.slot;

/** One of the two copies of the read models, stored as 'a' or 'b' in the slot columns of their tables. */
public enum ReadModelSlot {
    A("a"),
    B("b");

    private final String value;

    ReadModelSlot(String value) {
        this.value = value;
    }

    /** As the slot columns store it. */
    public String value() {
        return value;
    }

    public ReadModelSlot other() {
        return this == A ? B : A;
    }

    /** The slot a slot column holds. */
    public static ReadModelSlot of(String value) {
        for (ReadModelSlot slot : values()) {
            if (slot.value.equals(value)) {
                return slot;
            }
        }
        throw new IllegalArgumentException("no read-model slot '" + value + "'");
    }
}
