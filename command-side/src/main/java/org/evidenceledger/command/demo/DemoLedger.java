package org.evidenceledger.command.demo;

import java.time.Clock;
import java.util.List;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.evidenceledger.command.partnership.ErrorCode;
import org.evidenceledger.command.partnership.RuleViolation;
import org.evidenceledger.command.web.RecordingStamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * {@code ledger.demo=true}: on start, fills an empty ledger with the demo ledger, through the command
 * gateway as intake's commands go (the aggregate's rules, the hash chain, recordedBy {@value #ACCOUNT}).
 * A ledger that holds any event is left as it is, so a second start adds nothing. The offline audit
 * ({@code verify}, {@code replay}) never records it.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "ledger.demo", havingValue = "true")
public class DemoLedger implements ApplicationRunner {

    public static final String ACCOUNT = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoLedger.class);

    private final CommandGateway commandGateway;
    private final EventStore eventStore;
    private final Clock clock;

    public DemoLedger(CommandGateway commandGateway, EventStore eventStore, Clock clock) {
        this.commandGateway = commandGateway;
        this.eventStore = eventStore;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!isEmpty()) {
            log.info("Demo ledger: the ledger already holds events; nothing added");
            return;
        }
        List<Object> commands = DemoLedgerScript.commands(RecordingStamp.now(ACCOUNT, clock).day());
        try {
            send(commands.get(0));
        } catch (RuleViolation refused) {
            if (refused.code() != ErrorCode.DUPLICATE_PARTNERSHIP) {
                throw refused;
            }
            // Another command process started with the switch on the same database, and got there first.
            log.info("Demo ledger: another process is recording it; nothing added here");
            return;
        }
        commands.subList(1, commands.size()).forEach(this::send);
        log.info("Demo ledger: {} commands recorded as '{}'", commands.size(), ACCOUNT);
    }

    private void send(Object command) {
        RecordingStamp stamp = RecordingStamp.now(ACCOUNT, clock);
        commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(stamp.metaData()));
    }

    private boolean isEmpty() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null || head.position().isEmpty() || head.position().getAsLong() < 0;
    }
}
