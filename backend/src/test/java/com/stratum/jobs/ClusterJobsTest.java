package com.stratum.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A job runs on one instance at a time: the one holding its lease. */
@QuarkusTest
class ClusterJobsTest {
    private static final Duration LEASE = Duration.ofMinutes(1);

    @Inject
    ClusterJobs jobs;
    @Inject
    EntityManager em;

    @Test
    void whileOneRunHoldsTheLeaseAnotherIsSkippedAndAfterwardsTheNextRunGoesAhead() throws Exception {
        String job = "test-" + UUID.randomUUID();
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Boolean> first = pool.submit(() -> jobs.runOnce(job, LEASE, () -> {
                runs.incrementAndGet();
                running.countDown();
                await(finish);
            }));
            assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(jobs.runOnce(job, LEASE, runs::incrementAndGet)).as("ran beside the first").isFalse();
            finish.countDown();
            assertThat(first.get(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            pool.shutdownNow();
        }
        assertThat(jobs.runOnce(job, LEASE, runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(2);
    }

    /** An instance that died holding a lease blocks the job only until the lease ends. */
    @Test
    void aLeaseThatWasNeverGivenBackEndsByItself() {
        String job = "test-" + UUID.randomUUID();
        AtomicInteger runs = new AtomicInteger();
        leaseHeldByADeadInstance(job, "now() + interval '1 hour'");
        assertThat(jobs.runOnce(job, LEASE, runs::incrementAndGet)).isFalse();
        leaseHeldByADeadInstance(job, "now() - interval '1 second'");
        assertThat(jobs.runOnce(job, LEASE, runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(1);
    }

    /** A job whose work fails gives its lease back all the same. */
    @Test
    void aFailedRunGivesItsLeaseBack() {
        String job = "test-" + UUID.randomUUID();
        try {
            jobs.runOnce(job, LEASE, () -> {
                throw new IllegalStateException("the work failed");
            });
        } catch (IllegalStateException expected) {
            assertThat(expected).hasMessage("the work failed");
        }
        AtomicInteger runs = new AtomicInteger();
        assertThat(jobs.runOnce(job, LEASE, runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(1);
    }

    private void leaseHeldByADeadInstance(String job, String until) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into job_lease (name, holder,"
                        + " leased_until) values (?1, 'a dead instance', " + until + ") on conflict (name) do update"
                        + " set holder = excluded.holder, leased_until = excluded.leased_until")
                .setParameter(1, job).executeUpdate());
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
