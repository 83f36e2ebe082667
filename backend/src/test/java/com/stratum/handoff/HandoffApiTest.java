package com.stratum.handoff;

import static com.stratum.support.Api.api;
import static com.stratum.support.Fixtures.account;
import static com.stratum.support.Fixtures.accountManager;
import static com.stratum.support.Fixtures.opportunity;
import static com.stratum.support.Fixtures.tierChange;
import static com.stratum.support.Surveys.answered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.stratum.support.Api;
import com.stratum.support.Fixtures;
import com.stratum.support.People;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HandoffApiTest {

    private static Response start(Api.Session as, String accountId, String toUserId) {
        return as.request().body(Map.of("toUserId", toUserId, "note", "Meet their CFO on the 14th."))
                .post("/api/v1/accounts/{id}/handoffs", accountId);
    }

    private static String startAsAdmin(String accountId, String toUserId) {
        return api().body(Map.of("toUserId", toUserId)).post("/api/v1/accounts/{id}/handoffs", accountId).then()
                .statusCode(201).extract().path("id");
    }

    private static Api.Session signedIn(String role) {
        return Fixtures.signedIn(role);
    }

    private static String name(String accountId) {
        return api().get("/api/v1/accounts/{id}", accountId).then().extract().path("name");
    }

    private static Map<String, Object> section(JsonPath handoff, String kind) {
        List<Map<String, Object>> sections = handoff.getList("checklist");
        return sections.stream().filter(s -> kind.equals(s.get("kind"))).findFirst().orElseThrow();
    }

    @Test
    void theOwnerStartsAHandoffWithAChecklistFilledFromTheDataAndTheAccountKeepsItsOwnerUntilAccepted() {
        Api.Session owner = signedIn("ACCOUNT_MANAGER");
        Api.Session incoming = signedIn("ACCOUNT_MANAGER");
        String id = account(Map.of("ownerId", owner.userId(), "tier", "KEY", "arr", 100000, "growthTargetPct", 20,
                "renewalDate", LocalDate.now(ZoneOffset.UTC).plusDays(30).toString()));
        String deal = opportunity(id, "UPSELL", 25000, LocalDate.now(ZoneOffset.UTC).plusDays(60).toString());
        String qbr = answered(id, "C", "C", "B", "C", 4);
        api().body(Map.of("targetGrade", "B-", "actions", List.of("Weekly check-in"),
                        "targetDate", LocalDate.now(ZoneOffset.UTC).plusDays(30).toString()))
                .put("/api/v1/qbrs/{id}/follow-up", qbr).then().statusCode(200);

        Response started = owner.request().body(Map.of("toUserId", incoming.userId(), "note", " Meet their CFO. ",
                        "sectionNotes", Map.of("risks", "Their new CTO favours a competitor.")))
                .post("/api/v1/accounts/{id}/handoffs", id);
        started.then().statusCode(201).header("ETag", "\"0\"")
                .header("Location", endsWith("/api/v1/handoffs/" + started.path("id")))
                .body("status", equalTo("OPEN")).body("tier", equalTo("KEY"))
                .body("fromUserId", equalTo(owner.userId())).body("toUserId", equalTo(incoming.userId()))
                .body("note", equalTo("Meet their CFO.")).body("createdById", equalTo(owner.userId()))
                .body("checklist.kind", contains("GOALS", "KEY_CONTACTS", "OPEN_FOLLOW_UPS", "OPEN_OPPORTUNITIES",
                        "RISKS"))
                .body("decidedAt", nullValue());
        JsonPath handoff = started.jsonPath();
        assertThat(section(handoff, "GOALS").get("items").toString())
                .contains("Grow ARR by 20%").contains("100,000.00 to 120,000.00");
        assertThat(section(handoff, "KEY_CONTACTS").get("items")).isEqualTo(List.of());
        assertThat(section(handoff, "OPEN_FOLLOW_UPS").get("items").toString()).contains("Reach B- by")
                .contains("Weekly check-in").contains(qbr);
        assertThat(section(handoff, "OPEN_OPPORTUNITIES").get("items").toString()).contains(deal)
                .contains("25,000.00, IDENTIFIED");
        assertThat(section(handoff, "RISKS").get("items").toString()).contains("graded C").contains("within 90 days");
        assertThat(section(handoff, "RISKS").get("note")).isEqualTo("Their new CTO favours a competitor.");
        assertThat(section(handoff, "GOALS").get("note")).isNull();

        api().get("/api/v1/accounts/{id}", id).then().body("ownerId", equalTo(owner.userId()));
        api().get("/api/v1/handoffs/{id}", handoff.getString("id")).then().statusCode(200)
                .header("ETag", com.stratum.support.Api.getEtag(0))
                .body("checklist", hasSize(5));
    }

    @Test
    void acceptingMovesTheAccountRecordsItByHandoffAndOnlyTheIncomingOwnerMayAccept() {
        Api.Session owner = signedIn("ACCOUNT_MANAGER");
        Api.Session incoming = signedIn("ACCOUNT_MANAGER");
        Api.Session manager = signedIn("MANAGER");
        String id = account(owner.userId(), "STRATEGIC");
        String handoff = start(owner, id, incoming.userId()).then().statusCode(201).extract().path("id");

        manager.request().post("/api/v1/handoffs/{id}/accept", handoff).then().statusCode(403)
                .body("detail", containsString("the incoming owner, can accept"));
        owner.request().post("/api/v1/handoffs/{id}/accept", handoff).then().statusCode(403);
        incoming.request().header("If-Match", "\"7\"").post("/api/v1/handoffs/{id}/accept", handoff).then()
                .statusCode(412);
        incoming.request().header("If-Match", "\"0\"").post("/api/v1/handoffs/{id}/accept", handoff).then()
                .statusCode(200).body("status", equalTo("ACCEPTED")).body("decidedById", equalTo(incoming.userId()))
                .body("decidedAt", notNullValue());

        api().get("/api/v1/accounts/{id}", id).then().body("ownerId", equalTo(incoming.userId()))
                .body("tier", equalTo("STRATEGIC"));
        api().get("/api/v1/accounts/{id}/owner-history", id).then().statusCode(200)
                .body("items.reason[0]", startsWithText("By handoff, accepted by"))
                .body("items.handoffId[0]", equalTo(handoff))
                .body("items.fromOwnerId[0]", equalTo(owner.userId()))
                .body("items.toOwnerId[0]", equalTo(incoming.userId()))
                .body("items.changedBy[0]", notNullValue())
                .body("items.reason[1]", equalTo("Account created")).body("total", equalTo(2));
        api().get("/api/v1/accounts/{id}/tier-history", id).then().body("items", hasSize(1));
        // Accepted once: the handoff is closed for everyone.
        incoming.request().post("/api/v1/handoffs/{id}/accept", handoff).then().statusCode(409)
                .body("type", equalTo("urn:stratum:problem:handoff-closed"))
                .body("detail", containsString("already ACCEPTED"));
        owner.request().post("/api/v1/handoffs/{id}/cancel", handoff).then().statusCode(409)
                .body("detail", equalTo("This handoff was already ACCEPTED on " + LocalDate.now(ZoneOffset.UTC)
                        + ", so it cannot be cancelled."));

        // The audit log names the handoff's and the owner change's account, and the operation.
        api().queryParam("entityType", "handoff").queryParam("entityId", handoff).get("/api/v1/audit-events")
                .then().statusCode(200).body("items.recordType", hasItem("account"))
                .body("items.recordId", hasItem(id)).body("items.action", hasItem("acceptHandoff"))
                .body("items.action", hasItem("startHandoff"));
        api().queryParam("entityType", "owner-change").queryParam("limit", 200).get("/api/v1/audit-events").then()
                .body("items.findAll { it.recordId == '" + id + "' }.action", hasItem("acceptHandoff"));
        api().queryParam("entityType", "account").queryParam("entityId", id).get("/api/v1/audit-events").then()
                .body("items[0].action", equalTo("acceptHandoff"))
                .body("items[0].changes.field", hasItem("ownerId"));
    }

    private static org.hamcrest.Matcher<String> startsWithText(String prefix) {
        return org.hamcrest.Matchers.startsWith(prefix);
    }

    @Test
    void whoMayStartDeclineAndCancel() {
        Api.Session owner = signedIn("ACCOUNT_MANAGER");
        Api.Session incoming = signedIn("ACCOUNT_MANAGER");
        Api.Session other = signedIn("ACCOUNT_MANAGER");
        Api.Session manager = signedIn("MANAGER");
        Api.Session viewer = signedIn("VIEWER");
        String id = account(owner.userId(), "KEY");

        start(other, id, incoming.userId()).then().statusCode(403);
        start(viewer, id, incoming.userId()).then().statusCode(403);

        // Declining needs a reason and is the incoming owner's alone.
        String first = start(owner, id, incoming.userId()).then().statusCode(201).extract().path("id");
        incoming.request().body(Map.of()).post("/api/v1/handoffs/{id}/decline", first).then().statusCode(422)
                .body("errors[0].field", equalTo("reason"));
        incoming.request().body(Map.of("reason", "no")).post("/api/v1/handoffs/{id}/decline", first).then()
                .statusCode(422);
        manager.request().body(Map.of("reason", "Not for you")).post("/api/v1/handoffs/{id}/decline", first).then()
                .statusCode(403);
        incoming.request().post("/api/v1/handoffs/{id}/cancel", first).then().statusCode(403)
                .body("detail", containsString("can cancel it"));
        other.request().post("/api/v1/handoffs/{id}/cancel", first).then().statusCode(403);
        incoming.request().body(Map.of("reason", " At capacity until the Q3 renewals close. "))
                .post("/api/v1/handoffs/{id}/decline", first).then().statusCode(200)
                .body("status", equalTo("DECLINED")).body("declineReason", equalTo("At capacity until the Q3 renewals close."));
        owner.request().post("/api/v1/handoffs/{id}/cancel", first).then().statusCode(409)
                .body("type", equalTo("urn:stratum:problem:handoff-closed"));

        // A manager starts one; the owner (who did not start it) may cancel it, and so may a manager.
        String second = start(manager, id, incoming.userId()).then().statusCode(201).extract().path("id");
        owner.request().post("/api/v1/handoffs/{id}/cancel", second).then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("decidedById", equalTo(owner.userId()));
        String third = start(owner, id, incoming.userId()).then().statusCode(201).extract().path("id");
        manager.request().post("/api/v1/handoffs/{id}/cancel", third).then().statusCode(200);
        incoming.request().post("/api/v1/handoffs/{id}/accept", third).then().statusCode(409);

        api().get("/api/v1/accounts/{id}", id).then().body("ownerId", equalTo(owner.userId()));
        api().get("/api/v1/accounts/{id}/handoffs", id).then().statusCode(200)
                .body("items.id", contains(third, second, first))
                .body("items.status", contains("CANCELLED", "CANCELLED", "DECLINED")).body("total", equalTo(3));
        api().queryParam("status", "DECLINED").get("/api/v1/accounts/{id}/handoffs", id).then()
                .body("items.id", contains(first));
    }

    @Test
    void anAccountHasAtMostOneOpenHandoffAndOnlyLiveKeyOrStrategicAccountsWithAnOwnerAreHandedOver() {
        String owner = accountManager();
        String id = account(owner, "KEY");
        String open = startAsAdmin(id, accountManager());
        api().body(Map.of("toUserId", accountManager())).post("/api/v1/accounts/{id}/handoffs", id).then()
                .statusCode(409).body("type", equalTo("urn:stratum:problem:handoff-open"))
                .body("existingId", equalTo(open))
                .body("detail", containsString(name(id) + " already has an open handoff to"));

        String standard = account(owner, "STANDARD");
        api().body(Map.of("toUserId", accountManager())).post("/api/v1/accounts/{id}/handoffs", standard).then()
                .statusCode(409).body("type", equalTo("urn:stratum:problem:handoff-not-needed"))
                .body("detail", equalTo(name(standard) + " is a STANDARD account, so its owner changes at once: set"
                        + " ownerId with PATCH /api/v1/accounts/" + standard + "."));
        String unowned = account(Map.of("tier", "KEY"));
        api().body(Map.of("toUserId", accountManager())).post("/api/v1/accounts/{id}/handoffs", unowned).then()
                .statusCode(409).body("detail", containsString("has no owner yet"));
        String archived = account(owner, "KEY");
        api().delete("/api/v1/accounts/{id}", archived).then().statusCode(204);
        api().body(Map.of("toUserId", accountManager())).post("/api/v1/accounts/{id}/handoffs", archived).then()
                .statusCode(409).body("type", equalTo("urn:stratum:problem:archived"));
        api().body(Map.of("toUserId", accountManager()))
                .post("/api/v1/accounts/{id}/handoffs", "5d1f4a9e-0000-4000-8000-000000000000").then()
                .statusCode(404);
        api().get("/api/v1/handoffs/{id}", "5d1f4a9e-0000-4000-8000-000000000000").then().statusCode(404);
    }

    @Test
    void theIncomingOwnerMustBeAnActiveUserWhoCanOwnAccountsAndIsNotTheOwner() {
        String owner = accountManager();
        String id = account(owner, "KEY");
        api().body(Map.of()).post("/api/v1/accounts/{id}/handoffs", id).then().statusCode(422)
                .body("errors[0].field", equalTo("toUserId"));
        api().body(Map.of("toUserId", "5d1f4a9e-0000-4000-8000-000000000000"))
                .post("/api/v1/accounts/{id}/handoffs", id).then().statusCode(422)
                .body("errors[0].message", containsString("No user has this id"));
        api().body(Map.of("toUserId", Fixtures.user("VIEWER"))).post("/api/v1/accounts/{id}/handoffs", id).then()
                .statusCode(422).body("errors[0].message", containsString("cannot own accounts"));
        api().body(Map.of("toUserId", owner)).post("/api/v1/accounts/{id}/handoffs", id).then().statusCode(422)
                .body("errors[0].message", containsString("already owns"));
        String inactive = accountManager();
        api().contentType("application/merge-patch+json").body(Map.of("active", false))
                .patch("/api/v1/users/{id}", inactive).then().statusCode(200);
        api().body(Map.of("toUserId", inactive)).post("/api/v1/accounts/{id}/handoffs", id).then().statusCode(422)
                .body("errors[0].message", containsString("inactive"));
        Map<String, Object> tooLong = new HashMap<>();
        tooLong.put("toUserId", accountManager());
        tooLong.put("note", "x".repeat(2001));
        tooLong.put("sectionNotes", Map.of("goals", "y".repeat(2001)));
        api().body(tooLong).post("/api/v1/accounts/{id}/handoffs", id).then().statusCode(422)
                .body("errors.field", contains("note", "sectionNotes.goals"));
        api().get("/api/v1/accounts/{id}/handoffs", id).then().body("items", empty());
    }

    @Test
    void theOwnerOfAKeyOrStrategicAccountChangesOnlyByHandoffAStandardAccountsAtOnce() {
        String owner = accountManager();
        String key = account(owner, "KEY");
        api().contentType("application/merge-patch+json").body(Map.of("ownerId", accountManager()))
                .patch("/api/v1/accounts/{id}", key).then().statusCode(409)
                .body("type", equalTo("urn:stratum:problem:owner-change-needs-handoff"))
                .body("detail", equalTo(name(key) + " is a KEY account, so its owner changes by handoff: start one"
                        + " from the account page or POST /api/v1/accounts/" + key + "/handoffs."));
        api().contentType("application/merge-patch+json").body(Map.of("ownerId", accountManager(), "industry", "Energy"))
                .patch("/api/v1/accounts/{id}", account(owner, "STRATEGIC")).then().statusCode(409)
                .body("type", equalTo("urn:stratum:problem:owner-change-needs-handoff"));
        api().get("/api/v1/accounts/{id}", key).then().body("ownerId", equalTo(owner)).body("version", equalTo(0));

        String standard = account(owner, "STANDARD");
        String next = accountManager();
        api().contentType("application/merge-patch+json").body(Map.of("ownerId", next))
                .patch("/api/v1/accounts/{id}", standard).then().statusCode(200).body("ownerId", equalTo(next));
        api().get("/api/v1/accounts/{id}/owner-history", standard).then()
                .body("items.reason", contains("Changed directly", "Account created"))
                .body("items.toOwnerId", contains(next, owner)).body("items.handoffId[0]", nullValue());
        // A KEY account without an owner gets its first one directly.
        String unowned = account(Map.of("tier", "KEY"));
        api().contentType("application/merge-patch+json").body(Map.of("ownerId", next))
                .patch("/api/v1/accounts/{id}", unowned).then().statusCode(200).body("ownerId", equalTo(next));
    }

    @Test
    void anOpenHandoffReservesAPlaceInTheIncomingOwnersCapacityUntilItCloses() {
        String incoming = accountManager();
        account(incoming, "STRATEGIC");
        String a = account(accountManager(), "STRATEGIC");
        String b = account(accountManager(), "STRATEGIC");
        String c = account(accountManager(), "STRATEGIC");
        String first = startAsAdmin(a, incoming);

        JsonPath capacity = api().queryParam("ownerId", incoming).get("/api/v1/tier-capacity").then().statusCode(200)
                .extract().jsonPath();
        assertThat(capacity.getInt("items[0].tiers.find { it.tier == 'STRATEGIC' }.used")).isEqualTo(1);
        assertThat(capacity.getInt("items[0].tiers.find { it.tier == 'STRATEGIC' }.reserved")).isEqualTo(1);
        api().queryParam("ownerId", incoming).get("/api/v1/workload").then().statusCode(200)
                .body("items[0].tiers.find { it.tier == 'STRATEGIC' }.reserved", equalTo(1))
                .body("items[0].tiers.find { it.tier == 'STRATEGIC' }.figures.accounts", equalTo(1));

        String second = startAsAdmin(b, incoming);
        // Held 1 + reserved 2 = the limit of 3: a third handoff, a create and a tier change are refused.
        api().body(Map.of("toUserId", incoming)).post("/api/v1/accounts/{id}/handoffs", c).then().statusCode(409)
                .body("type", equalTo("urn:stratum:problem:tier-capacity")).body("held", equalTo(1))
                .body("reserved", equalTo(2)).body("limit", equalTo(3))
                .body("detail", containsString("and 2 more waiting in open handoffs to them; the limit is 3"));
        api().body(Map.of("name", Fixtures.unique("Over"), "ownerId", incoming, "tier", "STRATEGIC"))
                .post("/api/v1/accounts").then().statusCode(409).body("reserved", equalTo(2));
        String own = account(incoming, "STANDARD");
        api().body(tierChange("STRATEGIC", "Promote")).put("/api/v1/accounts/{id}/tier", own).then().statusCode(409)
                .body("type", equalTo("urn:stratum:problem:tier-capacity"));

        // Cancelling frees the place for another handoff.
        api().post("/api/v1/handoffs/{id}/cancel", second).then().statusCode(200);
        startAsAdmin(c, incoming);
        api().queryParam("ownerId", incoming).get("/api/v1/tier-capacity").then()
                .body("items[0].tiers.find { it.tier == 'STRATEGIC' }.reserved", equalTo(2));
        api().get("/api/v1/handoffs/{id}", first).then().body("status", equalTo("OPEN"));
    }

    @Test
    void aTierChangeWaitsForTheOpenHandoffAndAcceptRefusesAnAccountArchivedMeanwhile() {
        Api.Session incoming = signedIn("ACCOUNT_MANAGER");
        String id = account(accountManager(), "KEY");
        String handoff = startAsAdmin(id, incoming.userId());
        api().body(tierChange("STANDARD", "Downgrade")).put("/api/v1/accounts/{id}/tier", id).then().statusCode(409)
                .body("type", equalTo("urn:stratum:problem:handoff-open")).body("handoffId", equalTo(handoff))
                .body("detail", containsString(name(id) + " has an open handoff to"));
        api().delete("/api/v1/accounts/{id}", id).then().statusCode(204);
        incoming.request().post("/api/v1/handoffs/{id}/accept", handoff).then().statusCode(409)
                .body("type", equalTo("urn:stratum:problem:archived"))
                .body("detail", containsString("was archived after this handoff started"));
        api().get("/api/v1/handoffs/{id}", handoff).then().body("status", equalTo("OPEN"));
    }

    @Test
    void incomingHandoffsListByUserAndStatus() {
        Api.Session incoming = signedIn("ACCOUNT_MANAGER");
        String a = startAsAdmin(account(accountManager(), "KEY"), incoming.userId());
        String b = startAsAdmin(account(accountManager(), "KEY"), incoming.userId());
        startAsAdmin(account(accountManager(), "KEY"), accountManager());
        incoming.request().body(Map.of("reason", "Not my region")).post("/api/v1/handoffs/{id}/decline", a).then()
                .statusCode(200);
        incoming.request().queryParam("toUserId", incoming.userId()).queryParam("status", "OPEN")
                .get("/api/v1/handoffs").then().statusCode(200).body("items.id", contains(b))
                .body("total", equalTo(1)).body("totalIsEstimate", equalTo(false));
        incoming.request().queryParam("toUserId", incoming.userId()).queryParam("limit", 1).get("/api/v1/handoffs")
                .then().body("items.id", contains(b)).body("nextCursor", notNullValue()).body("total", equalTo(2));
        api().queryParam("status", "LOST").get("/api/v1/handoffs").then().statusCode(400);
        api().queryParam("toUserId", "nope").get("/api/v1/handoffs").then().statusCode(400);
    }

    @Test
    void twoHandoffsRacingForTheLastPlaceCannotBothPass() throws Exception {
        String incoming = accountManager();
        account(incoming, "STRATEGIC");
        account(incoming, "STRATEGIC");
        List<String> candidates = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            candidates.add(account(accountManager(), "STRATEGIC"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(candidates.size());
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Response>> results = new ArrayList<>();
            for (int i = 0; i < candidates.size(); i++) {
                String id = candidates.get(i);
                // Each request is its own client: one address may have only 32 requests in progress.
                String address = "198.51.100." + (120 + i);
                results.add(pool.submit(() -> {
                    go.await();
                    return api().header("X-Forwarded-For", address).body(Map.of("toUserId", incoming))
                            .post("/api/v1/accounts/{id}/handoffs", id);
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Response> result : results) {
                Response response = result.get(60, TimeUnit.SECONDS);
                statuses.add(response.statusCode());
                if (response.statusCode() != 201) {
                    assertThat(response.<String>path("type")).isEqualTo("urn:stratum:problem:tier-capacity");
                }
            }
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 409).hasSize(candidates.size() - 1);
        } finally {
            pool.shutdownNow();
        }
        api().queryParam("toUserId", incoming).queryParam("status", "OPEN").get("/api/v1/handoffs").then()
                .body("items", hasSize(1));
    }

    @Test
    void acceptingPassesOpenTasksAndGivesTheNewOwnerTasksFromTheChecklistForWhatIsStillOpen() {
        Api.Session owner = signedIn("ACCOUNT_MANAGER");
        Api.Session incoming = signedIn("ACCOUNT_MANAGER");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String id = account(Map.of("ownerId", owner.userId(), "tier", "KEY", "arr", 100000,
                "renewalDate", today.plusDays(30).toString()));
        String buyer = People.contact(id, Map.of("buyingRole", "ECONOMIC_BUYER", "title", "CFO"));
        String leaving = People.contact(id, Map.of("buyingRole", "DECISION_MAKER"));
        String deal = opportunity(id, "UPSELL", 25000, today.plusDays(60).toString());
        String soon = opportunity(id, "CROSS_SELL", 5000, today.plusDays(3).toString());
        String qbr = answered(id, "C", "C", "B", "C", 4);
        api().body(Map.of("targetGrade", "B-", "actions", List.of("Weekly check-in"),
                        "targetDate", today.plusDays(14).toString()))
                .put("/api/v1/qbrs/{id}/follow-up", qbr).then().statusCode(200);
        String handoff = start(owner, id, incoming.userId()).then().statusCode(201).extract().path("id");
        // Meanwhile one key contact leaves and one opportunity is lost: no task for either.
        People.patchContact(leaving, Map.of("leftCompanyOn", today.toString()));
        api().body(Map.of("stage", "LOST", "lossReason", "Budget cut")).post("/api/v1/opportunities/{id}/stage", soon)
                .then().statusCode(200);
        // The follow-up's action is the outgoing owner's task until the handoff is accepted.
        assertThat(api().get("/api/v1/tasks?accountId=" + id).then().statusCode(200).extract().jsonPath()
                .<String>getList("items.assigneeId")).containsExactly(owner.userId());

        incoming.request().post("/api/v1/handoffs/{id}/accept", handoff).then().statusCode(200);

        JsonPath tasks = incoming.request().get("/api/v1/tasks?accountId=" + id + "&limit=50").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Object>> byTitle = new HashMap<>();
        tasks.<Map<String, Object>>getList("items").forEach(t -> byTitle.put((String) t.get("title"), t));
        String buyerName = api().get("/api/v1/contacts/{id}", buyer).then().extract().path("name");
        String dealTitle = api().get("/api/v1/opportunities/{id}", deal).then().extract().path("title");
        String followUp = "Take over the follow-up: reach B- by " + today.plusDays(14);
        assertThat(byTitle.keySet()).containsExactlyInAnyOrder("Meet " + buyerName + ", CFO", followUp,
                "Review the opportunity " + dealTitle, "Go through the 2 risks named in the handoff", "Weekly check-in");
        assertThat(byTitle.values()).allSatisfy(t -> {
            assertThat(t.get("source")).isEqualTo("Weekly check-in".equals(t.get("title")) ? "FOLLOW_UP" : "HANDOFF");
            assertThat(t.get("status")).isEqualTo("OPEN");
            assertThat(t.get("assigneeId")).isEqualTo(incoming.userId());
        });
        Map<String, Object> meet = byTitle.get("Meet " + buyerName + ", CFO");
        assertThat(meet.get("contactId")).isEqualTo(buyer);
        assertThat(meet.get("dueDate")).isEqualTo(today.plusDays(14).toString());
        // Due the day before the follow-up date, which is before the two weeks are over.
        assertThat(byTitle.get(followUp).get("qbrId")).isEqualTo(qbr);
        assertThat(byTitle.get(followUp).get("dueDate")).isEqualTo(today.plusDays(13).toString());
        assertThat(byTitle.get("Review the opportunity " + dealTitle).get("opportunityId")).isEqualTo(deal);
        assertThat(byTitle.get("Review the opportunity " + dealTitle).get("dueDate"))
                .isEqualTo(today.plusDays(14).toString());
        assertThat(byTitle.get("Go through the 2 risks named in the handoff").get("dueDate"))
                .isEqualTo(today.plusDays(7).toString());

        // The new owner accepted: no notification tells them of what they just did.
        assertThat(incoming.request().get("/api/v1/notifications").then().statusCode(200).extract().jsonPath()
                .<String>getList("items.title")).noneMatch(t -> t.contains(name(id)) && t.contains("task"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theKeyContactsAreTheCurrentDecisionMakersAndChampionsByInfluence() {
        String id = account(Map.of("tier", "KEY", "ownerId", accountManager()));
        String buyer = People.contact(id, Map.of("buyingRole", "ECONOMIC_BUYER", "influence", 3));
        String champion = People.contact(id, Map.of("buyingRole", "CHAMPION", "influence", 5));
        String user = People.contact(id, Map.of("buyingRole", "USER", "influence", 5));
        String left = People.contact(id, Map.of("buyingRole", "DECISION_MAKER", "influence", 4));
        People.patchContact(left, Map.of("leftCompanyOn", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString()));

        JsonPath handoff = api().body(Map.of("toUserId", accountManager())).post("/api/v1/accounts/{id}/handoffs", id)
                .then().statusCode(201).extract().jsonPath();
        List<Map<String, Object>> items = (List<Map<String, Object>>) section(handoff, "KEY_CONTACTS").get("items");
        assertThat(items).extracting(item -> item.get("recordId")).containsExactly(champion, buyer);
        assertThat(items.get(1).get("text").toString()).contains("ECONOMIC_BUYER").contains("influence 3 of 5");
        assertThat(items).extracting(item -> item.get("recordId")).doesNotContain(user, left);
    }

    @Test
    void aJuniorUserCannotBeHandedAStrategicAccountNorAcceptOneAfterBecomingJunior() {
        String id = account(Map.of("tier", "STRATEGIC", "ownerId", accountManager()));
        String junior = api().body(Map.of("name", Fixtures.unique("Junior"), "email", Fixtures.unique("junior")
                        .toLowerCase() + "@test.example", "role", "ACCOUNT_MANAGER", "level", "JUNIOR"))
                .post("/api/v1/users").then().statusCode(201).extract().path("id");
        api().body(Map.of("toUserId", junior)).post("/api/v1/accounts/{id}/handoffs", id).then().statusCode(409)
                .body("type", equalTo("urn:stratum:problem:junior-owner"));

        Api.Session incoming = signedIn("ACCOUNT_MANAGER");
        String handoff = startAsAdmin(id, incoming.userId());
        // Someone lowers the incoming owner's level while the handoff is open: accepting is then refused.
        api().contentType("application/merge-patch+json").body(Map.of("level", "JUNIOR"))
                .patch("/api/v1/users/{id}", incoming.userId()).then().statusCode(200);
        incoming.request().post("/api/v1/handoffs/{id}/accept", handoff).then().statusCode(409)
                .body("type", equalTo("urn:stratum:problem:junior-owner"));
        api().get("/api/v1/accounts/{id}", id).then().body("ownerId", org.hamcrest.Matchers.not(incoming.userId()));
    }
}
