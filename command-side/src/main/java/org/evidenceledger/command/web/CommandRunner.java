package org.evidenceledger.command.web;

import java.util.function.Supplier;
import org.evidenceledger.events.PartnershipId;

/** Where and when a command on a partnership is handled: {@link GroupCommit}, or {@link CommandConcurrency}. */
public interface CommandRunner {

    /** Handles the command and returns its answer once what it recorded is committed. */
    <T> T handle(PartnershipId partnershipId, Supplier<T> command);
}
