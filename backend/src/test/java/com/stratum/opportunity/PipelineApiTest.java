package com.stratum.opportunity;

import static com.stratum.support.Api.api;
import static com.stratum.support.Fixtures.account;
import static com.stratum.support.Fixtures.accountManager;
import static com.stratum.support.Fixtures.moveStage;
import static com.stratum.support.Fixtures.opportunity;
import static com.stratum.support.Fixtures.tierChange;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PipelineApiTest {
    @jakarta.inject.Inject
    com.stratum.support.TestClock clock;

    @org.junit.jupiter.api.AfterEach
    void resetClock() {
        clock.reset();
    }

    /** Moves the application's clock to a day, so that opportunities can be open with close dates then. */
    private void today(LocalDate day) {
        clock.reset();
        clock.advance(java.time.Duration.ofDays(day.toEpochDay() - LocalDate.now(ZoneOffset.UTC).toEpochDay()));
    }
    private static final String THIS_YEAR = String.valueOf(LocalDate.now(ZoneOffset.UTC).getYear());
    private static final String IN_THIS_YEAR = LocalDate.now(ZoneOffset.UTC).withDayOfYear(1).plusDays(200).toString();

    @Test
    void summaryFiguresOnAKnownDataSet() {
        String owner = accountManager();
        String key = account(Map.of("ownerId", owner, "tier", "KEY"));
        String standard = account(Map.of("ownerId", owner));
        opportunity(key, "UPSELL", 1000, "2031-01-31");                        // IDENTIFIED 10%: 100
        String qualified = opportunity(key, "CROSS_SELL", 2000, "2031-01-31"); // QUALIFIED 25%: 500
        moveStage(qualified, "QUALIFIED");
        String negotiation = opportunity(standard, "UPSELL", 4000, "2031-01-31"); // NEGOTIATION 75%: 3000
        moveStage(negotiation, "NEGOTIATION");
        String wonUpsell = opportunity(key, "UPSELL", 3000, "2031-01-31");
        moveStage(wonUpsell, "WON");
        String wonCross = opportunity(standard, "CROSS_SELL", 1500, "2031-01-31");
        moveStage(wonCross, "WON");
        String lost = opportunity(key, "RENEWAL", 10000, "2031-01-31");
        moveStage(lost, "LOST");

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        api().queryParam("ownerId", owner).queryParam("from", today).queryParam("to", today)
                .get("/api/v1/pipeline/summary").then().statusCode(200)
                .body("stages.stage", contains("IDENTIFIED", "QUALIFIED", "PROPOSAL", "NEGOTIATION"))
                .body("stages.count", contains(1, 1, 0, 1))
                .body("stages.amount", contains(1000.0f, 2000.0f, 0.0f, 4000.0f))
                .body("stages.weightedAmount", contains(100.0f, 500.0f, 0.0f, 3000.0f))
                .body("open.count", equalTo(3))
                .body("open.amount", equalTo(7000.0f))
                .body("open.weightedAmount", equalTo(3600.0f))
                .body("won.count", equalTo(2))
                .body("won.amount", equalTo(4500.0f))
                .body("wonByType.find { it.type == 'UPSELL' }.count", equalTo(1))
                .body("wonByType.find { it.type == 'CROSS_SELL' }.amount", equalTo(1500.0f))
                .body("wonByType.find { it.type == 'RENEWAL' }.count", equalTo(0))
                .body("lost.count", equalTo(1))
                .body("lost.amount", equalTo(10000.0f))
                .body("winRate", equalTo(66.7f));

        api().queryParam("ownerId", owner).queryParam("tier", "KEY").queryParam("type", "UPSELL")
                .get("/api/v1/pipeline/summary").then()
                .body("open.count", equalTo(1)).body("won.amount", equalTo(3000.0f)).body("winRate", equalTo(100.0f));
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        api().queryParam("ownerId", owner).queryParam("from", yesterday).queryParam("to", yesterday)
                .get("/api/v1/pipeline/summary").then()
                .body("open.count", equalTo(3)).body("won.count", equalTo(0)).body("winRate", nullValue());
        api().queryParam("from", "2031-02-01").queryParam("to", "2031-01-01").get("/api/v1/pipeline/summary").then()
                .statusCode(400);
    }

    /**
     * Without an owner or account filter the summary reads the running totals the database keeps; they must
     * follow creates, stage moves, amount changes and tier changes exactly.
     */
    @Test
    void portfolioTotalsFollowEveryWrite() {
        String key = account(Map.of("ownerId", accountManager(), "tier", "KEY"));
        JsonPath before = keySummaryToday();

        String identified = opportunity(key, "UPSELL", 1000, "2031-01-31");  // 10%: 100
        String qualified = opportunity(key, "CROSS_SELL", 2000, "2031-01-31");
        moveStage(qualified, "QUALIFIED");                                   // 25%: 500
        moveStage(opportunity(key, "UPSELL", 3000, "2031-01-31"), "WON");
        moveStage(opportunity(key, "RENEWAL", 10000, "2031-01-31"), "LOST");
        String etag = api().get("/api/v1/opportunities/{id}", identified).then().extract().header("ETag");
        api().header("If-Match", etag).contentType("application/merge-patch+json").body(Map.of("amount", 1500))
                .patch("/api/v1/opportunities/{id}", identified).then().statusCode(200); // 10%: 150

        JsonPath after = keySummaryToday();
        assertThat(delta(before, after, "stages[0].count")).isEqualByComparingTo("1");
        assertThat(delta(before, after, "stages[0].amount")).isEqualByComparingTo("1500");
        assertThat(delta(before, after, "stages[0].weightedAmount")).isEqualByComparingTo("150");
        assertThat(delta(before, after, "stages[1].count")).isEqualByComparingTo("1");
        assertThat(delta(before, after, "stages[1].weightedAmount")).isEqualByComparingTo("500");
        assertThat(delta(before, after, "open.amount")).isEqualByComparingTo("3500");
        assertThat(delta(before, after, "wonByType.find { it.type == 'UPSELL' }.amount")).isEqualByComparingTo("3000");
        assertThat(delta(before, after, "lost.count")).isEqualByComparingTo("1");
        assertThat(delta(before, after, "lost.amount")).isEqualByComparingTo("10000");

        // A tier change moves the account's whole pipeline, open and closed, out of the KEY figures.
        api().body(tierChange("STANDARD", "Contract scaled down")).put("/api/v1/accounts/{id}/tier", key).then()
                .statusCode(200);
        JsonPath moved = keySummaryToday();
        for (String path : new String[] {"open.count", "open.amount", "open.weightedAmount", "won.count",
                "won.amount", "lost.count", "lost.amount"}) {
            assertThat(delta(before, moved, path)).as(path).isEqualByComparingTo("0");
        }
    }

    private static JsonPath keySummaryToday() {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        return api().queryParam("tier", "KEY").queryParam("from", today).queryParam("to", today)
                .get("/api/v1/pipeline/summary").then().statusCode(200).extract().jsonPath(
                        JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private static BigDecimal delta(JsonPath before, JsonPath after, String path) {
        return new BigDecimal(after.getString(path)).subtract(new BigDecimal(before.getString(path)));
    }

    @Test
    void growthCountsWonExpansionAgainstTheTargetBehindTheRetentionGate() {
        today(LocalDate.parse(IN_THIS_YEAR).withDayOfYear(1));
        String account = account(Map.of("arr", 100000, "growthTargetPct", 20));
        api().get("/api/v1/accounts/{id}", account).then().body("growthTargetPct", equalTo(20))
                .body("growthBaselineArr", equalTo(100000.0f));
        String upsell = opportunity(account, "UPSELL", 8000, IN_THIS_YEAR);
        moveStage(upsell, "WON");
        String cross = opportunity(account, "CROSS_SELL", 4000, IN_THIS_YEAR);
        moveStage(cross, "WON");
        opportunity(account, "UPSELL", 50000, IN_THIS_YEAR); // open: not counted
        String renewal = opportunity(account, "RENEWAL", 100000, IN_THIS_YEAR);

        api().queryParam("year", THIS_YEAR).get("/api/v1/accounts/{id}/growth", account).then().statusCode(200)
                .body("baselineArr", equalTo(100000.0f))
                .body("targetPct", equalTo(20))
                .body("targetAmount", equalTo(20000.0f))
                .body("wonExpansion", equalTo(12000.0f))
                .body("attainmentPct", equalTo(60.0f))
                .body("renewalsOpen", equalTo(1))
                .body("retentionMet", equalTo(false))
                .body("expansionCommissionable", equalTo(false))
                .body("commissionableExpansion", equalTo(0.0f));

        moveStage(renewal, "WON");
        api().get("/api/v1/accounts/{id}/growth", account).then()
                .body("renewalsWon", equalTo(1)).body("renewalsOpen", equalTo(0))
                .body("retentionMet", equalTo(true)).body("expansionCommissionable", equalTo(true))
                .body("commissionableExpansion", equalTo(12000.0f));

        String lostRenewal = opportunity(account, "RENEWAL", 20000, IN_THIS_YEAR);
        moveStage(lostRenewal, "LOST");
        api().get("/api/v1/accounts/{id}/growth", account).then()
                .body("renewalsLost", equalTo(1)).body("retentionMet", equalTo(false))
                .body("commissionableExpansion", equalTo(0.0f));
    }

    @Test
    void aChurnedAccountOrOneBelowItsBaselineIsNotRetainedEvenWithoutRenewals() {
        String account = account(Map.of("arr", 5000, "lifecycle", "ACTIVE"));
        String won = opportunity(account, "UPSELL", 700, "2031-01-31");
        moveStage(won, "WON");
        api().get("/api/v1/accounts/{id}/growth", account).then().statusCode(200)
                .body("retentionMet", equalTo(true)).body("retentionBlockers", org.hamcrest.Matchers.empty())
                .body("commissionableExpansion", equalTo(700.0f));

        api().body(Map.of("lifecycle", "CHURNED")).patch("/api/v1/accounts/{id}", account).then().statusCode(200);
        api().get("/api/v1/accounts/{id}/growth", account).then()
                .body("retentionMet", equalTo(false)).body("expansionCommissionable", equalTo(false))
                .body("retentionBlockers.code", contains("CHURNED"))
                .body("retentionBlockers[0].message", equalTo("The account is marked as churned."));

        api().body(Map.of("lifecycle", "ACTIVE", "arr", 4000)).patch("/api/v1/accounts/{id}", account).then()
                .statusCode(200);
        api().get("/api/v1/accounts/{id}/growth", account).then()
                .body("retentionMet", equalTo(false)).body("retentionBlockers.code", contains("ARR_BELOW_BASELINE"))
                .body("commissionableExpansion", equalTo(0.0f));
    }

    @Test
    void aRenewalExpectedInAYearButLostLaterStillFailsThatYearsRetention() {
        String account = account(Map.of("arr", 1000));
        int lastYear = LocalDate.now(ZoneOffset.UTC).getYear() - 1;
        today(LocalDate.of(lastYear, 12, 1));
        String renewal = opportunity(account, "RENEWAL", 1000, lastYear + "-12-20");
        clock.reset();
        moveStage(renewal, "LOST");
        api().queryParam("year", lastYear).get("/api/v1/accounts/{id}/growth", account).then()
                .body("renewalsLost", equalTo(0)).body("retentionMet", equalTo(false));
    }

    @Test
    void concurrentFirstRequestsForAYearAgreeOnOneBaseline() throws Exception {
        String account = account(Map.of("arr", 7000));
        int year = LocalDate.now(ZoneOffset.UTC).getYear() + 2;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> api().queryParam("year", year)
                        .get("/api/v1/accounts/{id}/growth", account).then().extract().statusCode()));
            }
            for (var result : results) {
                org.assertj.core.api.Assertions.assertThat(result.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        api().queryParam("year", year).get("/api/v1/accounts/{id}/growth", account).then()
                .body("baselineArr", equalTo(7000.0f));
    }

    @Test
    void aYearsBaselineIsTheArrWhenTheYearIsFirstAskedFor() {
        String account = account(Map.of("arr", 50000));
        api().contentType("application/merge-patch+json").body(Map.of("arr", 80000))
                .patch("/api/v1/accounts/{id}", account).then().statusCode(200)
                .body("growthBaselineArr", equalTo(50000.0f));
        int nextYear = LocalDate.now(ZoneOffset.UTC).getYear() + 1;
        api().queryParam("year", nextYear).get("/api/v1/accounts/{id}/growth", account).then()
                .body("baselineArr", equalTo(80000.0f)).body("targetAmount", equalTo(12000.0f))
                .body("wonExpansion", equalTo(0.0f)).body("attainmentPct", equalTo(0.0f))
                .body("retentionMet", equalTo(true));
        api().contentType("application/merge-patch+json").body(Map.of("growthBaselineArr", 60000, "growthTargetPct", 10))
                .patch("/api/v1/accounts/{id}", account).then().statusCode(200)
                .body("growthBaselineArr", equalTo(60000.0f)).body("growthTargetPct", equalTo(10));
        api().get("/api/v1/accounts/{id}/growth", account).then().body("baselineArr", equalTo(60000.0f))
                .body("targetAmount", equalTo(6000.0f));
        api().queryParam("year", "twenty").get("/api/v1/accounts/{id}/growth", account).then().statusCode(400);
        api().contentType("application/merge-patch+json").body(Map.of("growthTargetPct", 201))
                .patch("/api/v1/accounts/{id}", account).then().statusCode(422);
    }
}
