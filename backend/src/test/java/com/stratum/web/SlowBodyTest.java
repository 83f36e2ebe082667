package com.stratum.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.stratum.support.Api;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.Socket;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Bodies that trickle in hold no worker thread: 300 sign-ins whose bodies stop after the first byte, from ten
 * client addresses, leave a normal client's requests answered quickly, and each of them ends with a 408 once
 * the body timeout passes. One address cannot have more than its share of requests in progress.
 *
 * <p>The slow clients bind their sockets to 127.0.0.2 … 127.0.0.11, which Linux routes over loopback, so the
 * server sees ten real peer addresses (no X-Forwarded-For involved).
 */
@QuarkusTest
@TestProfile(SlowBodyTest.ShortBodyTimeout.class)
class SlowBodyTest {
    static final int ADDRESSES = 10;
    static final int PER_ADDRESS = 30;

    public static class ShortBodyTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("stratum.http.body-timeout", "8s", "stratum.http.max-requests-per-client", "30",
                    // Keep the data the rest of the suite made (and the suite's admin token) across the restart.
                    "quarkus.flyway.clean-at-start", "false");
        }
    }

    @TestHTTPResource("/")
    URL base;

    @Inject
    RequestGate gate;

    private final List<Socket> sockets = new ArrayList<>();

    @AfterEach
    void closeSockets() {
        for (Socket socket : sockets) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // already closed by the server
            }
        }
        sockets.clear();
    }

    @Test
    void slowBodiesFromTenAddressesLeaveOtherClientsAnsweredWithinAHundredMilliseconds() throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest me = HttpRequest.newBuilder(base.toURI().resolve("/api/v1/me"))
                .header("Authorization", "Bearer " + Api.adminToken()).timeout(Duration.ofSeconds(2)).build();
        for (int i = 0; i < 20; i++) {
            assertThat(client.send(me, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        }
        long floodStarted = System.nanoTime();
        for (int a = 0; a < ADDRESSES; a++) {
            for (int i = 0; i < PER_ADDRESS; i++) {
                sockets.add(startSlowSignIn("127.0.0." + (2 + a)));
            }
        }
        // The flood is in place once the server holds all of its requests.
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (held() < ADDRESSES * PER_ADDRESS && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos()); // poll interval, bounded by the deadline
        }
        assertThat(held()).isEqualTo(ADDRESSES * PER_ADDRESS);
        long[] millis = new long[200];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = client.send(me, HttpResponse.BodyHandlers.ofString());
            millis[i] = (System.nanoTime() - start) / 1_000_000;
            assertThat(response.statusCode()).isEqualTo(200);
        }
        long measuredWithin = Duration.ofNanos(System.nanoTime() - floodStarted).toMillis();
        Arrays.sort(millis);
        long p99 = millis[(int) Math.ceil(millis.length * 0.99) - 1];
        assertThat(measuredWithin).as("measured while the slow bodies were still pending").isLessThan(8_000);
        assertThat(p99).as("p99 of a normal client's requests during the flood, ms: " + Arrays.toString(millis))
                .isLessThan(100);
        // Every slow body ends with a 408 problem once the body timeout has passed.
        for (Socket socket : sockets) {
            HttpEdgeLimitsTest.assertProblem(RawHttp.read(socket), 408);
        }
    }

    @Test
    void oneAddressCannotHaveMoreThanItsShareOfRequestsInProgress() throws Exception {
        for (int i = 0; i < PER_ADDRESS; i++) {
            sockets.add(startSlowSignIn("127.0.0.20"));
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (gate.inFlight("127.0.0.20") < PER_ADDRESS && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos()); // poll interval, bounded by the deadline
        }
        assertThat(gate.inFlight("127.0.0.20")).isEqualTo(PER_ADDRESS);
        Socket extra = startSlowSignIn("127.0.0.20");
        sockets.add(extra);
        RawHttp.Answer refused = RawHttp.read(extra);
        HttpEdgeLimitsTest.assertProblem(refused, 429);
        assertThat(refused.header("Retry-After")).isEqualTo("1");
        // Another address is not affected.
        Socket other = RawHttp.open(base, "127.0.0.21");
        sockets.add(other);
        other.getOutputStream().write(("GET /q/health/live HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        assertThat(RawHttp.read(other).status()).isEqualTo(200);
        // Once the slow clients give up, the address gets its share back.
        closeSockets();
        deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        int status;
        do {
            Socket again = RawHttp.open(base, "127.0.0.20");
            sockets.add(again);
            again.getOutputStream().write(("GET /q/health/live HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            status = RawHttp.read(again).status();
        } while (status != 200 && System.nanoTime() < deadline);
        assertThat(status).isEqualTo(200);
    }

    private int held() {
        int held = 0;
        for (int a = 0; a < ADDRESSES; a++) {
            held += gate.inFlight("127.0.0." + (2 + a));
        }
        return held;
    }

    /** A sign-in whose body announces 60 bytes and stops after the first. */
    private Socket startSlowSignIn(String localAddress) throws IOException {
        Socket socket = RawHttp.open(base, localAddress);
        socket.getOutputStream().write(("POST /api/v1/auth/login HTTP/1.1\r\nHost: " + base.getHost()
                + "\r\nContent-Type: application/json\r\nContent-Length: 60\r\n\r\n{")
                .getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }
}
