package org.evidenceledger.command.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.evidenceledger.command.endtoend.LedgerHttp.Answer;
import org.evidenceledger.command.web.GroupCommit;
import org.evidenceledger.events.PartnershipId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Commands that arrive together are committed together (GroupCommit), yet each is decided alone: one that
 * fails in the group records nothing and fails no other command of it. One committer here, held busy while
 * the group gathers in its queue, so that the seven commands are certainly one transaction. On the embedded
 * default ({@link GroupCommitOnH2Test}) and on PostgreSQL ({@link GroupCommitOnPostgresTest}), where a failed
 * statement aborts the whole transaction unless rolled back to its savepoint.
 */
@TestPropertySource(properties = "ledger.command.concurrency=1")
abstract class GroupCommitTest extends CommandSideHttpTest {

    @Autowired
    private GroupCommit groupCommit;

    @Autowired
    private MeterRegistry registry;

    @Test
    void givenAGroupWithRefusedAndFailingCommands_thenTheyRecordNothingAndTheOthersAreRecorded() throws Exception {
        http.post(PARTNERSHIPS, Bodies.announcement("group-existing")).created();
        http.post(PARTNERSHIPS, Bodies.announcement("group-other")).created();
        http.post(PARTNERSHIPS, Bodies.announcement("group-retried")).created();
        DistributionSummary groups = registry.get("ledger.commit.group").summary();
        long groupsBefore = groups.count();
        double commandsBefore = groups.totalAmount();

        // the committer holds the busy command's group from when it runs: what arrives after waits for the next
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Object> busy = CompletableFuture.supplyAsync(() -> groupCommit.handle(
                new PartnershipId("group-busy"), () -> {
                    running.countDown();
                    return await(release);
                }));
        assertThat(running.await(30, TimeUnit.SECONDS)).as("the busy command runs").isTrue();
        awaitWaiting(0);
        CompletableFuture<Answer> announced = http.postAsync(PARTNERSHIPS, Bodies.announcement("group-new"));
        // fails only when appended, after its Idempotency-Key answer was written in its unit of work
        CompletableFuture<Answer> duplicate = http.postAsync(PARTNERSHIPS, Bodies.announcement("group-existing"),
                "Idempotency-Key", "group-duplicate");
        CompletableFuture<Answer> benchmark = http.postAsync(
                PARTNERSHIPS + "/group-existing/benchmarks", Bodies.benchmark("2026-09-15"));
        CompletableFuture<Answer> stale = http.postAsync(
                PARTNERSHIPS + "/group-existing/benchmarks", Bodies.benchmark("2026-09-16"), "If-Match", "\"7\"");
        CompletableFuture<Answer> validation = http.postAsync(
                PARTNERSHIPS + "/group-other/validations", Bodies.validation("2026-09-20"));
        // a client's retry: the second fails on its Idempotency-Key, written by the first in the same transaction
        CompletableFuture<Answer> sent = http.postAsync(PARTNERSHIPS + "/group-retried/benchmarks",
                Bodies.benchmark("2026-10-01"), "Idempotency-Key", "group-retry");
        awaitWaiting(6);
        CompletableFuture<Answer> resent = http.postAsync(PARTNERSHIPS + "/group-retried/benchmarks",
                Bodies.benchmark("2026-10-01"), "Idempotency-Key", "group-retry");
        awaitWaiting(7);
        release.countDown();
        busy.get(30, TimeUnit.SECONDS);

        assertThat(announced.get(30, TimeUnit.SECONDS).created().get("version").asLong()).isZero();
        duplicate.get(30, TimeUnit.SECONDS).problem(409);
        assertThat(benchmark.get(30, TimeUnit.SECONDS).created().get("version").asLong()).isEqualTo(1);
        stale.get(30, TimeUnit.SECONDS).problem(412);
        assertThat(validation.get(30, TimeUnit.SECONDS).created().get("version").asLong()).isEqualTo(1);
        assertThat(resent.get(30, TimeUnit.SECONDS).created()).isEqualTo(sent.get(30, TimeUnit.SECONDS).created());
        assertThat(groups.count() - groupsBefore).as("groups committed").isEqualTo(2);
        assertThat(groups.totalAmount() - commandsBefore).as("commands in them").isEqualTo(8);

        assertThat(events.count("group-new")).isEqualTo(1);
        assertThat(events.count("group-existing")).as("announcement and one benchmark").isEqualTo(2);
        assertThat(events.count("group-other")).isEqualTo(2);
        assertThat(events.count("group-retried")).as("announcement and one benchmark").isEqualTo(2);
        assertThat(events.of("group-existing").get(0).payload().get("title").asString())
                .isEqualTo("Frontier model partnership group-existing");
        // the failed announcement's answer was rolled back with it: its key answers the refusal again
        http.post(PARTNERSHIPS, Bodies.announcement("group-existing"), "Idempotency-Key", "group-duplicate")
                .problem(409);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM idempotency_record WHERE idempotency_key = 'group-duplicate'")
                .query(Long.class).single()).isZero();
    }

    private void awaitWaiting(int commands) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (groupCommit.waiting() != commands && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(groupCommit.waiting()).as("commands waiting for the committer").isEqualTo(commands);
    }

    private static Object await(CountDownLatch release) {
        try {
            release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }
}
