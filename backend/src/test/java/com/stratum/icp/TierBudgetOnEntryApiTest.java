package com.stratum.icp;

import static com.stratum.icp.TierGovernanceApiTest.budget;
import static com.stratum.icp.TierGovernanceApiTest.keyBudgetWithRoom;
import static com.stratum.support.Api.api;
import static com.stratum.support.Fixtures.account;
import static com.stratum.support.Fixtures.accountManager;
import static com.stratum.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.stratum.support.Fixtures;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The tier budget holds for every way into KEY or STRATEGIC, not only a promotion: an account created in the tier
 * (POST, the batch, the upsert by external id) and an archived account restored into it. The one rule is
 * account.AccountTierService's, checked under the budget row's lock.
 */
@QuarkusTest
class TierBudgetOnEntryApiTest {

    @AfterEach
    void noPracticalBudget() {
        budget("KEY", Map.of("maxSharePct", 100));
        budget("STRATEGIC", Map.of("maxSharePct", 100));
    }

    private static Map<String, Object> override(int days) {
        return Map.of("reason", "Reference customer for the region",
                "expiresOn", LocalDate.now(ZoneOffset.UTC).plusDays(days).toString());
    }

    private static int overridden() {
        return api().get("/api/v1/tier-budgets").then().statusCode(200).extract()
                .path("items.find { it.tier == 'KEY' }.overridden");
    }

    @Test
    void aCreateOverTheBudgetIsRefusedUnlessAnAdminOverrides() {
        String owner = accountManager();
        int limit = keyBudgetWithRoom(0);
        Map<String, Object> body = new HashMap<>(Map.of("name", unique("Over budget"), "ownerId", owner, "tier", "KEY"));
        api().body(body).post("/api/v1/accounts").then().statusCode(409)
                .body("type", equalTo("urn:stratum:problem:tier-budget"))
                .body("tier", equalTo("KEY"))
                .body("limit", equalTo(limit))
                .body("used", equalTo(limit))
                .body("detail", containsString("The KEY budget is " + limit + " account"))
                .body("detail", containsString("cannot be created as KEY"))
                .body("detail", containsString("budgetOverride"));
        // STANDARD is not budgeted.
        api().body(Map.of("name", unique("Standard"), "ownerId", owner, "tier", "STANDARD")).post("/api/v1/accounts")
                .then().statusCode(201);

        body.put("budgetOverride", override(30));
        // Only admins override, and the expiry is after today.
        Fixtures.signedIn("MANAGER").request().body(body).post("/api/v1/accounts").then().statusCode(403);
        Map<String, Object> today = new HashMap<>(body);
        today.put("budgetOverride", override(0));
        api().body(today).post("/api/v1/accounts").then().statusCode(422)
                .body("errors[0].field", equalTo("budgetOverride.expiresOn"));
        Map<String, Object> blank = new HashMap<>(body);
        blank.put("budgetOverride", Map.of("reason", " ", "expiresOn", "2099-01-01"));
        api().body(blank).post("/api/v1/accounts").then().statusCode(422)
                .body("errors[0].field", equalTo("budgetOverride.reason"));

        int before = overridden();
        String id = api().body(body).post("/api/v1/accounts").then().statusCode(201).body("tier", equalTo("KEY"))
                .extract().path("id");
        api().get("/api/v1/accounts/{id}/tier-history", id).then()
                .body("items[0].budgetOverrideId", notNullValue());
        api().get("/api/v1/tier-budgets").then()
                .body("items.find { it.tier == 'KEY' }.used", equalTo(limit));
        assertThat(overridden()).isEqualTo(before + 1);
        // The override is a create's only: a merge patch refuses it.
        api().contentType("application/merge-patch+json").body(Map.of("budgetOverride", override(30)))
                .patch("/api/v1/accounts/{id}", id).then().statusCode(422)
                .body("errors[0].field", equalTo("budgetOverride"));
    }

    @Test
    void theBatchAndTheUpsertRefuseEachItemOverTheBudget() {
        String owner = accountManager();
        keyBudgetWithRoom(1);
        String first = unique("CRM");
        String second = unique("CRM");
        String third = unique("CRM");
        List<Object> items = new ArrayList<>();
        items.add(Map.of("externalId", first, "name", unique("Batch"), "ownerId", owner, "tier", "KEY"));
        items.add(Map.of("externalId", second, "name", unique("Batch"), "ownerId", owner, "tier", "KEY"));
        items.add(Map.of("externalId", third, "name", unique("Batch"), "ownerId", owner, "tier", "KEY",
                "budgetOverride", override(10)));
        Response result = api().body(Map.of("items", items)).post("/api/v1/accounts/batch");
        result.then().statusCode(200)
                .body("created", equalTo(2)).body("refused", equalTo(1))
                .body("results[0].status", equalTo("CREATED"))
                .body("results[1].status", equalTo("REFUSED")).body("results[1].accountId", nullValue())
                .body("results[1].problem.type", equalTo("urn:stratum:problem:tier-budget"))
                .body("results[1].problem.status", equalTo(409))
                .body("results[1].problem.detail", containsString("cannot be created as KEY"))
                .body("results[2].status", equalTo("CREATED"));
        // The same item again upserts the known account: the override is not a patch's, and is left alone.
        api().body(Map.of("items", List.of(items.get(2)))).post("/api/v1/accounts/batch").then().statusCode(200)
                .body("results[0].status", equalTo("UNCHANGED"));
        api().body(Map.of("name", unique("Upsert"), "ownerId", owner, "tier", "KEY"))
                .put("/api/v1/accounts/by-external-id/{externalId}", unique("CRM")).then().statusCode(409)
                .body("type", equalTo("urn:stratum:problem:tier-budget"));
    }

    @Test
    void aRestoreIntoAFullTierIsRefused() {
        String owner = accountManager();
        String archived = account(owner, "KEY");
        api().delete("/api/v1/accounts/{id}", archived).then().statusCode(204);
        // Archived, it does not count: the budget is full without it.
        int limit = keyBudgetWithRoom(0);
        api().post("/api/v1/accounts/{id}/restore", archived).then().statusCode(409)
                .body("type", equalTo("urn:stratum:problem:tier-budget"))
                .body("limit", equalTo(limit))
                .body("detail", containsString("cannot be restored as KEY"))
                .body("detail", containsString("send budgetOverride"));
        api().get("/api/v1/accounts/{id}", archived).then().body("archived", equalTo(true));
        keyBudgetWithRoom(1);
        api().post("/api/v1/accounts/{id}/restore", archived).then().statusCode(200)
                .body("archived", equalTo(false)).body("tier", equalTo("KEY"));
    }

    @Test
    void anAdminRestoresOverTheBudgetWithAnOverride() {
        String owner = accountManager();
        String archived = account(owner, "KEY");
        api().delete("/api/v1/accounts/{id}", archived).then().statusCode(204);
        keyBudgetWithRoom(0);
        Map<String, Object> body = Map.of("budgetOverride", override(30));
        // Only admins override, the expiry is after today, and the reason is not blank; each refusal changes nothing.
        Fixtures.signedIn("MANAGER").request().body(body).post("/api/v1/accounts/{id}/restore", archived).then()
                .statusCode(403);
        api().body(Map.of("budgetOverride", override(0))).post("/api/v1/accounts/{id}/restore", archived).then()
                .statusCode(422).body("errors[0].field", equalTo("budgetOverride.expiresOn"));
        api().body(Map.of("budgetOverride", Map.of("reason", " ", "expiresOn", "2099-01-01")))
                .post("/api/v1/accounts/{id}/restore", archived).then().statusCode(422)
                .body("errors[0].field", equalTo("budgetOverride.reason"));
        // An empty body is a restore without an override: still refused.
        api().body("{}").post("/api/v1/accounts/{id}/restore", archived).then().statusCode(409)
                .body("type", equalTo("urn:stratum:problem:tier-budget"));
        api().get("/api/v1/accounts/{id}", archived).then().body("archived", equalTo(true));

        int before = overridden();
        api().body(body).post("/api/v1/accounts/{id}/restore", archived).then().statusCode(200)
                .body("archived", equalTo(false)).body("tier", equalTo("KEY"));
        assertThat(overridden()).isEqualTo(before + 1);
        // Restoring a live account again changes nothing and grants nothing.
        api().body(body).post("/api/v1/accounts/{id}/restore", archived).then().statusCode(200);
        assertThat(overridden()).isEqualTo(before + 1);
    }

    @Test
    void aRestoreWithRoomNeedsNoOverride() {
        String owner = accountManager();
        String archived = account(owner, "KEY");
        api().delete("/api/v1/accounts/{id}", archived).then().statusCode(204);
        keyBudgetWithRoom(1);
        int before = overridden();
        // An override sent while the budget has room is not recorded, as on create.
        api().body(Map.of("budgetOverride", override(30))).post("/api/v1/accounts/{id}/restore", archived).then()
                .statusCode(200).body("archived", equalTo(false));
        assertThat(overridden()).isEqualTo(before);
    }

    @Test
    void concurrentCreatesNeverPassTheBudget() throws Exception {
        String owner = accountManager();
        int limit = keyBudgetWithRoom(2);
        int racers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        List<Integer> statuses = new ArrayList<>();
        List<String> types = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> results = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                String name = unique("Race");
                results.add(pool.submit(() -> {
                    start.await();
                    return api().body(Map.of("name", name, "ownerId", owner, "tier", "KEY"))
                            .post("/api/v1/accounts");
                }));
            }
            start.countDown();
            for (Future<Response> result : results) {
                statuses.add(result.get().statusCode());
                if (result.get().statusCode() == 409) {
                    types.add(result.get().path("type"));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(2);
        assertThat(types).containsOnly("urn:stratum:problem:tier-budget");
        api().get("/api/v1/tier-budgets").then()
                .body("items.find { it.tier == 'KEY' }.used", equalTo(limit));
    }
}
