package com.stratum.contract;

import static com.stratum.support.Api.api;
import static com.stratum.support.Fixtures.account;
import static com.stratum.support.Fixtures.accountManager;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.stratum.support.Api;
import com.stratum.support.Fixtures;
import com.stratum.support.RevenueData;
import com.stratum.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ContractApiTest {
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Inject
    TestClock clock;
    @Inject
    RenewalOpportunities renewals;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static Map<String, Object> contract(LocalDate end, double value, int noticeDays) {
        Map<String, Object> body = new HashMap<>();
        body.put("startDate", end.minusYears(1).plusDays(1).toString());
        body.put("endDate", end.toString());
        body.put("annualValue", value);
        body.put("autoRenew", true);
        body.put("noticeDays", noticeDays);
        return body;
    }

    static Response create(String accountId, Map<String, Object> body) {
        return api().body(body).post("/api/v1/accounts/{id}/contracts", accountId);
    }

    private static long renewalOpportunities(String accountId) {
        return ((Number) RevenueData.single("select count(*) from opportunity where account_id = ?1 and type ="
                + " 'RENEWAL'", UUID.fromString(accountId))).longValue();
    }

    @Test
    void createReadChangeAndDelete() {
        String accountId = account(accountManager(), "STANDARD");
        LocalDate end = TODAY.plusDays(400);
        Response created = create(accountId, contract(end, 48000, 60));
        created.then().statusCode(201).header("ETag", "\"0\"")
                .body("accountId", equalTo(accountId)).body("endDate", equalTo(end.toString()))
                .body("annualValue", equalTo(48000.0f)).body("autoRenew", equalTo(true))
                .body("noticeDays", equalTo(60))
                // STANDARD: 90 days of lead time before the 60 days of notice.
                .body("renewalDueOn", equalTo(end.minusDays(150).toString()))
                .body("renewalOpportunityId", nullValue());
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/contracts/" + id);
        api().get("/api/v1/contracts/{id}", id).then().statusCode(200).body("id", equalTo(id));
        api().get("/api/v1/accounts/{id}/contracts", accountId).then().statusCode(200)
                .body("items.id", contains(id)).body("total", equalTo(1));

        // Before its renewal opportunity exists, a new end moves the day it is due.
        LocalDate later = end.plusDays(100);
        api().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(Map.of("endDate", later.toString())).patch("/api/v1/contracts/{id}", id).then().statusCode(200)
                .body("renewalDueOn", equalTo(later.minusDays(150).toString())).body("version", equalTo(1));
        api().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(Map.of("noticeDays", 10)).patch("/api/v1/contracts/{id}", id).then().statusCode(412);

        api().header("If-Match", "\"1\"").delete("/api/v1/contracts/{id}", id).then().statusCode(204);
        api().get("/api/v1/contracts/{id}", id).then().statusCode(404);
    }

    @Test
    void aContractInsideItsWindowGetsItsRenewalOpportunityAtOnce() {
        String owner = accountManager();
        String accountId = account(owner, "KEY");
        LocalDate end = TODAY.plusDays(100); // KEY: due 120 + 30 days before the end, so already
        String id = create(accountId, contract(end, 30000, 30)).then().statusCode(201)
                .body("renewalOpportunityId", notNullValue()).body("renewalCreatedAt", notNullValue())
                .extract().path("id");
        String opportunity = api().get("/api/v1/contracts/{id}", id).path("renewalOpportunityId");
        api().get("/api/v1/opportunities/{id}", opportunity).then().statusCode(200)
                .body("type", equalTo("RENEWAL")).body("stage", equalTo("IDENTIFIED"))
                .body("amount", equalTo(30000.0f)).body("expectedCloseDate", equalTo(end.toString()))
                .body("ownerId", equalTo(owner)).body("accountId", equalTo(accountId));
        // The job finds nothing more to do for it.
        renewals.openDue();
        assertThat(renewalOpportunities(accountId)).isEqualTo(1);
        // A contract worth nothing a year, or already ended, gets none.
        create(accountId, contract(end, 0, 30)).then().statusCode(201).body("renewalOpportunityId", nullValue());
        assertThat(renewalOpportunities(accountId)).isEqualTo(1);
    }

    @Test
    void theJobOpensItOnceEvenWhenTwoInstancesRunItTogether() throws Exception {
        String accountId = account(accountManager(), "KEY");
        LocalDate end = TODAY.plusDays(200); // due on day 200 - 30 - 120 = 50
        String id = create(accountId, contract(end, 12000, 30)).then().statusCode(201)
                .body("renewalDueOn", equalTo(end.minusDays(150).toString()))
                .body("renewalOpportunityId", nullValue()).extract().path("id");
        renewals.openDue();
        assertThat(renewalOpportunities(accountId)).isZero();

        clock.advance(Duration.ofDays(51));
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<Integer>> runs = List.of(1, 2).stream().map(i -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return renewals.openDue();
        })).toList();
        for (CompletableFuture<Integer> run : runs) {
            run.get();
        }
        assertThat(renewalOpportunities(accountId)).isEqualTo(1);
        renewals.openDue();
        assertThat(renewalOpportunities(accountId)).isEqualTo(1);
        api().get("/api/v1/contracts/{id}", id).then().statusCode(200).body("renewalOpportunityId", notNullValue())
                .body("version", equalTo(1));
    }

    @Test
    void theLeadTimeComesFromTheTierPolicy() {
        Map<String, Object> strategic = api().get("/api/v1/tier-policies").then().statusCode(200).extract()
                .jsonPath().getMap("items.find { it.tier == 'STRATEGIC' }");
        assertThat(strategic.get("renewalLeadDays")).isEqualTo(180);
        Map<String, Object> standard = api().get("/api/v1/tier-policies").then().statusCode(200).extract()
                .jsonPath().getMap("items.find { it.tier == 'STANDARD' }");
        assertThat(standard.get("renewalLeadDays")).isEqualTo(90);
        String accountId = account(accountManager(), "STANDARD");
        String id = create(accountId, contract(TODAY.plusDays(300), 100, 0)).then().statusCode(201)
                .body("renewalDueOn", equalTo(TODAY.plusDays(210).toString())).extract().path("id");
        try {
            putLeadDays(standard, 250);
            api().get("/api/v1/contracts/{id}", id).then().statusCode(200)
                    .body("renewalDueOn", equalTo(TODAY.plusDays(50).toString()));
        } finally {
            putLeadDays(standard, 90);
        }
    }

    private static void putLeadDays(Map<String, Object> policy, int days) {
        Map<String, Object> body = new HashMap<>();
        for (String field : List.of("maxAccountsPerOwner", "qbrCadenceDays", "minDecisionContacts", "minBusinessUnits",
                "touchCadenceDays")) {
            body.put(field, policy.get(field));
        }
        body.put("renewalLeadDays", days);
        api().body(body).put("/api/v1/tier-policies/{tier}", policy.get("tier")).then().statusCode(200)
                .body("renewalLeadDays", equalTo(days));
    }

    @Test
    void refusalsAreWholeSentencesAndChangeNothing() {
        String accountId = account(accountManager(), "STANDARD");
        Map<String, Object> good = contract(TODAY.plusDays(400), 1000, 30);
        Map<String, Object> sameDay = new HashMap<>(good);
        sameDay.put("endDate", good.get("startDate"));
        create(accountId, sameDay).then().statusCode(422).body("errors.field", contains("endDate"))
                .body("errors[0].message", equalTo("Choose an end date after the start date (" + good.get("startDate")
                        + ")."));
        Map<String, Object> negative = new HashMap<>(good);
        negative.put("annualValue", -1);
        create(accountId, negative).then().statusCode(422).body("errors.field", contains("annualValue"))
                .body("errors[0].message", equalTo("Enter a number of 0 or more."));
        Map<String, Object> notice = new HashMap<>(good);
        notice.put("noticeDays", 731);
        create(accountId, notice).then().statusCode(422).body("errors.field", contains("noticeDays"))
                .body("errors[0].message", equalTo("Enter a whole number from 0 to 730."));
        Map<String, Object> missing = new HashMap<>(good);
        missing.remove("autoRenew");
        create(accountId, missing).then().statusCode(422).body("errors.field", contains("autoRenew"));
        create(UUID.randomUUID().toString(), good).then().statusCode(404);
        api().get("/api/v1/accounts/{id}/contracts", accountId).then().statusCode(200).body("total", equalTo(0));

        String id = create(accountId, good).then().statusCode(201).extract().path("id");
        api().contentType("application/merge-patch+json").body(Map.of("renewalOpportunityId", id))
                .patch("/api/v1/contracts/{id}", id).then().statusCode(422)
                .body("errors.field", contains("renewalOpportunityId"));
        api().contentType("application/merge-patch+json").body(Map.of("endDate", "2000-01-01"))
                .patch("/api/v1/contracts/{id}", id).then().statusCode(422).body("errors.field", contains("endDate"));
        api().get("/api/v1/contracts/{id}", id).then().body("version", equalTo(0));

        api().delete("/api/v1/accounts/{id}", accountId).then().statusCode(204);
        create(accountId, good).then().statusCode(409);
    }

    @Test
    void whoMayWriteContracts() {
        String accountId = account(accountManager(), "STANDARD");
        Map<String, Object> body = contract(TODAY.plusDays(400), 1000, 30);
        Api.Session stranger = Fixtures.signedIn("ACCOUNT_MANAGER");
        stranger.request().body(body).post("/api/v1/accounts/{id}/contracts", accountId).then().statusCode(403);
        Fixtures.signedIn("VIEWER").request().body(body).post("/api/v1/accounts/{id}/contracts", accountId).then()
                .statusCode(403);
        Fixtures.signedIn("MANAGER").request().body(body).post("/api/v1/accounts/{id}/contracts", accountId).then()
                .statusCode(201);
        stranger.request().get("/api/v1/accounts/{id}/contracts", accountId).then().statusCode(200)
                .body("total", equalTo(1));
        Api.withToken(Fixtures.token("MANAGER", List.of("accounts:read", "accounts:write")))
                .get("/api/v1/accounts/{id}/contracts", accountId).then().statusCode(403);
    }
}
