package com.stratum.account;

import static com.stratum.support.Api.api;
import static com.stratum.support.Fixtures.account;
import static com.stratum.support.Fixtures.tierChange;
import static com.stratum.support.Fixtures.unique;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.stratum.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Users' levels and managers (issue 14): a JUNIOR user owns no STRATEGIC account; a manager's team. */
@QuarkusTest
class LevelsAndManagersApiTest {
    private static final String JUNIOR_REFUSAL = "a JUNIOR user may not own a STRATEGIC account";

    static String user(String role, String level, String managerId) {
        String name = unique("User");
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "email", name.toLowerCase() + "@test.example",
                "role", role));
        if (level != null) {
            body.put("level", level);
        }
        if (managerId != null) {
            body.put("managerId", managerId);
        }
        return api().body(body).post("/api/v1/users").then().statusCode(201).extract().path("id");
    }

    static void patchUser(String id, Map<String, Object> patch, int status) {
        api().contentType("application/merge-patch+json").body(patch).patch("/api/v1/users/{id}", id).then()
                .statusCode(status);
    }

    @Test
    void usersHaveALevelAndAManager() {
        String lead = user("MANAGER", "SENIOR", null);
        String am = Fixtures.accountManager();
        api().get("/api/v1/users/{id}", am).then().body("level", equalTo("MID")).body("managerId", nullValue())
                .body("managerName", nullValue());
        patchUser(am, Map.of("managerId", lead, "level", "SENIOR"), 200);
        String leadName = api().get("/api/v1/users/{id}", lead).then().extract().path("name");
        api().get("/api/v1/users/{id}", am).then().body("level", equalTo("SENIOR")).body("managerId", equalTo(lead))
                .body("managerName", equalTo(leadName));
        api().queryParam("managerId", lead).get("/api/v1/users").then().statusCode(200)
                .body("items.id", containsInAnyOrder(am)).body("items[0].managerName", equalTo(leadName));
        api().contentType("application/merge-patch+json").body(Map.of("managerName", "Someone"))
                .patch("/api/v1/users/{id}", am).then().statusCode(422)
                .body("errors[0].field", equalTo("managerName"));
        api().contentType("application/merge-patch+json").body(Map.of("level", "PRINCIPAL"))
                .patch("/api/v1/users/{id}", am).then().statusCode(422).body("errors[0].field", equalTo("level"));
        api().contentType("application/merge-patch+json").body(new HashMap<>(java.util.Collections.singletonMap("level",
                        null))).patch("/api/v1/users/{id}", am).then().statusCode(422)
                .body("errors[0].field", equalTo("level"));
        patchUser(am, new HashMap<>(java.util.Collections.singletonMap("managerId", null)), 200);
        api().get("/api/v1/users/{id}", am).then().body("managerId", nullValue());
    }

    @Test
    void aManagerIsAnotherActiveUserAndChainsHaveNoCycle() {
        String top = user("MANAGER", null, null);
        String middle = user("MANAGER", null, top);
        String bottom = user("ACCOUNT_MANAGER", null, middle);
        api().contentType("application/merge-patch+json").body(Map.of("managerId", bottom))
                .patch("/api/v1/users/{id}", top).then().statusCode(422)
                .body("errors[0].field", equalTo("managerId"))
                .body("errors[0].message", containsString("that would make a cycle. Choose another manager."));
        api().contentType("application/merge-patch+json").body(Map.of("managerId", top))
                .patch("/api/v1/users/{id}", top).then().statusCode(422)
                .body("errors[0].message", equalTo("A user cannot be their own manager; choose someone else."));
        api().contentType("application/merge-patch+json").body(Map.of("managerId",
                        "00000000-0000-4000-8000-00000000dead"))
                .patch("/api/v1/users/{id}", bottom).then().statusCode(422)
                .body("errors[0].field", equalTo("managerId"));
        String gone = user("MANAGER", null, null);
        patchUser(gone, Map.of("active", false), 200);
        api().contentType("application/merge-patch+json").body(Map.of("managerId", gone))
                .patch("/api/v1/users/{id}", bottom).then().statusCode(422)
                .body("errors[0].message", containsString("is inactive; choose an active user as the manager."));
        api().get("/api/v1/users/{id}", top).then().body("managerId", nullValue());
        api().get("/api/v1/users/{id}", bottom).then().body("managerId", equalTo(middle));
    }

    @Test
    void aJuniorCannotBeGivenAStrategicAccountAnyWay() {
        String junior = user("ACCOUNT_MANAGER", "JUNIOR", null);
        // Creating it for them.
        api().body(Map.of("name", unique("Account"), "ownerId", junior, "tier", "STRATEGIC"))
                .post("/api/v1/accounts").then().statusCode(409)
                .body("type", endsWithSlug("junior-owner"))
                .body("detail", containsString(JUNIOR_REFUSAL))
                .body("ownerId", equalTo(junior)).body("tier", equalTo("STRATEGIC"));
        // Handing them one that exists (a STRATEGIC account changes owner by handoff).
        String strategic = account(Fixtures.accountManager(), "STRATEGIC");
        api().body(Map.of("toUserId", junior)).post("/api/v1/accounts/{id}/handoffs", strategic).then()
                .statusCode(409).body("detail", containsString(JUNIOR_REFUSAL));
        // Promoting one of theirs to STRATEGIC.
        String key = account(junior, "KEY");
        api().body(tierChange("STRATEGIC", "Board-level deal")).put("/api/v1/accounts/{id}/tier", key).then()
                .statusCode(409).body("detail", containsString(JUNIOR_REFUSAL));
        api().get("/api/v1/accounts/{id}", key).then().body("tier", equalTo("KEY"));
        api().get("/api/v1/accounts/{id}", strategic).then().body("ownerId", org.hamcrest.Matchers.not(junior));
        // A JUNIOR owns KEY and STANDARD accounts.
        account(junior, "STANDARD");
    }

    @Test
    void aStrategicOwnerCannotBecomeJuniorUntilTheAccountMoves() {
        String owner = Fixtures.accountManager();
        String strategic = account(owner, "STRATEGIC");
        api().contentType("application/merge-patch+json").body(Map.of("level", "JUNIOR"))
                .patch("/api/v1/users/{id}", owner).then().statusCode(409)
                .body("detail", containsString("owns 1 STRATEGIC account, and a JUNIOR user may not own a STRATEGIC"
                        + " account; give it to another owner first, or choose another level."));
        api().get("/api/v1/users/{id}", owner).then().body("level", equalTo("MID"));
        patchUser(owner, Map.of("level", "SENIOR"), 200);
        // The account moves by handoff, accepted by its new owner; then the level may drop.
        com.stratum.support.Api.Session incoming = Fixtures.signedIn("ACCOUNT_MANAGER");
        String handoff = api().body(Map.of("toUserId", incoming.userId()))
                .post("/api/v1/accounts/{id}/handoffs", strategic).then().statusCode(201).extract().path("id");
        incoming.request().post("/api/v1/handoffs/{id}/accept", handoff).then().statusCode(200);
        patchUser(owner, Map.of("level", "JUNIOR"), 200);
        // An archived STRATEGIC account does not hold them back, but it is not restored to a junior owner.
        String other = user("ACCOUNT_MANAGER", "SENIOR", null);
        String archived = account(other, "STRATEGIC");
        api().delete("/api/v1/accounts/{id}", archived).then().statusCode(204);
        patchUser(other, Map.of("level", "JUNIOR"), 200);
        api().post("/api/v1/accounts/{id}/restore", archived).then().statusCode(409)
                .body("detail", containsString(JUNIOR_REFUSAL));
    }

    @Test
    void capacityAndWorkloadNarrowToAManagersTeam() {
        String lead = user("MANAGER", null, null);
        String a = user("ACCOUNT_MANAGER", null, lead);
        String b = user("ACCOUNT_MANAGER", null, lead);
        String outside = user("ACCOUNT_MANAGER", null, null);
        account(a, "KEY");
        account(outside, "KEY");
        api().queryParam("managerId", lead).get("/api/v1/tier-capacity").then().statusCode(200)
                .body("items.ownerId", containsInAnyOrder(lead, a, b));
        // The workload lists owners who hold accounts or could (active account managers): the lead holds none.
        api().queryParam("managerId", lead).get("/api/v1/workload").then().statusCode(200)
                .body("items.ownerId", containsInAnyOrder(a, b)).body("total", equalTo(2));
        api().queryParam("managerId", "not-a-uuid").get("/api/v1/workload").then().statusCode(400);
    }

    private static org.hamcrest.Matcher<String> endsWithSlug(String slug) {
        return org.hamcrest.Matchers.endsWith(slug);
    }
}
