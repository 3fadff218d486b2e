package org.evidenceledger.query.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidenceledger.query.testing.Events.announced;
import static org.evidenceledger.query.testing.Events.benchmark;
import static org.evidenceledger.query.testing.Events.deployment;
import static org.evidenceledger.query.testing.Events.outcome;
import static org.evidenceledger.query.testing.Events.party;
import static org.evidenceledger.query.testing.Events.retraction;
import static org.evidenceledger.query.testing.Events.validation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.evidenceledger.events.PartnershipEvent;
import org.evidenceledger.events.Party;
import org.evidenceledger.events.PartyRole;
import org.evidenceledger.query.summary.Median;
import org.evidenceledger.query.testing.QuerySideHttpTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The dashboard's and the organization ranking's figures are kept by the projection as the events come;
 * here they are checked against the same figures recomputed from scratch out of the partnership list
 * (another read model, another code path), on a seeded random ledger recorded over three years, as of
 * many past days and now. Retracted outcome data takes partnerships back into the median's count.
 */
@TestPropertySource(properties = "ledger.test.ledger=standing-figures")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class StandingFiguresTest extends QuerySideHttpTest {

    private static final int PARTNERSHIPS = 90;
    private static final LocalDate FIRST_DAY = LocalDate.parse("2023-11-01");
    private static final List<String> ORGANIZATIONS = List.of("Mayo Clinic", "Microsoft", "Nuance", "Cerebras",
            "Health System X", "Filler Lab", "Aidoc", "Northwind Health", "Contoso Imaging", "Fabrikam Labs");

    @BeforeEach
    void recordTheLedgerOnce() {
        if (api.get("/api/partnerships/sf-0").status() == 200) {
            return;
        }
        Random random = new Random(20261202);
        List<Recording> recordings = new ArrayList<>();
        for (int n = 0; n < PARTNERSHIPS; n++) {
            recordings.addAll(history("sf-" + n, random));
        }
        recordings.sort(Comparator.comparing(Recording::at));
        String last = null;
        long version = 0;
        for (Recording recording : recordings) {
            version = ledger.record(recording.at().toString(), recording.event());
            last = recording.event().partnershipId().value();
        }
        api.awaitVersion(last, version);
    }

    @Test
    void theDashboardAsOfEveryMonthAndNowIsTheOneRecomputedFromScratch() {
        for (String asOf : days()) {
            List<JsonNode> summaries = summaries(asOf);
            JsonNode dashboard = api.ok("/api/dashboard" + asOf);

            assertThat(dashboard.get("partnerships").asLong()).as("partnerships %s", asOf).isEqualTo(summaries.size());
            Map<String, Long> byStage = new TreeMap<>();
            dashboard.get("byStage").properties().forEach(stage -> {
                if (stage.getValue().asLong() > 0) {
                    byStage.put(stage.getKey(), stage.getValue().asLong());
                }
            });
            Map<String, Long> expectedByStage = new TreeMap<>();
            summaries.forEach(summary -> expectedByStage.merge(summary.get("stage").asString(), 1L, Long::sum));
            assertThat(byStage).as("byStage %s", asOf).isEqualTo(expectedByStage);
            List<JsonNode> waiting = summaries.stream().filter(summary -> summary.get("outcomeReports").asLong() == 0).toList();
            assertThat(dashboard.get("withoutOutcomeData").asLong()).as("withoutOutcomeData %s", asOf).isEqualTo(waiting.size());
            assertThat(decimal(dashboard.get("medianDaysWithoutOutcomeData"))).as("median %s", asOf)
                    .isEqualTo(median(waiting));
        }
    }

    @Test
    void theOrganizationRankingAsOfEveryMonthAndNowIsTheOneRecomputedFromScratch() {
        for (String asOf : days()) {
            Map<String, List<JsonNode>> byOrganization = new LinkedHashMap<>();
            for (JsonNode summary : summaries(asOf)) {
                Set<String> names = new LinkedHashSet<>();
                summary.get("parties").forEach(p -> names.add(p.get("name").asString().strip().toLowerCase(Locale.ROOT)));
                names.forEach(name -> byOrganization.computeIfAbsent(name, key -> new ArrayList<>()).add(summary));
            }
            List<String> expected = byOrganization.entrySet().stream()
                    .map(organization -> {
                        List<JsonNode> waiting = organization.getValue().stream()
                                .filter(summary -> summary.get("outcomeReports").asLong() == 0).toList();
                        return new Line(organization.getKey(), organization.getValue().size(),
                                organization.getValue().size() - waiting.size(), waiting.size(), median(waiting));
                    })
                    .sorted(Comparator.comparing(Line::median, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
                            .thenComparing(Line::waiting, Comparator.reverseOrder())
                            .thenComparing(Line::name))
                    .map(Line::toString)
                    .toList();

            List<String> ranked = new ArrayList<>();
            for (JsonNode organization : api.ok("/api/organizations" + asOf)) {
                ranked.add(new Line(organization.get("name").asString().toLowerCase(Locale.ROOT),
                        organization.get("partnerships").asLong(), organization.get("withOutcomeData").asLong(),
                        organization.get("partnerships").asLong() - organization.get("withOutcomeData").asLong(),
                        decimal(organization.get("medianDaysWithoutOutcomeData"))).toString());
            }
            assertThat(ranked).as("ranking %s", asOf).isEqualTo(expected);
        }
    }

    /** The first of every month the ledger spans, a day before the first entry, and now. */
    private static List<String> days() {
        List<String> days = new ArrayList<>(List.of("?asOf=" + FIRST_DAY.minusDays(1), ""));
        for (LocalDate day = FIRST_DAY; day.isBefore(LocalDate.parse("2026-11-24")); day = day.plusMonths(1)) {
            days.add("?asOf=" + day);
        }
        days.add("?asOf=2026-11-23");
        return days;
    }

    private List<JsonNode> summaries(String asOf) {
        List<JsonNode> all = new ArrayList<>();
        String separator = asOf.isEmpty() ? "?" : asOf + "&";
        for (int page = 0; ; page++) {
            JsonNode items = api.ok("/api/partnerships" + separator + "size=200&page=" + page).get("items");
            items.forEach(all::add);
            if (items.size() < 200) {
                return all;
            }
        }
    }

    private static BigDecimal median(List<JsonNode> waiting) {
        return Median.of(waiting.stream().map(summary -> summary.get("daysWithoutOutcomeData").asLong()).sorted().toList());
    }

    private static BigDecimal decimal(JsonNode value) {
        return value == null || value.isNull() ? null : value.decimalValue();
    }

    /** A partnership's events at their recorded instants: evidence at random, outcomes and their retractions. */
    private static List<Recording> history(String id, Random random) {
        List<Recording> events = new ArrayList<>();
        LocalDate announcedOn = FIRST_DAY.plusDays(random.nextInt(1000));
        LocalDate day = announcedOn.plusDays(random.nextInt(20));
        List<Party> parties = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int p = 0; p < count; p++) {
            String name = ORGANIZATIONS.get(random.nextInt(ORGANIZATIONS.size()));
            parties.add(party(random.nextBoolean() ? name : name.toUpperCase(Locale.ROOT),
                    PartyRole.values()[random.nextInt(PartyRole.values().length)]));
        }
        events.add(new Recording(at(day, random), announced(id, "Partnership " + id, announcedOn.toString(),
                parties.toArray(Party[]::new))));
        String standingOutcome = null;
        for (int step = 0; step < 6; step++) {
            day = day.plusDays(1 + random.nextInt(90));
            if (!day.isBefore(LocalDate.parse("2026-11-24"))) {
                break;
            }
            String on = day.toString();
            int kind = random.nextInt(6);
            PartnershipEvent event;
            if (kind == 5 && standingOutcome != null) {
                event = retraction(id, "retraction-" + step, standingOutcome, on, "miscounted");
                standingOutcome = null;
            } else if (kind >= 3) {
                standingOutcome = "outcome-" + step;
                event = outcome(id, standingOutcome, on);
            } else {
                event = switch (kind) {
                    case 0 -> benchmark(id, "bench-" + step, on);
                    case 1 -> validation(id, "validation-" + step, on);
                    default -> deployment(id, "deploy-" + step, on);
                };
            }
            events.add(new Recording(at(day, random), event));
        }
        return events;
    }

    private static Instant at(LocalDate day, Random random) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(random.nextInt(86_400));
    }

    private record Recording(Instant at, PartnershipEvent event) {
    }

    private record Line(String name, long partnerships, long withOutcomeData, long waiting, BigDecimal median) {
        @Override
        public String toString() {
            return name + " " + partnerships + " " + withOutcomeData + " " + median;
        }
    }
}
