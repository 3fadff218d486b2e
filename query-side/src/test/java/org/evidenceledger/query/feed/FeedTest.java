package org.evidenceledger.query.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidenceledger.query.testing.Events.announced;
import static org.evidenceledger.query.testing.Events.benchmark;
import static org.evidenceledger.query.testing.Events.party;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidenceledger.events.PartyRole;
import org.evidenceledger.query.testing.QueryApi;
import org.evidenceledger.query.testing.QuerySideHttpTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /api/feed: the latest recorded entries, newest first, narrowed to a partnership or an organization. */
class FeedTest extends QuerySideHttpTest {

    private static final String ORGANIZATION = "Feed Test Org";

    @BeforeEach
    void recordOnce() {
        if (api.get("/api/partnerships/feed-second").status() == 200) {
            return;
        }
        ledger.record("2026-06-04T09:00:00Z", announced("feed-first", "Feed first", "2026-06-04",
                party(ORGANIZATION, PartyRole.MODEL_OWNER)));
        ledger.record("2026-06-05T09:00:00Z", announced("feed-second", "Feed second", "2026-06-05",
                party(ORGANIZATION.toUpperCase(), PartyRole.DEVELOPER)));
        long version = ledger.record("2026-07-01T09:00:00Z", benchmark("feed-first", "bench-1", "2026-07-01"));
        api.awaitVersion("feed-first", version);
        api.awaitVersion("feed-second", 0);
    }

    @Test
    void givenAnOrganization_thenTheFeedHasItsPartnershipsEntriesNewestFirst() {
        assertThat(titles("/api/feed?party=feed%20test%20org")).containsExactly(
                "Benchmark: Feed first", "Announcement: Feed second", "Announcement: Feed first");
    }

    @Test
    void givenAPartnershipAndAnAsOfDate_thenTheFeedHasItsEntriesRecordedByThatDay() {
        assertThat(titles("/api/feed?partnershipId=feed-first")).containsExactly(
                "Benchmark: Feed first", "Announcement: Feed first");
        assertThat(titles("/api/feed?partnershipId=feed-first&asOf=2026-06-30")).containsExactly(
                "Announcement: Feed first");
    }

    /** The titles of the feed's entries, in its order (the feed's own title comes first in the document). */
    private List<String> titles(String pathAndQuery) {
        QueryApi.Answer answer = api.get(pathAndQuery, QueryApi.DASH, "application/atom+xml");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        Matcher title = Pattern.compile("<title[^>]*>([^<]*)</title>").matcher(answer.body());
        List<String> titles = new ArrayList<>();
        while (title.find()) {
            titles.add(title.group(1));
        }
        return titles.subList(1, titles.size());
    }
}
