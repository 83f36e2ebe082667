package com.stratum.activity;

import static com.stratum.activity.ActivityApiTest.ago;
import static com.stratum.activity.ActivityApiTest.log;
import static com.stratum.support.Api.api;
import static com.stratum.support.Fixtures.account;
import static com.stratum.support.Fixtures.accountManager;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.stratum.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Touch cadence per tier: STRATEGIC 21 days, KEY 45, STANDARD none by default, editable in the tier policy. */
@QuarkusTest
class TouchCadenceApiTest {
    @Inject
    TestClock clock;

    /** Sets a tier's touch cadence, keeping its other policy values. */
    static void cadence(String tier, Integer days) {
        Response policies = api().get("/api/v1/tier-policies");
        Map<String, Object> body = new HashMap<>();
        String at = "items.find { it.tier == '" + tier + "' }.";
        body.put("maxAccountsPerOwner", policies.path(at + "maxAccountsPerOwner"));
        body.put("qbrCadenceDays", policies.path(at + "qbrCadenceDays"));
        body.put("minDecisionContacts", policies.path(at + "minDecisionContacts"));
        body.put("minBusinessUnits", policies.path(at + "minBusinessUnits"));
        body.put("touchCadenceDays", days);
        api().body(body).put("/api/v1/tier-policies/{tier}", tier).then().statusCode(200)
                .body("touchCadenceDays", equalTo(days));
    }

    @BeforeEach
    void defaults() {
        cadence("STRATEGIC", 21);
        cadence("KEY", 45);
        cadence("STANDARD", null);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static Response view(String accountId) {
        return api().get("/api/v1/accounts/{id}", accountId);
    }

    @Test
    void anAccountIsTouchOverdueOnceItsTierCadencePassesWithoutATouch() {
        String owner = accountManager();
        String strategicLate = account(owner, "STRATEGIC");
        String strategicRecent = account(owner, "STRATEGIC");
        String keyRecent = account(owner, "KEY");
        String keyLate = account(owner, "KEY");
        String standard = account(owner, "STANDARD");
        String lateTouch = ago(22);
        log(strategicLate, lateTouch, List.of());
        log(strategicRecent, ago(20), List.of());
        log(keyRecent, ago(44), List.of());
        log(keyLate, ago(46), List.of());
        log(standard, ago(400), List.of());

        view(strategicLate).then().body("touchOverdue", equalTo(true)).body("lastTouchAt", equalTo(lateTouch))
                .body("touchDueAt", equalTo(Instant.parse(lateTouch).plus(Duration.ofDays(21)).toString()));
        view(strategicRecent).then().body("touchOverdue", equalTo(false)).body("touchDueAt", notNullValue());
        view(keyRecent).then().body("touchOverdue", equalTo(false));
        view(keyLate).then().body("touchOverdue", equalTo(true));
        view(standard).then().body("touchOverdue", equalTo(false)).body("touchDueAt", nullValue());

        api().queryParam("ownerId", owner).queryParam("touchOverdue", "true").get("/api/v1/accounts").then()
                .statusCode(200).body("items.id", containsInAnyOrder(strategicLate, keyLate))
                .body("items.touchOverdue", contains(true, true)).body("total", equalTo(2));
        api().queryParam("ownerId", owner).queryParam("touchOverdue", "false").get("/api/v1/accounts").then()
                .body("items.id", containsInAnyOrder(strategicRecent, keyRecent, standard));
        api().queryParam("touchOverdue", "often").get("/api/v1/accounts").then().statusCode(400);

        Response workload = api().queryParam("ownerId", owner).get("/api/v1/workload");
        workload.then().statusCode(200).body("items[0].total.touchOverdue", equalTo(2));
        assertThat(workload.<List<Integer>>path("items[0].tiers.figures.touchOverdue")).containsExactly(0, 1, 1);

        api().contentType("application/merge-patch+json").body(Map.of("touchOverdue", false, "lastTouchAt", lateTouch))
                .patch("/api/v1/accounts/{id}", strategicLate).then().statusCode(422)
                .body("errors.field", containsInAnyOrder("touchOverdue", "lastTouchAt"))
                .body("errors[0].message", equalTo("This property is read-only: it follows the account's activities and"
                        + " its tier's touch cadence."));
        // A later touch clears it.
        log(strategicLate, ago(1), List.of());
        view(strategicLate).then().body("touchOverdue", equalTo(false));
    }

    @Test
    void aChangedCadenceJudgesTheTierAgainAndNoneMeansNeverOverdue() {
        String owner = accountManager();
        String key = account(owner, "KEY");
        log(key, ago(30), List.of());
        view(key).then().body("touchOverdue", equalTo(false));
        try {
            cadence("KEY", 20);
            view(key).then().body("touchOverdue", equalTo(true));
            api().queryParam("ownerId", owner).queryParam("touchOverdue", "true").get("/api/v1/accounts").then()
                    .body("items.id", contains(key));
            cadence("KEY", null);
            view(key).then().body("touchOverdue", equalTo(false)).body("touchDueAt", nullValue());
            cadence("STANDARD", 10);
            String standard = account(owner, "STANDARD");
            log(standard, ago(11), List.of());
            view(standard).then().body("touchOverdue", equalTo(true));
        } finally {
            cadence("KEY", 45);
            cadence("STANDARD", null);
        }
        api().put("/api/v1/tier-policies/KEY").then().statusCode(400);
        Map<String, Object> bad = new HashMap<>();
        bad.put("qbrCadenceDays", 90);
        bad.put("touchCadenceDays", 0);
        api().body(bad).put("/api/v1/tier-policies/KEY").then().statusCode(422)
                .body("errors[0].field", equalTo("touchCadenceDays"));
        api().get("/api/v1/tier-policies").then().body("items.find { it.tier == 'KEY' }.touchCadenceDays",
                equalTo(45));
    }

    @Test
    void withoutATouchTheCadenceCountsFromTheAccountsCreation() {
        String owner = accountManager();
        String strategic = account(owner, "STRATEGIC");
        String key = account(owner, "KEY");
        view(strategic).then().body("touchOverdue", equalTo(false)).body("lastTouchAt", nullValue());
        clock.advance(Duration.ofDays(22));
        view(strategic).then().body("touchOverdue", equalTo(true));
        view(key).then().body("touchOverdue", equalTo(false));
        api().queryParam("ownerId", owner).queryParam("touchOverdue", "true").get("/api/v1/accounts").then()
                .body("items.id", contains(strategic));
        api().queryParam("ownerId", owner).get("/api/v1/workload").then().body("items[0].total.touchOverdue",
                equalTo(1));
    }
}
