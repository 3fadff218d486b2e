package org.evidenceledger.command.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.axonframework.axonserver.connector.ErrorCode;
import org.axonframework.axonserver.connector.util.ExceptionSerializer;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.common.AxonException;
import org.evidenceledger.command.partnership.Refusal;
import org.evidenceledger.platform.storage.StorageOutage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Through Axon Server a refusal arrives as a CommandExecutionException, which Axon's retry scheduler counts as
 * transient: the gateway retries only a race, never a refusal by a rule (it would be the same eight more times).
 */
class RemoteRefusalRetryTest {

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final RetryScheduler retries = CommandSideConfiguration.retryScheduler(executor, 8, 5);

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void aRefusalByARuleIsTheAnswer() {
        assertThat(retried(arrived(new Refusal(org.evidenceledger.command.partnership.ErrorCode.VERSION_MISMATCH,
                "Partnership 'p' is at version 3, not 2.")))).isFalse();
    }

    @Test
    void aRaceIsRetried() {
        assertThat(retried(arrived(new Refusal(org.evidenceledger.command.partnership.ErrorCode.CONCURRENT_CHANGE,
                "The partnership changed while this command was applied; nothing was recorded. Retry it.")))).isTrue();
    }

    @Test
    void aStoreThatCannotStoreIsNotRetried() {
        StorageOutage outage = new StorageOutage("The ledger cannot store anything right now.");
        assertThat(retried(arrived(outage.detail(), outage))).isFalse();
    }

    private boolean retried(RuntimeException failure) {
        List<Class<? extends Throwable>[]> failures = List.<Class<? extends Throwable>[]>of(new Class[]{failure.getClass()});
        return retries.scheduleRetry(GenericCommandMessage.asCommandMessage("payload"), failure, failures, () -> {
        });
    }

    /** As the connector rebuilds a handler's CommandExecutionException on the sender's side. */
    private static AxonException arrived(Refusal refusal) {
        return arrived(refusal.detail(), refusal);
    }

    private static AxonException arrived(String message, Object details) {
        CommandExecutionException sent = new CommandExecutionException(message, null, details);
        return ErrorCode.COMMAND_EXECUTION_ERROR.convert(ExceptionSerializer.serialize("handler", sent), () -> details);
    }
}
