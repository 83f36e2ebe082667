package com.stratum.tier;

import static com.stratum.support.Api.api;
import static com.stratum.support.Fixtures.account;
import static com.stratum.support.Fixtures.accountManager;
import static com.stratum.support.Fixtures.tierChange;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TierApiTest {

    @Test
    void creationRecordsTheFirstTierAndChangesAreRecordedNewestFirst() {
        String owner = accountManager();
        String id = account(owner, "STANDARD");
        api().body(tierChange("KEY", "Signed a three-year platform deal")).put("/api/v1/accounts/{id}/tier", id)
                .then().statusCode(200).header("ETag", "\"1\"").body("tier", equalTo("KEY"))
                .body("version", equalTo(1));
        api().body(tierChange("STRATEGIC", "Board-level partnership")).put("/api/v1/accounts/{id}/tier", id)
                .then().statusCode(200).body("tier", equalTo("STRATEGIC"));

        api().get("/api/v1/accounts/{id}/tier-history", id).then().statusCode(200)
                .body("items.toTier", contains("STRATEGIC", "KEY", "STANDARD"))
                .body("items.fromTier", contains("KEY", "STANDARD", null))
                .body("items[0].reason", equalTo("Board-level partnership"))
                .body("items[0].changedAt", notNullValue())
                .body("items[2].reason", equalTo("Account created"))
                .body("nextCursor", nullValue());
    }

    @Test
    void settingTheCurrentTierAgainChangesNothing() {
        String id = account(accountManager(), "KEY");
        api().body(tierChange("KEY", "Still key")).put("/api/v1/accounts/{id}/tier", id).then().statusCode(200)
                .body("version", equalTo(0));
        api().get("/api/v1/accounts/{id}/tier-history", id).then().body("items", hasSize(1));
    }

    @Test
    void aTierChangeNeedsAKnownTierAndAReasonOfThreeTo500Characters() {
        String id = account(Map.of());
        api().body(Map.of("tier", "KEY")).put("/api/v1/accounts/{id}/tier", id).then().statusCode(422)
                .body("errors[0].field", equalTo("reason"));
        api().body(tierChange("KEY", "ok")).put("/api/v1/accounts/{id}/tier", id).then().statusCode(422);
        api().body(tierChange("KEY", "x".repeat(501))).put("/api/v1/accounts/{id}/tier", id).then().statusCode(422);
        api().body(tierChange("PLATINUM", "Because")).put("/api/v1/accounts/{id}/tier", id).then().statusCode(422)
                .body("errors[0].field", equalTo("tier"));
        api().body(tierChange("KEY", "Because")).put("/api/v1/accounts/{id}/tier",
                "5d1f4a9e-0000-4000-8000-000000000000").then().statusCode(404);
        api().get("/api/v1/accounts/{id}", id).then().body("tier", equalTo("STANDARD"));
    }

    @Test
    void staleIfMatchOnATierChangeIsRefused() {
        String id = account(Map.of());
        api().contentType("application/merge-patch+json").body(Map.of("industry", "Energy"))
                .patch("/api/v1/accounts/{id}", id).then().statusCode(200);
        api().header("If-Match", "\"0\"").body(tierChange("KEY", "Promote")).put("/api/v1/accounts/{id}/tier", id)
                .then().statusCode(412);
        api().header("If-Match", "\"1\"").body(tierChange("KEY", "Promote")).put("/api/v1/accounts/{id}/tier", id)
                .then().statusCode(200);
    }

    @Test
    void capacityIsEnforcedOnTierChangeCreateAndHandoff() {
        String owner = accountManager();
        for (int i = 0; i < 3; i++) {
            account(owner, "STRATEGIC");
        }
        String standard = account(owner, "STANDARD");
        api().body(tierChange("STRATEGIC", "One more")).put("/api/v1/accounts/{id}/tier", standard).then()
                .statusCode(409)
                .body("type", equalTo("urn:stratum:problem:tier-capacity"))
                .body("ownerId", equalTo(owner))
                .body("tier", equalTo("STRATEGIC"))
                .body("limit", equalTo(3))
                .body("detail", containsString("limit is 3"));
        api().body(Map.of("name", "Fourth strategic", "ownerId", owner, "tier", "STRATEGIC"))
                .post("/api/v1/accounts").then().statusCode(409).body("limit", equalTo(3));

        // A STRATEGIC account changes owner by handoff (issue 14); the handoff is refused at capacity.
        String elsewhere = account(accountManager(), "STRATEGIC");
        api().body(Map.of("toUserId", owner)).post("/api/v1/accounts/{id}/handoffs", elsewhere).then()
                .statusCode(409).body("type", equalTo("urn:stratum:problem:tier-capacity"))
                .body("ownerId", equalTo(owner));

        api().queryParam("ownerId", owner).queryParam("tier", "STRATEGIC").get("/api/v1/accounts").then()
                .body("items", hasSize(3));
        api().get("/api/v1/accounts/{id}/tier-history", standard).then().body("items", hasSize(1));
    }

    @Test
    void archivedAccountsDoNotCountAndCannotChangeTier() {
        String owner = accountManager();
        String archived = account(owner, "STRATEGIC");
        account(owner, "STRATEGIC");
        account(owner, "STRATEGIC");
        api().delete("/api/v1/accounts/{id}", archived).then().statusCode(204);
        account(owner, "STRATEGIC");
        String name = api().get("/api/v1/accounts/{id}", archived).then().extract().path("name");
        api().body(tierChange("KEY", "Too late")).put("/api/v1/accounts/{id}/tier", archived).then()
                .statusCode(409).body("type", equalTo("urn:stratum:problem:archived"))
                .body("detail", equalTo(name + " is archived, so its tier cannot change. Restore it first."));
    }

    @Test
    void concurrentTierChangesCannotSlipPastTheLimitTogether() throws Exception {
        String owner = accountManager();
        account(owner, "STRATEGIC");
        account(owner, "STRATEGIC");
        List<String> candidates = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            candidates.add(account(owner, "STANDARD"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(candidates.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (String id : candidates) {
                results.add(pool.submit(() -> {
                    start.await();
                    return api().body(tierChange("STRATEGIC", "Race")).put("/api/v1/accounts/{id}/tier", id)
                            .then().extract().statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            assertThat(statuses).containsOnly(200, 409);
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        api().queryParam("ownerId", owner).queryParam("tier", "STRATEGIC").get("/api/v1/accounts").then()
                .body("items", hasSize(3));
    }

    @Test
    void concurrentCreatesCannotSlipPastTheLimitTogether() throws Exception {
        String owner = accountManager();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String name = "Racer " + i;
                results.add(pool.submit(() -> {
                    start.await();
                    return api().body(Map.of("name", name, "ownerId", owner, "tier", "STRATEGIC"))
                            .post("/api/v1/accounts").then().extract().statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(3);
            assertThat(statuses).filteredOn(s -> s == 409).hasSize(3);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void policiesHaveTheProductDefaultsAndCanBeChanged() {
        Response policies = api().get("/api/v1/tier-policies");
        policies.then().statusCode(200).body("nextCursor", nullValue())
                .body("items.tier", contains("STANDARD", "KEY", "STRATEGIC"))
                .body("items.find { it.tier == 'STANDARD' }.maxAccountsPerOwner", nullValue())
                .body("items.find { it.tier == 'STANDARD' }.qbrCadenceDays", equalTo(180))
                .body("items.find { it.tier == 'KEY' }.maxAccountsPerOwner", equalTo(8))
                .body("items.find { it.tier == 'KEY' }.qbrCadenceDays", equalTo(90))
                .body("items.find { it.tier == 'STRATEGIC' }.maxAccountsPerOwner", equalTo(3))
                .body("items.find { it.tier == 'STRATEGIC' }.qbrCadenceDays", equalTo(30));

        int version = api().body(Map.of("maxAccountsPerOwner", 8, "qbrCadenceDays", 60, "touchCadenceDays", 45))
                .put("/api/v1/tier-policies/KEY").then().statusCode(200)
                .body("qbrCadenceDays", equalTo(60)).extract().path("version");
        api().header("If-Match", "\"" + (version - 1) + "\"").body(Map.of("maxAccountsPerOwner", 8, "qbrCadenceDays", 90, "touchCadenceDays", 45))
                .put("/api/v1/tier-policies/KEY").then().statusCode(412);
        api().body(Map.of("maxAccountsPerOwner", 8, "qbrCadenceDays", 90, "touchCadenceDays", 45)).put("/api/v1/tier-policies/KEY").then()
                .statusCode(200).body("qbrCadenceDays", equalTo(90));
    }

    @Test
    void invalidPoliciesAreRefused() {
        api().body(Map.of("maxAccountsPerOwner", -1, "qbrCadenceDays", 0)).put("/api/v1/tier-policies/KEY").then()
                .statusCode(422).body("errors.field", org.hamcrest.Matchers.containsInAnyOrder(
                        "maxAccountsPerOwner", "qbrCadenceDays"));
        api().body(Map.of("qbrCadenceDays", 30)).put("/api/v1/tier-policies/GOLD").then().statusCode(404);
        api().get("/api/v1/tier-policies").then()
                .body("items.find { it.tier == 'KEY' }.maxAccountsPerOwner", equalTo(8));
    }

    @Test
    void loweringALimitIsAllowedAndShowsOwnersOverCapacity() {
        String owner = accountManager();
        account(owner, "KEY");
        account(owner, "KEY");
        account(owner, "STRATEGIC");
        try {
            api().body(Map.of("maxAccountsPerOwner", 1, "qbrCadenceDays", 90)).put("/api/v1/tier-policies/KEY")
                    .then().statusCode(200);
            api().queryParam("ownerId", owner).get("/api/v1/tier-capacity").then().statusCode(200)
                    .body("items", hasSize(1))
                    .body("items[0].ownerId", equalTo(owner))
                    .body("items[0].overCapacity", equalTo(true))
                    .body("items[0].tiers.find { it.tier == 'KEY' }.used", equalTo(2))
                    .body("items[0].tiers.find { it.tier == 'KEY' }.limit", equalTo(1))
                    .body("items[0].tiers.find { it.tier == 'KEY' }.overCapacity", equalTo(true))
                    .body("items[0].tiers.find { it.tier == 'STRATEGIC' }.used", equalTo(1))
                    .body("items[0].tiers.find { it.tier == 'STRATEGIC' }.overCapacity", equalTo(false))
                    .body("items[0].tiers.find { it.tier == 'STANDARD' }.limit", nullValue());
        } finally {
            api().body(Map.of("maxAccountsPerOwner", 8, "qbrCadenceDays", 90, "touchCadenceDays", 45)).put("/api/v1/tier-policies/KEY")
                    .then().statusCode(200);
        }
        api().queryParam("ownerId", owner).get("/api/v1/tier-capacity").then()
                .body("items[0].overCapacity", equalTo(false));
    }

    @Test
    void workloadViewIsPagedByOwnerName() {
        String first = accountManager();
        String second = accountManager();
        Response page = api().queryParam("ownerId", first, second).queryParam("limit", 1)
                .get("/api/v1/tier-capacity");
        page.then().statusCode(200).body("items", hasSize(1)).body("nextCursor", notNullValue());
        api().queryParam("ownerId", first, second).queryParam("limit", 1)
                .queryParam("cursor", page.<String>path("nextCursor")).get("/api/v1/tier-capacity").then()
                .body("items", hasSize(1)).body("nextCursor", nullValue());
        api().queryParam("ownerId", "nobody").get("/api/v1/tier-capacity").then().statusCode(400);
    }
}
