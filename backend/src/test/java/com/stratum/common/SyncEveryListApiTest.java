package com.stratum.common;

import static com.stratum.support.Api.api;
import static com.stratum.support.Fixtures.account;
import static com.stratum.support.Fixtures.accountManager;
import static com.stratum.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.notNullValue;

import com.stratum.support.Fixtures;
import com.stratum.support.People;
import com.stratum.support.TestClock;
import com.stratum.support.WebhookReceiver;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * updatedAfter on the lists beyond SyncApiTest's (V37 and the account-scoped ones): each lists what changed after the
 * instant and the next run from Stratum-Synced-Through nothing more; a row changed while a client pages is listed
 * again with its latest version; deleted webhooks and revoked tokens reach the deletions feed.
 */
@QuarkusTest
class SyncEveryListApiTest {
    private static final String PATCH = "application/merge-patch+json";

    @Inject
    TestClock clock;
    @Inject
    Sync sync;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void settle() {
        clock.advance(sync.settle().plusSeconds(1));
    }

    /** One run, two rows a page: the versions last seen per id (id order of first sighting) and how often each came. */
    private record Run(Map<String, Integer> versions, Map<String, Integer> sightings, String through, int pages) {
    }

    private static Run run(Function<RequestSpecification, RequestSpecification> filter, String path, Instant after,
            Runnable betweenFirstPages) {
        Map<String, Integer> versions = new LinkedHashMap<>();
        Map<String, Integer> sightings = new HashMap<>();
        String cursor = null;
        String through;
        int pages = 0;
        Instant last = null;
        do {
            RequestSpecification request = filter.apply(api()).queryParam("updatedAfter", after.toString())
                    .queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get(path);
            page.then().statusCode(200).header(Sync.HEADER, notNullValue());
            through = page.header(Sync.HEADER);
            List<Map<String, Object>> items = page.path("items");
            for (Map<String, Object> item : items) {
                String id = (String) (item.containsKey("id") ? item.get("id") : item.get("contractId"));
                if (item.get("updatedAt") != null) {
                    Instant updatedAt = Instant.parse((String) item.get("updatedAt"));
                    assertThat(updatedAt).as("%s in updatedAt order", path)
                            .isAfterOrEqualTo(last == null ? after : last).isAfter(after)
                            .isBeforeOrEqualTo(Instant.parse(through));
                    last = updatedAt;
                }
                versions.put(id, item.get("version") == null ? 0 : ((Number) item.get("version")).intValue());
                sightings.merge(id, 1, Integer::sum);
            }
            cursor = page.path("nextCursor");
            if (pages++ == 0 && betweenFirstPages != null) {
                betweenFirstPages.run();
            }
        } while (cursor != null);
        return new Run(versions, sightings, through, pages);
    }

    @Test
    void eachListHoldsWhatChangedAfterTheInstantAndTheNextRunNothingMore() {
        Instant start = Instant.now(clock).minusSeconds(1);
        String owner = accountManager();
        String accountId = account(Map.of("ownerId", owner));
        String unit = People.unit(accountId);
        String contact = People.contact(accountId, Map.of());
        String activity = api().body(Map.of("type", "CALL", "occurredAt", Instant.now().minusSeconds(60).toString(),
                "summary", "Sync call")).post("/api/v1/accounts/{id}/activities", accountId).then().statusCode(201)
                .extract().path("id");
        LocalDate end = LocalDate.now(ZoneOffset.UTC).plusDays(60);
        String contract = api().body(Map.of("startDate", end.minusYears(1).plusDays(1).toString(), "endDate",
                end.toString(), "annualValue", 1000, "autoRenew", true, "noticeDays", 30))
                .post("/api/v1/accounts/{id}/contracts", accountId).then().statusCode(201).extract().path("id");
        String event = api().body(Map.of("type", "FUNDING_ROUND", "occurredOn",
                LocalDate.now(ZoneOffset.UTC).minusDays(3).toString(), "description", "Series C"))
                .post("/api/v1/accounts/{id}/events", accountId).then().statusCode(201).extract().path("id");
        settle();

        Map<String, String> lists = new LinkedHashMap<>();
        lists.put("/api/v1/users", owner);
        lists.put("/api/v1/accounts/" + accountId + "/business-units", unit);
        lists.put("/api/v1/accounts/" + accountId + "/contacts", contact);
        lists.put("/api/v1/accounts/" + accountId + "/activities", activity);
        lists.put("/api/v1/accounts/" + accountId + "/contracts", contract);
        lists.put("/api/v1/accounts/" + accountId + "/events", event);
        lists.put("/api/v1/events", event);
        lists.forEach((path, id) -> {
            Run first = run(r -> r, path, start, null);
            assertThat(first.versions()).as(path).containsKey(id);
            assertThat(run(r -> r, path, Instant.parse(first.through()), null).versions()).as(path + " next run")
                    .doesNotContainKey(id);
        });
        assertThat(run(r -> r.queryParam("ownerId", owner), "/api/v1/renewals", start, null).versions().keySet())
                .as("renewals: the new contract's").containsExactly(contract);
    }

    @Test
    void usersAndEventsChangedWhileAClientPagesAreListedAgainWithTheirLatestVersion() {
        Instant start = Instant.now(clock).minusSeconds(1);
        String prefix = unique("Synced");
        List<String> users = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            users.add(api().body(Map.of("name", prefix + " " + i, "email", (prefix + i).toLowerCase()
                    + "@test.example", "role", "VIEWER")).post("/api/v1/users").then().statusCode(201).extract()
                    .path("id"));
        }
        String accountId = account(Map.of());
        List<String> events = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            events.add(api().body(Map.of("type", "FUNDING_ROUND", "occurredOn", LocalDate.now(ZoneOffset.UTC)
                    .minusDays(i + 1).toString(), "description", "Round " + i))
                    .post("/api/v1/accounts/{id}/events", accountId).then().statusCode(201).extract().path("id"));
        }
        settle();

        List<String> changedUsers = new ArrayList<>();
        Run userRun = run(r -> r.queryParam("q", prefix), "/api/v1/users", start, () -> {
            String seen = api().queryParam("q", prefix).queryParam("updatedAfter", start.toString())
                    .queryParam("limit", 2).get("/api/v1/users").path("items[0].id");
            String last = users.get(users.size() - 1);
            for (String id : List.of(seen, last)) {
                api().contentType(PATCH).body(Map.of("role", "MANAGER")).patch("/api/v1/users/{id}", id).then()
                        .statusCode(200);
            }
            changedUsers.addAll(List.of(seen, last));
            settle();
        });
        assertThat(userRun.pages()).isGreaterThan(2);
        assertThat(userRun.versions().keySet()).containsExactlyInAnyOrderElementsOf(users);
        assertThat(userRun.sightings().get(changedUsers.get(0))).as("changed after it was listed").isEqualTo(2);
        for (String id : users) {
            int version = api().get("/api/v1/users/{id}", id).then().extract().path("version");
            assertThat(userRun.versions().get(id)).as("the latest state of " + id).isEqualTo(version);
        }

        String[] changedEvent = new String[1];
        Run eventRun = run(r -> r.queryParam("accountId", accountId), "/api/v1/events", start, () -> {
            changedEvent[0] = api().queryParam("accountId", accountId).queryParam("updatedAfter", start.toString())
                    .queryParam("limit", 2).get("/api/v1/events").path("items[0].id");
            api().contentType(PATCH).body(Map.of("description", "Series C, closed"))
                    .patch("/api/v1/events/{id}", changedEvent[0]).then().statusCode(200);
            settle();
        });
        assertThat(eventRun.versions().keySet()).containsExactlyInAnyOrderElementsOf(events);
        assertThat(eventRun.sightings().get(changedEvent[0])).isEqualTo(2);
        assertThat(eventRun.versions().get(changedEvent[0])).isEqualTo(
                api().get("/api/v1/events/{id}", changedEvent[0]).then().extract().<Integer>path("version"));
    }

    /**
     * The lists that came after V37: account plans, competitors, offering gaps and data imports. Each lists what
     * changed after the instant and the next run nothing more; what a row shows of other rows moves it (a plan's
     * objective count, a competitor's usage, a gap's competitor name); a deleted gap and competitor reach the
     * deletions feed.
     */
    @Test
    void plansCompetitorsOfferingGapsAndImportsSyncAndTheirDeletionsAreListed() {
        Instant start = Instant.now(clock).minusSeconds(1);
        String accountId = account(Map.of());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String plan = api().body(com.stratum.plan.PlanApiTestAccess.plan(today, today.plusDays(90), "DRAFT"))
                .post("/api/v1/accounts/{id}/plans", accountId).then().statusCode(201).extract().path("id");
        String competitor = api().body(Map.of("name", unique("Sync rival"))).post("/api/v1/competitors").then()
                .statusCode(201).extract().path("id");
        Instant unused = Instant.parse(api().get("/api/v1/competitors/{id}", competitor).path("updatedAt"));
        String gap = api().body(Map.of("competitorId", competitor, "offering", unique("Sync offering"), "accountIds",
                List.of(accountId))).post("/api/v1/offering-gaps").then().statusCode(201).extract().path("id");
        String imported = api().contentType("text/csv").queryParam("kind", "ACCOUNTS")
                .queryParam("fileName", "sync.csv").body("Name,Industry\n" + unique("Imported") + ",Retail\n")
                .post("/api/v1/imports").then().statusCode(201).extract().path("id");
        settle();

        Map<String, String> lists = new LinkedHashMap<>();
        lists.put("/api/v1/accounts/" + accountId + "/plans", plan);
        lists.put("/api/v1/competitors", competitor);
        lists.put("/api/v1/offering-gaps", gap);
        lists.put("/api/v1/imports", imported);
        lists.forEach((path, id) -> {
            Run first = run(r -> r, path, start, null);
            assertThat(first.versions()).as(path).containsKey(id);
            assertThat(run(r -> r, path, Instant.parse(first.through()), null).versions()).as(path + " next run")
                    .doesNotContainKey(id);
        });
        api().queryParam("updatedAfter", start.toString()).queryParam("sort", "periodStart")
                .get("/api/v1/accounts/{id}/plans", accountId).then().statusCode(400);

        // What a row shows of others moves it: the gap made the competitor used, an objective changes the plan's
        // count, a new name changes the gap. (The database stamps these; the test clock is ahead of it.)
        assertThat(Instant.parse(api().get("/api/v1/competitors/{id}", competitor).path("updatedAt")))
                .as("the gap names the competitor").isAfter(unused);
        Instant planBefore = Instant.parse(api().get("/api/v1/plans/{id}", plan).path("updatedAt"));
        api().body(com.stratum.plan.PlanApiTestAccess.objective("Adoption", 10, 20, today.plusDays(60)))
                .post("/api/v1/plans/{id}/objectives", plan).then().statusCode(201);
        assertThat(Instant.parse(api().get("/api/v1/plans/{id}", plan).path("updatedAt"))).isAfter(planBefore);
        Instant gapBefore = Instant.parse(api().get("/api/v1/offering-gaps/{id}", gap).path("updatedAt"));
        api().contentType(PATCH).body(Map.of("name", unique("Renamed rival"))).patch("/api/v1/competitors/{id}",
                competitor).then().statusCode(200);
        assertThat(Instant.parse(api().get("/api/v1/offering-gaps/{id}", gap).path("updatedAt"))).isAfter(gapBefore);

        int gapVersion = api().get("/api/v1/offering-gaps/{id}", gap).path("version");
        api().header("If-Match", "\"" + gapVersion + "\"").delete("/api/v1/offering-gaps/{id}", gap).then()
                .statusCode(204);
        int competitorVersion = api().get("/api/v1/competitors/{id}", competitor).path("version");
        api().header("If-Match", "\"" + competitorVersion + "\"").delete("/api/v1/competitors/{id}", competitor)
                .then().statusCode(204);
        settle();
        api().queryParam("type", "OFFERING_GAP").queryParam("updatedAfter", start.toString())
                .get("/api/v1/deletions").then().statusCode(200).body("items.recordId", org.hamcrest.Matchers.hasItem(gap));
        api().queryParam("type", "COMPETITOR").queryParam("updatedAfter", start.toString())
                .get("/api/v1/deletions").then().statusCode(200)
                .body("items.recordId", org.hamcrest.Matchers.hasItem(competitor));
    }

    @Test
    void aDeletedWebhookAndARevokedTokenAreListedAsDeletions() throws Exception {
        Instant start = Instant.now(clock).minusSeconds(1);
        String webhook;
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            webhook = api().body(Map.of("name", unique("Hook"), "url", receiver.url(), "eventTypes",
                    List.of("account.created"))).post("/api/v1/webhooks").then().statusCode(201).extract()
                    .path("webhook.id");
        }
        api().delete("/api/v1/webhooks/{id}", webhook).then().statusCode(204);
        String token = api().body(Map.of("name", unique("Token"), "scopes", List.of("accounts:read")))
                .post("/api/v1/api-tokens").then().statusCode(201).extract().path("apiToken.id");
        api().delete("/api/v1/api-tokens/{id}", token).then().statusCode(204);
        settle();
        api().queryParam("type", "WEBHOOK").queryParam("updatedAfter", start.toString()).get("/api/v1/deletions")
                .then().statusCode(200).body("items.recordId", org.hamcrest.Matchers.hasItem(webhook));
        api().queryParam("type", "API_TOKEN").queryParam("updatedAfter", start.toString()).get("/api/v1/deletions")
                .then().statusCode(200).body("items.recordId", org.hamcrest.Matchers.hasItem(token));
        String readOnly = Fixtures.token("ADMIN", List.of("accounts:read"));
        com.stratum.support.Api.withToken(readOnly).queryParam("type", "WEBHOOK")
                .queryParam("updatedAfter", start.toString()).get("/api/v1/deletions").then().statusCode(403);
    }
}
