package com.stratum.scorecard;

import static com.stratum.support.Api.api;
import static com.stratum.support.Fixtures.account;
import static com.stratum.support.Fixtures.accountManager;
import static com.stratum.support.Fixtures.moveStage;
import static com.stratum.support.Fixtures.opportunity;
import static com.stratum.support.RevenueData.months;
import static com.stratum.support.RevenueData.product;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.stratum.support.RevenueData;
import com.stratum.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Gate and statement arithmetic on a known portfolio: splits, marginal rates beyond the target, a renewal that clears
 * an account's gate, a frozen period and the adjustment a later close books; and the portfolio gate on money.
 */
@QuarkusTest
class PayArithmeticApiTest {
    /** A year of its own, so that only this test's expansion is won in it. */
    private static final int YEAR = 2091;

    @Inject
    TestClock clock;

    @BeforeEach
    void clean() {
        RevenueData.run("delete from commission_line");
        RevenueData.run("delete from commission_period");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void at(String instant) {
        clock.freezeAt(Instant.parse(instant));
    }

    private static String won(String accountId, String type, double amount) {
        String id = opportunity(accountId, type, amount, YEAR + "-03-20");
        moveStage(id, "WON");
        return id;
    }

    @Test
    void aKnownPortfolioPaysSplitsAcceleratesAndAdjustsAFrozenPeriod() {
        at(YEAR + "-02-15T10:00:00Z");
        String owner = accountManager();
        String member = accountManager();
        api().body(Map.of("ratePct", 10, "accelerators", List.of(Map.of("fromAttainmentPct", 100, "ratePct", 20))))
                .put("/api/v1/commission-plans/{year}", YEAR).then().statusCode(200)
                .body("configured", equalTo(true)).body("ratePct", equalTo(10.0f));
        api().body(Map.of("expansionTarget", 10000)).put("/api/v1/users/{id}/targets/{year}", owner, YEAR).then()
                .statusCode(200).body("expansionTarget", equalTo(10000.0f)).body("expansionTargetSet", equalTo(true));

        String x = account(Map.of("ownerId", owner, "arr", 100000));
        String y = account(Map.of("ownerId", owner, "arr", 50000));
        String z = account(Map.of("ownerId", owner, "arr", 20000));
        String renewal = opportunity(z, "RENEWAL", 20000, YEAR + "-06-30");
        String upsellX = opportunity(x, "UPSELL", 6000, YEAR + "-03-20");
        api().body(Map.of("splits", List.of(Map.of("userId", owner, "sharePct", 50),
                        Map.of("userId", member, "sharePct", 50))))
                .put("/api/v1/opportunities/{id}/splits", upsellX).then().statusCode(200).body("splits", hasSize(2));
        moveStage(upsellX, "WON");
        clock.advance(Duration.ofMinutes(1));
        won(y, "CROSS_SELL", 8000);
        clock.advance(Duration.ofMinutes(1));
        won(z, "UPSELL", 4000);

        // The scorecard: 18,000 won against 10,000; Z's 4,000 blocked by its open renewal, which would clear it.
        api().queryParam("year", YEAR).get("/api/v1/users/{id}/scorecard", owner).then().statusCode(200)
                .body("expansionWon", equalTo(18000.0f)).body("attainmentPct", equalTo(180.0f))
                .body("commissionableExpansion", equalTo(14000.0f)).body("blockedExpansion", equalTo(4000.0f))
                .body("targets.defaultExpansionTarget", equalTo(25500.0f))
                .body("portfolio.gateMet", equalTo(true))
                .body("whatIfs.opportunityId", contains(renewal)).body("whatIfs[0].payableExpansion", equalTo(4000.0f))
                .body("accounts.find { it.accountId == '" + z + "' }.blockers.code", contains("RENEWAL_NOT_WON"));
        api().queryParam("year", YEAR).get("/api/v1/accounts/{id}/growth", z).then().statusCode(200)
                .body("whatIfs.opportunityId", contains(renewal)).body("whatIfs[0].payableExpansion",
                        equalTo(4000.0f));

        // The owner's statement: X 3,000 at 10 % = 300; Y 8,000 crosses the 10,000 target: 7,000 at 10 % and
        // 1,000 at 20 % = 900; Z blocked, nothing. The member's half of X at 10 % (no target): 300.
        String period = YEAR + "-Q1";
        api().get("/api/v1/users/{id}/commission-statements/{period}", owner, period).then().statusCode(200)
                .body("status", equalTo("OPEN")).body("lines.credit", contains(3000.0f, 8000.0f, 4000.0f))
                .body("lines.commission", contains(300.0f, 900.0f, 0.0f))
                .body("lines.payable", contains(true, true, false))
                .body("lines[2].blockers.code", contains("RENEWAL_NOT_WON"))
                .body("payableCredit", equalTo(11000.0f)).body("blockedCredit", equalTo(4000.0f))
                .body("payout", equalTo(1200.0f));
        api().get("/api/v1/users/{id}/commission-statements/{period}", member, period).then().statusCode(200)
                .body("lines.sharePct", contains(50.0f)).body("lines.commission", contains(300.0f));

        // Closing waits for the quarter's end, then freezes it once.
        api().post("/api/v1/commission-periods/{period}/close", period).then().statusCode(409)
                .body("type", equalTo("urn:stratum:problem:period-not-ended"));
        at(YEAR + "-04-02T09:00:00Z");
        api().post("/api/v1/commission-periods/{period}/close", period).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("lines", equalTo(4)).body("adjustments", equalTo(0));
        api().post("/api/v1/commission-periods/{period}/close", period).then().statusCode(409)
                .body("type", equalTo("urn:stratum:problem:period-closed"));

        // The renewal is won in Q2: Z's expansion of Q1 now pays, on top of 11,000 payable: 4,000 at 20 % = 800.
        moveStage(renewal, "WON");
        api().queryParam("year", YEAR).get("/api/v1/users/{id}/scorecard", owner).then().statusCode(200)
                .body("commissionableExpansion", equalTo(18000.0f)).body("blockedExpansion", equalTo(0.0f))
                .body("whatIfs", empty());
        api().get("/api/v1/users/{id}/commission-statements/{period}", owner, period).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("lines.commission", contains(300.0f, 900.0f, 0.0f))
                .body("adjustments", empty());

        at(YEAR + "-07-01T09:00:00Z");
        api().post("/api/v1/commission-periods/{period}/close", YEAR + "-Q2").then().statusCode(200)
                .body("lines", equalTo(0)).body("adjustments", equalTo(1));
        api().get("/api/v1/users/{id}/commission-statements/{period}", owner, YEAR + "-Q2").then().statusCode(200)
                .body("lines", empty()).body("adjustments.kind", contains("ADJUSTMENT"))
                .body("adjustments[0].forPeriod", equalTo(period))
                .body("adjustments[0].credit", equalTo(0.0f)).body("adjustments[0].commission", equalTo(800.0f))
                .body("adjustments[0].payable", equalTo(true))
                .body("adjustments[0].reason", equalTo("The gates now let it pay."))
                .body("adjustmentTotal", equalTo(800.0f)).body("payout", equalTo(800.0f));
        // Adjustments are audited like every frozen line.
        Object audited = RevenueData.single("select count(*) from audit_event where entity_type = 'commission-line'"
                + " and changes -> 'kind' ->> 'after' = 'ADJUSTMENT' and changes -> 'user_id' ->> 'after' = ?1",
                owner);
        org.assertj.core.api.Assertions.assertThat(((Number) audited).longValue()).isEqualTo(1);
    }

    @Test
    void noExpansionPaysWhileThePortfolioGrrIsBelowTheOwnersThreshold() {
        int year = LocalDate.now(ZoneOffset.UTC).getYear();
        LocalDate measuredFrom = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1).minusMonths(12);
        String owner = accountManager();
        UUID subscription = product(true);
        String kept = account(owner, "STANDARD");
        months(kept, subscription, measuredFrom.minusMonths(12), "100.00");
        months(kept, subscription, measuredFrom, "100.00");
        String shrunk = account(owner, "STANDARD");
        months(shrunk, subscription, measuredFrom.minusMonths(12), "100.00");
        months(shrunk, subscription, measuredFrom, "50.00");
        String expansion = opportunity(kept, "UPSELL", 5000, LocalDate.now(ZoneOffset.UTC).toString());
        moveStage(expansion, "WON");

        // GRR (1,200 + 600) / 2,400 = 75 %, below the owner's 80 %: the kept account's expansion does not pay.
        api().body(Map.of("grrThresholdPct", 80)).put("/api/v1/users/{id}/targets/{year}", owner, year).then()
                .statusCode(200);
        api().get("/api/v1/users/{id}/scorecard", owner).then().statusCode(200)
                .body("portfolio.grrPct", equalTo(75.0f)).body("portfolio.nrrPct", equalTo(75.0f))
                .body("portfolio.gateMet", equalTo(false))
                .body("portfolio.blockers.code", contains("PORTFOLIO_GRR_BELOW_THRESHOLD"))
                .body("expansionWon", equalTo(5000.0f)).body("commissionableExpansion", equalTo(0.0f))
                .body("accounts.find { it.accountId == '" + kept + "' }.retentionMet", equalTo(true));
        String quarter = year + "-Q" + ((LocalDate.now(ZoneOffset.UTC).getMonthValue() - 1) / 3 + 1);
        api().get("/api/v1/users/{id}/commission-statements/{period}", owner, quarter).then().statusCode(200)
                .body("lines.payable", contains(false))
                .body("lines[0].blockers.code", contains("PORTFOLIO_GRR_BELOW_THRESHOLD"));

        // At 70 % it is met, and the expansion pays.
        String etag = api().get("/api/v1/users/{id}/targets/{year}", owner, year).then().statusCode(200).extract()
                .header("ETag");
        api().header("If-Match", etag).body(Map.of("grrThresholdPct", 70))
                .put("/api/v1/users/{id}/targets/{year}", owner, year).then().statusCode(200)
                .body("grrThresholdPct", equalTo(70.0f)).body("grrThresholdSet", equalTo(true));
        api().get("/api/v1/users/{id}/scorecard", owner).then().statusCode(200)
                .body("portfolio.gateMet", equalTo(true)).body("commissionableExpansion", equalTo(5000.0f));
    }
}
