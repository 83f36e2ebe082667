package com.stratum.accountevent;

import static com.stratum.accountevent.AccountEventApiTest.event;
import static com.stratum.support.Api.api;
import static com.stratum.support.Fixtures.account;
import static com.stratum.support.Fixtures.accountManager;
import static com.stratum.support.Fixtures.moveStage;
import static com.stratum.support.Fixtures.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** "Create an opportunity from this event": the link both ways, the inline object of older clients, the report. */
@QuarkusTest
class EventOpportunityApiTest {
    private static final String PATCH = "application/merge-patch+json";

    static Map<String, Object> opportunity(String accountId, Object... more) {
        Map<String, Object> body = new HashMap<>();
        body.put("accountId", accountId);
        body.put("type", "UPSELL");
        body.put("title", unique("Deal"));
        body.put("amount", 48000);
        body.put("expectedCloseDate", LocalDate.now(ZoneOffset.UTC).plusDays(60).toString());
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    @Test
    void anOpportunityCreatedFromAnEventLinksBothWays() {
        String accountId = account(accountManager(), "KEY");
        Map<String, Object> body = event("FUNDING_ROUND");
        String eventId = api().body(body).post("/api/v1/accounts/{id}/events", accountId).path("id");
        Response created = api().body(opportunity(accountId, "compellingEventId", eventId))
                .post("/api/v1/opportunities");
        created.then().statusCode(201).body("compellingEventId", equalTo(eventId))
                .body("compellingEvent.type", equalTo("FUNDING_ROUND"))
                .body("compellingEvent.occurredOn", equalTo(body.get("occurredOn")))
                .body("compellingEvent.description", equalTo(body.get("description")));
        String opportunityId = created.path("id");
        api().get("/api/v1/events/{id}", eventId).then().statusCode(200)
                .body("status", equalTo("OPPORTUNITY_CREATED")).body("opportunityId", equalTo(opportunityId))
                .body("reviewedAt", notNullValue()).body("version", equalTo(1));
        // A second opportunity from the same event points at it; the event keeps naming the first.
        String second = api().body(opportunity(accountId, "compellingEventId", eventId)).post("/api/v1/opportunities")
                .then().statusCode(201).extract().path("id");
        api().get("/api/v1/events/{id}", eventId).then().body("opportunityId", equalTo(opportunityId));
        api().queryParam("accountId", accountId).queryParam("compellingEventType", "FUNDING_ROUND")
                .get("/api/v1/opportunities").then().statusCode(200).body("items.size()", equalTo(2))
                .body("items.id", hasItem(second));
        // Its status stays while an opportunity names it.
        api().contentType(PATCH).body(Map.of("status", "REVIEWED")).patch("/api/v1/events/{id}", eventId).then()
                .statusCode(422).body("errors.field", contains("status"));
    }

    @Test
    void theInlineCompellingEventOfOlderClientsBecomesAnAccountEvent() {
        String accountId = account(accountManager(), "KEY");
        Response created = api().body(opportunity(accountId, "compellingEvent",
                Map.of("type", "PROJECT", "occurredOn", "2026-10-01", "description", "ERP migration")))
                .post("/api/v1/opportunities");
        created.then().statusCode(201).body("compellingEvent.type", equalTo("PROJECT"))
                .body("compellingEvent.occurredOn", equalTo("2026-10-01"))
                .body("compellingEventId", notNullValue());
        String eventId = created.path("compellingEventId");
        String opportunityId = created.path("id");
        api().get("/api/v1/accounts/{id}/events", accountId).then().body("items.id", contains(eventId))
                .body("items[0].status", equalTo("OPPORTUNITY_CREATED"))
                .body("items[0].opportunityId", equalTo(opportunityId))
                .body("items[0].description", equalTo("ERP migration"));
        // Editing the inline object amends the event the opportunity was created with.
        api().contentType(PATCH).body(Map.of("compellingEvent", Map.of("description", "ERP migration, phase 2")))
                .patch("/api/v1/opportunities/{id}", opportunityId).then().statusCode(200)
                .body("compellingEvent.description", equalTo("ERP migration, phase 2"))
                .body("compellingEvent.type", equalTo("PROJECT")).body("compellingEventId", equalTo(eventId));
        api().get("/api/v1/events/{id}", eventId).then().body("description", equalTo("ERP migration, phase 2"));
        // Without a date it is dated today.
        api().body(opportunity(accountId, "compellingEvent", Map.of("type", "OTHER"))).post("/api/v1/opportunities")
                .then().statusCode(201)
                .body("compellingEvent.occurredOn", equalTo(LocalDate.now(ZoneOffset.UTC).toString()));
        // null lets go of the event, which stays on the account.
        api().contentType(PATCH).body("{\"compellingEvent\": null}")
                .patch("/api/v1/opportunities/{id}", opportunityId).then().statusCode(200)
                .body("compellingEventId", nullValue()).body("$", org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.hasKey("compellingEvent")));
        api().get("/api/v1/events/{id}", eventId).then().statusCode(200);
    }

    @Test
    void aPatchPointsAnOpportunityAtAnotherEventOfItsAccount() {
        String accountId = account(accountManager(), "KEY");
        String opportunityId = api().body(opportunity(accountId)).post("/api/v1/opportunities").path("id");
        String eventId = api().body(event("REORGANIZATION")).post("/api/v1/accounts/{id}/events", accountId)
                .path("id");
        api().contentType(PATCH).body(Map.of("compellingEventId", eventId))
                .patch("/api/v1/opportunities/{id}", opportunityId).then().statusCode(200)
                .body("compellingEvent.type", equalTo("REORGANIZATION"));
        api().get("/api/v1/events/{id}", eventId).then().body("status", equalTo("OPPORTUNITY_CREATED"))
                .body("opportunityId", equalTo(opportunityId));
    }

    @Test
    void anEventOfAnotherAccountOrBothFormsAreRefused() {
        String accountId = account(accountManager(), "KEY");
        String otherEvent = api().body(event("OTHER")).post("/api/v1/accounts/{id}/events", account(Map.of()))
                .path("id");
        api().body(opportunity(accountId, "compellingEventId", otherEvent)).post("/api/v1/opportunities").then()
                .statusCode(422).body("errors.field", contains("compellingEventId"));
        api().body(opportunity(accountId, "compellingEventId", UUID.randomUUID().toString()))
                .post("/api/v1/opportunities").then().statusCode(422).body("errors.field", contains("compellingEventId"));
        String own = api().body(event("OTHER")).post("/api/v1/accounts/{id}/events", accountId).path("id");
        api().body(opportunity(accountId, "compellingEventId", own, "compellingEvent", Map.of("type", "OTHER")))
                .post("/api/v1/opportunities").then().statusCode(422)
                .body("errors.field", contains("compellingEventId"));
        api().queryParam("accountId", accountId).get("/api/v1/opportunities").then().body("items.size()", equalTo(0));
        api().get("/api/v1/events/{id}", own).then().body("status", equalTo("NEW"));
    }

    /** Events → opportunities → won by type, for events that occurred in the period; managers only. */
    @Test
    void theEventReportCountsEventsOpportunitiesAndWins() {
        // A period of its own, far in the past, so other tests' events stay out of it.
        String day = "2001-03-0";
        String accountId = account(accountManager(), "KEY");
        String funding1 = api().body(event("FUNDING_ROUND", "occurredOn", day + "1")).post(
                "/api/v1/accounts/{id}/events", accountId).path("id");
        api().body(event("FUNDING_ROUND", "occurredOn", day + "2")).post("/api/v1/accounts/{id}/events", accountId);
        String project = api().body(event("PROJECT", "occurredOn", day + "3")).post("/api/v1/accounts/{id}/events",
                accountId).path("id");
        api().body(event("PROJECT", "occurredOn", "2001-04-01")).post("/api/v1/accounts/{id}/events", accountId);
        String won = api().body(opportunity(accountId, "compellingEventId", funding1, "amount", 1000.5))
                .post("/api/v1/opportunities").path("id");
        api().body(opportunity(accountId, "compellingEventId", funding1, "amount", 300))
                .post("/api/v1/opportunities").then().statusCode(201);
        String lost = api().body(opportunity(accountId, "compellingEventId", project, "amount", 700))
                .post("/api/v1/opportunities").path("id");
        moveStage(won, "WON");
        moveStage(lost, "LOST");

        Response report = api().queryParam("from", "2001-03-01").queryParam("to", "2001-03-31")
                .get("/api/v1/reports/events");
        report.then().statusCode(200).body("from", equalTo("2001-03-01")).body("to", equalTo("2001-03-31"))
                .body("items.type", equalTo(List.of("ACQUISITION", "FUNDING_ROUND", "NEW_EXECUTIVE", "EXPANSION",
                        "REORGANIZATION", "REGULATION", "PROJECT", "OTHER")));
        report.then().rootPath("items.find { it.type == 'FUNDING_ROUND' }").body("events", equalTo(2))
                .body("eventsWithOpportunity", equalTo(1)).body("opportunities", equalTo(2))
                .body("opportunityAmount", equalTo(1300.5f)).body("won", equalTo(1))
                .body("wonAmount", equalTo(1000.5f));
        report.then().rootPath("items.find { it.type == 'PROJECT' }").body("events", equalTo(1))
                .body("opportunities", equalTo(1)).body("won", equalTo(0)).body("wonAmount", equalTo(0.0f));
        report.then().rootPath("items.find { it.type == 'ACQUISITION' }").body("events", equalTo(0));

        com.stratum.support.Fixtures.signedIn("ACCOUNT_MANAGER").request().get("/api/v1/reports/events").then()
                .statusCode(403);
        api().queryParam("from", "2001-04-01").queryParam("to", "2001-03-01").get("/api/v1/reports/events").then()
                .statusCode(400);
        api().queryParam("from", "yesterday").get("/api/v1/reports/events").then().statusCode(400);
    }
}
