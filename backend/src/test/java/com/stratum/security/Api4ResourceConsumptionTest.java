package com.stratum.security;

import static com.stratum.support.Api.anonymous;
import static com.stratum.support.Api.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.stratum.support.Api;
import com.stratum.support.Fixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * OWASP API4:2023 Unrestricted Resource Consumption: pages, bodies and bursts are bounded. Runs with small
 * rate limits of its own so that a burst is quick to provoke.
 */
@QuarkusTest
@TestProfile(Api4ResourceConsumptionTest.SmallLimits.class)
class Api4ResourceConsumptionTest {
    @TestHTTPResource("/")
    URL base;

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("stratum.rate-limit.per-minute", "20", "stratum.rate-limit.public-per-minute", "10",
                    // Keep the data the rest of the suite made (and the suite's admin token) across the restart.
                    "quarkus.flyway.clean-at-start", "false");
        }
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
}
