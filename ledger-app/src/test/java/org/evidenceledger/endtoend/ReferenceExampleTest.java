package org.evidenceledger.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.evidenceledger.platform.testing.ReferenceCase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The example of API.md, sent and read over HTTP exactly as a client would. */
class ReferenceExampleTest extends LedgerAppHttpTest {

    private static final String MAYO = ReferenceCase.ANNOUNCEMENT;

    @Test
    void theMayoMicrosoftAnnouncement_isAnnouncedWith173DaysWithoutOutcomeDataAndFiveGaps() {
        JsonNode recorded = ledger.command("/api/partnerships", MAYO);
        assertThat(recorded.get("partnershipId").asString()).isEqualTo("mayo-microsoft-frontier-model");
        assertThat(recorded.get("version").asLong()).isZero();

        JsonNode summary = ledger.query("/api/partnerships/mayo-microsoft-frontier-model?asOf=2026-11-24&minVersion=0");

        assertThat(summary.get("stage").asString()).isEqualTo("ANNOUNCED");
        assertThat(summary.get("daysWithoutOutcomeData").asLong()).isEqualTo(173);
        assertThat(summary.get("daysToFirstOutcomeData").isNull()).isTrue();
        assertThat(strings(summary.get("evidenceGaps"))).containsExactly("NO_BENCHMARK", "NO_INDEPENDENT_VALIDATION",
                "NO_DEPLOYMENT_TIMELINE", "NO_CLINICAL_DEPLOYMENT", "NO_OUTCOME_DATA");
        assertThat(summary.get("title").asString()).isEqualTo("Mayo Clinic and Microsoft frontier AI model for healthcare");
        assertThat(summary.get("parties")).hasSize(3);
        assertThat(summary.get("version").asLong()).isZero();

        JsonNode announcement = ledger.query("/api/partnerships/mayo-microsoft-frontier-model/timeline")
                .get("entries").get(0);
        assertThat(announcement.get("type").asString()).isEqualTo("ANNOUNCEMENT");
        assertThat(announcement.get("occurredOn").asString()).isEqualTo("2026-06-04");
        assertThat(announcement.get("recordedAt").asString()).as("stamped by the server's clock")
                .isEqualTo("2026-11-24T12:00:00Z");
        assertThat(announcement.get("recordedBy").asString()).isEqualTo("ana");
        assertThat(strings(announcement.get("details").get("intendedUses")))
                .containsExactly("clinical reasoning", "earlier diagnosis", "personalized treatment");

        JsonNode microsoft = null;
        for (JsonNode organization : ledger.query("/api/organizations")) {
            if (organization.get("name").asString().equals("Microsoft")) {
                microsoft = organization;
            }
        }
        assertThat(microsoft).as("Microsoft among the organizations").isNotNull();
        assertThat(microsoft.get("partnerships").asLong()).as("two roles, one partnership").isEqualTo(1);
        assertThat(microsoft.get("withOutcomeData").asLong()).isZero();
        assertThat(microsoft.get("medianDaysWithoutOutcomeData").decimalValue()).isEqualByComparingTo("173");
    }

    @Test
    void evidenceRecordedTheNextDayIsAbsentAsOfTheDayBefore_whateverDateItOccurredOn() {
        ledger.command("/api/partnerships", announcement("e2e-two-clocks", "Two Clocks Org", "2026-06-04"));
        clock.set(Instant.parse("2026-11-25T09:00:00Z"));
        long version = ledger.command("/api/partnerships/e2e-two-clocks/benchmarks", benchmark("2026-11-20"))
                .get("version").asLong();

        JsonNode now = ledger.query("/api/partnerships/e2e-two-clocks?minVersion=" + version);
        JsonNode before = ledger.query("/api/partnerships/e2e-two-clocks?asOf=2026-11-24");

        assertThat(now.get("stage").asString()).isEqualTo("BENCHMARKED");
        assertThat(now.get("daysWithoutOutcomeData").asLong()).as("today is now 2026-11-25").isEqualTo(174);
        assertThat(before.get("stage").asString()).isEqualTo("ANNOUNCED");
        assertThat(before.get("benchmarks").asLong()).isZero();
        assertThat(before.get("daysWithoutOutcomeData").asLong()).isEqualTo(173);
        assertThat(ledger.query("/api/partnerships/e2e-two-clocks/timeline?asOf=2026-11-24").get("entries")).hasSize(1);
    }

    @Test
    void aCommandInTheLastMicrosecondOfADayIsPartOfThatDay() {
        clock.set(Instant.parse("2026-11-23T23:59:59.999999700Z"));
        ledger.command("/api/partnerships", announcement("e2e-day-end", "Day End Org", "2026-06-04"));
        clock.set(Instant.parse("2026-11-24T12:00:00Z"));

        JsonNode timeline = ledger.query("/api/partnerships/e2e-day-end/timeline?asOf=2026-11-23&minVersion=0");

        assertThat(timeline.get("entries").get(0).get("recordedAt").asString()).startsWith("2026-11-23T23:59:59.999999");
        assertThat(ledger.query("/api/partnerships/e2e-day-end?asOf=2026-11-23").get("daysWithoutOutcomeData").asLong())
                .isEqualTo(172);
    }

    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }
}
