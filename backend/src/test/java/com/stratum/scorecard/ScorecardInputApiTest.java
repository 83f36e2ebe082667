package com.stratum.scorecard;

import static com.stratum.support.Api.api;
import static com.stratum.support.Fixtures.account;
import static com.stratum.support.Fixtures.accountManager;
import static com.stratum.support.Fixtures.opportunity;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.stratum.support.Api;
import com.stratum.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Bad input to the scorecard and pay endpoints: 4xx problems with sentences, never a 500. */
@QuarkusTest
class ScorecardInputApiTest {
    private static final int YEAR = LocalDate.now(ZoneOffset.UTC).getYear();

    @Test
    void sharesMustSumToExactlyAHundred() {
        String owner = accountManager();
        String other = accountManager();
        String deal = opportunity(account(owner, "STANDARD"), "UPSELL", 1000, LocalDate.now(ZoneOffset.UTC)
                .plusDays(30).toString());
        api().body(Map.of("splits", List.of(Map.of("userId", owner, "sharePct", 60),
                        Map.of("userId", other, "sharePct", 30))))
                .put("/api/v1/opportunities/{id}/splits", deal).then().statusCode(422)
                .body("errors.message", hasItem("The shares add up to 90 %; make them add up to exactly 100 %."));
        api().body(Map.of("splits", List.of(Map.of("userId", owner, "sharePct", 50),
                        Map.of("userId", owner, "sharePct", 50))))
                .put("/api/v1/opportunities/{id}/splits", deal).then().statusCode(422)
                .body("errors.field", hasItem("splits[1].userId"));
        // A null member (the chaos probe's nested nulls) is a 422, not a 500.
        api().body("{\"splits\": [null, null]}").put("/api/v1/opportunities/{id}/splits", deal).then()
                .statusCode(422);
        api().body(Map.of("splits", List.of(Map.of("userId", UUID.randomUUID().toString(), "sharePct", 100))))
                .put("/api/v1/opportunities/{id}/splits", deal).then().statusCode(422)
                .body("errors.field", hasItem("splits[0].userId"));
        api().body(Map.of("splits", List.of(Map.of("userId", owner, "sharePct", -5))))
                .put("/api/v1/opportunities/{id}/splits", deal).then().statusCode(422)
                .body("errors.field", hasItem("splits[0].sharePct"));
        api().body(Map.of("splits", List.of(Map.of("userId", owner, "sharePct", 33.333),
                        Map.of("userId", other, "sharePct", 66.667))))
                .put("/api/v1/opportunities/{id}/splits", deal).then().statusCode(422);
        api().body(Map.of("splits", List.of(Map.of("userId", owner, "sharePct", 33.33),
                        Map.of("userId", other, "sharePct", 66.67))))
                .put("/api/v1/opportunities/{id}/splits", deal).then().statusCode(200)
                .body("splits.sharePct", hasItem(66.67f));
        api().body(Map.of("splits", List.of())).put("/api/v1/opportunities/{id}/splits", deal).then().statusCode(200)
                .body("splits.size()", equalTo(0));
        String renewal = opportunity(account(owner, "STANDARD"), "RENEWAL", 1000, LocalDate.now(ZoneOffset.UTC)
                .plusDays(30).toString());
        api().body(Map.of("splits", List.of(Map.of("userId", owner, "sharePct", 100))))
                .put("/api/v1/opportunities/{id}/splits", renewal).then().statusCode(422)
                .body("errors[0].message", containsString("cannot be split"));
    }

    @Test
    void ratesAreNotNegativeAndAcceleratorsRise() {
        api().body(Map.of("ratePct", -1, "accelerators", List.of())).put("/api/v1/commission-plans/{year}", 2090)
                .then().statusCode(422).body("errors.field", hasItem("ratePct"));
        api().body(Map.of("ratePct", 5, "accelerators", List.of(Map.of("fromAttainmentPct", 120, "ratePct", -2))))
                .put("/api/v1/commission-plans/{year}", 2090).then().statusCode(422)
                .body("errors.field", hasItem("accelerators[0].ratePct"));
        api().body(Map.of("ratePct", 5, "accelerators", List.of(Map.of("fromAttainmentPct", 90, "ratePct", 8))))
                .put("/api/v1/commission-plans/{year}", 2090).then().statusCode(422)
                .body("errors.field", hasItem("accelerators[0].fromAttainmentPct"));
        api().body(Map.of("ratePct", 5, "accelerators", List.of(Map.of("fromAttainmentPct", 150, "ratePct", 8),
                        Map.of("fromAttainmentPct", 120, "ratePct", 10))))
                .put("/api/v1/commission-plans/{year}", 2090).then().statusCode(422)
                .body("errors.field", hasItem("accelerators[1].fromAttainmentPct"));
        api().body(Map.of("expansionTarget", -10)).put("/api/v1/users/{id}/targets/{year}", accountManager(), YEAR)
                .then().statusCode(422).body("errors.field", hasItem("expansionTarget"));
    }

    @Test
    void unknownUsersAndWrongYearsAndPeriodsAreRefused() {
        String unknown = UUID.randomUUID().toString();
        api().get("/api/v1/users/{id}/scorecard", unknown).then().statusCode(404);
        api().get("/api/v1/users/{id}/targets/{year}", unknown, YEAR).then().statusCode(404);
        api().get("/api/v1/users/{id}/commission-statements/{period}", unknown, YEAR + "-Q1").then().statusCode(404);
        String owner = accountManager();
        api().queryParam("year", YEAR + 1).get("/api/v1/users/{id}/scorecard", owner).then().statusCode(400)
                .body("detail", containsString("current year"));
        api().queryParam("year", "last").get("/api/v1/users/{id}/scorecard", owner).then().statusCode(400);
        api().get("/api/v1/users/{id}/targets/{year}", owner, 1999).then().statusCode(400);
        api().get("/api/v1/commission-plans/{year}", "twenty").then().statusCode(400);
        api().get("/api/v1/users/{id}/commission-statements/{period}", owner, YEAR + "-Q5").then().statusCode(400);
        api().get("/api/v1/users/{id}/commission-statements/{period}", owner, (YEAR + 1) + "-Q1").then()
                .statusCode(400).body("detail", containsString("must have started"));
    }

    @Test
    void ownersReadTheirOwnAndManagersSetTargets() {
        Api.Session me = Fixtures.signedIn("ACCOUNT_MANAGER");
        me.request().get("/api/v1/users/{id}/scorecard", me.userId()).then().statusCode(200)
                .body("userId", equalTo(me.userId()));
        me.request().get("/api/v1/users/{id}/scorecard", accountManager()).then().statusCode(403);
        me.request().body(Map.of("expansionTarget", 1)).put("/api/v1/users/{id}/targets/{year}", me.userId(), YEAR)
                .then().statusCode(403);
        me.request().body(Map.of("ratePct", 50, "accelerators", List.of()))
                .put("/api/v1/commission-plans/{year}", YEAR).then().statusCode(403);
        Api.Session manager = Fixtures.signedIn("MANAGER");
        manager.request().get("/api/v1/users/{id}/scorecard", me.userId()).then().statusCode(200);
    }

    @Test
    void theScorecardCountsTheOwnersFlaggedAccountsAndTheirArr() {
        String owner = accountManager();
        Map<String, Object> before = api().get("/api/v1/users/{id}/scorecard", owner).then().statusCode(200)
                .extract().jsonPath().getMap("grades");
        // A KEY account carries PLAN_STALE (no plan) from its creation's transaction.
        account(Map.of("ownerId", owner, "tier", "KEY", "arr", 5000));
        api().get("/api/v1/users/{id}/scorecard", owner).then().statusCode(200)
                .body("grades.accountsFlagged", equalTo(((Number) before.get("accountsFlagged")).intValue() + 1))
                .body("grades.arrAtRisk", equalTo(((Number) before.get("arrAtRisk")).floatValue() + 5000f));
    }
}
