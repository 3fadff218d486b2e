package org.evidenceledger.command.announcepartnership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.evidenceledger.events.Party;
import org.evidenceledger.events.PartyRole;

public record PartyRequest(@NotBlank @Size(max = 300) String name, @NotNull PartyRole role) {

    Party toParty() {
        return new Party(name.strip(), role);
    }
}
