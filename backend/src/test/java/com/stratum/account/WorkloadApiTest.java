package com.stratum.account;

import static com.stratum.support.Api.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.stratum.support.Api;
import com.stratum.support.Fixtures;
import com.stratum.support.Surveys;
import com.stratum.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WorkloadApiTest {
    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void eachOwnerHasAccountsArrOverdueQbrsOpenFollowUpsAndCapacityPerTier() {
        String owner = Fixtures.accountManager();
        Fixtures.account(Map.of("ownerId", owner, "tier", "KEY", "arr", 100000));
        String failing = Fixtures.account(Map.of("ownerId", owner, "tier", "KEY", "arr", 50000.5));
        Fixtures.account(Map.of("ownerId", owner, "tier", "STANDARD", "arr", 20000));
        String archived = Fixtures.account(Map.of("ownerId", owner, "tier", "STANDARD", "arr", 999999));
        api().delete("/api/v1/accounts/{id}", archived).then().statusCode(204);
        String qbr = Surveys.answered(failing, "C", "C", "B", "C", 4);
        api().body(Map.of("targetGrade", "B-", "actions", List.of("Weekly check-in"),
                        "targetDate", LocalDate.now(ZoneOffset.UTC).plusDays(30).toString()))
                .put("/api/v1/qbrs/{id}/follow-up", qbr).then().statusCode(200);

        JsonPath today = workload(owner);
        assertThat(today.getString("items[0].ownerId")).isEqualTo(owner);
        assertThat(today.getBoolean("items[0].ownerActive")).isTrue();
        assertThat(today.getList("items[0].tiers.tier")).containsExactly("STANDARD", "KEY", "STRATEGIC");
        assertThat(today.getInt("items[0].total.accounts")).isEqualTo(3);
        assertThat(today.getDouble("items[0].total.arr")).isEqualTo(170000.5);
        assertThat(today.getInt("items[0].total.overdueQbrs")).isZero();
        assertThat(today.getInt("items[0].total.openFailingFollowUps")).isEqualTo(1);
        assertThat(today.getInt("items[0].tiers[1].figures.accounts")).isEqualTo(2);
        assertThat(today.getDouble("items[0].tiers[1].figures.arr")).isEqualTo(150000.5);
        assertThat(today.getInt("items[0].tiers[1].figures.openFailingFollowUps")).isEqualTo(1);
        assertThat(today.getInt("items[0].tiers[1].limit")).isEqualTo(8);
        assertThat(today.getBoolean("items[0].tiers[1].overCapacity")).isFalse();
        assertThat(today.getInt("items[0].tiers[0].figures.accounts")).isEqualTo(1); // the archived one is left out
        assertThat((Object) today.get("items[0].tiers[0].limit")).isNull();
        assertThat(today.getInt("items[0].tiers[2].figures.accounts")).isZero();
        assertThat(today.getBoolean("items[0].overCapacity")).isFalse();

        // 100 days on, KEY accounts (90-day cadence) are overdue and STANDARD ones (180 days) are not.
        clock.advance(Duration.ofDays(100));
        JsonPath later = workload(owner);
        assertThat(later.getInt("items[0].tiers[1].figures.overdueQbrs")).isEqualTo(2);
        assertThat(later.getInt("items[0].tiers[0].figures.overdueQbrs")).isZero();
        assertThat(later.getInt("items[0].total.overdueQbrs")).isEqualTo(2);
    }

    @Test
    void anOwnerOverATierLimitIsFlagged() {
        String owner = Fixtures.accountManager();
        for (int i = 0; i < 3; i++) {
            Fixtures.account(owner, "STRATEGIC");
        }
        JsonPath within = workload(owner);
        assertThat(within.getBoolean("items[0].overCapacity")).isFalse();
        // Lowering the limit below what the owner holds is allowed; the workload shows who is over.
        api().body(Map.of("maxAccountsPerOwner", 2, "qbrCadenceDays", 30, "touchCadenceDays", 21)).put("/api/v1/tier-policies/STRATEGIC")
                .then().statusCode(200);
        try {
            JsonPath over = workload(owner);
            assertThat(over.getBoolean("items[0].overCapacity")).isTrue();
            assertThat(over.getBoolean("items[0].tiers[2].overCapacity")).isTrue();
            assertThat(over.getInt("items[0].tiers[2].limit")).isEqualTo(2);
        } finally {
            api().body(Map.of("maxAccountsPerOwner", 3, "qbrCadenceDays", 30, "touchCadenceDays", 21)).put("/api/v1/tier-policies/STRATEGIC")
                    .then().statusCode(200);
        }
    }

    @Test
    void pagesOwnersByNameWithACursorAndRefusesBadParameters() {
        List<String> owners = List.of(Fixtures.accountManager(), Fixtures.accountManager(),
                Fixtures.accountManager());
        owners.forEach(owner -> Fixtures.account(owner, "KEY"));
        String first = api().queryParam("ownerId", owners).queryParam("limit", 2).get("/api/v1/workload").then()
                .statusCode(200).body("items.size()", equalTo(2)).body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        List<String> names = api().queryParam("ownerId", owners).queryParam("limit", 2).get("/api/v1/workload")
                .then().extract().path("items.ownerName");
        assertThat(names).isSorted();
        api().queryParam("ownerId", owners).queryParam("limit", 2).queryParam("cursor", first)
                .get("/api/v1/workload").then().statusCode(200).body("items.size()", equalTo(1))
                .body("nextCursor", equalTo(null));
        api().queryParam("ownerId", "not-a-uuid").get("/api/v1/workload").then().statusCode(400)
                .contentType("application/problem+json");
        api().queryParam("cursor", "garbage").get("/api/v1/workload").then().statusCode(400);
        api().queryParam("limit", 0).get("/api/v1/workload").then().statusCode(400);
    }

    @Test
    void listsWhoHoldsAccountsAndTheAccountManagersWhoCouldNotAnAdminOrViewerWithNone() {
        String idleManager = Fixtures.accountManager();
        String idleAdmin = Fixtures.user("ADMIN");
        String idleViewer = Fixtures.user("VIEWER");
        String holdingAdmin = Fixtures.user("ADMIN");
        Fixtures.account(holdingAdmin, "STANDARD");
        List<String> asked = List.of(idleManager, idleAdmin, idleViewer, holdingAdmin);
        List<String> listed = api().queryParam("ownerId", asked).get("/api/v1/workload").then().statusCode(200)
                .body("total", equalTo(2)).extract().path("items.ownerId");
        assertThat(listed).containsExactlyInAnyOrder(idleManager, holdingAdmin);
    }

    @Test
    void readersMayReadItAndAnonymousCallersMayNot() {
        String owner = Fixtures.accountManager();
        Fixtures.account(owner, "KEY");
        Api.Session viewer = Fixtures.signedIn("VIEWER");
        viewer.request().queryParam("ownerId", owner).get("/api/v1/workload").then().statusCode(200)
                .body("items[0].total.accounts", equalTo(1));
        Api.anonymous().get("/api/v1/workload").then().statusCode(401);
        Api.withToken(Fixtures.token("MANAGER", List.of("surveys:read"))).get("/api/v1/workload").then()
                .statusCode(403);
    }

    private static JsonPath workload(String owner) {
        return api().queryParam("ownerId", owner).get("/api/v1/workload").then().statusCode(200)
                .body("items.size()", equalTo(1)).extract().jsonPath();
    }
}
