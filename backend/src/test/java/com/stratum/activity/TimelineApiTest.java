package com.stratum.activity;

import static com.stratum.activity.ActivityApiTest.ago;
import static com.stratum.activity.ActivityApiTest.log;
import static com.stratum.support.Api.api;
import static com.stratum.support.Fixtures.account;
import static com.stratum.support.Fixtures.accountManager;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.isOneOf;

import com.stratum.support.Fixtures;
import com.stratum.support.Surveys;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TimelineApiTest {
    @Inject
    EntityManager em;

    private static JsonPath timeline(String accountId, Map<String, Object> params) {
        return api().queryParams(params).get("/api/v1/accounts/{id}/timeline", accountId).then().statusCode(200)
                .extract().jsonPath();
    }

    /** Every entry of the account's timeline, read page by page with the given page size. */
    private static List<Map<String, Object>> readAll(String accountId, int limit, List<String> kinds) {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Map<String, Object> params = new HashMap<>();
            params.put("limit", limit);
            if (!kinds.isEmpty()) {
                params.put("kind", kinds);
            }
            if (cursor != null) {
                params.put("cursor", cursor);
            }
            JsonPath page = timeline(accountId, params);
            List<Map<String, Object>> items = page.getList("items");
            assertThat(items.size()).isLessThanOrEqualTo(limit);
            all.addAll(items);
            cursor = page.getString("nextCursor");
            assertThat(++pages).as("pages").isLessThan(500);
        } while (cursor != null);
        return all;
    }

    private static void assertNewestFirst(List<Map<String, Object>> entries) {
        for (int i = 1; i < entries.size(); i++) {
            Instant before = Instant.parse((String) entries.get(i - 1).get("at"));
            Instant after = Instant.parse((String) entries.get(i).get("at"));
            assertThat(after).as("entry %d", i).isBeforeOrEqualTo(before);
            if (after.equals(before)) { // ties: the id, descending
                assertThat(((String) entries.get(i).get("id")).compareTo((String) entries.get(i - 1).get("id")))
                        .isNegative();
            }
        }
    }

    @Test
    void theTimelineMergesEverySourceNewestFirstAndPagesWithoutGapsOrDuplicates() {
        String owner = accountManager();
        String accountId = account(owner, "STANDARD"); // tier and owner set: two entries
        String contact = com.stratum.support.People.contact(accountId, Map.of());
        String call = log(accountId, ago(30), List.of(contact));
        String opportunity = Fixtures.opportunity(accountId, "UPSELL", 2000, "2031-01-31"); // created: a stage change
        Fixtures.moveStage(opportunity, "QUALIFIED");
        String failing = Surveys.schedule(accountId);
        Surveys.invite(failing);
        api().body(Surveys.answers("C", "C", "D", "C", 4)).post("/api/v1/qbrs/{id}/responses", failing).then()
                .statusCode(201);
        api().body(Map.of("targetGrade", "B-", "targetDate", LocalDate.now(ZoneOffset.UTC).plusDays(30).toString(),
                "actions", List.of("Bring two growth ideas"))).put("/api/v1/qbrs/{id}/follow-up", failing).then()
                .statusCode(200);
        Surveys.answered(accountId, "A", "A", "B", "A", 9); // judges the follow-up: MET
        api().body(Fixtures.tierChange("KEY", "Grew")).put("/api/v1/accounts/{id}/tier", accountId).then()
                .statusCode(200);
        String handoff = api().body(Map.of("toUserId", accountManager())).post("/api/v1/accounts/{id}/handoffs",
                accountId).then().statusCode(201).extract().path("id");
        api().post("/api/v1/handoffs/{id}/cancel", handoff).then().statusCode(200);
        String event = api().body(Map.of("type", "FUNDING_ROUND", "occurredOn", LocalDate.now(ZoneOffset.UTC)
                .minusDays(2).toString(), "description", "Series B")).post("/api/v1/accounts/{id}/events", accountId)
                .then().statusCode(201).extract().path("id");
        api().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(Map.of("status", "REVIEWED")).patch("/api/v1/events/{id}", event).then().statusCode(200);
        String task = api().body(Map.of("title", "Send the proposal", "accountId", accountId, "assigneeId", owner,
                "dueDate", LocalDate.now(ZoneOffset.UTC).toString())).post("/api/v1/tasks").then().statusCode(201)
                .extract().path("id");
        api().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(Map.of("status", "DONE")).patch("/api/v1/tasks/{id}", task).then().statusCode(200);

        List<Map<String, Object>> all = readAll(accountId, 200, List.of());
        assertNewestFirst(all);
        assertThat(all.stream().map(e -> e.get("kind")).distinct()).containsExactlyInAnyOrderElementsOf(
                TimelineKind.ALL);
        assertThat(all.stream().map(e -> e.get("kind") + " " + e.get("event")).toList()).contains(
                "ACTIVITY CALL", "QBR SCHEDULED", "QBR SENT", "QBR ANSWERED", "FOLLOW_UP SET", "FOLLOW_UP MET",
                "STAGE_CHANGE IDENTIFIED", "STAGE_CHANGE QUALIFIED", "TIER_CHANGE KEY", "TIER_CHANGE STANDARD",
                "HANDOFF STARTED", "HANDOFF CANCELLED", "OWNER_CHANGE CHANGED", "EVENT RECORDED", "EVENT REVIEWED",
                "TASK DONE");
        assertThat(all.stream().filter(e -> "TASK".equals(e.get("kind"))).map(e -> e.get("title")))
                .containsExactly("Task done: Send the proposal");
        // The oldest is the activity logged 30 days back; it names its contact.
        Map<String, Object> last = all.get(all.size() - 1);
        assertThat(last.get("id")).isEqualTo(call);
        assertThat(last.get("refType")).isEqualTo("ACTIVITY");
        assertThat(((Map<?, ?>) last.get("detail")).get("contacts").toString()).contains(contact);
        Map<String, Object> answered = all.stream().filter(e -> "ANSWERED".equals(e.get("event"))
                && Boolean.TRUE.equals(((Map<?, ?>) e.get("detail")).get("failing"))).findFirst().orElseThrow();
        assertThat(answered.get("title")).isEqualTo("QBR answered: grade C- (failing)");
        assertThat(answered.get("refId")).isEqualTo(failing);

        // Paged by one, two and three: the same entries in the same order.
        for (int limit : List.of(1, 2, 3)) {
            assertThat(readAll(accountId, limit, List.of())).as("pages of %d", limit).isEqualTo(all);
        }
        api().get("/api/v1/accounts/{id}/timeline", accountId).then().body("total", equalTo(all.size()));

        // Filtered by kind, several at once.
        List<Map<String, Object>> some = readAll(accountId, 2, List.of("ACTIVITY", "tier_change"));
        assertThat(some.stream().map(e -> e.get("kind")).distinct()).containsExactlyInAnyOrder("ACTIVITY",
                "TIER_CHANGE");
        assertThat(some).isEqualTo(all.stream().filter(e -> List.of("ACTIVITY", "TIER_CHANGE")
                .contains(e.get("kind"))).toList());
        api().queryParam("kind", "QBR").get("/api/v1/accounts/{id}/timeline", accountId).then()
                .body("items.kind", everyItem(equalTo("QBR"))).body("items", hasSize(5))
                .body("items.event", everyItem(isOneOf("SCHEDULED", "SENT", "ANSWERED")));
    }

    @Test
    void entriesAtTheSameInstantPageByIdWithoutGapsOrDuplicates() {
        String accountId = account(Map.of());
        String same = ago(5);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ids.add(log(accountId, same, List.of()));
        }
        List<Map<String, Object>> byOne = readAll(accountId, 1, List.of("ACTIVITY"));
        assertThat(byOne.stream().map(e -> (String) e.get("id")).toList())
                .isEqualTo(ids.stream().sorted(java.util.Comparator.reverseOrder()).toList());
        assertThat(readAll(accountId, 3, List.of("ACTIVITY"))).isEqualTo(byOne);
        assertThat(new HashSet<>(byOne.stream().map(e -> e.get("id")).toList())).hasSize(7);
        // A new entry newer than the first page does not shift the pages after it (keyset, not offset).
        JsonPath first = timeline(accountId, Map.of("limit", 3, "kind", "ACTIVITY"));
        log(accountId, ago(1), List.of());
        JsonPath second = timeline(accountId, Map.of("limit", 3, "kind", "ACTIVITY", "cursor",
                first.getString("nextCursor")));
        assertThat(second.getList("items.id")).isEqualTo(byOne.subList(3, 6).stream().map(e -> e.get("id")).toList());
    }

    @Test
    void badTimelineParametersAreRefusedWithA400() {
        String accountId = account(Map.of());
        api().queryParam("kind", "GOSSIP").get("/api/v1/accounts/{id}/timeline", accountId).then().statusCode(400)
                .body("errors[0].field", equalTo("kind"))
                .body("detail", org.hamcrest.Matchers.containsString("ACTIVITY, QBR, FOLLOW_UP"));
        api().queryParam("cursor", "garbage").get("/api/v1/accounts/{id}/timeline", accountId).then()
                .statusCode(400);
        api().queryParam("limit", 201).get("/api/v1/accounts/{id}/timeline", accountId).then().statusCode(400);
        api().get("/api/v1/accounts/{id}/timeline", "00000000-0000-4000-8000-00000000dead").then().statusCode(404);
    }

    @Test
    void everyKindTheApiNamesIsASourceOfTheView() {
        String definition = QuarkusTransaction.requiringNew().call(() -> (String) em
                .createNativeQuery("select pg_get_viewdef('timeline_entry'::regclass)").getSingleResult());
        for (String kind : TimelineKind.ALL) {
            assertThat(definition).as(kind).contains("'" + kind + "'::text");
        }
        assertThat(definition.split("UNION ALL")).hasSize(14); // one SELECT per source event
    }
}
