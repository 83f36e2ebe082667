package com.stratum.revenuealert;

import static com.stratum.support.Api.api;
import static com.stratum.support.Fixtures.account;
import static com.stratum.support.Fixtures.accountManager;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import com.stratum.revenue.RevenueIngested;
import com.stratum.support.Fixtures;
import com.stratum.support.RevenueLines;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The alert thresholds per tier: read by everyone, replaced by managers, refused when out of range. */
@QuarkusTest
class RevenueAlertSettingsApiTest {
    private static final String SENTENCE = "^[A-Z].*[.]$";
    private static final String PATH = "/api/v1/settings/revenue-alerts";

    @Inject
    EntityManager em;
    @Inject
    Event<RevenueIngested> ingested;
    @Inject
    AlertDetection detection;

    static Map<String, Object> policy(String tier, Object... more) {
        Map<String, Object> body = new HashMap<>();
        body.put("tier", tier);
        body.put("stoppedBuying", true);
        body.put("volumeDrop", true);
        body.put("revenueDecline", true);
        body.put("minMonthsBought", 4);
        body.put("volumeDropPct", 30);
        body.put("revenueDeclinePct", 15);
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    static Map<String, Object> defaults(Map<String, Object> key) {
        return Map.of("policies", List.of(policy("STANDARD"), key, policy("STRATEGIC")));
    }

    @AfterEach
    void restoreDefaults() {
        api().body(defaults(policy("KEY"))).put(PATH).then().statusCode(200);
    }

    @Test
    void everyoneReadsTheDefaults() {
        Fixtures.signedIn("VIEWER").request().get(PATH).then().statusCode(200)
                .body("policies.tier", contains("STANDARD", "KEY", "STRATEGIC"))
                .body("policies.volumeDropPct", contains(30.0f, 30.0f, 30.0f))
                .body("policies.revenueDeclinePct", contains(15.0f, 15.0f, 15.0f))
                .body("policies.minMonthsBought", contains(4, 4, 4))
                .body("policies.stoppedBuying", contains(true, true, true));
    }

    @Test
    void aManagerChangesAThresholdAndTheNextCheckUsesIt() {
        Response before = api().get(PATH);
        long version = before.<Number>path("version").longValue();
        Fixtures.signedIn("MANAGER").request().header("If-Match", "\"" + version + "\"")
                .body(defaults(policy("KEY", "volumeDrop", false, "volumeDropPct", 12.5))).put(PATH).then()
                .statusCode(200).header("ETag", "\"" + (version + 1) + "\"")
                .body("policies.find { it.tier == 'KEY' }.volumeDrop", equalTo(false))
                .body("policies.find { it.tier == 'KEY' }.volumeDropPct", equalTo(12.5f));
        // A stale version is refused.
        api().header("If-Match", "\"" + version + "\"").body(defaults(policy("KEY"))).put(PATH).then()
                .statusCode(412);
        // A KEY account whose product stopped: no VOLUME_DROP now, the STOPPED_BUYING still.
        String accountId = account(accountManager(), "KEY");
        String product = RevenueLines.product(em, Fixtures.unique("Widget"));
        RevenueLines.series(em, accountId, product, RevenueLines.latestCompleteMonth(), 5, 5, 5, 5, 5, 5, 5, 5, 0, 0);
        QuarkusTransaction.requiringNew().run(() -> ingested.fire(new RevenueIngested(Set.of(
                UUID.fromString(accountId)))));
        detection.drainQueue();
        api().queryParam("accountId", accountId).get("/api/v1/revenue-alerts").then().statusCode(200)
                .body("items.rule", contains("STOPPED_BUYING"));
    }

    @Test
    void accountManagersAndViewersMayNotChangeIt() {
        Fixtures.signedIn("ACCOUNT_MANAGER").request().body(defaults(policy("KEY"))).put(PATH).then()
                .statusCode(403);
        Fixtures.signedIn("VIEWER").request().body(defaults(policy("KEY"))).put(PATH).then().statusCode(403);
    }

    @Test
    void everyTierOnceOrNothingChanges() {
        Response twice = api().body(Map.of("policies", List.of(policy("KEY"), policy("KEY"), policy("STRATEGIC"))))
                .put(PATH);
        twice.then().statusCode(422).body("errors.field", contains("policies"))
                .body("errors[0].message", matchesPattern(SENTENCE));
        api().body(Map.of("policies", List.of(policy("KEY")))).put(PATH).then().statusCode(422)
                .body("errors.field", contains("policies"));
        api().body(Map.of("policies", List.of())).put(PATH).then().statusCode(422);
        api().body(Map.of()).put(PATH).then().statusCode(422);
        List<Map<String, Object>> unknownTier = new ArrayList<>(List.of(policy("STANDARD"), policy("KEY")));
        unknownTier.add(policy("GOLD"));
        api().body(Map.of("policies", unknownTier)).put(PATH).then().statusCode(422);
        api().get(PATH).then().body("policies.volumeDropPct", contains(30.0f, 30.0f, 30.0f));
    }

    @Test
    void percentagesAndMonthsOutOfRangeAreRefused() {
        for (Object[] bad : new Object[][] {{"volumeDropPct", -5}, {"volumeDropPct", 0}, {"volumeDropPct", 100.01},
                {"volumeDropPct", 12.345}, {"revenueDeclinePct", -1}, {"revenueDeclinePct", 101},
                {"minMonthsBought", 0}, {"minMonthsBought", 7}, {"minMonthsBought", 4.5}}) {
            Response response = api().body(defaults(policy("KEY", bad[0], bad[1]))).put(PATH);
            response.then().statusCode(422).body("errors", hasSize(1))
                    .body("errors[0].field", matchesPattern(".*" + bad[0]))
                    .body("errors[0].message", matchesPattern(SENTENCE));
        }
        api().body(defaults(policy("KEY", "volumeDropPct", 100, "revenueDeclinePct", 0.01, "minMonthsBought", 6)))
                .put(PATH).then().statusCode(200);
        api().get(PATH).then().body("policies.find { it.tier == 'KEY' }.revenueDeclinePct", equalTo(0.01f));
    }
}
