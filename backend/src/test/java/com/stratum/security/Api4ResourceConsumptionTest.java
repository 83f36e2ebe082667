package com.stratum.security;

import static com.stratum.support.Api.anonymous;
import static com.stratum.support.Api.api;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.stratum.support.Api;
import com.stratum.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
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
    void bodiesOverOneMegabyteAre413() {
        // Refused by the HTTP layer before any JSON is read; the contract's validator is bypassed on purpose.
        String huge = "{\"name\": \"" + "x".repeat(1_100_000) + "\"}";
        given().contentType("application/json").body(huge).post("/api/v1/auth/login").then().statusCode(413);
        given().contentType("application/json").header("Authorization", "Bearer " + Api.adminToken()).body(huge)
                .post("/api/v1/accounts").then().statusCode(413);
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
