package org.evidenceledger.platform.axon;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.evidenceledger.platform.audit.EventHash;

/**
 * Stamps each event with {@code hash} and {@code previousHash} in the moment it is appended, on
 * the connection of the appending transaction: the hash covers exactly what is stored (see
 * {@link EventHash}) and links to the hash of the event before it in the same stream.
 */
public class HashChainingEventStorageEngine extends JdbcEventStorageEngine {

    private final ObjectMapper json = LedgerObjectMapper.create();
    private final AppendedVersions appendedVersions;

    public HashChainingEventStorageEngine(Builder builder, AppendedVersions appendedVersions) {
        super(builder);
        this.appendedVersions = appendedVersions;
    }

    @Override
    protected PreparedStatement appendEvents(Connection connection, List<? extends EventMessage<?>> events,
                                             Serializer serializer) throws SQLException {
        Map<String, String> lastHashes = new HashMap<>();
        List<EventMessage<?>> hashed = new ArrayList<>(events.size());
        for (EventMessage<?> event : events) {
            hashed.add(event instanceof DomainEventMessage<?> domain
                    ? withHash(connection, domain, serializer, lastHashes)
                    : event);
        }
        noteOnCommit(events);
        return super.appendEvents(connection, hashed, serializer);
    }

    /** Each stream's new version, told to {@link AppendedVersions} once the appending transaction committed. */
    private void noteOnCommit(List<? extends EventMessage<?>> events) {
        if (!CurrentUnitOfWork.isStarted()) {
            return;
        }
        Map<String, Long> versions = new HashMap<>();
        for (EventMessage<?> event : events) {
            if (event instanceof DomainEventMessage<?> domain) {
                versions.merge(domain.getAggregateIdentifier(), domain.getSequenceNumber(), Math::max);
            }
        }
        CurrentUnitOfWork.get().afterCommit(unitOfWork -> versions.forEach(appendedVersions::committed));
    }

    private EventMessage<?> withHash(Connection connection, DomainEventMessage<?> event, Serializer serializer,
                                     Map<String, String> lastHashes) throws SQLException {
        String aggregate = event.getAggregateIdentifier();
        String previous = lastHashes.containsKey(aggregate)
                ? lastHashes.get(aggregate)
                : storedHash(connection, aggregate, event.getSequenceNumber() - 1);
        MetaData metaData = event.getMetaData().withoutKeys(Set.of(EventHash.HASH, EventHash.PREVIOUS_HASH));
        SerializedObject<byte[]> payload = event.serializePayload(serializer, byte[].class);
        String hash = EventHash.of(event.getIdentifier(), aggregate, event.getSequenceNumber(),
                payload.getType().getName(), payload.getType().getRevision(), previous, metaData, payload.getData());
        lastHashes.put(aggregate, hash);
        Map<String, Object> chain = new HashMap<>();
        chain.put(EventHash.HASH, hash);
        if (previous != null) {
            chain.put(EventHash.PREVIOUS_HASH, previous);
        }
        return event.withMetaData(metaData.mergedWith(chain));
    }

    private String storedHash(Connection connection, String aggregate, long sequenceNumber) throws SQLException {
        if (sequenceNumber < 0) {
            return null;
        }
        EventSchema schema = schema();
        String sql = "SELECT " + schema.metaDataColumn() + " FROM " + schema.domainEventTable()
                + " WHERE " + schema.aggregateIdentifierColumn() + " = ? AND " + schema.sequenceNumberColumn() + " = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, aggregate);
            statement.setLong(2, sequenceNumber);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                byte[] metaData = rs.getBytes(1);
                return metaData == null ? null : json.readTree(metaData).path(EventHash.HASH).asText(null);
            }
        } catch (IOException unreadable) {
            return null;
        }
    }
}
