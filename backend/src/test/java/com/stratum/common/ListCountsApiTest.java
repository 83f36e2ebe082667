package com.stratum.common;

import static com.stratum.support.Api.api;
import static com.stratum.support.Fixtures.account;
import static com.stratum.support.Fixtures.accountManager;
import static com.stratum.support.Fixtures.moveStage;
import static com.stratum.support.Fixtures.opportunity;
import static com.stratum.support.Fixtures.tierChange;
import static com.stratum.support.Fixtures.unique;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Every list says how many items its filters match, on every page, exactly while that is cheap. */
@QuarkusTest
class ListCountsApiTest {
    @Inject
    EntityManager em;
    @ConfigProperty(name = "stratum.paging.exact-count-limit")
    int exactCountLimit;

    @Test
    void everyPageOfAListCountsAllItsFiltersMatchWhateverTheCursor() {
        String owner = accountManager();
        for (int i = 0; i < 5; i++) {
            account(owner, i < 2 ? "KEY" : "STANDARD");
        }
        Function<String, ValidatableResponse> page = cursor -> api().queryParam("ownerId", owner)
                .queryParam("limit", 2).queryParam("cursor", cursor == null ? "" : cursor).get("/api/v1/accounts")
                .then().statusCode(200).body("total", equalTo(5)).body("totalIsEstimate", equalTo(false));
        String second = page.apply(null).body("items", hasSize(2)).extract().path("nextCursor");
        String third = page.apply(second).body("items", hasSize(2)).extract().path("nextCursor");
        page.apply(third).body("items", hasSize(1)).body("nextCursor", nullValue());

        api().queryParam("ownerId", owner).queryParam("tier", "KEY").get("/api/v1/accounts").then().statusCode(200)
                .body("items", hasSize(2)).body("total", equalTo(2)).body("totalIsEstimate", equalTo(false));
        api().queryParam("ownerId", owner).queryParam("tier", "STRATEGIC").get("/api/v1/accounts").then()
                .statusCode(200).body("items", hasSize(0)).body("total", equalTo(0))
                .body("totalIsEstimate", equalTo(false));
    }

    @Test
    void theCountFollowsEachListsOwnFilters() {
        String id = account(Map.of());
        for (int i = 0; i < 3; i++) {
            String deal = opportunity(id, "UPSELL", 1000 + i, "2031-01-31");
            if (i == 0) {
                moveStage(deal, "QUALIFIED");
            }
        }
        api().queryParam("accountId", id).queryParam("limit", 1).get("/api/v1/opportunities").then()
                .statusCode(200).body("items", hasSize(1)).body("total", equalTo(3));
        api().queryParam("accountId", id).queryParam("stage", "QUALIFIED").get("/api/v1/opportunities").then()
                .statusCode(200).body("total", equalTo(1));

        api().body(tierChange("KEY", "Signed the platform deal")).put("/api/v1/accounts/{id}/tier", id).then()
                .statusCode(200);
        api().queryParam("limit", 1).get("/api/v1/accounts/{id}/tier-history", id).then().statusCode(200)
                .body("items", hasSize(1)).body("total", equalTo(2)).body("totalIsEstimate", equalTo(false));

        String label = unique("Counted");
        for (int i = 0; i < 3; i++) {
            api().body(Map.of("name", label + " " + i, "email", label.toLowerCase() + "-" + i + "@test.example",
                    "role", i == 0 ? "VIEWER" : "ACCOUNT_MANAGER")).post("/api/v1/users").then().statusCode(201);
        }
        api().queryParam("q", label).queryParam("role", "ACCOUNT_MANAGER").get("/api/v1/users").then()
                .statusCode(200).body("total", equalTo(2));

        api().get("/api/v1/tier-policies").then().statusCode(200).body("items", hasSize(3)).body("total", equalTo(3))
                .body("totalIsEstimate", equalTo(false));
    }

    /**
     * An account with more tier changes than are counted exactly (1,000 unless configured otherwise), written
     * straight into the table: through the API that would take minutes.
     */
    @Test
    void aboveTheExactLimitTheTotalIsTheDatabasesEstimateAndSaysSo() {
        String id = account(Map.of()); // its creation is the first entry
        int extra = exactCountLimit + 1;
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("insert into tier_change (id, account_id, from_tier, to_tier, reason, changed_at)"
                            + " select gen_random_uuid(), :account, 'STANDARD', 'STANDARD', 'Review ' || n,"
                            + " now() - n * interval '1 minute' from generate_series(1, :rows) n")
                    .setParameter("account", UUID.fromString(id)).setParameter("rows", extra).executeUpdate();
            em.createNativeQuery("analyze tier_change").executeUpdate();
        });
        Function<String, ValidatableResponse> page = cursor -> api().queryParam("limit", 2)
                .queryParam("cursor", cursor == null ? "" : cursor).get("/api/v1/accounts/{id}/tier-history", id)
                .then().statusCode(200).body("items", hasSize(2)).body("totalIsEstimate", equalTo(true))
                // never below what was counted; fresh statistics put the estimate near the real count
                .body("total", allOf(greaterThanOrEqualTo(exactCountLimit + 1), lessThan(exactCountLimit * 2)));
        page.apply(page.apply(null).extract().path("nextCursor"));
    }

    /** A list read by native SQL (the managers' snoozed flags) counts the same way: 1,010 snoozes of one owner. */
    @Test
    void aNativeListAboveTheExactLimitGivesTheEstimateNeverBelowWhatWasCounted() {
        String owner = accountManager();
        int accounts = exactCountLimit / 10 + 1;
        for (int i = 0; i < accounts; i++) {
            account(owner, "STANDARD");
        }
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("insert into risk_flag_snooze (account_id, flag, reason, ends_on, snoozed_at)"
                            + " select a.id, f.flag, 'Counted', current_date + 30, now() from account a"
                            + " cross join unnest(array['FAILING_GRADE', 'FOLLOW_UP_MISSED', 'QBR_OVERDUE',"
                            + " 'TOUCH_OVERDUE', 'SINGLE_THREADED', 'SPONSOR_LEFT', 'REVENUE_ALERT',"
                            + " 'RENEWAL_AT_RISK', 'THREAT_PATH', 'PLAN_STALE']) f (flag) where a.owner_id = :owner")
                    .setParameter("owner", UUID.fromString(owner)).executeUpdate();
            em.createNativeQuery("analyze risk_flag_snooze").executeUpdate();
        });
        api().queryParam("ownerId", owner).queryParam("active", true).queryParam("limit", 2)
                .get("/api/v1/risk-snoozes").then().statusCode(200).body("items", hasSize(2))
                .body("totalIsEstimate", equalTo(true)).body("total", greaterThanOrEqualTo(exactCountLimit + 1));
        api().queryParam("ownerId", owner).queryParam("flag", "PLAN_STALE").queryParam("limit", 2)
                .get("/api/v1/risk-snoozes").then().statusCode(200).body("items", hasSize(2))
                .body("totalIsEstimate", equalTo(false)).body("total", equalTo(accounts));
    }
}
