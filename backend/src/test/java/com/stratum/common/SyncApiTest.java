package com.stratum.common;

import static com.stratum.support.Api.api;
import static com.stratum.support.Fixtures.account;
import static com.stratum.support.Fixtures.accountManager;
import static com.stratum.support.Fixtures.opportunity;
import static com.stratum.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.stratum.support.People;
import com.stratum.support.Surveys;
import com.stratum.support.TestClock;
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
 * Sync on lists (updatedAfter): rows changed while a client pages move forward and are listed again, so every
 * row's latest state is seen; a change is listed once it is older than the settle window, and the
 * Stratum-Synced-Through header says where the next run starts.
 */
@QuarkusTest
class SyncApiTest {
    @Inject
    TestClock clock;
    @Inject
    Sync sync;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** Lets the settle window pass, as a client's next run would after it. */
    private void settle() {
        clock.advance(sync.settle().plusSeconds(1));
    }

    private Instant now() {
        return Instant.now(clock);
    }

    private static Map<String, Object> merge(Map<String, Object> patch) {
        return patch;
    }

    private static void patchAccount(String id, Map<String, Object> patch) {
        api().contentType("application/merge-patch+json").body(merge(patch)).patch("/api/v1/accounts/{id}", id)
                .then().statusCode(200);
    }

    /** One sync run: every page from updatedAfter; returns the versions last seen per id, counting sightings. */
    private record Run(Map<String, Integer> versions, Map<String, Integer> sightings, Map<String, Boolean> archived,
            String through, int pages) {
    }

    private Run run(Function<RequestSpecification, RequestSpecification> filter, String path, Instant after,
            Runnable betweenFirstPages) {
        Map<String, Integer> versions = new LinkedHashMap<>();
        Map<String, Integer> sightings = new HashMap<>();
        Map<String, Boolean> archived = new HashMap<>();
        String cursor = null;
        String through = null;
        int pages = 0;
        String lastUpdatedAt = null;
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
                String id = (String) item.get("id");
                String updatedAt = (String) item.get("updatedAt");
                if (lastUpdatedAt != null) {
                    assertThat(Instant.parse(updatedAt)).as("listed in updatedAt order")
                            .isAfterOrEqualTo(Instant.parse(lastUpdatedAt));
                }
                lastUpdatedAt = updatedAt;
                assertThat(Instant.parse(updatedAt)).isAfter(after).isBeforeOrEqualTo(Instant.parse(through));
                versions.put(id, ((Number) item.get("version")).intValue());
                sightings.merge(id, 1, Integer::sum);
                if (item.containsKey("archived")) {
                    archived.put(id, (Boolean) item.get("archived"));
                }
            }
            cursor = page.path("nextCursor");
            if (pages++ == 0 && betweenFirstPages != null) {
                betweenFirstPages.run();
            }
        } while (cursor != null);
        return new Run(versions, sightings, archived, through, pages);
    }

    @Test
    void rowsChangedWhileAClientPagesAreListedAgainAndEveryLatestStateIsSeen() {
        String industry = unique("Sync");
        Instant start = now().minusSeconds(1);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ids.add(account(Map.of("industry", industry)));
        }
        settle();
        Function<RequestSpecification, RequestSpecification> ours = r -> r.queryParam("industry", industry);
        List<String> changed = new ArrayList<>();
        Run first = run(ours, "/api/v1/accounts", start, () -> {
            // After the first page: change a row already listed, one not yet listed, and archive a third, all
            // in the order the pages read them (the first page's rows and the last account created).
            List<String> listed = api().queryParam("industry", industry).queryParam("updatedAfter", start.toString())
                    .queryParam("limit", 2).get("/api/v1/accounts").path("items.id");
            String seen = listed.get(0);
            String later = ids.stream().filter(id -> !listed.contains(id)).findFirst().orElseThrow();
            String archivedLater = ids.stream().filter(id -> !listed.contains(id) && !id.equals(later))
                    .reduce((a, b) -> b).orElseThrow();
            patchAccount(seen, Map.of("territory", "Changed while paging"));
            patchAccount(later, Map.of("territory", "Changed before it was listed"));
            api().delete("/api/v1/accounts/{id}", archivedLater).then().statusCode(204);
            changed.addAll(List.of(seen, later, archivedLater));
            settle();
        });
        assertThat(first.pages()).isGreaterThan(2);
        assertThat(first.versions().keySet()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(first.sightings().get(changed.get(0))).as("changed after it was listed: listed again").isEqualTo(2);
        assertThat(first.archived().get(changed.get(2))).as("an archived account is listed with its state").isTrue();

        // Changes after the run are what the next run, from the header's instant, lists: nothing else.
        patchAccount(ids.get(3), Map.of("territory", "Changed between runs"));
        settle();
        Run second = run(ours, "/api/v1/accounts", Instant.parse(first.through()), null);
        assertThat(second.versions().keySet()).containsExactly(ids.get(3));

        Map<String, Integer> latest = new HashMap<>(first.versions());
        latest.putAll(second.versions());
        for (String id : ids) {
            int version = api().get("/api/v1/accounts/{id}", id).then().statusCode(200).extract().path("version");
            assertThat(latest.get(id)).as("the latest state of " + id + " was seen").isEqualTo(version);
        }
    }

    @Test
    void aChangeIsListedOnlyOnceTheSettleWindowHasPassed() {
        String industry = unique("Settle");
        Instant start = now().minusSeconds(1);
        String id = account(Map.of("industry", industry));
        Response fresh = api().queryParam("industry", industry).queryParam("updatedAfter", start.toString())
                .get("/api/v1/accounts");
        fresh.then().statusCode(200).body("items.size()", equalTo(0));
        // Nothing has settled after start yet: the next run starts where this one did.
        assertThat(Instant.parse(fresh.header(Sync.HEADER))).isEqualTo(start);
        settle();
        Response settled = api().queryParam("industry", industry).queryParam("updatedAfter", start.toString())
                .get("/api/v1/accounts");
        settled.then().statusCode(200).body("items.id", org.hamcrest.Matchers.contains(id));
        assertThat(Instant.parse(settled.header(Sync.HEADER))).isBetween(now().minus(sync.settle()).minusSeconds(5),
                now().minus(sync.settle()));
    }

    @Test
    void theSyncedListsListWhatChangedAfterTheInstant() {
        String owner = accountManager();
        String accountId = account(Map.of("ownerId", owner));
        Instant start = now().minusSeconds(1);
        String before = People.contact(accountId, Map.of("name", unique("Before")));
        settle();
        Instant after = now().minusSeconds(1);
        String contact = People.contact(accountId, Map.of("name", unique("After")));
        String opportunityId = opportunity(accountId, "UPSELL", 1000, "2031-01-31");
        String qbr = Surveys.schedule(accountId);
        String activity = api().body(Map.of("type", "CALL", "occurredAt", now().minusSeconds(60).toString(),
                "summary", "Sync call")).post("/api/v1/accounts/{id}/activities", accountId).then().statusCode(201)
                .extract().path("id");
        String task = api().body(Map.of("title", unique("Sync task"), "accountId", accountId, "assigneeId", owner,
                "dueDate", LocalDate.now(ZoneOffset.UTC).plusDays(3).toString())).post("/api/v1/tasks").then()
                .statusCode(201).extract().path("id");
        String product = api().body(Map.of("sku", unique("SYNC"), "name", "Synced", "family", "F", "recurring",
                true)).post("/api/v1/products").then().statusCode(201).extract().path("id");
        settle();
        assertThat(start).isBefore(after);
        Map<String, String> lists = Map.of("/api/v1/contacts", contact, "/api/v1/opportunities", opportunityId,
                "/api/v1/qbrs", qbr, "/api/v1/activities", activity, "/api/v1/tasks", task, "/api/v1/products",
                product);
        lists.forEach((path, id) -> {
            Run listed = run(r -> r, path, after, null);
            assertThat(listed.versions()).as(path).containsKey(id);
            assertThat(listed.versions()).as(path).doesNotContainKey(before);
        });
        assertThat(run(r -> r.queryParam("accountId", accountId), "/api/v1/contacts", start, null).versions())
                .containsKeys(before, contact);
    }

    @Test
    void aSyncReadsInUpdatedAtOrderOnly() {
        api().queryParam("updatedAfter", "2026-01-01T00:00:00Z").queryParam("sort", "name").get("/api/v1/accounts")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("updatedAt"));
        api().queryParam("updatedAfter", "yesterday").get("/api/v1/tasks").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("updatedAfter"));
        api().queryParam("updatedAfter", "2026-01-01T00:00:00Z").queryParam("sort", "updatedAt")
                .get("/api/v1/opportunities").then().statusCode(200);
    }

    @Test
    void deletedRecordsAreListedForSyncWithTheReadScopeOfTheirType() {
        String accountId = account(Map.of());
        Instant start = now().minusSeconds(1);
        String contact = People.contact(accountId, Map.of());
        String kept = People.contact(accountId, Map.of());
        api().delete("/api/v1/contacts/{id}", contact).then().statusCode(204);
        Response fresh = api().queryParam("type", "CONTACT").queryParam("updatedAfter", start.toString())
                .get("/api/v1/deletions");
        fresh.then().statusCode(200).body("items.recordId", org.hamcrest.Matchers.not(
                org.hamcrest.Matchers.hasItem(contact)));
        settle();
        Response deleted = api().queryParam("type", "CONTACT").queryParam("updatedAfter", start.toString())
                .get("/api/v1/deletions");
        deleted.then().statusCode(200).header(Sync.HEADER, notNullValue())
                .body("items.find { it.recordId == '" + contact + "' }.accountId", equalTo(accountId))
                .body("items.find { it.recordId == '" + contact + "' }.type", equalTo("CONTACT"))
                .body("items.recordId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(kept)));
        api().queryParam("type", "ACTIVITY").queryParam("updatedAfter", start.toString()).get("/api/v1/deletions")
                .then().statusCode(200).body("items.recordId", org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.hasItem(contact)));
        // The next run, from the header's instant, has nothing more.
        api().queryParam("type", "CONTACT").queryParam("updatedAfter", deleted.header(Sync.HEADER))
                .get("/api/v1/deletions").then().statusCode(200).body("items.size()", equalTo(0));

        String accountsOnly = com.stratum.support.Fixtures.token("ADMIN", List.of("accounts:read"));
        com.stratum.support.Api.withToken(accountsOnly).queryParam("type", "CONTACT")
                .queryParam("updatedAfter", start.toString()).get("/api/v1/deletions").then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("contacts:read"));
        com.stratum.support.Api.withToken(accountsOnly).queryParam("type", "ACCOUNT")
                .queryParam("updatedAfter", start.toString()).get("/api/v1/deletions").then().statusCode(200);
        api().queryParam("updatedAfter", start.toString()).get("/api/v1/deletions").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("type"));
        api().queryParam("type", "PLANET").queryParam("updatedAfter", start.toString()).get("/api/v1/deletions")
                .then().statusCode(400).contentType("application/problem+json");
        api().queryParam("type", "CONTACT").get("/api/v1/deletions").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("updatedAfter"));
    }
}
