package org.evidenceledger.query.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.evidenceledger.platform.axon.AppendedVersions;
import org.evidenceledger.query.time.ReferenceTime;
import org.junit.jupiter.api.Test;

/**
 * Which version a plain query waits for: on the embedded default the process's own appends tell it, with no
 * look-up in the event store per query; with several writers, or before the projection has read what was
 * stored before the process started, the event store does.
 */
class ReadYourWritesTest {

    private static final ReferenceTime NOW = ReferenceTime.now(LocalDate.parse("2026-11-24"));

    private final EventStore eventStore = mock(EventStore.class);
    private final ProjectionCatchUp catchUp = mock(ProjectionCatchUp.class);
    private final AtomicLong projected = new AtomicLong(2);

    @Test
    void givenTheSoleWriterAppendedAVersion_thenTheQueryWaitsForItWithoutAskingTheStore() {
        AppendedVersions appended = new AppendedVersions(true);
        appended.committed("mayo-microsoft", 3);
        new Thread(() -> sleepThen(50, () -> projected.set(3))).start();

        long seen = readYourWrites(appended).await("mayo-microsoft", NOW, null, this::query, Long::longValue).orElseThrow();

        assertThat(seen).isEqualTo(3);
        verify(eventStore, never()).lastSequenceNumberFor(anyString());
    }

    @Test
    void givenTheSoleWriterWithNothingAppendedAndEarlierEventsProjected_thenTheQueryAnswersAtOnce() {
        when(catchUp.hasReadEarlierEvents()).thenReturn(true);

        long seen = readYourWrites(new AppendedVersions(true)).await("mayo-microsoft", NOW, null, this::query,
                Long::longValue).orElseThrow();

        assertThat(seen).isEqualTo(2);
        verify(eventStore, never()).lastSequenceNumberFor(anyString());
    }

    @Test
    void givenEarlierEventsNotYetProjected_thenTheStoreNamesTheVersionToWaitFor() {
        when(catchUp.hasReadEarlierEvents()).thenReturn(false);
        when(eventStore.lastSequenceNumberFor("mayo-microsoft")).thenReturn(Optional.of(4L));
        new Thread(() -> sleepThen(50, () -> projected.set(4))).start();

        long seen = readYourWrites(new AppendedVersions(true)).await("mayo-microsoft", NOW, null, this::query,
                Long::longValue).orElseThrow();

        assertThat(seen).isEqualTo(4);
    }

    @Test
    void givenSeveralWriters_thenTheStoreNamesTheVersionEvenAfterOwnAppends() {
        AppendedVersions appended = new AppendedVersions(false);
        appended.committed("mayo-microsoft", 3);
        when(eventStore.lastSequenceNumberFor("mayo-microsoft")).thenReturn(Optional.of(5L));
        new Thread(() -> sleepThen(50, () -> projected.set(5))).start();

        long seen = readYourWrites(appended).await("mayo-microsoft", NOW, null, this::query, Long::longValue)
                .orElseThrow();

        assertThat(seen).isEqualTo(5);
    }

    @Test
    void givenOnlyH2FilesOpenedByOneProcess_thenSoleWriter() {
        assertThat(AppendedVersions.forDatabase("jdbc:h2:file:./data/ledger;WRITE_DELAY=0").soleWriter()).isTrue();
        assertThat(AppendedVersions.forDatabase("jdbc:h2:file:./data/ledger;AUTO_SERVER=TRUE").soleWriter()).isFalse();
        assertThat(AppendedVersions.forDatabase("jdbc:postgresql://db/ledger").soleWriter()).isFalse();
    }

    private ReadYourWrites readYourWrites(AppendedVersions appended) {
        return new ReadYourWrites(eventStore, appended, catchUp, Duration.ofSeconds(2));
    }

    private Optional<Long> query() {
        return Optional.of(projected.get());
    }

    private static void sleepThen(long millis, Runnable then) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        then.run();
    }
}
