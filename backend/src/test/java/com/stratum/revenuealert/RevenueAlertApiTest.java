package com.stratum.revenuealert;

import static com.stratum.support.Api.api;
import static com.stratum.support.Fixtures.account;
import static com.stratum.support.Fixtures.accountManager;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.stratum.revenue.RevenueIngested;
import com.stratum.support.Api;
import com.stratum.support.Fixtures;
import com.stratum.support.RevenueLines;
import com.stratum.support.Surveys;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Revenue alerts end to end: detection after an ingest (through the RevenueIngested event) for the accounts it
 * touched, raised once while open even when two checks run at once, the task and the notification, the status
 * changes and their refusals, the thresholds per tier and the revenue at risk.
 */
@QuarkusTest
class RevenueAlertApiTest {
    private static final String SENTENCE = "^[A-Z].*[.]$";
    private static final String PATCH = "application/merge-patch+json";
    private static final YearMonth LATEST = RevenueLines.latestCompleteMonth();

    @Inject
    EntityManager em;
    @Inject
    Event<RevenueIngested> ingested;
    @Inject
    AlertDetection detection;

    /** An account of {@code ownerId} whose product was bought monthly for 10 months and not in the last 2. */
    private String stoppedBuying(String accountId) {
        return stoppedBuying(accountId, Fixtures.unique("Widget"));
    }

    private String stoppedBuying(String accountId, String productName) {
        String product = RevenueLines.product(em, productName);
        RevenueLines.series(em, accountId, product, LATEST, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 0, 0);
        return product;
    }

    /** As the ingest does: the event inside a transaction. */
    private void ingest(String... accountIds) {
        Set<UUID> ids = new java.util.HashSet<>();
        for (String id : accountIds) {
            ids.add(UUID.fromString(id));
        }
        QuarkusTransaction.requiringNew().run(() -> ingested.fire(new RevenueIngested(ids)));
    }

    private static Response alerts(String accountId, String rule) {
        return api().queryParam("accountId", accountId).queryParam("rule", rule).get("/api/v1/revenue-alerts");
    }

    private String alertOf(String accountId, String rule) {
        return alerts(accountId, rule).then().statusCode(200).body("items", hasSize(1)).extract().path("items[0].id");
    }

    @Test
    void anIngestRaisesAStoppedBuyingAlertWithItsEvidenceTaskAndNotification() {
        Api.Session owner = Fixtures.signedIn("ACCOUNT_MANAGER");
        String accountId = account(owner.userId(), "KEY");
        String productName = Fixtures.unique("Widget");
        String product = stoppedBuying(accountId, productName);
        ingest(accountId);
        detection.drainQueue();

        Response list = alerts(accountId, "STOPPED_BUYING");
        list.then().statusCode(200).body("items", hasSize(1)).body("total", equalTo(1))
                .body("items[0].accountId", equalTo(accountId)).body("items[0].productId", equalTo(product))
                .body("items[0].accountOwnerId", equalTo(owner.userId())).body("items[0].tier", equalTo("KEY"))
                .body("items[0].status", equalTo("NEW")).body("items[0].productSku", startsWith("SKU"))
                .body("items[0].productName", equalTo(productName))
                .body("items[0].evidence.silentMonths", equalTo(2))
                .body("items[0].evidence.monthsBought", equalTo(6))
                .body("items[0].evidence.lastBoughtMonth", equalTo(LATEST.minusMonths(2).atDay(1).toString()))
                .body("items[0].evidence.months", hasSize(8))
                .body("items[0].evidence.summary", matchesPattern(SENTENCE))
                .body("items[0].amountAtRisk", equalTo(500.0f)) // 10 months of 50 in the 12 to the latest
                .body("items[0]", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("lastQbr")));
        String taskId = list.path("items[0].taskId");
        api().get("/api/v1/tasks/{id}", taskId).then().statusCode(200).body("source", equalTo("REVENUE_ALERT"))
                .body("assigneeId", equalTo(owner.userId())).body("accountId", equalTo(accountId))
                .body("status", equalTo("OPEN"));
        owner.request().get("/api/v1/notifications").then().statusCode(200)
                .body("items.kind", hasItem("REVENUE_ALERT"))
                .body("items.find { it.kind == 'REVENUE_ALERT' && it.title.contains('stopped buying') }.link",
                        equalTo("/alerts?accountId=" + accountId));
        // The latest month was nothing either: a volume drop too, on its own task.
        alerts(accountId, "VOLUME_DROP").then().body("items", hasSize(1));
        // Both are on the owner's day.
        owner.request().get("/api/v1/me/day").then().statusCode(200).body("newRevenueAlerts.count", equalTo(2))
                .body("newRevenueAlerts.items.rule", containsInAnyOrder("STOPPED_BUYING", "VOLUME_DROP"))
                .body("newRevenueAlerts.items[0].accountId", equalTo(accountId));
    }

    @Test
    void anAlertIsRaisedOnceWhileOpen() {
        String owner = accountManager();
        String accountId = account(owner, "KEY");
        stoppedBuying(accountId);
        ingest(accountId);
        detection.drainQueue();
        String id = alertOf(accountId, "STOPPED_BUYING");
        ingest(accountId);
        detection.drainQueue();
        api().queryParam("accountId", accountId).get("/api/v1/revenue-alerts").then().statusCode(200)
                .body("items.rule", containsInAnyOrder("STOPPED_BUYING", "VOLUME_DROP"));
        assertThat(tasksOf(accountId)).isEqualTo(2);
        // Acknowledged it is still open: nothing new.
        api().contentType(PATCH).body(Map.of("status", "ACKNOWLEDGED")).patch("/api/v1/revenue-alerts/{id}", id)
                .then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> detection.queue(List.of(UUID.fromString(accountId))));
        detection.drainQueue();
        assertThat(tasksOf(accountId)).isEqualTo(2);
        // Resolved, the same episode (the same last order) is not raised again either.
        api().contentType(PATCH).body(resolve("BUDGET", null)).patch("/api/v1/revenue-alerts/{id}", id).then()
                .statusCode(200);
        ingest(accountId);
        detection.drainQueue();
        alerts(accountId, "STOPPED_BUYING").then().body("items", hasSize(1)).body("items[0].status",
                equalTo("RESOLVED"));
    }

    @Test
    void detectionAfterAnIngestChecksOnlyTheAccountsItTouched() {
        String owner = accountManager();
        String touched = account(owner, "KEY");
        String untouched = account(owner, "KEY");
        stoppedBuying(touched);
        stoppedBuying(untouched);
        ingest(touched);
        detection.drainQueue();
        alerts(touched, "STOPPED_BUYING").then().body("items", hasSize(1));
        api().queryParam("accountId", untouched).get("/api/v1/revenue-alerts").then().body("items", empty());
        // A rolled-back ingest queues nothing.
        QuarkusTransaction.begin();
        ingested.fire(new RevenueIngested(Set.of(UUID.fromString(untouched))));
        QuarkusTransaction.rollback();
        detection.drainQueue();
        api().queryParam("accountId", untouched).get("/api/v1/revenue-alerts").then().body("items", empty());
    }

    @Test
    void twoChecksAtOnceRaiseEachAlertOnce() throws Exception {
        String owner = accountManager();
        String accountId = account(owner, "KEY");
        stoppedBuying(accountId);
        // Two instances draining the queue at once: one claims the account, the other skips it.
        ingest(accountId);
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> await(start, detection::drainQueue));
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> await(start, detection::drainQueue));
        start.countDown();
        first.get(60, TimeUnit.SECONDS);
        second.get(60, TimeUnit.SECONDS);
        // Two checks of the same account at once (the nightly run and an ingest's): the unique index decides.
        List<UUID> ids = List.of(UUID.fromString(accountId));
        CountDownLatch again = new CountDownLatch(1);
        CompletableFuture<Integer> third = CompletableFuture.supplyAsync(() -> await(again, () -> {
            QuarkusTransaction.requiringNew().run(() -> detection.check(ids));
            return 1;
        }));
        CompletableFuture<Integer> fourth = CompletableFuture.supplyAsync(() -> await(again, () -> {
            QuarkusTransaction.requiringNew().run(() -> detection.check(ids));
            return 1;
        }));
        again.countDown();
        third.get(60, TimeUnit.SECONDS);
        fourth.get(60, TimeUnit.SECONDS);
        api().queryParam("accountId", accountId).get("/api/v1/revenue-alerts").then().statusCode(200)
                .body("items.rule", containsInAnyOrder("STOPPED_BUYING", "VOLUME_DROP"));
        assertThat(tasksOf(accountId)).isEqualTo(2);
    }

    private static int await(CountDownLatch start, java.util.function.Supplier<Integer> work) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return work.get();
    }

    private long tasksOf(String accountId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("select count(*) from task"
                        + " where account_id = :id and source = 'REVENUE_ALERT'")
                .setParameter("id", UUID.fromString(accountId)).getSingleResult()).longValue());
    }

    private static Map<String, Object> resolve(String cause, String competitor) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", "RESOLVED");
        body.put("cause", cause);
        body.put("competitor", competitor);
        body.put("resolutionNote", "They moved the budget to next year.");
        return body;
    }

    @Test
    void theOwnerAcknowledgesThenResolvesWithACauseANoteAndTheCompetitor() {
        Api.Session owner = Fixtures.signedIn("ACCOUNT_MANAGER");
        String accountId = account(owner.userId(), "KEY");
        stoppedBuying(accountId);
        ingest(accountId);
        detection.drainQueue();
        String id = alertOf(accountId, "STOPPED_BUYING");

        owner.request().contentType(PATCH).header("If-Match", "\"0\"").body(Map.of("status", "ACKNOWLEDGED"))
                .patch("/api/v1/revenue-alerts/{id}", id).then().statusCode(200).header("ETag", "\"1\"")
                .body("status", equalTo("ACKNOWLEDGED")).body("acknowledgedAt", notNullValue())
                .body("acknowledgedByName", notNullValue());
        // A stale version, going back to NEW, and resolving without what it needs are refused.
        owner.request().contentType(PATCH).header("If-Match", "\"0\"").body(Map.of("status", "RESOLVED"))
                .patch("/api/v1/revenue-alerts/{id}", id).then().statusCode(412);
        owner.request().contentType(PATCH).body(Map.of("status", "NEW")).patch("/api/v1/revenue-alerts/{id}", id)
                .then().statusCode(422).body("errors.field", contains("status"))
                .body("errors[0].message", matchesPattern(SENTENCE));
        owner.request().contentType(PATCH).body(Map.of("status", "RESOLVED")).patch("/api/v1/revenue-alerts/{id}", id)
                .then().statusCode(422).body("errors.field", containsInAnyOrder("cause", "resolutionNote"))
                .body("errors.message", org.hamcrest.Matchers.everyItem(matchesPattern(SENTENCE)));
        owner.request().contentType(PATCH).body(resolve("COMPETITOR", null)).patch("/api/v1/revenue-alerts/{id}", id)
                .then().statusCode(422).body("errors.field", contains("competitor"));
        owner.request().contentType(PATCH).body(resolve("PRICE", "Globex")).patch("/api/v1/revenue-alerts/{id}", id)
                .then().statusCode(422).body("errors.field", contains("competitor"));
        Map<String, Object> longNote = resolve("COMPETITOR", "x".repeat(201));
        longNote.put("resolutionNote", "x".repeat(2001));
        owner.request().contentType(PATCH).body(longNote).patch("/api/v1/revenue-alerts/{id}", id).then()
                .statusCode(422).body("errors.field", containsInAnyOrder("competitor", "resolutionNote"))
                .body("errors.message", org.hamcrest.Matchers.everyItem(matchesPattern(SENTENCE)));
        owner.request().contentType(PATCH).body(Map.of("cause", "PRICE")).patch("/api/v1/revenue-alerts/{id}", id)
                .then().statusCode(422).body("errors.field", contains("cause"));
        owner.request().contentType(PATCH).body(Map.of("rule", "VOLUME_DROP", "colour", "red"))
                .patch("/api/v1/revenue-alerts/{id}", id).then().statusCode(422)
                .body("errors.field", containsInAnyOrder("rule", "colour"));
        api().get("/api/v1/revenue-alerts/{id}", id).then().statusCode(200)
                .header("ETag", com.stratum.support.Api.getEtag(1))
                .body("status", equalTo("ACKNOWLEDGED")).body("cause", nullValue());

        owner.request().contentType(PATCH).body(resolve("COMPETITOR", "Globex"))
                .patch("/api/v1/revenue-alerts/{id}", id).then().statusCode(200).body("status", equalTo("RESOLVED"))
                .body("cause", equalTo("COMPETITOR")).body("competitor", equalTo("Globex"))
                .body("resolutionNote", equalTo("They moved the budget to next year."))
                .body("resolvedAt", notNullValue()).body("resolvedByName", notNullValue());
        owner.request().contentType(PATCH).body(Map.of("resolutionNote", "Changed my mind."))
                .patch("/api/v1/revenue-alerts/{id}", id).then().statusCode(409)
                .body("detail", matchesPattern(SENTENCE));
        api().queryParam("status", "RESOLVED").queryParam("accountId", accountId).get("/api/v1/revenue-alerts")
                .then().body("items.id", contains(id));
    }

    @Test
    void newGoesStraightToResolvedAndOnlyTheAccountsWorkersAndManagersMayChangeIt() {
        String accountId = account(accountManager(), "KEY");
        stoppedBuying(accountId);
        ingest(accountId);
        detection.drainQueue();
        String id = alertOf(accountId, "STOPPED_BUYING");
        Fixtures.signedIn("ACCOUNT_MANAGER").request().contentType(PATCH).body(Map.of("status", "ACKNOWLEDGED"))
                .patch("/api/v1/revenue-alerts/{id}", id).then().statusCode(403);
        Api.Session viewer = Fixtures.signedIn("VIEWER");
        viewer.request().get("/api/v1/revenue-alerts/{id}", id).then().statusCode(200);
        viewer.request().contentType(PATCH).body(Map.of("status", "ACKNOWLEDGED"))
                .patch("/api/v1/revenue-alerts/{id}", id).then().statusCode(403);
        Fixtures.signedIn("MANAGER").request().contentType(PATCH).body(resolve("SEASONAL", null))
                .patch("/api/v1/revenue-alerts/{id}", id).then().statusCode(200).body("status", equalTo("RESOLVED"))
                .body("acknowledgedAt", nullValue());
        api().get("/api/v1/revenue-alerts/{id}", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void anAlertCarriesTheLastQbrsReasons() {
        String accountId = account(accountManager(), "KEY");
        Surveys.answered(accountId, "C", "B", "B", "F", 6);
        stoppedBuying(accountId);
        ingest(accountId);
        detection.drainQueue();
        api().get("/api/v1/revenue-alerts/{id}", alertOf(accountId, "STOPPED_BUYING")).then().statusCode(200)
                .body("lastQbr.qbrId", notNullValue()).body("lastQbr.reasons.why", hasItem("Because F"))
                .body("lastQbr.reasons[0].question", notNullValue());
    }

    @Test
    void theListFiltersByStatusRuleTierAndOwner() {
        String owner = accountManager();
        String key = account(owner, "KEY");
        String standard = account(owner, "STANDARD");
        stoppedBuying(key);
        stoppedBuying(standard);
        ingest(key, standard);
        detection.drainQueue();
        api().queryParam("ownerId", owner).get("/api/v1/revenue-alerts").then().statusCode(200)
                .body("items", hasSize(4)).body("total", equalTo(4));
        api().queryParam("ownerId", owner).queryParam("tier", "STANDARD").queryParam("rule", "STOPPED_BUYING")
                .queryParam("status", "NEW").get("/api/v1/revenue-alerts").then().statusCode(200)
                .body("items.accountId", contains(standard));
        Response first = api().queryParam("ownerId", owner).queryParam("limit", 3).get("/api/v1/revenue-alerts");
        first.then().statusCode(200).body("items", hasSize(3)).body("nextCursor", notNullValue());
        api().queryParam("ownerId", owner).queryParam("limit", 3).queryParam("cursor", (String) first.path("nextCursor"))
                .get("/api/v1/revenue-alerts").then().statusCode(200).body("items", hasSize(1))
                .body("nextCursor", nullValue()).body("total", equalTo(4));
        api().queryParam("status", "OPEN").get("/api/v1/revenue-alerts").then().statusCode(400);
        api().queryParam("sort", "name").get("/api/v1/revenue-alerts").then().statusCode(400);
    }

    @Test
    void revenueAtRiskByOwnerAndTier() {
        String owner = accountManager();
        String key = account(owner, "KEY");
        stoppedBuying(key);
        ingest(key);
        detection.drainQueue();
        // STOPPED_BUYING 500 and VOLUME_DROP (12 x the baseline's 250 / 6) on one product: counted once.
        api().queryParam("ownerId", owner).get("/api/v1/reports/revenue-at-risk").then().statusCode(200)
                .body("currency", equalTo("EUR")).body("overall.openAlerts", equalTo(2))
                .body("overall.accounts", equalTo(1)).body("overall.amountAtRisk", equalTo(500.0f))
                .body("byOwner", hasSize(1)).body("byOwner[0].ownerId", equalTo(owner))
                .body("byTier.tier", contains("KEY")).body("byTier[0].figures.openAlerts", equalTo(2));
        api().queryParam("ownerId", owner).queryParam("tier", "STRATEGIC").get("/api/v1/reports/revenue-at-risk")
                .then().statusCode(200).body("overall.openAlerts", equalTo(0)).body("byOwner", empty());
        api().queryParam("tier", "GOLD").get("/api/v1/reports/revenue-at-risk").then().statusCode(400);
    }
}
