package com.stratum.accountevent;

import static com.stratum.support.Api.api;
import static com.stratum.support.Fixtures.account;
import static com.stratum.support.Fixtures.accountManager;
import static com.stratum.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.stratum.support.Api;
import com.stratum.support.Fixtures;
import com.stratum.support.People;
import com.stratum.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Compelling events on the account: create, review, the review deadline per tier, the lists and the refusals. */
@QuarkusTest
class AccountEventApiTest {
    private static final String SENTENCE = "^[A-Z].*[.]$";
    private static final String PATCH = "application/merge-patch+json";

    @Inject
    TestClock clock;
    @Inject
    NewExecutives newExecutives;

    /** Records the NewExecutiveReported events, as the tasks feature will observe them. */
    @Singleton
    static class NewExecutives {
        final List<NewExecutiveReported> seen = new CopyOnWriteArrayList<>();

        void observe(@Observes NewExecutiveReported event) {
            seen.add(event);
        }
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static Map<String, Object> event(String type, Object... more) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", type);
        body.put("occurredOn", LocalDate.now(ZoneOffset.UTC).minusDays(3).toString());
        body.put("description", "Series C of $80M to expand into Europe");
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    static String create(Api.Session session, String accountId, Map<String, Object> body) {
        return session.request().body(body).post("/api/v1/accounts/{id}/events", accountId).then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void aPersonRecordsAnEventThatIsNewManualAndLinkedToItsContact() {
        Api.Session owner = Fixtures.signedIn("ACCOUNT_MANAGER");
        String accountId = account(owner.userId(), "KEY");
        String contact = People.contact(accountId, Map.of());
        Response created = owner.request().body(event("FUNDING_ROUND", "contactId", contact))
                .post("/api/v1/accounts/{id}/events", accountId);
        created.then().statusCode(201).header("ETag", "\"0\"")
                .header("Location", endsWith("/api/v1/events/" + created.path("id")))
                .body("accountId", equalTo(accountId)).body("accountOwnerId", equalTo(owner.userId()))
                .body("type", equalTo("FUNDING_ROUND")).body("source", equalTo("MANUAL"))
                .body("status", equalTo("NEW")).body("contactId", equalTo(contact))
                .body("contactName", notNullValue()).body("reviewOverdue", equalTo(false))
                .body("reviewedAt", nullValue()).body("opportunityId", nullValue());
        String id = created.path("id");
        api().get("/api/v1/events/{id}", id).then().statusCode(200).header("ETag", com.stratum.support.Api.getEtag(0))
                .body("description", equalTo("Series C of $80M to expand into Europe"));
        api().get("/api/v1/accounts/{id}/events", accountId).then().statusCode(200)
                .body("items.id", contains(id)).body("total", equalTo(1));
        // Nobody is told of what they recorded themselves.
        owner.request().get("/api/v1/notifications").then().statusCode(200).body("items", empty());
    }

    @Test
    void anEventFromAnIntegrationIsSourcedApiAndTellsTheAccountOwner() {
        Api.Session owner = Fixtures.signedIn("ACCOUNT_MANAGER");
        String accountId = account(owner.userId(), "KEY");
        String id = api().body(event("ACQUISITION", "description", "Bought Contoso.")).post(
                "/api/v1/accounts/{id}/events", accountId).then().statusCode(201).body("source", equalTo("API"))
                .extract().path("id");
        owner.request().get("/api/v1/notifications").then().statusCode(200)
                .body("items.kind", contains("EVENT_ADDED"))
                .body("items[0].title", equalTo("An integration added an acquisition to "
                        + api().get("/api/v1/accounts/{id}", accountId).path("name") + ": Bought Contoso."))
                .body("items[0].link", equalTo("/accounts/" + accountId + "?tab=events"))
                .body("unreadCount", equalTo(1));
        assertThat(id).isNotNull();
    }

    @Test
    void aNewExecutiveEventIsAnnouncedInTheSameTransaction() {
        String owner = accountManager();
        String accountId = account(owner, "KEY");
        String id = api().body(event("NEW_EXECUTIVE")).post("/api/v1/accounts/{id}/events", accountId).then()
                .statusCode(201).extract().path("id");
        assertThat(newExecutives.seen).contains(new NewExecutiveReported(UUID.fromString(accountId),
                UUID.fromString(id), null, UUID.fromString(owner)));
        // A refused one announces nothing.
        int before = newExecutives.seen.size();
        api().body(event("NEW_EXECUTIVE", "contactId", People.contact(account(Map.of()), Map.of())))
                .post("/api/v1/accounts/{id}/events", accountId).then().statusCode(422);
        assertThat(newExecutives.seen).hasSize(before);
    }

    @Test
    void theReviewSetsTheStatusAndWhoReviewed() {
        Api.Session manager = Fixtures.signedIn("MANAGER");
        String accountId = account(accountManager(), "KEY");
        String id = create(manager, accountId, event("EXPANSION"));
        manager.request().contentType(PATCH).header("If-Match", "\"0\"")
                .body(Map.of("status", "REVIEWED", "reviewNote", "Worth a call with the COO."))
                .patch("/api/v1/events/{id}", id).then().statusCode(200).header("ETag", "\"1\"")
                .body("status", equalTo("REVIEWED")).body("reviewNote", equalTo("Worth a call with the COO."))
                .body("reviewedAt", notNullValue()).body("reviewedByName", notNullValue());
        manager.request().contentType(PATCH).body(Map.of("status", "NO_ACTION", "reviewNote", "Budget frozen."))
                .patch("/api/v1/events/{id}", id).then().statusCode(200).body("status", equalTo("NO_ACTION"));
    }

    @Test
    void reviewRefusalsChangeNothing() {
        String accountId = account(accountManager(), "KEY");
        String id = api().body(event("REGULATION")).post("/api/v1/accounts/{id}/events", accountId).then()
                .statusCode(201).extract().path("id");
        refused(api().contentType(PATCH).body(Map.of("status", "NO_ACTION")).patch("/api/v1/events/{id}", id),
                "reviewNote");
        refused(api().contentType(PATCH).body(Map.of("status", "OPPORTUNITY_CREATED"))
                .patch("/api/v1/events/{id}", id), "status");
        refused(api().contentType(PATCH).body(Map.of("opportunityId", UUID.randomUUID().toString()))
                .patch("/api/v1/events/{id}", id), "opportunityId");
        refused(api().contentType(PATCH).body(Map.of("source", "MANUAL")).patch("/api/v1/events/{id}", id),
                "source");
        refused(api().contentType(PATCH).body(Map.of("mood", "happy")).patch("/api/v1/events/{id}", id), "mood");
        api().contentType(PATCH).header("If-Match", "\"7\"").body(Map.of("status", "REVIEWED"))
                .patch("/api/v1/events/{id}", id).then().statusCode(412);
        api().get("/api/v1/events/{id}", id).then().body("status", equalTo("NEW")).body("version", equalTo(0));
        api().contentType(PATCH).body(Map.of("status", "REVIEWED")).patch("/api/v1/events/{id}", id).then()
                .statusCode(200);
        refused(api().contentType(PATCH).body(Map.of("status", "NEW")).patch("/api/v1/events/{id}", id), "status");
    }

    @Test
    void createRefusalsCreateNothing() {
        String accountId = account(accountManager(), "KEY");
        String events = "/api/v1/accounts/{id}/events";
        Map<String, Object> noDate = event("OTHER");
        noDate.remove("occurredOn");
        refused(api().body(noDate).post(events, accountId), "occurredOn");
        refused(api().body(event("OTHER", "type", "WEATHER")).post(events, accountId), "type");
        refused(api().body(event("OTHER", "description", "x".repeat(1001))).post(events, accountId), "description");
        refused(api().body(event("OTHER", "contactId", People.contact(account(Map.of()), Map.of())))
                .post(events, accountId), "contactId");
        refused(api().body(event("OTHER", "status", "OPPORTUNITY_CREATED")).post(events, accountId), "status");
        refused(api().body(event("OTHER", "status", "NO_ACTION")).post(events, accountId), "reviewNote");
        api().body(event("OTHER")).post(events, UUID.randomUUID()).then().statusCode(404);
        api().get(events, accountId).then().body("items", empty());
        api().queryParam("status", "DONE").get(events, accountId).then().statusCode(400);
        api().queryParam("reviewOverdue", "maybe").get("/api/v1/events").then().statusCode(400);
        api().queryParam("sort", "type").get("/api/v1/events").then().statusCode(400);
        api().get("/api/v1/events/{id}", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void anArchivedAccountGetsNoNewEvents() {
        String accountId = account(Map.of());
        api().delete("/api/v1/accounts/{id}", accountId).then().statusCode(204);
        api().body(event("OTHER")).post("/api/v1/accounts/{id}/events", accountId).then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.matchesPattern(SENTENCE));
    }

    @Test
    void onlyThoseWhoMayWorkOnTheAccountRecordEventsAndEveryReaderReadsThem() {
        String accountId = account(accountManager(), "KEY");
        Fixtures.signedIn("ACCOUNT_MANAGER").request().body(event("OTHER"))
                .post("/api/v1/accounts/{id}/events", accountId).then().statusCode(403);
        Api.Session viewer = Fixtures.signedIn("VIEWER");
        viewer.request().body(event("OTHER")).post("/api/v1/accounts/{id}/events", accountId).then().statusCode(403);
        viewer.request().get("/api/v1/accounts/{id}/events", accountId).then().statusCode(200);
        String readOnly = Fixtures.token("MANAGER", List.of("accounts:read", "events:read"));
        Api.withToken(readOnly).body(event("OTHER")).post("/api/v1/accounts/{id}/events", accountId).then()
                .statusCode(403);
        Api.withToken(Fixtures.token("MANAGER", List.of("accounts:read"))).get("/api/v1/events").then()
                .statusCode(403);
    }

    /** 7 days on KEY and STRATEGIC accounts, 14 on STANDARD ones, from when the event was recorded. */
    @Test
    void theReviewDeadlineDependsOnTheTier() {
        String owner = accountManager();
        String key = account(owner, "KEY");
        String standard = account(owner, "STANDARD");
        Response onKey = api().body(event("PROJECT")).post("/api/v1/accounts/{id}/events", key);
        Response onStandard = api().body(event("PROJECT")).post("/api/v1/accounts/{id}/events", standard);
        Instant created = Instant.parse(onKey.path("createdAt"));
        assertThat(Instant.parse(onKey.<String>path("reviewDueAt"))).isEqualTo(created.plus(Duration.ofDays(7)));
        assertThat(Instant.parse(onStandard.<String>path("reviewDueAt")))
                .isEqualTo(Instant.parse(onStandard.<String>path("createdAt")).plus(Duration.ofDays(14)));
        String keyId = onKey.path("id");
        String standardId = onStandard.path("id");

        clock.advance(Duration.ofDays(7).plusMinutes(1));
        api().get("/api/v1/events/{id}", keyId).then().body("reviewOverdue", equalTo(true));
        api().get("/api/v1/events/{id}", standardId).then().body("reviewOverdue", equalTo(false));
        api().queryParam("ownerId", owner).queryParam("reviewOverdue", true).get("/api/v1/events").then()
                .statusCode(200).body("items.id", contains(keyId)).body("total", equalTo(1));
        api().queryParam("ownerId", owner).queryParam("reviewOverdue", false).get("/api/v1/events").then()
                .body("items.id", contains(standardId));

        clock.advance(Duration.ofDays(7));
        api().queryParam("ownerId", owner).queryParam("reviewOverdue", true).queryParam("sort", "reviewDueAt")
                .get("/api/v1/events").then().body("items.id", contains(keyId, standardId));
        // Reviewed late is no longer overdue.
        api().contentType(PATCH).body(Map.of("status", "REVIEWED")).patch("/api/v1/events/{id}", keyId).then()
                .statusCode(200).body("reviewOverdue", equalTo(false));
        api().queryParam("ownerId", owner).queryParam("reviewOverdue", true).get("/api/v1/events").then()
                .body("items.id", contains(standardId));
    }

    @Test
    void theCompanyWideListFiltersByOwnerStatusAndTypeAndPages() {
        String owner = accountManager();
        String accountId = account(owner, "KEY");
        String first = api().body(event("PROJECT")).post("/api/v1/accounts/{id}/events", accountId).path("id");
        String second = api().body(event("ACQUISITION")).post("/api/v1/accounts/{id}/events", accountId).path("id");
        String third = api().body(event("PROJECT")).post("/api/v1/accounts/{id}/events", account(owner, "KEY"))
                .path("id");
        api().contentType(PATCH).body(Map.of("status", "REVIEWED")).patch("/api/v1/events/{id}", second).then()
                .statusCode(200);
        api().queryParam("ownerId", owner).get("/api/v1/events").then()
                .body("items.id", contains(third, second, first)).body("total", equalTo(3));
        api().queryParam("ownerId", owner).queryParam("status", "NEW").queryParam("type", "PROJECT")
                .get("/api/v1/events").then().body("items.id", containsInAnyOrder(first, third));
        Response page = api().queryParam("ownerId", owner).queryParam("limit", 2).get("/api/v1/events");
        page.then().body("items.id", contains(third, second)).body("nextCursor", notNullValue());
        api().queryParam("ownerId", owner).queryParam("limit", 2).queryParam("cursor", page.<String>path("nextCursor"))
                .get("/api/v1/events").then().body("items.id", contains(first)).body("nextCursor", nullValue());
        api().queryParam("ownerId", accountManager()).get("/api/v1/events").then().body("items", empty());
        api().queryParam("accountId", accountId).get("/api/v1/events").then()
                .body("items.id", not(hasItem(third)));
    }

    @Test
    void theAuditLogRecordsEventChangesUnderTheAccount() {
        String accountId = account(Map.of());
        String id = api().body(event("OTHER")).post("/api/v1/accounts/{id}/events", accountId).path("id");
        api().queryParam("entityType", "account-event").queryParam("entityId", id).get("/api/v1/audit-events")
                .then().statusCode(200).body("items.size()", equalTo(1))
                .body("items[0].recordId", equalTo(accountId));
    }

    private static void refused(Response response, String field) {
        response.then().statusCode(422).contentType("application/problem+json").body("errors.field", hasItem(field));
        List<String> messages = response.path("errors.message");
        assertThat(messages).allSatisfy(m -> assertThat(m).matches(SENTENCE));
    }

    static String uniqueName() {
        return unique("Event");
    }
}
