package org.evidenceledger.query.deadletter;

import java.util.Arrays;
import java.util.List;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.evidenceledger.query.projection.PartnershipProjection;
import org.evidenceledger.query.slot.ReadModelSlot;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A projection never skips an event. Axon's default logs a failing handler and goes on, leaving the
 * read model silently incomplete; here the event is parked in Axon's JDBC dead-letter queue instead,
 * and every later event of the same partnership queues behind it, so that partnership's read model
 * stops where it was complete. Health reports parked events, auditors list and retry them
 * ({@link DeadLetterController}), and a replay with parked events fails. Whether a partnership's
 * events are queued behind a parked one is answered from Axon's cache of the segment's parked sequences,
 * not by a query per event; Axon drops the cache when the segment is released.
 */
@Configuration(proxyBeanMethods = false)
public class ProjectionDeadLetters {

    static final String TABLE = "dead_letter_entry";

    @Bean
    public ConfigurerModule projectionDeadLetterQueues(ConnectionProvider connectionProvider,
                                                       TransactionManager transactionManager,
                                                       Serializer serializer) {
        return configurer -> {
            for (String group : processingGroups()) {
                configurer.eventProcessing().registerDeadLetterQueue(group, config ->
                        JdbcSequencedDeadLetterQueue.<EventMessage<?>>builder()
                                .processingGroup(group)
                                .connectionProvider(connectionProvider)
                                .transactionManager(transactionManager)
                                .schema(schema())
                                .genericSerializer(serializer)
                                .eventSerializer(serializer)
                                .build());
                configurer.eventProcessing().registerDeadLetteringEventHandlerInvokerConfiguration(group,
                        (config, invoker) -> invoker.enableSequenceIdentifierCache());
            }
        };
    }

    static List<String> processingGroups() {
        return Arrays.stream(ReadModelSlot.values()).map(PartnershipProjection::processingGroupOf).toList();
    }

    private static DeadLetterSchema schema() {
        return DeadLetterSchema.builder()
                .deadLetterTable(TABLE)
                .deadLetterIdentifierColumn("dead_letter_id")
                .processingGroupColumn("processing_group")
                .sequenceIdentifierColumn("sequence_identifier")
                .sequenceIndexColumn("sequence_index")
                .messageTypeColumn("message_type")
                .eventIdentifierColumn("event_identifier")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .aggregateTypeColumn("aggregate_type")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .tokenTypeColumn("token_type")
                .tokenColumn("token")
                .enqueuedAtColumn("enqueued_at")
                .lastTouchedColumn("last_touched")
                .processingStartedColumn("processing_started")
                .causeTypeColumn("cause_type")
                .causeMessageColumn("cause_message")
                .diagnosticsColumn("diagnostics")
                .build();
    }
}
