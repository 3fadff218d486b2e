package org.evidenceledger.query.figures;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evidenceledger.query.slot.ReadModelSlot;
import org.evidenceledger.query.summary.Stage;
import org.evidenceledger.query.summary.Where;
import org.evidenceledger.query.time.ReferenceTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The versions of every scope's figures, and the per-day buckets their medians are found in. */
@Repository
public class FigureRepository {

    private static final String COLUMNS = """
            f.scope, f.revision, f.valid_from, f.name, f.partnerships, f.with_outcome_data, f.announced, f.benchmarked,
            f.independently_validated, f.clinically_deployed, f.outcomes_reported, f.median_low, f.median_low_before,
            f.median_high, f.median_high_before""";

    private final JdbcClient jdbc;

    public FigureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored version of a scope's figures. */
    public record Version(StandingFigure figure, long revision, Instant validFrom) {
    }

    /** The version in force now: the one whose valid_to is still open, one seek on (slot, valid_to, scope). */
    public Optional<Version> current(ReadModelSlot slot, String scope) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM standing_figure f WHERE f.slot = ? AND f.valid_to = ? AND f.scope = ?")
                .params(slot.value(), Where.CURRENT, scope)
                .query(FigureRepository::version)
                .optional();
    }

    /** The version in force at the reference time: one seek on (slot, scope, valid_from). */
    public Optional<StandingFigure> inForce(ReadModelSlot slot, String scope, ReferenceTime at) {
        if (at.isCurrent()) {
            return current(slot, scope).map(Version::figure);
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM standing_figure f WHERE f.slot = ? AND f.scope = ?"
                        + " AND f.valid_from < ? ORDER BY f.slot DESC, f.scope DESC, f.valid_from DESC, f.revision DESC LIMIT 1")
                .params(slot.value(), scope, at.recordedBefore().atOffset(ZoneOffset.UTC))
                .query(FigureRepository::version)
                .optional()
                .map(Version::figure);
    }

    /** Every organization's figures in force at the reference time. */
    public List<StandingFigure> organizations(ReadModelSlot slot, ReferenceTime at) {
        String sql = "SELECT " + COLUMNS + " FROM standing_figure f WHERE f.slot = ? AND f.scope <> ? AND "
                + (at.isCurrent() ? "f.valid_to = ?" : "f.valid_to >= ? AND f.valid_from < ?");
        List<Object> params = new ArrayList<>(List.of(slot.value(), StandingFigure.LEDGER));
        if (at.isCurrent()) {
            params.add(Where.CURRENT);
        } else {
            OffsetDateTime end = at.recordedBefore().atOffset(ZoneOffset.UTC);
            params.add(end);
            params.add(end);
        }
        return jdbc.sql(sql).params(params).query(FigureRepository::version).list().stream()
                .map(Version::figure).toList();
    }

    /**
     * Stores the scope's figures as of {@code validFrom}: a new version, the one before it ending there, or,
     * when the one before began on the same day, in its place (as-of queries look at the ends of days).
     */
    public void store(ReadModelSlot slot, StandingFigure figure, Version previous, Instant validFrom) {
        OffsetDateTime from = validFrom.atOffset(ZoneOffset.UTC);
        Map<Stage, Long> stages = figure.byStage();
        Middle low = figure.low();
        Middle high = figure.high();
        List<Object> values = new ArrayList<>(List.of(figure.partnerships(), figure.withOutcomeData(),
                stages.get(Stage.ANNOUNCED), stages.get(Stage.BENCHMARKED), stages.get(Stage.INDEPENDENTLY_VALIDATED),
                stages.get(Stage.CLINICALLY_DEPLOYED), stages.get(Stage.OUTCOMES_REPORTED)));
        values.add(low == null ? null : low.announcedOn());
        values.add(low == null ? null : low.before());
        values.add(high == null ? null : high.announcedOn());
        values.add(high == null ? null : high.before());
        if (previous != null && sameDay(previous.validFrom(), validFrom)) {
            values.addAll(List.of(from, slot.value(), figure.scope(), previous.revision()));
            jdbc.sql("""
                            UPDATE standing_figure SET partnerships = ?, with_outcome_data = ?, announced = ?,
                                benchmarked = ?, independently_validated = ?, clinically_deployed = ?, outcomes_reported = ?,
                                median_low = ?, median_low_before = ?, median_high = ?, median_high_before = ?, valid_from = ?
                            WHERE slot = ? AND scope = ? AND revision = ?""")
                    .params(values)
                    .update();
            return;
        }
        if (previous != null) {
            jdbc.sql("UPDATE standing_figure SET valid_to = ? WHERE slot = ? AND scope = ? AND revision = ?")
                    .params(from, slot.value(), figure.scope(), previous.revision())
                    .update();
        }
        List<Object> row = new ArrayList<>(List.of(slot.value(), figure.scope(),
                previous == null ? 1 : previous.revision() + 1, from, Where.CURRENT, figure.name()));
        row.addAll(values);
        jdbc.sql("""
                        INSERT INTO standing_figure (slot, scope, revision, valid_from, valid_to, name, partnerships,
                            with_outcome_data, announced, benchmarked, independently_validated, clinically_deployed,
                            outcomes_reported, median_low, median_low_before, median_high, median_high_before)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(row)
                .update();
    }

    private static boolean sameDay(Instant one, Instant other) {
        return one.atOffset(ZoneOffset.UTC).toLocalDate().equals(other.atOffset(ZoneOffset.UTC).toLocalDate());
    }

    /** One partnership more ({@code +1}) or less ({@code -1}) without outcome data, announced on that day. */
    public void countWaiting(ReadModelSlot slot, String scope, LocalDate announcedOn, int change) {
        int updated = jdbc.sql("UPDATE waiting_day SET partnerships = partnerships + ?"
                        + " WHERE slot = ? AND scope = ? AND announced_on = ?")
                .params(change, slot.value(), scope, announcedOn)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO waiting_day (slot, scope, announced_on, partnerships) VALUES (?, ?, ?, ?)")
                    .params(slot.value(), scope, announcedOn, change)
                    .update();
        }
    }

    /** How many of the scope's partnerships without outcome data were announced on that day. */
    public long waitingOn(ReadModelSlot slot, String scope, LocalDate day) {
        return jdbc.sql("SELECT partnerships FROM waiting_day WHERE slot = ? AND scope = ? AND announced_on = ?")
                .params(slot.value(), scope, day)
                .query(Long.class)
                .optional()
                .orElse(0L);
    }

    /** The nearest day after ({@code later}) or before that has partnerships without outcome data. */
    public Optional<LocalDate> nextWaitingDay(ReadModelSlot slot, String scope, LocalDate day, boolean later) {
        String sql = "SELECT announced_on FROM waiting_day WHERE slot = ? AND scope = ? AND partnerships > 0"
                + (day == null ? "" : later ? " AND announced_on > ?" : " AND announced_on < ?")
                + " ORDER BY " + Where.indexOrder(later ? "ASC" : "DESC", "slot", "scope", "announced_on") + " LIMIT 1";
        JdbcClient.StatementSpec statement = jdbc.sql(sql).params(slot.value(), scope);
        if (day != null) {
            statement = statement.param(day);
        }
        return statement.query(LocalDate.class).optional();
    }

    public void deleteSlot(ReadModelSlot slot) {
        jdbc.sql("DELETE FROM standing_figure WHERE slot = ?").param(slot.value()).update();
        jdbc.sql("DELETE FROM waiting_day WHERE slot = ?").param(slot.value()).update();
    }

    private static Middle middle(ResultSet rs, String column) throws SQLException {
        LocalDate day = rs.getObject(column, LocalDate.class);
        return day == null ? null : new Middle(day, rs.getLong(column + "_before"));
    }

    private static Version version(ResultSet rs, int rowNum) throws SQLException {
        Map<Stage, Long> byStage = new EnumMap<>(Stage.class);
        byStage.put(Stage.ANNOUNCED, rs.getLong("announced"));
        byStage.put(Stage.BENCHMARKED, rs.getLong("benchmarked"));
        byStage.put(Stage.INDEPENDENTLY_VALIDATED, rs.getLong("independently_validated"));
        byStage.put(Stage.CLINICALLY_DEPLOYED, rs.getLong("clinically_deployed"));
        byStage.put(Stage.OUTCOMES_REPORTED, rs.getLong("outcomes_reported"));
        StandingFigure figure = new StandingFigure(rs.getString("scope"), rs.getString("name"), rs.getLong("partnerships"),
                rs.getLong("with_outcome_data"), byStage, middle(rs, "median_low"), middle(rs, "median_high"));
        return new Version(figure, rs.getLong("revision"), rs.getObject("valid_from", OffsetDateTime.class).toInstant());
    }
}
