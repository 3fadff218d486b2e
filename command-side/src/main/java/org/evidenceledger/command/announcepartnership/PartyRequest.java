package org.evidenceledger.command.announcepartnership;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.evidenceledger.events.Party;
import org.evidenceledger.events.PartyRole;
import org.evidenceledger.platform.intake.Name;

public record PartyRequest(@NotNull @Name @Size(max = 300) String name, @NotNull PartyRole role) {

    Party toParty() {
        return new Party(name.strip(), role);
    }
}
