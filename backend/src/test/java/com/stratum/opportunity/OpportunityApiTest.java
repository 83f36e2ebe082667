package com.stratum.opportunity;

import static com.stratum.support.Api.api;
import static com.stratum.support.Fixtures.account;
import static com.stratum.support.Fixtures.accountManager;
import static com.stratum.support.Fixtures.moveStage;
import static com.stratum.support.Fixtures.opportunity;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpportunityApiTest {

    @Test
    void createAppliesDefaultsFromTheStageAndTheAccount() {
        String owner = accountManager();
        String account = account(Map.of("ownerId", owner, "name", "Fundco"));
        api().body(Map.of("accountId", account, "type", "UPSELL", "title", "More seats", "amount", 48000,
                        "expectedCloseDate", "2031-03-31", "compellingEvent",
                        Map.of("type", "FUNDING_ROUND", "occurredOn", "2026-10-01", "description", "Series C")))
                .post("/api/v1/opportunities").then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("stage", equalTo("IDENTIFIED"))
                .body("probability", equalTo(10))
                .body("weightedAmount", equalTo(4800.0f))
                .body("ownerId", equalTo(owner))
                .body("accountName", equalTo("Fundco"))
                .body("compellingEvent.type", equalTo("FUNDING_ROUND"))
                .body("closed", equalTo(false))
                .body("closedAt", nullValue());
        String other = com.stratum.support.Fixtures.user("MANAGER");
        api().body(Map.of("accountId", account, "type", "CROSS_SELL", "title", "Analytics", "amount", 1000,
                        "expectedCloseDate", "2031-03-31", "stage", "PROPOSAL", "probability", 40, "ownerId", other))
                .post("/api/v1/opportunities").then().statusCode(201)
                .body("stage", equalTo("PROPOSAL")).body("probability", equalTo(40)).body("ownerId", equalTo(other));
    }

    @Test
    void concurrentCreatesOnOneAccountAllSucceed() throws Exception {
        // Each create takes the account's row for the pipeline totals and again for its risk flags: taken as a
        // shared lock first, two creates upgrading it at once deadlocked (a 409 the client had to retry).
        String account = account(Map.of("arr", 5000));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            java.util.List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                int n = i;
                results.add(pool.submit(() -> {
                    start.await();
                    return api().body(Map.of("accountId", account, "type", "UPSELL", "title", "Seats " + n,
                                    "amount", 100 + n, "expectedCloseDate", "2031-03-31"))
                            .post("/api/v1/opportunities").then().extract().statusCode();
                }));
            }
            start.countDown();
            for (int i = 0; i < results.size(); i++) {
                org.assertj.core.api.Assertions.assertThat(results.get(i).get()).as("create " + i).isEqualTo(201);
            }
        } finally {
            pool.shutdownNow();
        }
        api().queryParam("accountId", account).queryParam("limit", 50).get("/api/v1/opportunities").then()
                .statusCode(200).body("items", hasSize(16));
    }

    @Test
    void everyLossKeepsItsReasonThroughReopens() {
        String id = opportunity(account(Map.of()), "UPSELL", 5000, "2031-01-31");
        api().body(Map.of("stage", "LOST", "lossReason", "Budget frozen")).post("/api/v1/opportunities/{id}/stage", id)
                .then().statusCode(200);
        api().body(Map.of("reason", "Budget is back")).post("/api/v1/opportunities/{id}/reopen", id).then()
                .statusCode(200).body("stage", equalTo("IDENTIFIED")).body("lossReason", equalTo("Budget frozen"));
        api().body(Map.of("stage", "LOST", "lossReason", "Chose the incumbent")).post("/api/v1/opportunities/{id}/stage",
                id).then().statusCode(200).body("lossReason", equalTo("Chose the incumbent"));
        api().body(Map.of("reason", "Incumbent failed them")).post("/api/v1/opportunities/{id}/reopen", id).then()
                .statusCode(200).body("lossReason", equalTo("Chose the incumbent"));

        api().get("/api/v1/opportunities/{id}/history", id).then().statusCode(200)
                .body("items.toStage", contains("IDENTIFIED", "LOST", "IDENTIFIED", "LOST", "IDENTIFIED"))
                .body("items.lossReason", contains(null, "Chose the incumbent", null, "Budget frozen", null));
    }

    @Test
    void anOpenOpportunityCannotGetACloseDateInThePast() {
        String account = account(Map.of());
        String yesterday = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1).toString();
        api().body(Map.of("accountId", account, "type", "UPSELL", "title", "Late", "amount", 100,
                        "expectedCloseDate", yesterday)).post("/api/v1/opportunities").then().statusCode(422)
                .body("errors[0].field", equalTo("expectedCloseDate"));
        String id = opportunity(account, "UPSELL", 100, "2031-01-31");
        api().body(Map.of("expectedCloseDate", yesterday)).patch("/api/v1/opportunities/{id}", id).then()
                .statusCode(422).body("errors[0].field", equalTo("expectedCloseDate"));
        api().get("/api/v1/opportunities/{id}", id).then().body("expectedCloseDate", equalTo("2031-01-31"));
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        api().body(Map.of("expectedCloseDate", today)).patch("/api/v1/opportunities/{id}", id).then().statusCode(200);
    }

    @Test
    void invalidOpportunitiesAreRefused() {
        String account = account(Map.of());
        api().body(Map.of("accountId", account, "type", "BIGGER", "title", "", "amount", 0,
                "expectedCloseDate", "soon")).post("/api/v1/opportunities").then().statusCode(422);
        api().body(Map.of("accountId", account, "type", "UPSELL", "title", "", "amount", 0)).post("/api/v1/opportunities")
                .then().statusCode(422)
                .body("errors.field", containsInAnyOrder("title", "amount", "expectedCloseDate"));
        api().body(Map.of("accountId", account, "type", "UPSELL", "title", "Won already", "amount", 10,
                "expectedCloseDate", "2031-01-01", "stage", "WON")).post("/api/v1/opportunities").then()
                .statusCode(422).body("errors[0].field", equalTo("stage"));
        api().body(Map.of("accountId", "5d1f4a9e-0000-4000-8000-000000000000", "type", "UPSELL", "title", "x",
                "amount", 10, "expectedCloseDate", "2031-01-01")).post("/api/v1/opportunities").then()
                .statusCode(422).body("errors[0].field", equalTo("accountId"));
        api().body(Map.of("accountId", account, "type", "UPSELL", "title", "x", "amount", 10,
                "expectedCloseDate", "2031-01-01", "probability", 101)).post("/api/v1/opportunities").then()
                .statusCode(422).body("errors[0].field", equalTo("probability"));
    }

    @Test
    void anArchivedAccountGetsNoNewOpportunities() {
        String account = account(Map.of());
        api().delete("/api/v1/accounts/{id}", account).then().statusCode(204);
        String name = api().get("/api/v1/accounts/{id}", account).then().extract().path("name");
        api().body(Map.of("accountId", account, "type", "UPSELL", "title", "x", "amount", 10,
                "expectedCloseDate", "2031-01-01")).post("/api/v1/opportunities").then().statusCode(409)
                .body("detail", equalTo(name + " is archived, so it gets no new opportunities. Restore it first."));
    }

    @Test
    void openStagesMoveFreelyAndClosingSetsProbabilityAndClosedAt() {
        String id = opportunity(account(Map.of()), "UPSELL", 1000, "2031-01-31");
        moveStage(id, "NEGOTIATION");
        api().get("/api/v1/opportunities/{id}", id).then().body("stage", equalTo("NEGOTIATION"))
                .body("probability", equalTo(75));
        moveStage(id, "QUALIFIED");
        api().get("/api/v1/opportunities/{id}", id).then().body("probability", equalTo(25));
        api().body(Map.of("stage", "WON", "note", "Signed")).post("/api/v1/opportunities/{id}/stage", id).then()
                .statusCode(200).body("stage", equalTo("WON")).body("probability", equalTo(100))
                .body("closed", equalTo(true)).body("closedAt", notNullValue());

        String lost = opportunity(account(Map.of()), "RENEWAL", 1000, "2031-01-31");
        api().body(Map.of("stage", "LOST")).post("/api/v1/opportunities/{id}/stage", lost).then().statusCode(422)
                .body("errors[0].field", equalTo("lossReason"));
        api().get("/api/v1/opportunities/{id}", lost).then().body("stage", equalTo("IDENTIFIED"));
        api().body(Map.of("stage", "LOST", "lossReason", "Budget cut")).post("/api/v1/opportunities/{id}/stage", lost)
                .then().statusCode(200).body("probability", equalTo(0)).body("lossReason", equalTo("Budget cut"));
    }

    @Test
    void aClosedOpportunityIsFrozenUntilReopened() {
        String id = opportunity(account(Map.of()), "CROSS_SELL", 5000, "2031-01-31");
        moveStage(id, "PROPOSAL");
        moveStage(id, "LOST");
        api().contentType("application/merge-patch+json").body(Map.of("amount", 6000))
                .patch("/api/v1/opportunities/{id}", id).then().statusCode(409)
                .body("type", equalTo("urn:stratum:problem:opportunity-closed"))
                .body("detail", containsString("/reopen"));
        api().body(Map.of("stage", "NEGOTIATION")).post("/api/v1/opportunities/{id}/stage", id).then()
                .statusCode(409);
        api().delete("/api/v1/opportunities/{id}", id).then().statusCode(409);

        api().body(Map.of("reason", "ok")).post("/api/v1/opportunities/{id}/reopen", id).then().statusCode(422);
        api().body(Map.of("reason", "Customer came back")).post("/api/v1/opportunities/{id}/reopen", id).then()
                .statusCode(200).body("stage", equalTo("PROPOSAL")).body("probability", equalTo(50))
                .body("closed", equalTo(false)).body("closedAt", nullValue())
                .body("lossReason", equalTo("Chose a competitor"));
        api().body(Map.of("reason", "Again")).post("/api/v1/opportunities/{id}/reopen", id).then().statusCode(409);
        api().contentType("application/merge-patch+json").body(Map.of("amount", 6000))
                .patch("/api/v1/opportunities/{id}", id).then().statusCode(200).body("amount", equalTo(6000.0f));
    }

    @Test
    void staleIfMatchIsRefusedOnStageMovesReopenAndDelete() {
        String id = opportunity(account(Map.of()), "UPSELL", 1000, "2031-01-31");
        moveStage(id, "QUALIFIED");
        api().header("If-Match", "\"0\"").body(Map.of("stage", "PROPOSAL")).post("/api/v1/opportunities/{id}/stage", id)
                .then().statusCode(412);
        api().header("If-Match", "\"0\"").delete("/api/v1/opportunities/{id}", id).then().statusCode(412);
        moveStage(id, "WON");
        api().header("If-Match", "\"1\"").body(Map.of("reason", "Reopen it")).post("/api/v1/opportunities/{id}/reopen", id)
                .then().statusCode(412);
        api().get("/api/v1/opportunities/{id}", id).then().body("stage", equalTo("WON"));
    }

    @Test
    void historyRecordsCreationAndEveryStageChangeNewestFirst() {
        String id = opportunity(account(Map.of()), "UPSELL", 1000, "2031-01-31");
        api().body(Map.of("stage", "QUALIFIED", "note", "Budget confirmed")).post("/api/v1/opportunities/{id}/stage", id)
                .then().statusCode(200);
        moveStage(id, "WON");
        api().body(Map.of("reason", "Wrong deal closed", "stage", "NEGOTIATION"))
                .post("/api/v1/opportunities/{id}/reopen", id).then().statusCode(200);
        api().get("/api/v1/opportunities/{id}/history", id).then().statusCode(200)
                .body("items.toStage", contains("NEGOTIATION", "WON", "QUALIFIED", "IDENTIFIED"))
                .body("items.fromStage", contains("WON", "QUALIFIED", "IDENTIFIED", null))
                .body("items[0].note", containsString("Wrong deal closed"))
                .body("items[2].note", equalTo("Budget confirmed"));
    }

    @Test
    void patchChangesOpenOpportunitiesAndRefusesReadOnlyProperties() {
        String id = opportunity(account(Map.of()), "UPSELL", 1000, "2031-01-31");
        api().contentType("application/merge-patch+json")
                .body(Map.of("probability", 35, "nextStep", "Call the CFO", "compellingEvent",
                        Map.of("type", "NEW_EXECUTIVE", "description", "New CFO")))
                .patch("/api/v1/opportunities/{id}", id).then().statusCode(200)
                .body("probability", equalTo(35)).body("nextStep", equalTo("Call the CFO"))
                .body("compellingEvent.type", equalTo("NEW_EXECUTIVE")).body("version", equalTo(1));
        api().contentType("application/merge-patch+json").body(Map.of("stage", "WON", "accountId", id))
                .patch("/api/v1/opportunities/{id}", id).then().statusCode(422)
                .body("errors.field", containsInAnyOrder("stage", "accountId"));
        api().contentType("application/merge-patch+json").header("If-Match", "\"0\"").body(Map.of("amount", 5))
                .patch("/api/v1/opportunities/{id}", id).then().statusCode(412);
        api().delete("/api/v1/opportunities/{id}", id).then().statusCode(204);
        api().get("/api/v1/opportunities/{id}", id).then().statusCode(404);
    }

    @Test
    void listFiltersAndSorts() {
        String owner = accountManager();
        String account = account(Map.of("ownerId", owner));
        String small = opportunity(account, "UPSELL", 100, "2031-01-31");
        String big = opportunity(account, "CROSS_SELL", 9000, "2031-06-30");
        String renewal = opportunity(account, "RENEWAL", 5000, "2031-03-31");
        moveStage(renewal, "WON");
        api().body(Map.of("accountId", account, "type", "UPSELL", "title", "Event", "amount", 700,
                        "expectedCloseDate", "2031-02-28", "compellingEvent", Map.of("type", "ACQUISITION")))
                .post("/api/v1/opportunities").then().statusCode(201);

        api().queryParam("accountId", account).queryParam("sort", "-amount").get("/api/v1/opportunities").then()
                .statusCode(200).body("items.amount", contains(9000.0f, 5000.0f, 700.0f, 100.0f));
        api().queryParam("accountId", account).queryParam("open", true).queryParam("type", "UPSELL", "CROSS_SELL")
                .queryParam("minAmount", 500).get("/api/v1/opportunities").then()
                .body("items.amount", contains(700.0f, 9000.0f));
        api().queryParam("ownerId", owner).queryParam("open", false).get("/api/v1/opportunities").then()
                .body("items.id", contains(renewal));
        api().queryParam("accountId", account).queryParam("closeBefore", "2031-02-28")
                .queryParam("closeAfter", "2031-01-31").get("/api/v1/opportunities").then()
                .body("items", hasSize(2));
        api().queryParam("accountId", account).queryParam("compellingEventType", "ACQUISITION")
                .get("/api/v1/opportunities").then().body("items", hasSize(1));
        api().queryParam("accountId", account).queryParam("stage", "WON").get("/api/v1/opportunities").then()
                .body("items.id", contains(renewal));
        api().queryParam("accountId", account).queryParam("limit", 1).get("/api/v1/opportunities").then()
                .body("items.id", contains(small)).body("nextCursor", notNullValue());
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        api().queryParam("accountId", account).queryParam("closedAfter", today).queryParam("closedBefore", today)
                .get("/api/v1/opportunities").then().body("items.id", contains(renewal));
        api().queryParam("ownerId", owner).queryParam("tier", "KEY").get("/api/v1/opportunities").then()
                .body("items", hasSize(0));
        api().queryParam("ownerId", owner).queryParam("tier", "STANDARD").get("/api/v1/opportunities").then()
                .body("items", hasSize(4));
        api().queryParam("stage", "SIGNED").get("/api/v1/opportunities").then().statusCode(400);
        api().queryParam("open", "yes").get("/api/v1/opportunities").then().statusCode(400);
        api().queryParam("sort", "title").get("/api/v1/opportunities").then().statusCode(400);
        api().get("/api/v1/opportunities/{id}/history", big).then().body("items", hasSize(1));
    }
}
