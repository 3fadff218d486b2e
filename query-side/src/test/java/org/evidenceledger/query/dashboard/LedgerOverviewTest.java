package org.evidenceledger.query.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidenceledger.query.testing.Events.announced;
import static org.evidenceledger.query.testing.Events.benchmark;
import static org.evidenceledger.query.testing.Events.deployment;
import static org.evidenceledger.query.testing.Events.outcome;
import static org.evidenceledger.query.testing.Events.party;
import static org.evidenceledger.query.testing.Json.column;
import static org.evidenceledger.query.testing.Json.number;
import static org.evidenceledger.query.testing.Json.text;
import static org.evidenceledger.query.testing.Json.texts;

import java.util.ArrayList;
import java.util.List;
import org.evidenceledger.events.PartyRole;
import org.evidenceledger.query.testing.QuerySideHttpTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * GET /api/dashboard and GET /api/organizations. Both cover every partnership of the ledger, so this
 * class has a ledger of its own (a context of its own, closed afterwards) holding exactly these:
 *
 * <pre>
 * id            announced   stage on 2026-11-24   days  organizations
 * ov-mayo       2026-06-04  ANNOUNCED             173   Mayo Clinic, Microsoft (two roles)
 * ov-cerebras   2025-06-10  BENCHMARKED           532   Mayo Clinic, Microsoft, Cerebras
 * ov-copilot    2023-03-01  OUTCOMES_REPORTED       0   Mayo Clinic, microsoft, Nuance
 * ov-deployed   2026-08-01  CLINICALLY_DEPLOYED   115   Health System X (deployed, recorded 2026-09-15)
 * ov-filler-1…9 2026-11-01… ANNOUNCED             23…15 Filler Lab
 * </pre>
 */
@TestPropertySource(properties = "ledger.test.ledger=overview")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class LedgerOverviewTest extends QuerySideHttpTest {

    @BeforeEach
    void recordTheLedgerOnce() {
        if (api.get("/api/partnerships/ov-filler-9").status() == 200) {
            return;
        }
        ledger.record("2023-03-02T09:00:00Z", announced("ov-copilot", "Copilot at Mayo", "2023-03-01",
                party("Mayo Clinic", PartyRole.CLINICAL_SITE), party("microsoft", PartyRole.TECHNOLOGY_PARTNER),
                party("Nuance", PartyRole.DEVELOPER)));
        ledger.record("2023-05-02T09:00:00Z", deployment("ov-copilot", "deploy-1", "2023-05-01"));
        long copilot = ledger.record("2024-01-16T09:00:00Z", outcome("ov-copilot", "outcome-1", "2024-01-10"));
        ledger.record("2025-06-10T12:00:00Z", announced("ov-cerebras", "Imaging foundation models", "2025-06-10",
                party("Mayo Clinic", PartyRole.MODEL_OWNER), party("Microsoft", PartyRole.DEVELOPER),
                party("Cerebras", PartyRole.HARDWARE_PARTNER)));
        long cerebras = ledger.record("2025-09-02T12:00:00Z", benchmark("ov-cerebras", "bench-1", "2025-09-01"));
        long mayo = ledger.record("2026-06-04T15:00:00Z", announced("ov-mayo", "Frontier model", "2026-06-04",
                party("Mayo Clinic", PartyRole.MODEL_OWNER), party("Microsoft", PartyRole.TECHNOLOGY_PARTNER),
                party("Microsoft", PartyRole.CLOUD_DISTRIBUTOR)));
        ledger.record("2026-08-01T12:00:00Z", announced("ov-deployed", "Sepsis alerts", "2026-08-01",
                party("Health System X", PartyRole.CLINICAL_SITE)));
        long deployed = ledger.record("2026-09-15T12:00:00Z", deployment("ov-deployed", "deploy-1", "2026-09-15"));
        List<Long> fillers = new ArrayList<>();
        for (int n = 1; n <= 9; n++) {
            String day = "2026-11-0" + n;
            fillers.add(ledger.record(day + "T12:00:00Z", announced("ov-filler-" + n, "Filler " + n, day,
                    party("Filler Lab", PartyRole.DEVELOPER))));
        }
        api.awaitVersion("ov-copilot", copilot);
        api.awaitVersion("ov-cerebras", cerebras);
        api.awaitVersion("ov-mayo", mayo);
        api.awaitVersion("ov-deployed", deployed);
        for (int n = 1; n <= 9; n++) {
            api.awaitVersion("ov-filler-" + n, fillers.get(n - 1));
        }
    }

    @Test
    void theDashboardCountsEveryPartnershipByStage_withTheMedianAndTheTenLongestWithoutOutcomeData() {
        JsonNode dashboard = api.ok("/api/dashboard");

        assertThat(number(dashboard, "partnerships")).isEqualTo(13);
        assertThat(byStage(dashboard)).containsExactly(10L, 1L, 0L, 1L, 1L);
        assertThat(number(dashboard, "withoutOutcomeData")).isEqualTo(12);
        assertThat(dashboard.get("medianDaysWithoutOutcomeData").decimalValue())
                .as("the mean of the 6th and 7th of 532, 173, 115, 23 … 15").isEqualByComparingTo("20.5");
        JsonNode longest = dashboard.get("longestWithoutOutcomeData");
        assertThat(column(longest, "partnershipId")).containsExactly("ov-cerebras", "ov-mayo", "ov-deployed",
                "ov-filler-1", "ov-filler-2", "ov-filler-3", "ov-filler-4", "ov-filler-5", "ov-filler-6", "ov-filler-7");
        assertThat(column(longest, "daysWithoutOutcomeData"))
                .containsExactly("532", "173", "115", "23", "22", "21", "20", "19", "18", "17");
        assertThat(text(longest.get(1), "stage")).isEqualTo("ANNOUNCED");
        assertThat(texts(longest.get(1), "evidenceGaps")).hasSize(5);
    }

    @Test
    void theDashboardAsOfADayShowsTheLedgerAsItStood() {
        JsonNode september = api.ok("/api/dashboard?asOf=2026-09-14");
        assertThat(number(september, "partnerships")).isEqualTo(4);
        assertThat(byStage(september)).as("ov-deployed's deployment was recorded on 2026-09-15")
                .containsExactly(2L, 1L, 0L, 0L, 1L);
        assertThat(number(september, "withoutOutcomeData")).isEqualTo(3);
        assertThat(september.get("medianDaysWithoutOutcomeData").decimalValue()).isEqualByComparingTo("102");
        assertThat(column(september.get("longestWithoutOutcomeData"), "partnershipId"))
                .containsExactly("ov-cerebras", "ov-mayo", "ov-deployed");
        assertThat(column(september.get("longestWithoutOutcomeData"), "daysWithoutOutcomeData"))
                .containsExactly("461", "102", "44");

        JsonNode beforeOutcome = api.ok("/api/dashboard?asOf=2024-01-15");
        assertThat(number(beforeOutcome, "partnerships")).isEqualTo(1);
        assertThat(byStage(beforeOutcome)).containsExactly(0L, 0L, 0L, 1L, 0L);
        assertThat(beforeOutcome.get("medianDaysWithoutOutcomeData").decimalValue()).isEqualByComparingTo("320");

        JsonNode empty = api.ok("/api/dashboard?asOf=2023-01-01");
        assertThat(number(empty, "partnerships")).isZero();
        assertThat(byStage(empty)).containsExactly(0L, 0L, 0L, 0L, 0L);
        assertThat(number(empty, "withoutOutcomeData")).isZero();
        assertThat(number(empty, "medianDaysWithoutOutcomeData")).isNull();
        assertThat(empty.get("longestWithoutOutcomeData")).isEmpty();
    }

    @Test
    void organizationsComeWorstFirst_eachCountingAPartnershipOnceWhateverItsRolesAndSpelling() {
        JsonNode organizations = api.ok("/api/organizations");

        assertThat(column(organizations, "name")).map(String::toLowerCase).containsExactly(
                "cerebras", "mayo clinic", "microsoft", "health system x", "filler lab", "nuance");
        assertThat(line(organizations.get(0))).isEqualTo("Cerebras 1 0 532");
        assertThat(line(organizations.get(1))).isEqualTo("Mayo Clinic 3 1 352.5");
        assertThat(line(organizations.get(2))).as("Microsoft in two roles of ov-mayo and as 'microsoft'")
                .isEqualToIgnoringCase("Microsoft 3 1 352.5");
        assertThat(line(organizations.get(3))).isEqualTo("Health System X 1 0 115");
        assertThat(line(organizations.get(4))).isEqualTo("Filler Lab 9 0 19");
        assertThat(line(organizations.get(5))).as("every partnership has outcome data").isEqualTo("Nuance 1 1 null");
    }

    @Test
    void organizationsAsOfADayCountOnlyWhatWasRecordedByThen() {
        JsonNode organizations = api.ok("/api/organizations?asOf=2024-01-15");

        assertThat(column(organizations, "name")).containsExactly("Mayo Clinic", "microsoft", "Nuance");
        assertThat(column(organizations, "partnerships")).containsOnly("1");
        assertThat(column(organizations, "withOutcomeData")).as("the outcome was recorded on 2024-01-16")
                .containsOnly("0");
        assertThat(column(organizations, "medianDaysWithoutOutcomeData")).containsOnly("320");
        assertThat(column(api.ok("/api/organizations?asOf=2024-01-16"), "withOutcomeData")).containsOnly("1");
    }

    private static Long[] byStage(JsonNode dashboard) {
        JsonNode byStage = dashboard.get("byStage");
        assertThat(byStage.propertyNames()).containsExactlyInAnyOrder("ANNOUNCED", "BENCHMARKED",
                "INDEPENDENTLY_VALIDATED", "CLINICALLY_DEPLOYED", "OUTCOMES_REPORTED");
        return new Long[] {number(byStage, "ANNOUNCED"), number(byStage, "BENCHMARKED"),
                number(byStage, "INDEPENDENTLY_VALIDATED"), number(byStage, "CLINICALLY_DEPLOYED"),
                number(byStage, "OUTCOMES_REPORTED")};
    }

    private static String line(JsonNode organization) {
        JsonNode median = organization.get("medianDaysWithoutOutcomeData");
        return text(organization, "name") + " " + number(organization, "partnerships") + " "
                + number(organization, "withOutcomeData") + " "
                + (median.isNull() ? "null" : median.decimalValue().toPlainString());
    }
}
