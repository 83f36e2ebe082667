package com.stratum.security;

import static com.stratum.support.Api.anonymous;
import static com.stratum.support.Api.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.stratum.support.Api;
import com.stratum.support.Fixtures;
import com.stratum.support.TestClock;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * OWASP API4:2023 Unrestricted Resource Consumption: pages, bodies and bursts are bounded. Runs with small
 * rate limits and a 10-second window of its own, so that a burst is quick to provoke; the rate-limit tests
 * freeze the application's clock and move it by hand, so that they count exact seconds without waiting.
 */
@QuarkusTest
@TestProfile(Api4ResourceConsumptionTest.SmallLimits.class)
class Api4ResourceConsumptionTest {
    static final int LIMIT = 20;
    static final int PUBLIC_LIMIT = 10;
    static final int WINDOW_SECONDS = 10;
    private static final String TIER_POLICIES = "/api/v1/tier-policies";
    private static final String PUBLIC_PATH = "/api/v1/public/surveys/unknown-link";

    @TestHTTPResource("/")
    URL base;
    @Inject
    TestClock clock;
    @Inject
    DataSource dataSource;
    @Inject
    RateLimitCleanup cleanup;

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("stratum.rate-limit.per-minute", Integer.toString(LIMIT),
                    "stratum.rate-limit.public-per-minute", Integer.toString(PUBLIC_LIMIT),
                    "stratum.rate-limit.window", "PT" + WINDOW_SECONDS + "S",
                    // Keep the data the rest of the suite made (and the suite's admin token) across the restart.
                    "quarkus.flyway.clean-at-start", "false");
        }
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void pagesLargerThanTheMaximumAreRefused() {
        api().get("/api/v1/accounts?limit=201").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        api().get("/api/v1/audit-events?limit=100000").then().statusCode(400);
        api().get("/api/v1/accounts?limit=200").then().statusCode(200);
    }

    @Test
    void bodiesOverOneMegabyteAre413() throws IOException {
        // Refused by the HTTP layer on the declared length, before any JSON is read.
        assertThat(statusLineForDeclaredBody("/api/v1/auth/login", 1_100_000, null)).startsWith("HTTP/1.1 413");
        assertThat(statusLineForDeclaredBody("/api/v1/accounts", 1_100_000, "Bearer " + Api.adminToken()))
                .startsWith("HTTP/1.1 413");
        assertThat(statusLineForDeclaredBody("/api/v1/auth/login", 2, null)).as("a small body still gets through")
                .doesNotContain(" 413");
    }

    /**
     * Sends a POST's headers declaring a body of {@code length} bytes and reads the status line. Only a small
     * body is sent: writing a megabyte would race the server closing the connection after its 413 (the
     * client then fails with a broken pipe instead of reading the answer).
     */
    private String statusLineForDeclaredBody(String path, int length, String authorization) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            StringBuilder request = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: " + base.getHost()
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + length + "\r\n");
            if (authorization != null) {
                request.append("Authorization: ").append(authorization).append("\r\n");
            }
            request.append("\r\n").append(length <= 2 ? "{}".substring(0, length) : "");
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
        }
    }

    @Test
    void aBurstFromOneTokenIsLimitedWithRetryAfterAndRateLimitHeaders() {
        String token = Fixtures.token("VIEWER", List.of("accounts:read"));
        Response first = Api.withToken(token).get("/api/v1/tier-policies");
        first.then().statusCode(200).header("RateLimit-Limit", "20");
        assertThat(Integer.parseInt(first.header("RateLimit-Remaining"))).isEqualTo(19);
        Response last = first;
        for (int i = 0; i < 25 && last.statusCode() == 200; i++) {
            last = Api.withToken(token).get("/api/v1/tier-policies");
        }
        last.then().statusCode(429).contentType("application/problem+json").header("RateLimit-Remaining", "0");
        assertThat(Integer.parseInt(last.header("Retry-After"))).isBetween(1, 60);
        // Another caller is not affected by this token's burst.
        Api.withToken(Fixtures.token("VIEWER", List.of("accounts:read"))).get("/api/v1/tier-policies")
                .then().statusCode(200);
    }

    @Test
    void publicEndpointsAreLimitedPerClientAddress() {
        Response last = null;
        for (int i = 0; i < 15; i++) {
            last = anonymous().header("X-Forwarded-For", "192.0.2.200").get("/api/v1/public/surveys/unknown-link");
            if (last.statusCode() == 429) {
                break;
            }
            last.then().statusCode(404);
        }
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.header("Retry-After")).isNotNull();
        anonymous().header("X-Forwarded-For", "192.0.2.201").get("/api/v1/public/surveys/unknown-link")
                .then().statusCode(404);
    }

    @Test
    void guessingTokensUsesUpTheAddresssAllowance() {
        int status = 0;
        for (int i = 0; i < 15 && status != 429; i++) {
            status = anonymous().header("X-Forwarded-For", "192.0.2.210").header("Authorization", "Bearer stm_guess" + i)
                    .get("/api/v1/accounts").statusCode();
            assertThat(status).isIn(401, 429);
        }
        assertThat(status).isEqualTo(429);
    }

    /**
     * A client sending five requests a second, two and a half times its allowance, for 30 seconds: no window
     * of 10 seconds ever holds more than 20 accepted requests, yet the allowance is used in full (a request
     * counts for 10 to 11 seconds, so 20 in each 11 s, 60 in 33 s), and every refusal says when to retry.
     */
    @Test
    void aSteadyClientNeverGetsMoreThanTheLimitInAnyWindow() {
        steadyClient(Instant.now().truncatedTo(ChronoUnit.SECONDS).plusMillis(250));
    }

    /** Epoch seconds pass 2^31 in January 2038: the limiter's arithmetic must not overflow there. */
    @Test
    void theLimiterKeepsCountingAfter2038() {
        steadyClient(Instant.parse("2040-02-29T23:59:50.250Z"));
    }

    private void steadyClient(Instant start) {
        String token = freshToken();
        clock.freezeAt(start);
        List<Instant> accepted = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            Response response = Api.withToken(token).get(TIER_POLICIES);
            assertThat(response.statusCode()).isIn(200, 429);
            assertThat(response.header("RateLimit-Limit")).isEqualTo(Integer.toString(LIMIT));
            if (response.statusCode() == 200) {
                accepted.add(clock.instant());
            } else {
                assertThat(response.header("RateLimit-Remaining")).isEqualTo("0");
                assertThat(Integer.parseInt(response.header("Retry-After"))).isBetween(1, WINDOW_SECONDS + 1);
            }
            clock.advance(Duration.ofMillis(200));
        }
        assertAtMostInAnyWindow(accepted, LIMIT);
        assertThat(accepted).hasSize(3 * LIMIT);
    }

    /**
     * RateLimit-Remaining is how many more requests are accepted right now; Retry-After on a 429 is exactly
     * when the next one is; RateLimit-Reset is when the whole allowance is back if nothing more is sent.
     */
    @Test
    void theHeadersSayWhatWillHappen() {
        String token = freshToken();
        clock.freezeAt(Instant.now().truncatedTo(ChronoUnit.SECONDS).plusMillis(500));
        Response first = Api.withToken(token).get(TIER_POLICIES);
        first.then().statusCode(200).header("RateLimit-Limit", Integer.toString(LIMIT));
        int remaining = Integer.parseInt(first.header("RateLimit-Remaining"));
        assertThat(remaining).isEqualTo(LIMIT - 1);
        for (int i = 1; i <= remaining; i++) {
            Api.withToken(token).get(TIER_POLICIES).then().statusCode(200)
                    .header("RateLimit-Remaining", Integer.toString(remaining - i));
        }
        Response refused = Api.withToken(token).get(TIER_POLICIES);
        refused.then().statusCode(429).contentType("application/problem+json").header("RateLimit-Remaining", "0")
                .body("retryAfterSeconds", equalTo(Integer.parseInt(refused.header("Retry-After"))))
                .body("detail", equalTo("The rate limit of 20 requests in 10 seconds is used up. Try again in "
                        + refused.header("Retry-After") + " seconds."));
        int retryAfter = Integer.parseInt(refused.header("Retry-After"));
        assertThat(retryAfter).isEqualTo(WINDOW_SECONDS + 1); // all 20 in one second, half a second ago
        clock.advance(Duration.ofSeconds(retryAfter - 1));
        Api.withToken(token).get(TIER_POLICIES).then().statusCode(429).header("Retry-After", "1");
        clock.advance(Duration.ofSeconds(1));
        Api.withToken(token).get(TIER_POLICIES).then().statusCode(200);
    }

    /** Two clients with the same history: one a second before RateLimit-Reset, the other at it. */
    @Test
    void rateLimitResetIsWhenTheWholeAllowanceIsBack() {
        String early = freshToken();
        String onTime = freshToken();
        clock.freezeAt(Instant.now().truncatedTo(ChronoUnit.SECONDS).plusMillis(300));
        for (String token : List.of(early, onTime)) {
            for (int i = 0; i < 5; i++) {
                Api.withToken(token).get(TIER_POLICIES).then().statusCode(200);
            }
        }
        clock.advance(Duration.ofMillis(3_400));
        int reset = 0;
        for (String token : List.of(early, onTime)) {
            Response last = Api.withToken(token).get(TIER_POLICIES);
            last.then().statusCode(200).header("RateLimit-Remaining", Integer.toString(LIMIT - 6));
            reset = Integer.parseInt(last.header("RateLimit-Reset"));
        }
        assertThat(reset).isBetween(WINDOW_SECONDS, WINDOW_SECONDS + 1);
        clock.advance(Duration.ofSeconds(reset - 1));
        Api.withToken(early).get(TIER_POLICIES).then().statusCode(200)
                .header("RateLimit-Remaining", Integer.toString(LIMIT - 2)); // the last request still counts
        clock.advance(Duration.ofSeconds(1));
        Api.withToken(onTime).get(TIER_POLICIES).then().statusCode(200)
                .header("RateLimit-Remaining", Integer.toString(LIMIT - 1)); // only this one counts
    }

    /** Parallel requests of one token at one instant: exactly the limit gets through, whichever connection. */
    @Test
    void parallelRequestsNeverOvershootTheLimit() throws Exception {
        String token = freshToken();
        clock.freezeAt(Instant.now());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < 2 * LIMIT; i++) {
                statuses.add(pool.submit(() -> Api.withToken(token).get(TIER_POLICIES).statusCode()));
            }
            int ok = 0;
            for (Future<Integer> status : statuses) {
                int code = status.get();
                assertThat(code).isIn(200, 429);
                ok += code == 200 ? 1 : 0;
            }
            assertThat(ok).isEqualTo(LIMIT);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The allowance lives in the database, not in the process: a second limiter (as another app instance
     * has) and this instance's HTTP layer share one public allowance for a client address.
     */
    @Test
    void instancesShareOneAllowance() {
        String address = randomAddress();
        RateLimiter otherInstance = new RateLimiter(dataSource, clock, LIMIT, PUBLIC_LIMIT,
                Duration.ofSeconds(WINDOW_SECONDS));
        clock.freezeAt(Instant.now());
        for (int i = 0; i < PUBLIC_LIMIT / 2; i++) {
            anonymous().header("X-Forwarded-For", address).get(PUBLIC_PATH).then().statusCode(404);
            assertThat(otherInstance.forAddress(address).allowed()).isTrue();
        }
        assertThat(otherInstance.forAddress(address).allowed()).isFalse();
        anonymous().header("X-Forwarded-For", address).get(PUBLIC_PATH).then().statusCode(429)
                .header("RateLimit-Limit", Integer.toString(PUBLIC_LIMIT));
    }

    /** The public limit per client address, for a steady anonymous client: the same guarantee. */
    @Test
    void aSteadyAnonymousClientNeverGetsMoreThanThePublicLimitInAnyWindow() {
        String address = randomAddress();
        clock.freezeAt(Instant.now().truncatedTo(ChronoUnit.SECONDS).plusMillis(700));
        List<Instant> accepted = new ArrayList<>();
        Response last = null;
        for (int i = 0; i < 100; i++) {
            if (i > 0) {
                clock.advance(Duration.ofMillis(250));
            }
            last = anonymous().header("X-Forwarded-For", address).get(PUBLIC_PATH);
            assertThat(last.statusCode()).isIn(404, 429);
            assertThat(last.header("RateLimit-Limit")).isEqualTo(Integer.toString(PUBLIC_LIMIT));
            if (last.statusCode() == 404) {
                accepted.add(clock.instant());
            }
        }
        assertAtMostInAnyWindow(accepted, PUBLIC_LIMIT);
        assertThat(accepted.size()).isBetween(2 * PUBLIC_LIMIT, 3 * PUBLIC_LIMIT);
        // The last refusal's Retry-After holds: still refused a second before it, accepted at it.
        last.then().statusCode(429);
        int retryAfter = Integer.parseInt(last.header("Retry-After"));
        clock.advance(Duration.ofSeconds(retryAfter - 1));
        anonymous().header("X-Forwarded-For", address).get(PUBLIC_PATH).then().statusCode(429);
        clock.advance(Duration.ofSeconds(1));
        anonymous().header("X-Forwarded-For", address).get(PUBLIC_PATH).then().statusCode(404);
    }

    @Test
    void idleKeysAreCleanedUp() throws SQLException {
        String address = randomAddress();
        clock.freezeAt(Instant.now());
        anonymous().header("X-Forwarded-For", address).get(PUBLIC_PATH).then().statusCode(404);
        clock.advance(Duration.ofSeconds(WINDOW_SECONDS));
        cleanup.removeIdle();
        assertThat(rateLimitRows("address:" + address)).as("still counting").isEqualTo(1);
        clock.advance(Duration.ofSeconds(2));
        cleanup.removeIdle();
        assertThat(rateLimitRows("address:" + address)).isZero();
    }

    private static void assertAtMostInAnyWindow(List<Instant> accepted, int limit) {
        // The fullest window starts at an accepted request.
        for (Instant from : accepted) {
            Instant to = from.plusSeconds(WINDOW_SECONDS);
            long inWindow = accepted.stream().filter(at -> !at.isBefore(from) && at.isBefore(to)).count();
            assertThat(inWindow).as("accepted within %s s from %s", WINDOW_SECONDS, from).isLessThanOrEqualTo(limit);
        }
    }

    private int rateLimitRows(String key) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("select count(*) from rate_limit where key = ?")) {
            statement.setString(1, key);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    /** A client address of its own, so that no other test or earlier run shares its allowance. */
    private static String randomAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    private static Api.Session limitsUser;

    /**
     * A new API token with an allowance of its own. One user makes them all, signed in once from an address
     * of its own, so that making tokens uses up neither the admin token's allowance nor 127.0.0.1's.
     */
    private static synchronized String freshToken() {
        if (limitsUser == null) {
            String email = Fixtures.unique("limits").toLowerCase() + "@test.example";
            Fixtures.userWithPassword("VIEWER", email);
            Response signIn = anonymous().header("X-Forwarded-For", randomAddress())
                    .body(Map.of("email", email, "password", Fixtures.PASSWORD)).post("/api/v1/auth/login");
            signIn.then().statusCode(200);
            limitsUser = new Api.Session(signIn.getCookie("stratum_session"), signIn.path("csrfToken"),
                    signIn.path("user.id"));
        }
        return limitsUser.createToken(Fixtures.unique("limits"), List.of("accounts:read"));
    }
}
