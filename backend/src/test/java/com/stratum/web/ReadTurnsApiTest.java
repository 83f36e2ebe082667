package com.stratum.web;

import static com.stratum.support.Api.api;
import static org.assertj.core.api.Assertions.assertThat;

import com.stratum.support.Api;
import com.stratum.support.Fixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * API reads take turns at the HTTP edge (RequestGate, ReadSlots), over real HTTP: with every slot held, a read
 * waits while writes, CSV exports and health checks go straight on, and it is answered once a slot is handed to
 * it; a read whose client left while waiting hands its slot straight on.
 */
@QuarkusTest
class ReadTurnsApiTest {
    @TestHTTPResource("/")
    URL base;

    @Inject
    RequestGate gate;

    private int held;

    /** Holds every slot, as that many long reads would. */
    private ReadSlots holdEverySlot() {
        Api.adminToken(); // signed in before: the sign-in's own reads would wait too
        ReadSlots slots = gate.reads();
        awaitCondition(() -> slots.running() == 0, "no read running before the test");
        for (int i = 0; i < slots.slots(); i++) {
            slots.enter(() -> held++);
        }
        assertThat(held).isEqualTo(slots.slots());
        return slots;
    }

    @AfterEach
    void handBackHeldSlots() {
        while (held > 0) {
            held--;
            gate.reads().leave();
        }
    }

    private static void awaitCondition(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
            LockSupport.parkNanos(Duration.ofMillis(2).toNanos());
        }
    }

    @Test
    void aReadWaitsForASlotWhileWritesExportsAndHealthChecksGoOn() throws Exception {
        ReadSlots slots = holdEverySlot();
        long waitedBefore = slots.waited();
        CompletableFuture<Integer> read = CompletableFuture.supplyAsync(
                () -> api().queryParam("limit", 1).get("/api/v1/accounts").statusCode());
        awaitCondition(() -> slots.waiting() == 1, "the read to wait for a slot");

        Fixtures.account(Map.of());
        api().queryParam("format", "csv").get("/api/v1/accounts").then().statusCode(200);
        RestAssured.given().get("/q/health/ready").then().statusCode(200);
        assertThat(read).isNotDone();
        assertThat(slots.waiting()).isEqualTo(1);

        held--;
        slots.leave();
        assertThat(read.get(20, TimeUnit.SECONDS)).isEqualTo(200);
        assertThat(slots.waited()).isEqualTo(waitedBefore + 1);
        assertThat(slots.mostRunning()).isLessThanOrEqualTo(slots.slots());
        awaitCondition(() -> slots.running() == held, "the answered read to hand its slot back");
    }

    @Test
    void aReadWhoseClientLeftWhileWaitingHandsItsSlotOn() throws Exception {
        ReadSlots slots = holdEverySlot();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/v1/accounts?limit=1 HTTP/1.1\r\nHost: " + base.getHost() + "\r\nAuthorization: Bearer "
                    + Api.adminToken() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            awaitCondition(() -> slots.waiting() == 1, "the raw read to wait for a slot");
        }
        held--;
        slots.leave();
        // The slot went to the read whose client is gone: it gives the slot back (at once when the close was seen
        // first), and no slot is lost.
        awaitCondition(() -> slots.running() == held, "the abandoned read to hand its slot back");
        assertThat(slots.waiting()).isZero();
    }
}
