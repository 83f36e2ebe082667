package com.stratum.activity;

import static com.stratum.support.Api.api;
import static com.stratum.support.Api.atOnce;
import static com.stratum.support.Fixtures.account;
import static com.stratum.support.Fixtures.accountManager;
import static com.stratum.support.Fixtures.unique;
import static com.stratum.support.People.contact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.stratum.support.Api;
import com.stratum.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ActivityApiTest {
    private static final String SENTENCE = "^[A-Z].*[.]$";
    private static final String PATCH = "application/merge-patch+json";

    static String ago(long days) {
        return Instant.now().minus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static Map<String, Object> activity(String type, String occurredAt, List<String> contactIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", type);
        body.put("occurredAt", occurredAt);
        body.put("summary", unique("Talked"));
        body.put("contactIds", contactIds);
        return body;
    }

    static String log(String accountId, String occurredAt, List<String> contactIds) {
        return api().body(activity("CALL", occurredAt, contactIds)).post("/api/v1/accounts/{id}/activities", accountId)
                .then().statusCode(201).extract().path("id");
    }

    private static Response contactView(String id) {
        return api().get("/api/v1/contacts/{id}", id);
    }

    @Test
    void anActivityIsLoggedReadChangedAndDeletedWithItsContactsAndAnAuditRecord() {
        String owner = accountManager();
        String accountId = account(Map.of("ownerId", owner));
        String jordan = contact(accountId, Map.of("name", "Jordan Lee"));
        String avery = contact(accountId, Map.of("name", "Avery Chen"));
        String opportunity = Fixtures.opportunity(accountId, "UPSELL", 5000, "2031-01-31");
        Map<String, Object> body = activity("MEETING", ago(1), List.of(jordan, avery));
        body.put("summary", "  Renewal planning ");
        body.put("body", "Agreed to **review pricing**.\n<script>alert(1)</script>");
        body.put("opportunityId", opportunity);
        Response created = api().body(body).post("/api/v1/accounts/{id}/activities", accountId);
        created.then().statusCode(201).header("ETag", "\"0\"")
                .body("summary", equalTo("Renewal planning"))
                .body("type", equalTo("MEETING"))
                .body("contacts.name", contains("Avery Chen", "Jordan Lee"))
                .body("contactIds", containsInAnyOrder(jordan, avery))
                .body("opportunityId", equalTo(opportunity))
                .body("opportunityTitle", containsString("Deal-"))
                .body("authorName", notNullValue())
                .body("source", nullValue())
                .body("body", equalTo("Agreed to **review pricing**.\n<script>alert(1)</script>"));
        String id = created.path("id");
        created.then().header("Location", endsWith("/api/v1/activities/" + id));

        api().get("/api/v1/activities/{id}", id).then().statusCode(200)
                .header("ETag", com.stratum.support.Api.getEtag(0))
                .body("contacts", hasSize(2));
        api().contentType(PATCH).header("If-Match", "\"0\"").body(Map.of("contactIds", List.of(jordan)))
                .patch("/api/v1/activities/{id}", id).then().statusCode(200).header("ETag", "\"1\"")
                .body("contacts.name", contains("Jordan Lee")).body("summary", equalTo("Renewal planning"));
        api().contentType(PATCH).header("If-Match", "\"0\"").body(Map.of("summary", "Stale"))
                .patch("/api/v1/activities/{id}", id).then().statusCode(412);
        Response readOnly = api().contentType(PATCH)
                .body(Map.of("accountId", accountId, "authorId", owner, "source", "x", "mood", "good"))
                .patch("/api/v1/activities/{id}", id);
        readOnly.then().statusCode(422).body("errors.field", containsInAnyOrder("accountId", "authorId", "source",
                "mood"));
        api().get("/api/v1/accounts/{id}/activities", accountId).then().statusCode(200)
                .body("items.id", contains(id)).body("total", equalTo(1));

        api().header("If-Match", "\"0\"").delete("/api/v1/activities/{id}", id).then().statusCode(412);
        api().header("If-Match", "\"1\"").delete("/api/v1/activities/{id}", id).then().statusCode(204);
        api().get("/api/v1/activities/{id}", id).then().statusCode(404);
        // Deleting keeps an audit record with what the activity was.
        api().queryParam("entityType", "activity").queryParam("entityId", id).get("/api/v1/audit-events").then()
                .statusCode(200).body("items.action", contains("deleteActivity", "createActivity"))
                .body("items[0].changes.find { it.field == 'summary' }.before", equalTo("Renewal planning"))
                .body("items[0].changes.find { it.field == 'summary' }.after", nullValue())
                .body("items[0].recordType", equalTo("account")).body("items[0].recordId", equalTo(accountId));
    }

    @Test
    void badActivitiesAreRefusedInWholeSentencesAndNothingIsLogged() {
        String accountId = account(Map.of());
        String foreignContact = contact(account(Map.of()), Map.of());
        String foreignOpportunity = Fixtures.opportunity(account(Map.of()), "UPSELL", 100, "2031-01-31");
        String mine = contact(accountId, Map.of());

        Map<String, Object> body = new HashMap<>();
        body.put("summary", " ");
        Response refused = api().body(body).post("/api/v1/accounts/{id}/activities", accountId);
        refused.then().statusCode(422).body("errors.field", containsInAnyOrder("type", "occurredAt", "summary"));
        assertThat(refused.<List<String>>path("errors.message")).allSatisfy(m -> assertThat(m).matches(SENTENCE));

        body = activity("CALL", Instant.now().plus(1, ChronoUnit.HOURS).toString(), List.of(foreignContact));
        body.put("opportunityId", foreignOpportunity);
        body.put("qbrId", "00000000-0000-4000-8000-00000000dead");
        refused = api().body(body).post("/api/v1/accounts/{id}/activities", accountId);
        refused.then().statusCode(422).body("errors.field", containsInAnyOrder("occurredAt", "contactIds",
                "opportunityId", "qbrId"));
        assertThat(refused.<List<String>>path("errors.message")).allSatisfy(m -> assertThat(m).matches(SENTENCE))
                .contains("Enter when it happened, now or earlier: an activity cannot be logged in the future.");

        api().body(activity("CALL", ago(1), List.of(mine, mine))).post("/api/v1/accounts/{id}/activities", accountId)
                .then().statusCode(422).body("errors[0].field", equalTo("contactIds"))
                .body("errors[0].message", equalTo("Name each contact once."));
        api().body(activity("FAX", ago(1), List.of())).post("/api/v1/accounts/{id}/activities", accountId).then()
                .statusCode(422).body("errors[0].field", equalTo("type"));
        api().body(activity("CALL", ago(1), List.of()))
                .post("/api/v1/accounts/{id}/activities", "00000000-0000-4000-8000-00000000dead").then()
                .statusCode(404);
        api().get("/api/v1/accounts/{id}/activities", accountId).then().statusCode(200).body("total", equalTo(0));
        api().get("/api/v1/accounts/{id}", accountId).then().body("lastTouchAt", nullValue());
        contactView(mine).then().body("lastTouchAt", nullValue());

        String archived = account(Map.of());
        api().delete("/api/v1/accounts/{id}", archived).then().statusCode(204);
        api().body(activity("NOTE", ago(1), List.of())).post("/api/v1/accounts/{id}/activities", archived).then()
                .statusCode(409).body("detail", containsString("is archived"));
    }

    @Test
    void lastTouchFollowsTheLatestActivityAndIsRecomputedOnEditAndDelete() {
        String accountId = account(Map.of());
        String c1 = contact(accountId, Map.of());
        String c2 = contact(accountId, Map.of());
        String c3 = contact(accountId, Map.of());
        String older = ago(10);
        String newer = ago(2);
        String a1 = log(accountId, older, List.of(c1, c2));
        String a2 = log(accountId, newer, List.of(c1));
        api().get("/api/v1/accounts/{id}", accountId).then().body("lastTouchAt", equalTo(newer));
        contactView(c1).then().body("lastTouchAt", equalTo(newer));
        contactView(c2).then().body("lastTouchAt", equalTo(older));
        contactView(c3).then().body("lastTouchAt", nullValue());

        // Moved earlier than the other: the other is the last touch now.
        String earliest = ago(20);
        api().contentType(PATCH).body(Map.of("occurredAt", earliest)).patch("/api/v1/activities/{id}", a2).then()
                .statusCode(200);
        api().get("/api/v1/accounts/{id}", accountId).then().body("lastTouchAt", equalTo(older));
        contactView(c1).then().body("lastTouchAt", equalTo(older));
        // Contacts changed: c2 leaves a1, c3 joins it.
        api().contentType(PATCH).body(Map.of("contactIds", List.of(c1, c3))).patch("/api/v1/activities/{id}", a1)
                .then().statusCode(200);
        contactView(c2).then().body("lastTouchAt", nullValue());
        contactView(c3).then().body("lastTouchAt", equalTo(older));
        // Deleted: what remains counts.
        api().delete("/api/v1/activities/{id}", a1).then().statusCode(204);
        api().get("/api/v1/accounts/{id}", accountId).then().body("lastTouchAt", equalTo(earliest));
        contactView(c1).then().body("lastTouchAt", equalTo(earliest));
        contactView(c3).then().body("lastTouchAt", nullValue());
        api().delete("/api/v1/activities/{id}", a2).then().statusCode(204);
        api().get("/api/v1/accounts/{id}", accountId).then().body("lastTouchAt", nullValue());
        contactView(c1).then().body("lastTouchAt", nullValue());
    }

    @Test
    void onlyThoseWhoMayWorkOnTheAccountLogAndOnlyTheAuthorOrAManagerChanges() {
        Api.Session owner = Fixtures.signedIn("ACCOUNT_MANAGER");
        Api.Session author = Fixtures.signedIn("ACCOUNT_MANAGER");
        Api.Session stranger = Fixtures.signedIn("ACCOUNT_MANAGER");
        Api.Session manager = Fixtures.signedIn("MANAGER");
        Api.Session viewer = Fixtures.signedIn("VIEWER");
        String accountId = account(Map.of("ownerId", owner.userId()));
        api().body(Map.of("members", List.of(Map.of("userId", author.userId(), "role", "CUSTOMER_SUCCESS",
                        "allocationPct", 50, "since", "2020-01-01"))))
                .put("/api/v1/accounts/{id}/team", accountId).then().statusCode(200);

        String id = author.request().body(activity("CALL", ago(1), List.of()))
                .post("/api/v1/accounts/{id}/activities", accountId).then().statusCode(201)
                .body("authorId", equalTo(author.userId())).extract().path("id");
        stranger.request().body(activity("CALL", ago(1), List.of())).post("/api/v1/accounts/{id}/activities", accountId)
                .then().statusCode(403).body("detail", matchesSentence());
        viewer.request().body(activity("CALL", ago(1), List.of())).post("/api/v1/accounts/{id}/activities", accountId)
                .then().statusCode(403);
        viewer.request().get("/api/v1/accounts/{id}/timeline", accountId).then().statusCode(200)
                .body("items.refId", org.hamcrest.Matchers.hasItem(id));

        // The owner may log on the account but not change another's activity; the author and managers may.
        owner.request().contentType(PATCH).body(Map.of("summary", "Owner's words"))
                .patch("/api/v1/activities/{id}", id).then().statusCode(403)
                .body("detail", equalTo("Only the author of an activity or a manager can change or delete it."));
        owner.request().delete("/api/v1/activities/{id}", id).then().statusCode(403);
        author.request().contentType(PATCH).body(Map.of("summary", "Author's words"))
                .patch("/api/v1/activities/{id}", id).then().statusCode(200);
        manager.request().contentType(PATCH).body(Map.of("summary", "Manager's words"))
                .patch("/api/v1/activities/{id}", id).then().statusCode(200)
                .body("authorId", equalTo(author.userId()));

        String readOnly = author.createToken(unique("read"), List.of("accounts:read", "activities:read"));
        Api.withToken(readOnly).body(activity("CALL", ago(1), List.of()))
                .post("/api/v1/accounts/{id}/activities", accountId).then().statusCode(403);
        Api.withToken(readOnly).get("/api/v1/accounts/{id}/activities", accountId).then().statusCode(200);
        String noActivities = author.createToken(unique("acc"), List.of("accounts:read", "accounts:write"));
        Api.withToken(noActivities).get("/api/v1/accounts/{id}/timeline", accountId).then().statusCode(403);
        Api.withToken(noActivities).delete("/api/v1/activities/{id}", id).then().statusCode(403);
        manager.request().delete("/api/v1/activities/{id}", id).then().statusCode(204);
    }

    private static org.hamcrest.Matcher<String> matchesSentence() {
        return org.hamcrest.Matchers.matchesPattern(SENTENCE);
    }

    private static Map<String, Object> item(String source, String externalId, String accountId, String summary,
            String occurredAt) {
        Map<String, Object> item = new HashMap<>();
        item.put("source", source);
        item.put("externalId", externalId);
        item.put("accountId", accountId);
        item.put("type", "MEETING");
        item.put("occurredAt", occurredAt);
        item.put("summary", summary);
        return item;
    }

    @Test
    void concurrentBatchesOverTheSameActivitiesReportEveryItem() throws Exception {
        // A calendar sync sent by four workers at once, each with its own summaries: every item lands in every
        // batch, one after the other, rather than the losers of the race failing their whole batch.
        String accountId = account(Map.of());
        String source = unique("calendar");
        String when = ago(2);
        int size = 40;
        List<Callable<Response>> batches = new ArrayList<>();
        for (int racer = 1; racer <= 4; racer++) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                items.add(item(source, "evt-" + i, accountId, "Meeting " + i + " by worker " + racer, when));
            }
            batches.add(() -> api().body(Map.of("items", items)).post("/api/v1/activities/batch"));
        }
        for (Response response : atOnce(batches)) {
            response.then().statusCode(200).body("refused", equalTo(0));
            assertThat(response.<List<String>>path("results.status")).hasSize(size)
                    .isSubsetOf("CREATED", "UPDATED", "UNCHANGED");
        }
        api().get("/api/v1/accounts/{id}/activities", accountId).then().body("total", equalTo(size));
    }

    @Test
    void aBatchIsIdempotentPerSourceAndRefusesItemsOneByOne() {
        String accountId = account(Map.of());
        String person = contact(accountId, Map.of());
        String foreign = contact(account(Map.of()), Map.of());
        String source = unique("calendar");
        String when = ago(3);
        Map<String, Object> good = item(source, "evt-1", accountId, "Planning", when);
        good.put("contactIds", List.of(person));
        Map<String, Object> future = item(source, "evt-2", accountId, "Later",
                Instant.now().plus(2, ChronoUnit.DAYS).toString());
        Map<String, Object> noAccount = item(source, "evt-3", "00000000-0000-4000-8000-00000000dead", "Lost", when);
        Map<String, Object> badType = item(source, "evt-4", accountId, "Fax", when);
        badType.put("type", "FAX");
        Map<String, Object> foreignContact = item(source, "evt-5", accountId, "Someone else's", when);
        foreignContact.put("contactIds", List.of(foreign));
        Map<String, Object> noSource = item(" ", "evt-6", accountId, "Anonymous", when);
        List<Map<String, Object>> items = List.of(good, future, noAccount, badType, foreignContact, noSource);

        Response first = api().body(Map.of("items", items)).post("/api/v1/activities/batch");
        first.then().statusCode(200)
                .body("results.status", contains("CREATED", "REFUSED", "REFUSED", "REFUSED", "REFUSED", "REFUSED"))
                .body("results.index", contains(0, 1, 2, 3, 4, 5))
                .body("results[0].externalId", equalTo("evt-1"))
                .body("results[1].problem.status", equalTo(422))
                .body("results[1].problem.errors[0].field", equalTo("occurredAt"))
                .body("results[2].problem.status", equalTo(404))
                .body("results[3].problem.errors[0].field", equalTo("type"))
                .body("results[4].problem.errors[0].field", equalTo("contactIds"))
                .body("results[5].problem.errors[0].field", equalTo("source"))
                .body("created", equalTo(1)).body("refused", equalTo(5));
        // As the single endpoints say it: a field error's detail is "field: sentence".
        assertThat(first.<List<String>>path("results[1..5].problem.detail")).allSatisfy(d -> assertThat(d)
                .matches("^([a-zA-Z]+: )?[A-Z].*[.]$"));
        String id = first.path("results[0].activityId");
        api().get("/api/v1/activities/{id}", id).then().statusCode(200).body("source", equalTo(source))
                .body("externalId", equalTo("evt-1")).body("contactIds", contains(person));
        api().get("/api/v1/accounts/{id}", accountId).then().body("lastTouchAt", equalTo(when));
        contactView(person).then().body("lastTouchAt", equalTo(when));

        // The same batch again changes nothing; a changed item is updated in place.
        api().body(Map.of("items", items)).post("/api/v1/activities/batch").then().statusCode(200)
                .body("results[0].status", equalTo("UNCHANGED")).body("results[0].activityId", equalTo(id))
                .body("unchanged", equalTo(1)).body("created", equalTo(0));
        Map<String, Object> changed = new HashMap<>(good);
        changed.put("summary", "Planning, moved");
        api().body(Map.of("items", List.of(changed, changed))).post("/api/v1/activities/batch").then()
                .statusCode(200).body("results.status", contains("UPDATED", "UNCHANGED"));
        api().get("/api/v1/activities/{id}", id).then().body("summary", equalTo("Planning, moved"))
                .body("version", equalTo(1));
        api().get("/api/v1/accounts/{id}/activities", accountId).then().body("total", equalTo(1));

        // Known on one account: not moved to another by a later item.
        Map<String, Object> moved = new HashMap<>(good);
        moved.put("accountId", account(Map.of()));
        moved.remove("contactIds");
        api().body(Map.of("items", List.of(moved))).post("/api/v1/activities/batch").then().statusCode(200)
                .body("results[0].status", equalTo("REFUSED")).body("results[0].problem.status", equalTo(409))
                .body("results[0].problem.existingId", equalTo(id));

        // Someone who may log on the account but is not the author cannot update it through the batch.
        Api.Session owner = Fixtures.signedIn("ACCOUNT_MANAGER");
        String own = account(Map.of("ownerId", owner.userId()));
        String mine = unique("mine");
        api().body(Map.of("items", List.of(item(source, mine, own, "By the admin", when))))
                .post("/api/v1/activities/batch").then().body("results[0].status", equalTo("CREATED"));
        owner.request().body(Map.of("items", List.of(item(source, mine, own, "By the owner", when))))
                .post("/api/v1/activities/batch").then().statusCode(200)
                .body("results[0].status", equalTo("REFUSED")).body("results[0].problem.status", equalTo(403));
    }

    @Test
    void aBatchMustHoldOneTo500ItemsOrNothingIsWritten() {
        String accountId = account(Map.of());
        String source = unique("mail");
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            items.add(item(source, "m-" + i, accountId, "Mail " + i, ago(1)));
        }
        api().body(Map.of("items", items)).post("/api/v1/activities/batch").then().statusCode(422)
                .body("errors[0].field", equalTo("items"));
        api().body(Map.of("items", List.of())).post("/api/v1/activities/batch").then().statusCode(422);
        api().body(Map.of()).post("/api/v1/activities/batch").then().statusCode(422);
        api().get("/api/v1/accounts/{id}/activities", accountId).then().body("total", equalTo(0));
        Response full = api().body(Map.of("items", items.subList(0, 500))).post("/api/v1/activities/batch");
        full.then().statusCode(200).body("created", equalTo(500));
        api().get("/api/v1/accounts/{id}/activities", accountId).then().body("total", equalTo(500));
    }
}
