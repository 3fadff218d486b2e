package org.evidenceledger.platform.axon;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.ReadEventDataWithGapsStatementBuilder;

/**
 * The events a processor reads next when its token has gaps: those after its index, and those filling its gaps,
 * as two lookups on the global index joined by UNION ALL. Axon's own statement asks for both in one condition,
 * {@code (global_index > ? AND global_index <= ?) OR global_index IN (...)}, which H2 answers by reading the whole
 * event table: with group commit some gap is nearly always open, so every read of every processor cost a pass
 * over every event ever recorded (12,278 rows read for a batch of 100 on a ledger of that size), and grew with it.
 * The gaps all lie below the token's index, so the two parts never overlap.
 */
final class GapsReadByIndex implements ReadEventDataWithGapsStatementBuilder {

    @Override
    public PreparedStatement build(Connection connection, EventSchema schema, long globalIndex, int batchSize,
                                   List<Long> gaps) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql(schema, gaps.size()));
        statement.setLong(1, globalIndex);
        statement.setLong(2, globalIndex + batchSize);
        for (int i = 0; i < gaps.size(); i++) {
            statement.setLong(3 + i, gaps.get(i));
        }
        return statement;
    }

    static String sql(EventSchema schema, int gapCount) {
        String select = "SELECT " + schema.trackedEventFields() + " FROM " + schema.domainEventTable() + " WHERE ";
        String index = schema.globalIndexColumn();
        String afterIndex = select + index + " > ? AND " + index + " <= ?";
        String gaps = gapCount == 0 ? ""
                : " UNION ALL " + select + index + " IN (" + String.join(",", Collections.nCopies(gapCount, "?")) + ")";
        return afterIndex + gaps + " ORDER BY " + index + " ASC";
    }
}
