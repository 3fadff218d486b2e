package org.evidenceledger.platform.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.evidenceledger.events.BenchmarkPublished;
import org.evidenceledger.events.EntryId;
import org.evidenceledger.events.OutcomeMeasure;
import org.evidenceledger.events.PartnershipId;
import org.evidenceledger.events.Source;
import org.evidenceledger.platform.axon.AxonStorageConfiguration;
import org.junit.jupiter.api.Test;

class BenchmarkPublishedUpcasterTest {

    /** A BenchmarkPublished exactly as revision 1 stored it, before sampleSize existed. */
    private static final String REVISION_1_JSON = """
            {"partnershipId":"mayo-microsoft-frontier-model","entryId":"benchmark-1","metric":"diagnostic accuracy",\
            "value":0.91,"unit":"AUROC","publishedOn":"2026-07-01","source":{"url":"https://example.org/paper",\
            "publisher":"journal","title":null},"dataset":"internal CT set","comparator":null,"independent":false,\
            "peerReviewed":true}""";

    private final Serializer serializer = new AxonStorageConfiguration().serializer();

    @Test
    void givenRevision1JsonAsStored_whenRead_thenItHasTheNewestShapeWithNoSampleSizeAndNoMeasure() {
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("Partnership",
                "mayo-microsoft-frontier-model", 1, "event-1", "2026-07-01T10:00:00Z",
                BenchmarkPublished.class.getName(), "1", REVISION_1_JSON.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));

        List<IntermediateEventRepresentation> upcast = new EventUpcasterChain(new BenchmarkPublishedUpcaster(), new BenchmarkMeasureUpcaster())
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer)))
                .toList();

        assertThat(upcast).hasSize(1);
        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("3");
        BenchmarkPublished event = serializer.deserialize(upcast.get(0).getData());
        assertThat(event).isEqualTo(new BenchmarkPublished(new PartnershipId("mayo-microsoft-frontier-model"),
                new EntryId("benchmark-1"), "diagnostic accuracy", new BigDecimal("0.91"), "AUROC",
                LocalDate.parse("2026-07-01"), new Source("https://example.org/paper", "journal", null),
                "internal CT set", null, false, true, null, null));
    }

    @Test
    void givenRevision2_whenRead_thenItKeepsItsSampleSizeAndNamesNoMeasure() {
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("Partnership",
                "mayo-microsoft-frontier-model", 1, "event-1", "2026-07-01T10:00:00Z",
                BenchmarkPublished.class.getName(), "2",
                REVISION_1_JSON.replace("\"peerReviewed\":true}", "\"peerReviewed\":true,\"sampleSize\":1200}")
                        .getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));

        IntermediateEventRepresentation read = new EventUpcasterChain(new BenchmarkPublishedUpcaster(), new BenchmarkMeasureUpcaster())
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer)))
                .findFirst().orElseThrow();

        assertThat(read.getType().getRevision()).isEqualTo("3");
        BenchmarkPublished event = serializer.deserialize(read.getData());
        assertThat(event.sampleSize()).isEqualTo(1200);
        assertThat(event.measure()).isNull();
    }

    @Test
    void givenRevision3_whenRead_thenItsMeasureIsKept() {
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("Partnership",
                "mayo-microsoft-frontier-model", 1, "event-1", "2026-07-01T10:00:00Z",
                BenchmarkPublished.class.getName(), "3",
                REVISION_1_JSON.replace("\"peerReviewed\":true}", "\"peerReviewed\":true,\"sampleSize\":null,\"measure\":\"LATENCY\"}")
                        .getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));

        IntermediateEventRepresentation read = new EventUpcasterChain(new BenchmarkPublishedUpcaster(), new BenchmarkMeasureUpcaster())
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer)))
                .findFirst().orElseThrow();

        BenchmarkPublished event = serializer.deserialize(read.getData());
        assertThat(event.measure()).isEqualTo(OutcomeMeasure.LATENCY);
    }
}
