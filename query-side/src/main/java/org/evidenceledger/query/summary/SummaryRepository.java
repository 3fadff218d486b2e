package org.evidenceledger.query.summary;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.evidenceledger.events.Party;
import org.evidenceledger.query.time.ReferenceTime;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every version of every summary, each valid in recorded time from valid_from to valid_to, so
 * that current and as-of queries alike filter, sort and page indexed rows.
 */
@Repository
public class SummaryRepository {

    private static final TypeReference<List<Party>> PARTIES = new TypeReference<>() {
    };
    private static final String COLUMNS = """
            s.partnership_id, s.version, s.title, s.parties, s.announced_on, s.stage, s.concluded, s.benchmarks,
            s.independent_validations, s.clinical_deployments, s.outcome_reports, s.deployment_target_date,
            s.first_deployed_on, s.first_outcome_reported_on""";

    private static final int FETCH_SIZE = 500;

    private final JdbcClient jdbc;
    private final JsonMapper jsonMapper;

    public SummaryRepository(JdbcClient jdbc, JsonMapper jsonMapper) {
        this.jdbc = jdbc;
        this.jsonMapper = jsonMapper;
    }

    /** The latest version: found by primary key, whatever the other indexes on valid_to suggest. */
    public Optional<SummaryRow> current(String slot, String partnershipId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM partnership_summary s"
                        + " WHERE s.slot = ? AND s.partnership_id = ? ORDER BY s.version DESC LIMIT 1")
                .params(slot, partnershipId)
                .query(this::row)
                .optional();
    }

    /** Records a new version, valid from its recorded instant; the version before it, if any, ends there. */
    public void append(String slot, SummaryRow row, Long previousVersion, Instant recordedAt) {
        OffsetDateTime from = recordedAt.atOffset(ZoneOffset.UTC);
        if (previousVersion != null) {
            jdbc.sql("""
                            UPDATE partnership_summary SET valid_to = CASE WHEN valid_from > ? THEN valid_from ELSE ? END
                            WHERE slot = ? AND partnership_id = ? AND version = ?""")
                    .params(from, from, slot, row.partnershipId(), previousVersion)
                    .update();
        }
        jdbc.sql("""
                        INSERT INTO partnership_summary (slot, partnership_id, version, valid_from, valid_to, title,
                            title_key, parties, announced_on, stage, concluded, benchmarks, independent_validations,
                            clinical_deployments, outcome_reports, deployment_target_date, first_deployed_on,
                            first_outcome_reported_on)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(slot, row.partnershipId(), row.version(), from, Where.CURRENT, row.title(),
                        row.title().toLowerCase(Locale.ROOT), jsonMapper.writeValueAsString(row.parties()),
                        row.announcedOn(), row.stage().name(), row.concluded(), row.benchmarks(),
                        row.independentValidations(), row.clinicalDeployments(), row.outcomeReports(),
                        row.deploymentTargetDate(), row.firstDeployedOn(), row.firstOutcomeReportedOn())
                .update();
    }

    /** The version in force at the reference time: the latest one recorded before its end. */
    public Optional<SummaryRow> find(String slot, String partnershipId, ReferenceTime at) {
        String sql = "SELECT " + COLUMNS + " FROM partnership_summary s WHERE s.slot = ? AND s.partnership_id = ?"
                + (at.isCurrent() ? "" : " AND s.valid_from < ?") + " ORDER BY s.version DESC LIMIT 1";
        JdbcClient.StatementSpec statement = jdbc.sql(sql).params(slot, partnershipId);
        if (!at.isCurrent()) {
            statement = statement.param(at.recordedBefore().atOffset(ZoneOffset.UTC));
        }
        return statement.query(this::row).optional();
    }

    public PartnershipPage page(String slot, PartnershipFilter filter, ReferenceTime at) {
        Where where = filtered(slot, filter, at);
        long total = jdbc.sql("SELECT COUNT(*) FROM partnership_summary s WHERE " + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
        List<Object> params = new ArrayList<>(where.params());
        String order = orderBy(filter.sort(), filter.descending(), at);
        params.add(filter.size());
        params.add((long) filter.page() * filter.size());
        List<Summary> items = jdbc.sql("SELECT " + COLUMNS + " FROM partnership_summary s WHERE " + where.sql()
                        + " ORDER BY " + order + " LIMIT ? OFFSET ?")
                .params(params)
                .query(this::row)
                .list()
                .stream()
                .map(row -> Summary.of(row, at.referenceDate()))
                .toList();
        return new PartnershipPage(items, filter.page(), filter.size(), total);
    }

    /**
     * Every summary that matches the filter, in its order, unpaged: handed over one by one as the
     * rows arrive (PostgreSQL fetches them in batches inside the caller's transaction), never held.
     */
    public void forEach(String slot, PartnershipFilter filter, ReferenceTime at, Consumer<Summary> action) {
        Where where = filtered(slot, filter, at);
        String order = orderBy(filter.sort(), filter.descending(), at);
        jdbc.sql("SELECT " + COLUMNS + " FROM partnership_summary s WHERE " + where.sql() + " ORDER BY " + order)
                .withFetchSize(FETCH_SIZE)
                .params(where.params())
                .query((RowCallbackHandler) rs -> action.accept(Summary.of(row(rs, 0), at.referenceDate())));
    }

    /** Announcement dates of the partnerships without outcome data, longest waiting first, from offset. */
    public List<SummaryRow> longestWithoutOutcomeData(String slot, ReferenceTime at, long offset, int limit) {
        Where where = Where.valid(slot, at).and("s.outcome_reports = 0");
        List<Object> params = new ArrayList<>(where.params());
        params.add(limit);
        params.add(offset);
        return jdbc.sql("SELECT " + COLUMNS + " FROM partnership_summary s WHERE " + where.sql()
                        + " ORDER BY " + (at.isCurrent()
                        ? Where.indexOrder("ASC", "s.slot", "s.valid_to", "s.outcome_reports", "s.announced_on", "s.partnership_id")
                        : "s.announced_on, s.partnership_id") + " LIMIT ? OFFSET ?")
                .params(params)
                .query(this::row)
                .list();
    }

    public void deleteSlot(String slot) {
        jdbc.sql("DELETE FROM partnership_summary WHERE slot = ?").param(slot).update();
    }

    private static Where filtered(String slot, PartnershipFilter filter, ReferenceTime at) {
        Where where = Where.valid(slot, at);
        if (filter.stage() != null) {
            where = where.and("s.stage = ?", filter.stage().name());
        }
        if (filter.party() != null) {
            where = where.and("s.partnership_id IN (SELECT p.partnership_id FROM partnership_party p WHERE p.slot = ?"
                    + " AND p.name_key = ?)", slot, filter.party().strip().toLowerCase(Locale.ROOT));
        }
        if (filter.gap() != null) {
            where = gap(where, filter.gap(), at.referenceDate());
        }
        if (filter.minDaysWithoutOutcomeData() != null && filter.minDaysWithoutOutcomeData() > 0) {
            where = where.and("s.outcome_reports = 0 AND s.announced_on <= ?",
                    at.referenceDate().minusDays(filter.minDaysWithoutOutcomeData()));
        }
        return where;
    }

    private static Where gap(Where where, EvidenceGap gap, LocalDate referenceDate) {
        return switch (gap) {
            case NO_BENCHMARK -> where.and("s.benchmarks = 0");
            case NO_INDEPENDENT_VALIDATION -> where.and("s.independent_validations = 0");
            case NO_DEPLOYMENT_TIMELINE -> where.and("s.deployment_target_date IS NULL AND s.clinical_deployments = 0");
            case DEPLOYMENT_OVERDUE -> where.and("s.clinical_deployments = 0 AND s.deployment_target_date < ?", referenceDate);
            case NO_CLINICAL_DEPLOYMENT -> where.and("s.clinical_deployments = 0");
            case NO_OUTCOME_DATA -> where.and("s.outcome_reports = 0");
        };
    }

    /** Days without outcome data grow as the announcement date falls; with outcome data they are 0. */
    private static String orderBy(SortField sort, boolean descending, ReferenceTime at) {
        String direction = descending ? "DESC" : "ASC";
        return switch (sort) {
            // Most days first is: no outcome data (outcome_reports 0) by announcement, earliest first, then the
            // partnerships with outcome data (0 days): the order of an index, so a page never sorts the ledger.
            case DAYS_WITHOUT_OUTCOME_DATA -> at.isCurrent()
                    ? Where.indexOrder(descending ? "ASC" : "DESC", "s.slot", "s.valid_to", "s.outcome_reports",
                            "s.announced_on", "s.partnership_id")
                    : Where.indexOrder(descending ? "ASC" : "DESC", "s.outcome_reports", "s.announced_on",
                            "s.partnership_id");
            case ANNOUNCED_ON -> at.isCurrent()
                    ? Where.indexOrder(direction, "s.slot", "s.valid_to", "s.announced_on", "s.partnership_id")
                    : Where.indexOrder(direction, "s.announced_on", "s.partnership_id");
            case TITLE -> at.isCurrent()
                    ? Where.indexOrder(direction, "s.slot", "s.valid_to", "s.title_key", "s.partnership_id")
                    : Where.indexOrder(direction, "s.title_key", "s.partnership_id");
        };
    }

    private SummaryRow row(ResultSet rs, int rowNum) throws SQLException {
        return new SummaryRow(rs.getString("partnership_id"), rs.getLong("version"), rs.getString("title"),
                jsonMapper.readValue(rs.getString("parties"), PARTIES), rs.getObject("announced_on", LocalDate.class),
                Stage.valueOf(rs.getString("stage")), rs.getBoolean("concluded"), rs.getInt("benchmarks"),
                rs.getInt("independent_validations"), rs.getInt("clinical_deployments"), rs.getInt("outcome_reports"),
                rs.getObject("deployment_target_date", LocalDate.class), rs.getObject("first_deployed_on", LocalDate.class),
                rs.getObject("first_outcome_reported_on", LocalDate.class));
    }
}
