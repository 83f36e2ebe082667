package com.stratum.common;

import static com.stratum.support.Api.api;
import static com.stratum.support.Fixtures.account;
import static com.stratum.support.Fixtures.accountManager;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Above the exact-count limit a list's total is the database's estimate, said to be one. The limit is 10,000 in
 * production; this test lowers it to 5 so that a handful of rows crosses it.
 */
@QuarkusTest
@TestProfile(ListCountEstimateTest.SmallExactCount.class)
class ListCountEstimateTest {
    static final int EXACT_LIMIT = 5;

    public static class SmallExactCount implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("stratum.paging.exact-count-limit", Integer.toString(EXACT_LIMIT),
                    // Keep the data the rest of the suite made (and the suite's admin token) across the restart.
                    "quarkus.flyway.clean-at-start", "false");
        }
    }

    @Test
    void moreMatchesThanTheLimitGiveAnEstimateAtLeastAsLargeAsWhatWasCounted() {
        String owner = accountManager();
        for (int i = 0; i < EXACT_LIMIT + 2; i++) {
            account(owner, i < 2 ? "KEY" : "STANDARD");
        }
        api().queryParam("ownerId", owner).queryParam("limit", 2).get("/api/v1/accounts").then().statusCode(200)
                .body("items", hasSize(2)).body("totalIsEstimate", equalTo(true))
                .body("total", greaterThanOrEqualTo(EXACT_LIMIT + 1));
        // Exactly the limit still counts exactly; so do fewer.
        api().queryParam("ownerId", owner).queryParam("tier", "STANDARD").get("/api/v1/accounts").then()
                .statusCode(200).body("total", equalTo(EXACT_LIMIT)).body("totalIsEstimate", equalTo(false));
        api().queryParam("ownerId", owner).queryParam("tier", "KEY").get("/api/v1/accounts").then()
                .statusCode(200).body("total", equalTo(2)).body("totalIsEstimate", equalTo(false));
    }
}
