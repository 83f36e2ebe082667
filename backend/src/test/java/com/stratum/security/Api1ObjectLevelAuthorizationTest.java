package com.stratum.security;

import static com.stratum.support.Api.api;
import static org.hamcrest.Matchers.equalTo;

import com.stratum.support.Api;
import com.stratum.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** OWASP API1:2023 Broken Object Level Authorization: an id in the path is not a licence to change it. */
@QuarkusTest
class Api1ObjectLevelAuthorizationTest {
    private static final Map<String, Object> QBR = Map.of("scheduledFor", "2031-01-15", "respondentName", "Jordan Lee",
            "respondentEmail", "jordan@customer.example");
    private static final List<String> WRITE = List.of("accounts:read", "accounts:write", "surveys:read",
            "surveys:write", "opportunities:read", "opportunities:write");

    @Test
    void anAccountManagerCannotChangeAnotherOwnersAccountByItsId() {
        Api.Session mine = Fixtures.signedIn("ACCOUNT_MANAGER");
        Api.Session theirs = Fixtures.signedIn("ACCOUNT_MANAGER");
        String account = Fixtures.account(theirs.userId(), "STANDARD");

        mine.request().body(Map.of("name", "Hijacked")).patch("/api/v1/accounts/{id}", account)
                .then().statusCode(403).body("detail", equalTo("Account managers can change only the accounts they own."));
        mine.request().delete("/api/v1/accounts/{id}", account).then().statusCode(403);
        mine.request().body(Map.of("accountId", account, "type", "UPSELL", "title", "Sneaky", "amount", 1000,
                "expectedCloseDate", "2031-01-31")).post("/api/v1/opportunities").then().statusCode(403);
        mine.request().body(QBR).post("/api/v1/accounts/{id}/qbrs", account).then().statusCode(403);

        api().get("/api/v1/accounts/{id}", account).then().statusCode(200)
                .body("name", org.hamcrest.Matchers.not(equalTo("Hijacked"))).body("archived", equalTo(false));
        theirs.request().body(Map.of("industry", "Retail")).patch("/api/v1/accounts/{id}", account)
                .then().statusCode(200).body("industry", equalTo("Retail"));
    }

    @Test
    void anotherOwnersQbrsAndOpportunitiesCannotBeChangedByTheirIds() {
        Api.Session owner = Fixtures.signedIn("ACCOUNT_MANAGER");
        String intruderToken = Fixtures.token("ACCOUNT_MANAGER", WRITE);
        String account = Fixtures.account(owner.userId(), "STANDARD");
        String opportunity = Fixtures.opportunity(account, "UPSELL", 5000, "2031-03-31");
        String qbr = owner.request().body(QBR).post("/api/v1/accounts/{id}/qbrs", account).then()
                .statusCode(201).extract().path("id");

        Api.withToken(intruderToken).body(Map.of("title", "Mine now")).patch("/api/v1/opportunities/{id}", opportunity)
                .then().statusCode(403);
        Api.withToken(intruderToken).body(Map.of("stage", "LOST", "lossReason", "sabotage"))
                .post("/api/v1/opportunities/{id}/stage", opportunity).then().statusCode(403);
        Api.withToken(intruderToken).delete("/api/v1/opportunities/{id}", opportunity).then().statusCode(403);
        Api.withToken(intruderToken).post("/api/v1/qbrs/{id}/invitation", qbr).then().statusCode(403);
        Api.withToken(intruderToken).delete("/api/v1/qbrs/{id}", qbr).then().statusCode(403);

        api().get("/api/v1/opportunities/{id}", opportunity).then().statusCode(200).body("stage", equalTo("IDENTIFIED"));
        api().get("/api/v1/qbrs/{id}", qbr).then().statusCode(200).body("status", equalTo("SCHEDULED"));
    }


    @Test
    void opportunitiesAreHeldOnlyByTheAccountsOwnerOrAManager() {
        Api.Session owner = Fixtures.signedIn("ACCOUNT_MANAGER");
        String account = Fixtures.account(owner.userId(), "STANDARD");
        String opportunity = Fixtures.opportunity(account, "UPSELL", 5000, "2031-03-31");
        for (String role : List.of("VIEWER", "ADMIN", "ACCOUNT_MANAGER")) {
            String outsider = Fixtures.user(role);
            owner.request().body(Map.of("ownerId", outsider)).patch("/api/v1/opportunities/{id}", opportunity)
                    .then().statusCode(422).body("errors[0].field", equalTo("ownerId"))
                    .body("errors[0].message", org.hamcrest.Matchers.startsWith("Choose the account's owner or a manager"));
            owner.request().body(Map.of("accountId", account, "type", "UPSELL", "title", "Theirs", "amount", 1000,
                    "expectedCloseDate", "2031-01-31", "ownerId", outsider)).post("/api/v1/opportunities")
                    .then().statusCode(422).body("errors[0].field", equalTo("ownerId"));
        }
        api().get("/api/v1/opportunities/{id}", opportunity).then().body("ownerId", equalTo(owner.userId()));

        String manager = Fixtures.user("MANAGER");
        owner.request().body(Map.of("ownerId", manager)).patch("/api/v1/opportunities/{id}", opportunity)
                .then().statusCode(200).body("ownerId", equalTo(manager));
        owner.request().body(Map.of("ownerId", owner.userId())).patch("/api/v1/opportunities/{id}", opportunity)
                .then().statusCode(200).body("ownerId", equalTo(owner.userId()));
    }

    @Test
    void anAccountManagerCannotPutTheirAccountUnderAnotherOwnersAccount() {
        Api.Session mine = Fixtures.signedIn("ACCOUNT_MANAGER");
        String theirs = Fixtures.account(Fixtures.accountManager(), "STANDARD");
        String ownParent = Fixtures.account(mine.userId(), "STANDARD");
        String account = Fixtures.account(mine.userId(), "STANDARD");

        mine.request().body(Map.of("parentId", theirs)).patch("/api/v1/accounts/{id}", account)
                .then().statusCode(403).body("detail", equalTo("You may put an account only under a parent account"
                        + " you may change; ask the parent's owner or a manager."));
        api().get("/api/v1/accounts/{id}", account).then().body("parentId", org.hamcrest.Matchers.nullValue());

        mine.request().body(Map.of("parentId", ownParent)).patch("/api/v1/accounts/{id}", account)
                .then().statusCode(200).body("parentId", equalTo(ownParent));
        Fixtures.signedIn("MANAGER").request().body(Map.of("parentId", theirs))
                .patch("/api/v1/accounts/{id}", account).then().statusCode(200).body("parentId", equalTo(theirs));
    }

    @Test
    void nobodyButAnAdminSeesOrRevokesAnotherUsersToken() {
        Api.Session alice = Fixtures.signedIn("MANAGER");
        Api.Session bob = Fixtures.signedIn("MANAGER");
        alice.createToken("alice's", List.of("accounts:read"));
        String aliceTokenId = alice.request().get("/api/v1/api-tokens").then().statusCode(200)
                .body("items.size()", equalTo(1)).extract().path("items[0].id");

        bob.request().get("/api/v1/api-tokens").then().statusCode(200).body("items.size()", equalTo(0));
        bob.request().get("/api/v1/api-tokens?userId=" + alice.userId()).then().statusCode(403);
        bob.request().delete("/api/v1/api-tokens/{id}", aliceTokenId).then().statusCode(404);
        alice.request().get("/api/v1/api-tokens").then().body("items.size()", equalTo(1));

        api().get("/api/v1/api-tokens?userId=" + alice.userId()).then().statusCode(200).body("items.size()", equalTo(1));
        api().delete("/api/v1/api-tokens/{id}", aliceTokenId).then().statusCode(204);
        alice.request().get("/api/v1/api-tokens").then().body("items.size()", equalTo(0));
    }
}
