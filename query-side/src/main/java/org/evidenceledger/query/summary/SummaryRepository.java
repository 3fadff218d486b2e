package org.evidenceledger.query.summary;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.evidenceledger.events.Party;
import org.evidenceledger.query.slot.ReadModelSlot;
import org.evidenceledger.query.time.ReferenceTime;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every version of every summary, each valid in recorded time from valid_from to valid_to: the current ones
 * in partnership_current, the ones they replaced in partnership_summary, and both in the view
 * partnership_version, so that current and as-of queries alike filter, sort and page indexed rows.
 */
@Repository
public class SummaryRepository {

    private static final TypeReference<List<Party>> PARTIES = new TypeReference<>() {
    };
    private static final String COLUMNS = """
            s.partnership_id, s.version, s.title, s.parties, s.announced_on, s.stage, s.concluded, s.benchmarks,
            s.independent_validations, s.clinical_deployments, s.outcome_reports, s.deployment_target_date,
            s.first_deployed_on, s.first_outcome_reported_on""";

    /** What a version holds besides its key and its validity, in the order of {@link #contents}. */
    private static final List<String> CONTENT_COLUMNS = List.of("title", "title_key", "parties", "announced_on",
            "stage", "concluded", "benchmarks", "independent_validations", "clinical_deployments", "outcome_reports",
            "deployment_target_date", "first_deployed_on", "first_outcome_reported_on");
    private static final String CONTENTS = String.join(", ", CONTENT_COLUMNS);

    private static final int FETCH_SIZE = 500;

    private final JdbcClient jdbc;
    private final JsonMapper jsonMapper;

    public SummaryRepository(JdbcClient jdbc, JsonMapper jsonMapper) {
        this.jdbc = jdbc;
        this.jsonMapper = jsonMapper;
    }

    /** The latest version: one row, by primary key. */
    public Optional<SummaryRow> current(ReadModelSlot slot, String partnershipId) {
        return jdbc.sql(currentVersion(false))
                .params(slot.value(), partnershipId)
                .query(this::row)
                .optional();
    }

    /** A partnership's current version (recorded before a given instant): one row, by primary key. */
    static String currentVersion(boolean recordedBefore) {
        return "SELECT " + COLUMNS + " FROM partnership_current s WHERE s.slot = ? AND s.partnership_id = ?"
                + (recordedBefore ? " AND s.valid_from < ?" : "");
    }

    /**
     * A partnership's newest replaced version recorded before a given instant: read backwards along the primary
     * key, so one row is read however many versions the partnership has. Ordered by the version alone, H2 read and
     * sorted every version, and each GET "as of" a past day cost more as the partnership's stream grew.
     */
    static String newestReplacedVersion() {
        return "SELECT " + COLUMNS + " FROM partnership_summary s WHERE s.slot = ? AND s.partnership_id = ?"
                + " AND s.valid_from < ? ORDER BY " + Where.indexOrder("DESC", "s.slot", "s.partnership_id", "s.version")
                + " LIMIT 1";
    }

    /**
     * Records a new version, valid from its recorded instant: the announcement's as the partnership's current
     * row; any later one in place of it, the version it replaces kept among the replaced ones, ending there.
     */
    public void append(ReadModelSlot slot, SummaryRow row, Long previousVersion, Instant recordedAt) {
        OffsetDateTime from = recordedAt.atOffset(ZoneOffset.UTC);
        List<Object> contents = contents(row);
        if (previousVersion == null) {
            List<Object> values = new ArrayList<>(List.of(slot.value(), row.partnershipId(), row.version(), from,
                    Where.CURRENT));
            values.addAll(contents);
            jdbc.sql("INSERT INTO partnership_current (slot, partnership_id, version, valid_from, valid_to, "
                            + CONTENTS + ") VALUES (" + String.join(", ", Collections.nCopies(values.size(), "?")) + ")")
                    .params(values)
                    .update();
            return;
        }
        jdbc.sql("INSERT INTO partnership_summary (slot, partnership_id, version, valid_from, valid_to, " + CONTENTS
                        + ") SELECT slot, partnership_id, version, valid_from,"
                        + " CASE WHEN valid_from > ? THEN valid_from ELSE ? END, " + CONTENTS
                        + " FROM partnership_current WHERE slot = ? AND partnership_id = ? AND version = ?")
                .params(from, from, slot.value(), row.partnershipId(), previousVersion)
                .update();
        List<Object> values = new ArrayList<>(List.of(row.version(), from));
        values.addAll(contents);
        values.addAll(List.of(slot.value(), row.partnershipId()));
        jdbc.sql("UPDATE partnership_current SET version = ?, valid_from = ?, "
                        + String.join(", ", CONTENT_COLUMNS.stream().map(column -> column + " = ?").toList())
                        + " WHERE slot = ? AND partnership_id = ?")
                .params(values)
                .update();
    }

    /** A version's values for {@link #CONTENT_COLUMNS}, in their order. */
    private List<Object> contents(SummaryRow row) {
        return Arrays.asList(row.title(), row.title().toLowerCase(Locale.ROOT),
                jsonMapper.writeValueAsString(row.parties()), row.announcedOn(), row.stage().name(), row.concluded(),
                row.benchmarks(), row.independentValidations(), row.clinicalDeployments(), row.outcomeReports(),
                row.deploymentTargetDate(), row.firstDeployedOn(), row.firstOutcomeReportedOn());
    }

    /** The version in force at the reference time: the latest one recorded before its end. */
    public Optional<SummaryRow> find(ReadModelSlot slot, String partnershipId, ReferenceTime at) {
        if (at.isCurrent()) {
            return current(slot, partnershipId);
        }
        OffsetDateTime end = at.recordedBefore().atOffset(ZoneOffset.UTC);
        return jdbc.sql(currentVersion(true)).params(slot.value(), partnershipId, end).query(this::row).optional()
                .or(() -> jdbc.sql(newestReplacedVersion()).params(slot.value(), partnershipId, end)
                        .query(this::row).optional());
    }

    public PartnershipPage page(ReadModelSlot slot, PartnershipFilter filter, ReferenceTime at) {
        Where where = filtered(slot, filter, at);
        long total = jdbc.sql("SELECT COUNT(*) FROM " + Where.from(at) + " WHERE " + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
        List<Object> params = new ArrayList<>(where.params());
        String order = orderBy(filter.sort(), filter.descending(), at);
        params.add(filter.size());
        params.add((long) filter.page() * filter.size());
        List<Summary> items = jdbc.sql("SELECT " + COLUMNS + " FROM " + Where.from(at) + " WHERE " + where.sql()
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
    public void forEach(ReadModelSlot slot, PartnershipFilter filter, ReferenceTime at, Consumer<Summary> action) {
        Where where = filtered(slot, filter, at);
        String order = orderBy(filter.sort(), filter.descending(), at);
        jdbc.sql("SELECT " + COLUMNS + " FROM " + Where.from(at) + " WHERE " + where.sql() + " ORDER BY " + order)
                .withFetchSize(FETCH_SIZE)
                .params(where.params())
                .query((RowCallbackHandler) rs -> action.accept(Summary.of(row(rs, 0), at.referenceDate())));
    }

    /** Announcement dates of the partnerships without outcome data, longest waiting first, from offset. */
    public List<SummaryRow> longestWithoutOutcomeData(ReadModelSlot slot, ReferenceTime at, long offset, int limit) {
        Where where = Where.valid(slot, at).and(DaysWithoutOutcomeData.WAITING);
        List<Object> params = new ArrayList<>(where.params());
        params.add(limit);
        params.add(offset);
        return jdbc.sql("SELECT " + COLUMNS + " FROM " + Where.from(at) + " WHERE " + where.sql()
                        + " ORDER BY " + (at.isCurrent()
                        ? Where.indexOrder("ASC", "s.slot", "s.valid_to", "s.outcome_reports", "s.announced_on", "s.partnership_id")
                        : "s.announced_on, s.partnership_id") + " LIMIT ? OFFSET ?")
                .params(params)
                .query(this::row)
                .list();
    }

    /** The current version of every partnership in the slot, by partnership id. */
    public Map<String, Long> currentVersions(ReadModelSlot slot) {
        Map<String, Long> versions = new HashMap<>();
        jdbc.sql("SELECT partnership_id, version FROM partnership_current WHERE slot = ?")
                .param(slot.value())
                .query(rs -> {
                    versions.put(rs.getString(1), rs.getLong(2));
                });
        return versions;
    }

    public void deleteSlot(ReadModelSlot slot) {
        jdbc.sql("DELETE FROM partnership_current WHERE slot = ?").param(slot.value()).update();
        jdbc.sql("DELETE FROM partnership_summary WHERE slot = ?").param(slot.value()).update();
    }

    private static Where filtered(ReadModelSlot slot, PartnershipFilter filter, ReferenceTime at) {
        Where where = Where.valid(slot, at);
        if (filter.stage() != null) {
            where = where.and("s.stage = ?", filter.stage().name());
        }
        if (filter.party() != null) {
            where = where.and("s.partnership_id IN (SELECT p.partnership_id FROM partnership_party p WHERE p.slot = ?"
                    + " AND p.name_key = ?)", slot.value(), filter.party().strip().toLowerCase(Locale.ROOT));
        }
        if (filter.gap() != null) {
            where = filter.gap().filter(where, at.referenceDate());
        }
        if (filter.minDaysWithoutOutcomeData() != null && filter.minDaysWithoutOutcomeData() > 0) {
            where = DaysWithoutOutcomeData.atLeast(where, filter.minDaysWithoutOutcomeData(), at.referenceDate());
        }
        return where;
    }

    private static String orderBy(SortField sort, boolean descending, ReferenceTime at) {
        String direction = descending ? "DESC" : "ASC";
        return switch (sort) {
            case DAYS_WITHOUT_OUTCOME_DATA -> DaysWithoutOutcomeData.order(descending, at.isCurrent());
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
