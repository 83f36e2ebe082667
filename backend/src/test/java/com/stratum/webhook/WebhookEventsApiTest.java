package com.stratum.webhook;

import static com.stratum.support.Api.api;
import static org.assertj.core.api.Assertions.assertThat;

import com.stratum.revenue.RevenueIngested;
import com.stratum.revenuealert.AlertDetection;
import com.stratum.support.Fixtures;
import com.stratum.support.RevenueLines;
import com.stratum.support.Surveys;
import com.stratum.support.WebhookReceiver;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The webhook events of activities, QBRs and revenue alerts: each change sends one delivery of its type whose data is
 * the resource as the API returns it right after the change (a real receiver on 127.0.0.2, the relay called directly).
 */
@QuarkusTest
class WebhookEventsApiTest {
    private static final String PATCH = "application/merge-patch+json";

    @Inject
    WebhookRelay relay;
    @Inject
    EntityManager em;
    @Inject
    Event<RevenueIngested> ingested;
    @Inject
    AlertDetection detection;

    private WebhookReceiver receiver;
    private int seen;

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = new WebhookReceiver();
        seen = 0;
    }

    @AfterEach
    void cleanUp() {
        receiver.close();
        // A webhook left behind would receive every later test's events.
        List<String> left = api().queryParam("limit", 100).get("/api/v1/webhooks").then().statusCode(200).extract()
                .jsonPath().getList("items.id", String.class);
        for (String id : left) {
            api().delete("/api/v1/webhooks/{id}", id).then().statusCode(204);
        }
    }

    private void subscribe(String... events) {
        api().body(Map.of("name", Fixtures.unique("Hook"), "url", receiver.url(), "eventTypes", List.of(events)))
                .post("/api/v1/webhooks").then().statusCode(201);
    }

    /** Runs the relay and returns the bodies received since the last call. */
    private List<JsonPath> delivered() {
        relay.deliverDue();
        List<WebhookReceiver.Received> all = receiver.received();
        List<JsonPath> fresh = new ArrayList<>();
        for (WebhookReceiver.Received request : all.subList(seen, all.size())) {
            fresh.add(JsonPath.from(request.body()));
        }
        seen = all.size();
        return fresh;
    }

    /** Exactly one event arrived since the last look, of this type, for this resource, as the API returns it now. */
    private JsonPath assertOneEvent(String type, String path, String id) {
        List<JsonPath> fresh = delivered();
        assertThat(fresh).extracting(b -> b.getString("type") + " " + b.getString("data.id"))
                .containsExactly(type + " " + id);
        JsonPath event = fresh.get(0);
        Map<String, Object> asApi = api().get(path, id).then().statusCode(200).extract().jsonPath().getMap("$");
        assertThat(event.getMap("data")).as("%s data", type).isEqualTo(asApi);
        assertThat(event.getString("actor.type")).isIn("API_TOKEN", "USER", "SYSTEM");
        return event;
    }

    @Test
    void activityCreatedUpdatedAndDeletedArriveWithTheActivityAsTheApiReturnsIt() {
        subscribe("activity.created", "activity.updated", "activity.deleted");
        String account = Fixtures.account(Map.of());
        Map<String, Object> body = new HashMap<>();
        body.put("type", "CALL");
        body.put("occurredAt", Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
        body.put("summary", Fixtures.unique("Talked"));
        body.put("contactIds", List.of());
        String activity = api().body(body).post("/api/v1/accounts/{id}/activities", account).then().statusCode(201)
                .extract().path("id");
        assertOneEvent("activity.created", "/api/v1/activities/{id}", activity);

        api().contentType(PATCH).body(Map.of("summary", "Renewal planning")).patch("/api/v1/activities/{id}", activity)
                .then().statusCode(200);
        JsonPath updated = assertOneEvent("activity.updated", "/api/v1/activities/{id}", activity);
        assertThat(updated.getString("data.summary")).isEqualTo("Renewal planning");

        Map<String, Object> last = api().get("/api/v1/activities/{id}", activity).then().extract().jsonPath()
                .getMap("$");
        api().delete("/api/v1/activities/{id}", activity).then().statusCode(204);
        List<JsonPath> deleted = delivered();
        assertThat(deleted).extracting(b -> b.getString("type")).containsExactly("activity.deleted");
        assertThat(deleted.get(0).getMap("data")).as("the activity as it was last returned").isEqualTo(last);
    }

    @Test
    void aQbrSentAnsweredAndItsFollowUpJudgedArriveWithTheQbrAsTheApiReturnsIt() {
        subscribe("qbr.sent", "qbr.answered", "qbr.follow_up_judged");
        String account = Fixtures.account(Map.of());
        String first = Surveys.schedule(account);
        Surveys.invite(first);
        JsonPath sent = assertOneEvent("qbr.sent", "/api/v1/qbrs/{id}", first);
        assertThat(sent.getString("data.status")).isEqualTo("SENT");

        api().body(Surveys.answers("C", "C", "C", "C", 3)).post("/api/v1/qbrs/{id}/responses", first).then()
                .statusCode(201);
        JsonPath answered = assertOneEvent("qbr.answered", "/api/v1/qbrs/{id}", first);
        assertThat(answered.getString("data.status")).isEqualTo("ANSWERED");
        assertThat(answered.getBoolean("data.failing")).isTrue();

        api().body(Map.of("targetGrade", "B-", "targetDate", LocalDate.now(ZoneOffset.UTC).plusDays(30).toString()))
                .put("/api/v1/qbrs/{id}/follow-up", first).then().statusCode(200);
        assertThat(delivered()).as("setting a follow-up is none of these events").isEmpty();

        // The next QBR's passing answer judges the first one's follow-up MET: two events, one per QBR.
        String next = Surveys.answered(account, "B", "B", "B-", "B-", 8);
        List<JsonPath> both = delivered();
        assertThat(both).extracting(b -> b.getString("type") + " " + b.getString("data.id"))
                .containsExactlyInAnyOrder("qbr.answered " + next, "qbr.follow_up_judged " + first);
        JsonPath judged = both.stream().filter(b -> b.getString("type").equals("qbr.follow_up_judged")).findFirst()
                .orElseThrow();
        assertThat(judged.getString("data.followUp.status")).isEqualTo("MET");
        assertThat(judged.getString("data.followUp.judgedByQbrId")).isEqualTo(next);
        for (JsonPath event : both) {
            String id = event.getString("data.id");
            assertThat(event.getMap("data")).as(event.getString("type"))
                    .isEqualTo(api().get("/api/v1/qbrs/{id}", id).then().extract().jsonPath().getMap("$"));
        }
    }

    @Test
    void aRevenueAlertRaisedAndResolvedArriveWithTheAlertAsTheApiReturnsIt() {
        subscribe("revenue_alert.raised", "revenue_alert.resolved");
        String account = Fixtures.account(Fixtures.accountManager(), "KEY");
        String product = RevenueLines.product(em, Fixtures.unique("Widget"));
        RevenueLines.series(em, account, product, RevenueLines.latestCompleteMonth(), 5, 5, 5, 5, 5, 5, 5, 5, 5, 5,
                0, 0);
        Set<UUID> touched = Set.of(UUID.fromString(account));
        QuarkusTransaction.requiringNew().run(() -> ingested.fire(new RevenueIngested(touched)));
        detection.drainQueue();
        // The series also drops in volume: every alert the detection raised arrives, each as the API returns it.
        List<String> alerts = api().queryParam("accountId", account).get("/api/v1/revenue-alerts").then()
                .statusCode(200).extract().jsonPath().getList("items.id", String.class);
        List<JsonPath> raised = delivered();
        assertThat(raised).extracting(b -> b.getString("type") + " " + b.getString("data.id"))
                .containsExactlyInAnyOrderElementsOf(alerts.stream().map(id -> "revenue_alert.raised " + id).toList());
        for (JsonPath event : raised) {
            assertThat(event.getMap("data")).isEqualTo(api().get("/api/v1/revenue-alerts/{id}",
                    event.getString("data.id")).then().extract().jsonPath().getMap("$"));
            assertThat(event.getString("data.status")).isEqualTo("NEW");
            assertThat(event.getString("actor.type")).as("detection is the system's").isEqualTo("SYSTEM");
        }
        String alert = api().queryParam("accountId", account).queryParam("rule", "STOPPED_BUYING")
                .get("/api/v1/revenue-alerts").then().statusCode(200).extract().path("items[0].id");

        api().contentType(PATCH).body(Map.of("status", "ACKNOWLEDGED")).patch("/api/v1/revenue-alerts/{id}", alert)
                .then().statusCode(200);
        assertThat(delivered()).as("acknowledging is neither raising nor resolving").isEmpty();

        Map<String, Object> resolve = Map.of("status", "RESOLVED", "cause", "SEASONAL", "resolutionNote",
                "They moved the budget to next year.");
        api().contentType(PATCH).body(resolve).patch("/api/v1/revenue-alerts/{id}", alert).then().statusCode(200);
        JsonPath resolved = assertOneEvent("revenue_alert.resolved", "/api/v1/revenue-alerts/{id}", alert);
        assertThat(resolved.getString("data.status")).isEqualTo("RESOLVED");
        assertThat(resolved.getString("data.cause")).isEqualTo("SEASONAL");
        assertThat(resolved.getString("actor.type")).isEqualTo("API_TOKEN");
    }
}
