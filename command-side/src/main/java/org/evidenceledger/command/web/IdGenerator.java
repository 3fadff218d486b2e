package org.evidenceledger.command.web;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import org.evidenceledger.events.EntryId;
import org.evidenceledger.events.EntryType;
import org.evidenceledger.events.PartnershipId;
import org.springframework.stereotype.Component;

/** Server-assigned ids, made at the edge so that the aggregate and its tests stay deterministic. */
@Component
public class IdGenerator {

    private static final int MAX_STEM = 60;

    private final SecureRandom random = new SecureRandom();

    /** A readable id from the title, with a random suffix: {@code mayo-clinic-and-microsoft-3f9a2c}. */
    public PartnershipId partnershipId(String title) {
        String stem = title == null ? "" : title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        stem = stem.replaceAll("^-+", "");
        if (stem.length() > MAX_STEM) {
            stem = stem.substring(0, MAX_STEM);
        }
        stem = stem.replaceAll("-+$", "");
        if (stem.length() < 3) {
            stem = "partnership";
        }
        return new PartnershipId(stem + "-" + suffix(3));
    }

    public EntryId entryId(String requested, EntryType type) {
        if (requested != null) {
            return new EntryId(requested);
        }
        return new EntryId(type.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + suffix(6));
    }

    private String suffix(int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }
}
