package com.stratum.security;

import static com.stratum.support.Api.api;
import static org.hamcrest.Matchers.equalTo;

import com.stratum.support.Api;
import com.stratum.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * OWASP API5:2023 Broken Function Level Authorization: a VIEWER and an ACCOUNT_MANAGER cannot reach what
 * their role forbids, a token cannot exceed its scopes, and a browser cannot change anything without its
 * CSRF token.
 */
@QuarkusTest
class Api5FunctionLevelAuthorizationTest {
    @Test
    void aViewerReadsEverythingAndChangesNothing() {
        Api.Session viewer = Fixtures.signedIn("VIEWER");
        String account = Fixtures.account(Fixtures.accountManager(), "STANDARD");
        String opportunity = Fixtures.opportunity(account, "UPSELL", 1000, "2031-06-30");
        for (String path : List.of("/api/v1/accounts", "/api/v1/accounts/" + account, "/api/v1/opportunities",
                "/api/v1/qbrs", "/api/v1/users", "/api/v1/tier-policies", "/api/v1/survey-templates",
                "/api/v1/pipeline/summary", "/api/v1/me", "/api/v1/api-tokens")) {
            viewer.request().get(path).then().statusCode(200);
        }
        forbidden(viewer::request, account, opportunity);
        viewer.request().get("/api/v1/audit-events").then().statusCode(403);
        api().get("/api/v1/accounts/{id}", account).then().body("version", equalTo(0));
    }

    @Test
    void anAccountManagerCannotDoAManagersOrAnAdminsWork() {
        Api.Session am = Fixtures.signedIn("ACCOUNT_MANAGER");
        String own = am.request().body(Map.of("name", Fixtures.unique("Own"))).post("/api/v1/accounts").then()
                .statusCode(201).extract().path("id");
        am.request().body(Map.of("tier", "KEY", "reason", "Promote myself", "reasonCode", "REVENUE")).put("/api/v1/accounts/{id}/tier", own)
                .then().statusCode(403);
        am.request().body(Map.of("name", Fixtures.unique("Big"), "tier", "STRATEGIC")).post("/api/v1/accounts")
                .then().statusCode(403);
        am.request().body(Map.of("name", Fixtures.unique("Gift"), "ownerId", Fixtures.accountManager()))
                .post("/api/v1/accounts").then().statusCode(403);
        am.request().body(Map.of("ownerId", Fixtures.accountManager())).patch("/api/v1/accounts/{id}", own)
                .then().statusCode(403);
        am.request().body(Map.of("maxAccountsPerOwner", 99, "qbrCadenceDays", 30)).put("/api/v1/tier-policies/KEY")
                .then().statusCode(403);
        am.request().body(Map.of("name", "Mine", "questions", List.of())).post("/api/v1/survey-templates")
                .then().statusCode(403);
        am.request().body(Map.of("name", "Eve", "email", Fixtures.unique("eve") + "@test.example", "role", "ADMIN"))
                .post("/api/v1/users").then().statusCode(403);
        am.request().get("/api/v1/audit-events").then().statusCode(403);
        am.request().body(Map.of("name", "admin please", "scopes", List.of("admin"))).post("/api/v1/api-tokens")
                .then().statusCode(422);
        // What the role does allow still works.
        am.request().body(Map.of("industry", "Energy")).patch("/api/v1/accounts/{id}", own).then().statusCode(200);
        api().get("/api/v1/tier-policies").then().body("items.find { it.tier == 'KEY' }.maxAccountsPerOwner",
                equalTo(8));
    }

    @Test
    void aTokenCanDoOnlyWhatItsScopesAllowEvenForAnAdmin() {
        Api.Session admin = Api.Session.signIn(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
        String readOnly = admin.createToken("read only", List.of("accounts:read"));
        Api.withToken(readOnly).get("/api/v1/accounts").then().statusCode(200);
        Api.withToken(readOnly).body(Map.of("name", Fixtures.unique("No"))).post("/api/v1/accounts")
                .then().statusCode(403).body("detail", equalTo(
                        "This needs the accounts:write scope, which this request does not have."));
        Api.withToken(readOnly).get("/api/v1/opportunities").then().statusCode(403);
        Api.withToken(readOnly).get("/api/v1/audit-events").then().statusCode(403);
        Api.withToken(readOnly).body(Map.of("name", "escalate", "scopes", List.of("admin")))
                .post("/api/v1/api-tokens").then().statusCode(403);
    }

    @Test
    void aSignedInBrowserNeedsItsCsrfTokenForEveryChange() {
        Api.Session manager = Fixtures.signedIn("MANAGER");
        manager.withoutCsrf().body(Map.of("name", Fixtures.unique("Csrf"))).post("/api/v1/accounts")
                .then().statusCode(403).body("reason", equalTo("csrf"));
        manager.withoutCsrf().header("X-CSRF-Token", "guess").body(Map.of("name", Fixtures.unique("Csrf")))
                .post("/api/v1/accounts").then().statusCode(403);
        manager.withoutCsrf().post("/api/v1/auth/logout").then().statusCode(403);
        manager.withoutCsrf().get("/api/v1/accounts").then().statusCode(200);
        manager.request().body(Map.of("name", Fixtures.unique("Csrf"))).post("/api/v1/accounts").then().statusCode(201);
    }

    private static void forbidden(Supplier<RequestSpecification> as, String account, String opportunity) {
        as.get().body(Map.of("name", Fixtures.unique("No"))).post("/api/v1/accounts").then().statusCode(403);
        as.get().body(Map.of("name", "Renamed")).patch("/api/v1/accounts/{id}", account).then().statusCode(403);
        as.get().delete("/api/v1/accounts/{id}", account).then().statusCode(403);
        as.get().body(Map.of("tier", "KEY", "reason", "x", "reasonCode", "REVENUE")).put("/api/v1/accounts/{id}/tier", account)
                .then().statusCode(403);
        as.get().body(Map.of("scheduledFor", "2031-01-15", "respondentName", "Jordan Lee",
                "respondentEmail", "jordan@customer.example")).post("/api/v1/accounts/{id}/qbrs", account).then().statusCode(403);
        as.get().body(Map.of("title", "No")).patch("/api/v1/opportunities/{id}", opportunity).then().statusCode(403);
        as.get().body(Map.of("stage", "QUALIFIED")).post("/api/v1/opportunities/{id}/stage", opportunity)
                .then().statusCode(403);
        as.get().body(Map.of("maxAccountsPerOwner", 1, "qbrCadenceDays", 30)).put("/api/v1/tier-policies/KEY")
                .then().statusCode(403);
        as.get().body(Map.of("name", "X", "email", Fixtures.unique("x") + "@test.example", "role", "VIEWER"))
                .post("/api/v1/users").then().statusCode(403);
    }
}
