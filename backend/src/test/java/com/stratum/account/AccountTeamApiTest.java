package com.stratum.account;

import static com.stratum.support.Api.api;
import static com.stratum.support.Fixtures.account;
import static com.stratum.support.Fixtures.tierChange;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.stratum.support.Api;
import com.stratum.support.Fixtures;
import com.stratum.support.Surveys;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The account team (issue 14): who is on it, who edits it, and the work it lets its members do. */
@QuarkusTest
class AccountTeamApiTest {
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final Map<String, Object> QBR = Map.of("scheduledFor", "2031-01-15", "respondentName",
            "Jordan Lee", "respondentEmail", "jordan@customer.example");

    static Map<String, Object> member(String userId, String role, Object allocation, LocalDate since, LocalDate until) {
        Map<String, Object> m = new HashMap<>();
        m.put("userId", userId);
        m.put("role", role);
        m.put("allocationPct", allocation);
        m.put("since", since == null ? null : since.toString());
        m.put("until", until == null ? null : until.toString());
        return m;
    }

    static Map<String, Object> team(Map<String, Object>... members) {
        return Map.of("members", List.of(members));
    }

    @Test
    void aNewAccountsTeamIsItsOwnerAlone() {
        String owner = Fixtures.accountManager();
        String id = account(owner, "STANDARD");
        api().get("/api/v1/accounts/{id}/team", id).then().statusCode(200)
                .header("ETag", com.stratum.support.Api.getEtag(0))
                .body("accountId", equalTo(id)).body("ownerId", equalTo(owner)).body("ownerActive", equalTo(true))
                .body("members", empty()).body("version", equalTo(0));
    }

    @Test
    void theOwnerReplacesTheTeamAndStaleSavesAreRefused() {
        Api.Session owner = Fixtures.signedIn("ACCOUNT_MANAGER");
        String id = account(owner.userId(), "STANDARD");
        String cs = Fixtures.accountManager();
        String se = Fixtures.user("MANAGER");
        owner.request().header("If-Match", "\"0\"")
                .body(team(member(cs, "CUSTOMER_SUCCESS", 40, TODAY.minusDays(3), null),
                        member(se, "SALES_ENGINEER", 100, TODAY.plusDays(5), TODAY.plusDays(30))))
                .put("/api/v1/accounts/{id}/team", id).then().statusCode(200)
                .header("ETag", "\"1\"").body("version", equalTo(1)).body("members", hasSize(2))
                .body("members.find { it.userId == '" + cs + "' }.current", equalTo(true))
                .body("members.find { it.userId == '" + cs + "' }.allocationPct", equalTo(40))
                .body("members.find { it.userId == '" + cs + "' }.until", nullValue())
                .body("members.find { it.userId == '" + se + "' }.current", equalTo(false))
                .body("members.find { it.userId == '" + se + "' }.role", equalTo("SALES_ENGINEER"));

        // A second writer who read version 0 does not overwrite the first.
        owner.request().header("If-Match", "\"0\"").body(team())
                .put("/api/v1/accounts/{id}/team", id).then().statusCode(412);
        // Replacing keeps the members listed (in place) and drops the others.
        owner.request().header("If-Match", "\"1\"").body(team(member(cs, "SPECIALIST", 10, TODAY, null)))
                .put("/api/v1/accounts/{id}/team", id).then().statusCode(200)
                .body("version", equalTo(2)).body("members.userId", contains(cs))
                .body("members[0].role", equalTo("SPECIALIST"));
        api().get("/api/v1/accounts/{id}/team", id).then().statusCode(200).body("members", hasSize(1));
        api().body(team()).put("/api/v1/accounts/{id}/team", id).then().statusCode(200).body("members", empty());
    }

    @Test
    void everyItemIsCheckedAndEachRefusalNamesItsMember() {
        String owner = Fixtures.accountManager();
        String id = account(owner, "STANDARD");
        String am = Fixtures.accountManager();
        String viewer = Fixtures.user("VIEWER");
        String inactive = Fixtures.accountManager();
        api().contentType("application/merge-patch+json").body(Map.of("active", false))
                .patch("/api/v1/users/{id}", inactive).then().statusCode(200);

        api().body(team(member(owner, "CUSTOMER_SUCCESS", 20, TODAY, null),
                        member(am, "SPECIALIST", 20, TODAY, null),
                        member(am, "SUPPORT_LEAD", 20, TODAY, null),
                        member(viewer, "SPECIALIST", 20, TODAY, null),
                        member(inactive, "SPECIALIST", 20, TODAY, null),
                        member("00000000-0000-4000-8000-00000000dead", "SPECIALIST", 20, TODAY, null)))
                .put("/api/v1/accounts/{id}/team", id).then().statusCode(422)
                .body("errors.field", contains("members[0].userId", "members[2].userId", "members[3].userId",
                        "members[4].userId", "members[5].userId"))
                .body("errors[0].message", containsString("Member 1: "))
                .body("errors[0].message", containsString("leave the owner out of the list."))
                .body("errors[1].message", containsString("is already member 2; list each person once."))
                .body("errors[2].message", containsString("is a viewer and cannot work on accounts"))
                .body("errors[3].message", containsString("is inactive; reactivate them or choose someone else."))
                .body("errors[4].message", equalTo("Member 6: no user has this id; choose an existing user."));

        api().body(team(member(am, "SPECIALIST", 20, TODAY, TODAY.minusDays(1))))
                .put("/api/v1/accounts/{id}/team", id).then().statusCode(422)
                .body("errors[0].field", equalTo("members[0].until"))
                .body("errors[0].message", containsString("comes before the first day"));
        api().body(team(member(am, "SPECIALIST", 0, TODAY, null), member(am, null, 101, null, null)))
                .put("/api/v1/accounts/{id}/team", id).then().statusCode(422)
                .body("errors.field", hasItem("members[0].allocationPct"))
                .body("errors.field", hasItem("members[1].allocationPct"))
                .body("errors.field", hasItem("members[1].role"))
                .body("errors.field", hasItem("members[1].since"))
                .body("errors.find { it.field == 'members[0].allocationPct' }.message",
                        equalTo("Enter a whole number from 1 to 100."));
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i <= TeamInput.MAX_MEMBERS; i++) {
            tooMany.add(member(am, "SPECIALIST", 1, TODAY, null));
        }
        api().body(Map.of("members", tooMany)).put("/api/v1/accounts/{id}/team", id).then().statusCode(422)
                .body("errors[0].field", equalTo("members"));
        api().body(Map.of()).put("/api/v1/accounts/{id}/team", id).then().statusCode(422)
                .body("errors[0].field", equalTo("members"));
        // Nothing was saved by any refused request.
        api().get("/api/v1/accounts/{id}/team", id).then().body("members", empty()).body("version", equalTo(0));
        api().body(team()).put("/api/v1/accounts/{id}/team", "00000000-0000-4000-8000-00000000dead")
                .then().statusCode(404);
    }

    @Test
    void onlyTheOwnerAndManagersEditTheTeam() {
        Api.Session owner = Fixtures.signedIn("ACCOUNT_MANAGER");
        Api.Session member = Fixtures.signedIn("ACCOUNT_MANAGER");
        Api.Session other = Fixtures.signedIn("ACCOUNT_MANAGER");
        Api.Session manager = Fixtures.signedIn("MANAGER");
        Api.Session viewer = Fixtures.signedIn("VIEWER");
        String id = account(owner.userId(), "KEY");
        manager.request().body(team(member(member.userId(), "CUSTOMER_SUCCESS", 50, TODAY, null)))
                .put("/api/v1/accounts/{id}/team", id).then().statusCode(200);

        member.request().body(team()).put("/api/v1/accounts/{id}/team", id).then().statusCode(403);
        other.request().body(team()).put("/api/v1/accounts/{id}/team", id).then().statusCode(403);
        viewer.request().body(team()).put("/api/v1/accounts/{id}/team", id).then().statusCode(403);
        viewer.request().get("/api/v1/accounts/{id}/team", id).then().statusCode(200).body("members", hasSize(1));
        owner.request().body(team(member(member.userId(), "SPECIALIST", 50, TODAY, null)))
                .put("/api/v1/accounts/{id}/team", id).then().statusCode(200).body("members[0].role",
                        equalTo("SPECIALIST"));
    }

    @Test
    void aCurrentTeamMemberWorksOnTheAccountsQbrsButNotOnTheAccountItself() {
        Api.Session owner = Fixtures.signedIn("ACCOUNT_MANAGER");
        Api.Session member = Fixtures.signedIn("ACCOUNT_MANAGER");
        Api.Session outsider = Fixtures.signedIn("ACCOUNT_MANAGER");
        String id = account(owner.userId(), "STANDARD");
        api().body(team(member(member.userId(), "CUSTOMER_SUCCESS", 30, TODAY, null)))
                .put("/api/v1/accounts/{id}/team", id).then().statusCode(200);

        // The member schedules a QBR and records its answers from the call.
        String qbr = member.request().body(QBR).post("/api/v1/accounts/{id}/qbrs", id).then().statusCode(201)
                .extract().path("id");
        member.request().body(Surveys.answers("A", "B", "B+", "A-", 9)).post("/api/v1/qbrs/{id}/responses", qbr)
                .then().statusCode(201);
        api().get("/api/v1/qbrs/{id}", qbr).then().statusCode(200).body("status", equalTo("ANSWERED"));

        // Another account manager, not on the team, is refused.
        outsider.request().body(QBR).post("/api/v1/accounts/{id}/qbrs", id).then().statusCode(403)
                .body("detail", equalTo("Account managers can change only the accounts they own or whose team they"
                        + " are on today."));

        // Tier, owner, team and the account's own fields stay with the owner and managers.
        member.request().contentType("application/merge-patch+json").body(Map.of("industry", "Retail"))
                .patch("/api/v1/accounts/{id}", id).then().statusCode(403);
        member.request().contentType("application/merge-patch+json").body(Map.of("ownerId", member.userId()))
                .patch("/api/v1/accounts/{id}", id).then().statusCode(403);
        member.request().body(tierChange("KEY", "Grew")).put("/api/v1/accounts/{id}/tier", id).then()
                .statusCode(403);
        member.request().body(team()).put("/api/v1/accounts/{id}/team", id).then().statusCode(403);
        member.request().delete("/api/v1/accounts/{id}", id).then().statusCode(403);
        api().get("/api/v1/accounts/{id}", id).then().body("tier", equalTo("STANDARD"))
                .body("ownerId", equalTo(owner.userId())).body("archived", equalTo(false));
    }

    @Test
    void aMemberWhoseTimeOnTheTeamEndedOrHasNotBegunIsRefused() {
        Api.Session past = Fixtures.signedIn("ACCOUNT_MANAGER");
        Api.Session future = Fixtures.signedIn("ACCOUNT_MANAGER");
        Api.Session lastDay = Fixtures.signedIn("ACCOUNT_MANAGER");
        String id = account(Fixtures.accountManager(), "STANDARD");
        api().body(team(member(past.userId(), "SPECIALIST", 10, TODAY.minusDays(30), TODAY.minusDays(1)),
                        member(future.userId(), "SPECIALIST", 10, TODAY.plusDays(1), null),
                        member(lastDay.userId(), "SPECIALIST", 10, TODAY.minusDays(30), TODAY)))
                .put("/api/v1/accounts/{id}/team", id).then().statusCode(200);

        past.request().body(QBR).post("/api/v1/accounts/{id}/qbrs", id).then().statusCode(403);
        future.request().body(QBR).post("/api/v1/accounts/{id}/qbrs", id).then().statusCode(403);
        lastDay.request().body(QBR).post("/api/v1/accounts/{id}/qbrs", id).then().statusCode(201);
    }

    @Test
    void aMemberNeedsTheScopeAndAViewerOnNoTeamIsRefused() {
        String id = account(Fixtures.accountManager(), "STANDARD");
        Api.Session member = Fixtures.signedIn("ACCOUNT_MANAGER");
        api().body(team(member(member.userId(), "SPECIALIST", 10, TODAY, null)))
                .put("/api/v1/accounts/{id}/team", id).then().statusCode(200);
        String readOnly = member.createToken(Fixtures.unique("token"), List.of("accounts:read", "surveys:read"));
        Api.withToken(readOnly).body(QBR).post("/api/v1/accounts/{id}/qbrs", id).then().statusCode(403)
                .body("detail", containsString("surveys:write"));
    }

    @Test
    void anOwnerWhoWasAMemberIsShownOnceAsTheOwner() {
        String id = account(Fixtures.accountManager(), "STANDARD");
        String next = Fixtures.accountManager();
        api().body(team(member(next, "SPECIALIST", 10, TODAY, null))).put("/api/v1/accounts/{id}/team", id)
                .then().statusCode(200);
        api().contentType("application/merge-patch+json").body(Map.of("ownerId", next))
                .patch("/api/v1/accounts/{id}", id).then().statusCode(200);
        api().get("/api/v1/accounts/{id}/team", id).then().body("ownerId", equalTo(next))
                .body("members", empty());
        // Saving the team without them drops the old row.
        api().body(team()).put("/api/v1/accounts/{id}/team", id).then().statusCode(200);
        api().body(team(member(next, "SPECIALIST", 10, TODAY, null))).put("/api/v1/accounts/{id}/team", id)
                .then().statusCode(422);
    }

    @Test
    void anArchivedAccountsTeamCannotChange() {
        String id = account(Fixtures.accountManager(), "STANDARD");
        api().delete("/api/v1/accounts/{id}", id).then().statusCode(204);
        api().body(team()).put("/api/v1/accounts/{id}/team", id).then().statusCode(409)
                .body("detail", containsString("is archived, so its team cannot change. Restore it first."));
    }

    @Test
    void teamChangesAreAuditedUnderTheAccount() {
        String id = account(Fixtures.accountManager(), "STANDARD");
        api().body(team(member(Fixtures.accountManager(), "SPECIALIST", 10, TODAY, null)))
                .put("/api/v1/accounts/{id}/team", id).then().statusCode(200);
        api().queryParam("entityType", "account-team-member").get("/api/v1/audit-events").then().statusCode(200)
                .body("items.recordId", hasItem(id)).body("items.recordType", hasItem("account"));
    }
}
