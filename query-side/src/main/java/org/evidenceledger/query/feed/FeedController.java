package org.evidenceledger.query.feed;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import io.swagger.v3.oas.annotations.Operation;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.evidenceledger.events.EntryType;
import org.evidenceledger.query.organizations.PartyRepository;
import org.evidenceledger.query.slot.ReadModelSlots;
import org.evidenceledger.query.time.ReferenceTime;
import org.evidenceledger.query.timeline.RecordedEntry;
import org.evidenceledger.query.timeline.TimelineRepository;
import org.evidenceledger.query.web.ProjectionCatchUp;
import org.evidenceledger.query.web.ReferenceTimes;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An Atom 1.0 feed of the 50 most recently recorded entries, newest first, written with ROME: one
 * Atom entry per ledger entry (a retraction is one of its own), each linking to its partnership's page.
 */
@RestController
public class FeedController {

    static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);
    private static final int ENTRIES = 50;

    private final TimelineRepository timelines;
    private final ReadModelSlots slots;
    private final ReferenceTimes referenceTimes;
    private final ProjectionCatchUp catchUp;
    private final JsonMapper jsonMapper;

    public FeedController(TimelineRepository timelines, ReadModelSlots slots, ReferenceTimes referenceTimes,
                          ProjectionCatchUp catchUp, JsonMapper jsonMapper) {
        this.timelines = timelines;
        this.slots = slots;
        this.referenceTimes = referenceTimes;
        this.catchUp = catchUp;
        this.jsonMapper = jsonMapper;
    }

    @Operation(operationId = "getFeed", summary = "Atom feed of the most recently recorded entries")
    @GetMapping(path = "/api/feed", produces = "application/atom+xml")
    public ResponseEntity<String> feed(@RequestParam(required = false) String partnershipId,
                                       @RequestParam(required = false) String party,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf)
            throws FeedException {
        ReferenceTime at = referenceTimes.at(asOf);
        catchUp.await();
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        String partyKey = blankToNull(party) == null ? null : PartyRepository.key(party);
        List<RecordedEntry> entries = timelines.latest(slots.active(), blankToNull(partnershipId), partyKey, at,
                ENTRIES);
        Feed atom = new Feed("atom_1.0");
        atom.setId(urn("feed/" + partnershipId + "/" + party + "/" + asOf));
        atom.setTitle("Partnership Evidence Ledger: recorded evidence"
                + (partnershipId == null ? "" : " for " + partnershipId) + (party == null ? "" : " of " + party));
        atom.setUpdated(Date.from(entries.isEmpty() ? at.referenceDate().atStartOfDay().toInstant(java.time.ZoneOffset.UTC)
                : entries.get(0).recordedAt()));
        atom.setAlternateLinks(List.of(link(base + "/")));
        Person ledger = new Person();
        ledger.setName("Partnership Evidence Ledger");
        atom.setAuthors(List.of(ledger));
        atom.setEntries(entries.stream().map(entry -> entry(entry, base)).toList());
        return ResponseEntity.ok().contentType(ATOM).body(new WireFeedOutput().outputString(atom));
    }

    private Entry entry(RecordedEntry recorded, String base) {
        Entry entry = new Entry();
        entry.setId(urn(recorded.partnershipId() + "/" + recorded.entryId()));
        entry.setTitle(words(recorded.type()) + ": " + recorded.partnershipTitle());
        entry.setUpdated(Date.from(recorded.recordedAt()));
        entry.setAlternateLinks(List.of(link(base + "/partnerships/" + recorded.partnershipId())));
        Person author = new Person();
        author.setName(recorded.recordedBy());
        entry.setAuthors(List.of(author));
        Content summary = new Content();
        summary.setType("text");
        summary.setValue(summary(recorded));
        entry.setSummary(summary);
        return entry;
    }

    private String summary(RecordedEntry recorded) {
        JsonNode details = jsonMapper.readTree(recorded.details());
        String what = switch (recorded.type()) {
            case RETRACTION -> "Retracts " + details.path("retractedEntryId").asString("") + ": "
                    + details.path("reason").asString("");
            case BENCHMARK -> details.path("metric").asString("") + " " + details.path("value").asString("") + " "
                    + details.path("unit").asString("");
            case OUTCOME_DATA -> details.path("measure").asString("") + " " + details.path("value").asString("") + " "
                    + details.path("unit").asString("");
            case CONCLUSION -> "Concluded: " + details.path("reason").asString("");
            default -> words(recorded.type());
        };
        return what.strip() + ". Occurred " + recorded.occurredOn() + ", recorded by " + recorded.recordedBy()
                + (recorded.sourceUrl() == null ? "." : "; source " + recorded.sourceUrl() + ".");
    }

    private static String words(EntryType type) {
        String words = type.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static Link link(String href) {
        Link link = new Link();
        link.setRel("alternate");
        link.setType("text/html");
        link.setHref(href);
        return link;
    }

    /** A stable id: the same entry always has the same one, in every feed and every slot. */
    private static String urn(String name) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(("evidence-ledger/" + name).getBytes(StandardCharsets.UTF_8));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
