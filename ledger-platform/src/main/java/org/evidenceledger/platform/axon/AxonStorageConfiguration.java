package org.evidenceledger.platform.axon;

import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.evidenceledger.platform.storage.EmbeddedH2File;
import org.evidenceledger.platform.storage.FreeSpaceGuard;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The Axon infrastructure that Spring Boot 4 does not auto-configure (see STACK.md): transactions,
 * JDBC event storage (unless the events are Axon Server's) and token store on the service's own database,
 * and the JSON serializer.
 * The tables themselves are owned by the Flyway migrations.
 */
@Configuration(proxyBeanMethods = false)
public class AxonStorageConfiguration {

    /** The name claims carry on the embedded default, the same in every start (see {@link #tokenStore}). */
    private static final String EMBEDDED_CLAIMANT = "embedded-h2-file";

    /**
     * Without it Axon falls back to no transactions at all, silently, under Boot 4. Nested in a savepoint
     * when a transaction is open (group commit), its own transaction otherwise.
     */
    @Bean
    public TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
        return new SavepointTransactionManager(transactionManager);
    }

    /**
     * The connection of the Spring transaction that Axon's units of work attach. Not Axon's
     * UnitOfWorkAwareConnectionProviderWrapper: it commits the connection itself when any unit of work commits
     * and rolls all of it back when any rolls back, nested ones included, which would commit or undo a whole
     * group of commands (GroupCommit) at its first member.
     */
    @Bean
    public ConnectionProvider axonConnectionProvider(DataSource dataSource) {
        return new SpringDataSourceConnectionProvider(dataSource);
    }

    @Bean
    public PersistenceExceptionResolver persistenceExceptionResolver() {
        return new DuplicateKeyResolver();
    }

    @Bean
    @Primary
    public Serializer serializer() {
        return JacksonSerializer.builder().objectMapper(LedgerObjectMapper.create()).build();
    }

    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer(Serializer serializer) {
        return serializer;
    }

    @Bean
    @Qualifier("messageSerializer")
    public Serializer messageSerializer(Serializer serializer) {
        return serializer;
    }

    @Bean
    public AppendedVersions appendedVersions(@Value("${spring.datasource.url}") String url, Environment environment) {
        // With the events in Axon Server no engine of ours tells it of an append, and other processes append
        // there whatever the database: read-your-writes must ask the event store.
        return EventStoreLocation.isAxonServer(environment) ? new AppendedVersions(false)
                : AppendedVersions.forDatabase(url);
    }

    /**
     * With several writers (PostgreSQL), global indexes are taken before commit, so a reader can see
     * index n+1 committed while n is still in flight: a gap. A processor remembers a gap (and reads it
     * again until it fills) only while the event after it is younger than {@code gapTimeout} by the
     * reader's clock, and only up to {@code maxGapOffset} indexes back; a commit slower than that, or
     * clock skew between nodes larger than that, would skip the event for good (STACK.md). Neither is
     * a Spring property, so they are ours; see README, "Production". Not built when the events are Axon
     * Server's (the axonserver profile): Axon then builds its own event store on the server.
     */
    @Bean
    @Conditional(EventStoreLocation.LedgerDatabase.class)
    public EventStorageEngine eventStorageEngine(ConnectionProvider connectionProvider,
                                                 TransactionManager transactionManager,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 Serializer serializer,
                                                 List<EventUpcaster> upcasters,
                                                 AppendedVersions appendedVersions,
                                                 @Value("${ledger.event-store.gap-timeout}") Duration gapTimeout,
                                                 @Value("${ledger.event-store.max-gap-offset}") int maxGapOffset,
                                                 @Value("${ledger.event-store.gap-cleaning-threshold}") int gapCleaningThreshold) {
        return new HashChainingEventStorageEngine(JdbcEventStorageEngine.builder()
                .gapTimeout(Math.toIntExact(gapTimeout.toMillis()))
                .maxGapOffset(maxGapOffset)
                .gapCleaningThreshold(gapCleaningThreshold)
                .readEventDataWithGaps(new GapsReadByIndex())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .upcasterChain(new EventUpcasterChain(upcasters))
                .schema(eventSchema())
                .dataType(byte[].class), appendedVersions);
    }

    /**
     * Axon's embedded event store, as Axon's auto-configuration builds it, except for how many of the newest events
     * it keeps for the processors that follow the head ({@code ledger.event-store.cached-events}; Axon's default
     * 10,000). Each cached event lives until 10,000 newer ones arrive: under a full command load about 16 s, long
     * enough for the young collections to copy it from survivor space to survivor space (measured with G1's age
     * table: about 4 MB of each age, 36 MB copied and 33 ms of "Object Copy" in every young pause). A processor
     * further behind than the cache reads the store itself, as after any restart.
     */
    @Bean(name = "eventBus")
    @Qualifier("eventStore")
    @Conditional(EventStoreLocation.LedgerDatabase.class)
    public EmbeddedEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration axon,
                                         @Value("${ledger.event-store.cached-events}") int cachedEvents) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(axon.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(axon.getComponent(EventBusSpanFactory.class))
                .cachedEvents(cachedEvents)
                .build();
    }

    /**
     * Axon's {@code axon.eventhandling.tokenstore.claim-timeout} only reaches the token store Axon builds
     * itself, so it is passed on here: a claim not refreshed for that long is taken by another process.
     * Idle refreshes wait while the disk has no room ({@link ClaimsWaitForRoom}).
     * <p>
     * Claims carry the claiming process's name, by default its pid and host, which change with every start.
     * On the embedded default no other process can hold a claim on the same file, so claims there carry one
     * fixed name: a process restarted after kill -9 takes its predecessor's claims over at once. With the
     * default name its projections waited out the claim timeout, and the read side answered as before the
     * kill for 5 s after a restart (measured: health UP, then the entries of the previous run missing from
     * every query until the claim lapsed).
     */
    @Bean
    public TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer,
                                 @Value("${axon.eventhandling.tokenstore.claim-timeout}") Duration claimTimeout,
                                 FreeSpaceGuard freeSpace, DataSource dataSource) {
        JdbcTokenStore.Builder tokenStore = jdbcTokenStore(connectionProvider, serializer, claimTimeout);
        if (EmbeddedH2File.openedHereAlone(dataSource)) {
            tokenStore.nodeId(EMBEDDED_CLAIMANT);
        }
        return new ClaimsWaitForRoom(tokenStore.build(), freeSpace::hasRoomForBackgroundWrites);
    }

    private static JdbcTokenStore.Builder jdbcTokenStore(ConnectionProvider connectionProvider, Serializer serializer,
                                                         Duration claimTimeout) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .serializer(serializer)
                .claimTimeout(claimTimeout)
                .schema(TokenSchema.builder()
                        .setTokenTable("token_entry")
                        .setProcessorNameColumn("processor_name")
                        .setSegmentColumn("segment")
                        .setTokenColumn("token")
                        .setTokenTypeColumn("token_type")
                        .setTimestampColumn("time_stamp")
                        .setOwnerColumn("owner")
                        .build())
                .contentType(byte[].class);
    }

    public static EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }
}
