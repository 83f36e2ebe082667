package com.stratum.revenue;

import static com.stratum.support.Api.api;
import static com.stratum.support.Fixtures.account;
import static com.stratum.support.Fixtures.accountManager;
import static com.stratum.support.RevenueData.line;
import static com.stratum.support.RevenueData.months;
import static com.stratum.support.RevenueData.product;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import com.stratum.support.Api;
import com.stratum.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RetentionReportApiTest {
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final int YEAR = TODAY.getYear() - 1;
    private static final LocalDate STARTING = LocalDate.of(YEAR - 1, 1, 1);
    private static final LocalDate MEASURED = LocalDate.of(YEAR, 1, 1);

    @Test
    void grrAndNrrOfAKnownPortfolio() {
        String owner = accountManager();
        UUID subscription = product(true);
        UUID services = product(false);
        String churned = account(owner, "STANDARD");
        months(churned, subscription, STARTING, "100.00");
        String contracted = account(owner, "STANDARD");
        months(contracted, subscription, STARTING, "100.00");
        months(contracted, subscription, MEASURED, "50.00");
        String expanded = account(owner, "KEY");
        months(expanded, subscription, STARTING, "100.00");
        months(expanded, subscription, MEASURED, "200.00");
        String steady = account(owner, "STANDARD");
        months(steady, subscription, STARTING, "100.00");
        months(steady, subscription, MEASURED, "100.00");
        line(steady, services, MEASURED.plusMonths(3), "5000.00"); // not recurring: counts nowhere
        String fresh = account(owner, "STANDARD"); // first billed in the measured year: not in the cohort
        line(fresh, subscription, MEASURED.plusMonths(6), "1000.00");

        JsonPath report = api().queryParam("year", YEAR).queryParam("ownerId", owner)
                .get("/api/v1/reports/retention").then().statusCode(200).extract().jsonPath();
        assertThat(report.getInt("year")).isEqualTo(YEAR);
        assertThat(report.getBoolean("trailing")).isFalse();
        assertThat(report.getString("startingFrom")).isEqualTo(STARTING.toString());
        assertThat(report.getString("startingTo")).isEqualTo(LocalDate.of(YEAR - 1, 12, 1).toString());
        assertThat(report.getString("measuredFrom")).isEqualTo(MEASURED.toString());
        assertThat(report.getString("measuredTo")).isEqualTo(LocalDate.of(YEAR, 12, 1).toString());
        Map<String, Object> totals = report.getMap("totals");
        // Starting 4 × 1,200; kept 0 + 600 + 1,200 + 1,200 = 3,000 (62.5 %); measured 0 + 600 + 2,400 + 1,200 = 4,200.
        assertThat(totals).containsEntry("cohortAccounts", 4).containsEntry("startingRevenue", 4800.0f)
                .containsEntry("retainedRevenue", 3000.0f).containsEntry("endingRevenue", 4200.0f)
                .containsEntry("grrPct", 62.5f).containsEntry("nrrPct", 87.5f)
                .containsEntry("churnedAccounts", 1).containsEntry("churnedRevenue", 1200.0f)
                .containsEntry("contractedAccounts", 1).containsEntry("contractionRevenue", 600.0f)
                .containsEntry("expandedAccounts", 1).containsEntry("expansionRevenue", 1200.0f)
                .containsEntry("newAccounts", 1).containsEntry("newRevenue", 1000.0f);
        assertThat(report.getList("byOwner.ownerId")).containsExactly(owner);
        assertThat(report.getList("byTier.tier")).containsExactly("STANDARD", "KEY");
        assertThat(report.getFloat("byTier[1].figures.grrPct")).isEqualTo(100.0f);
        assertThat(report.getFloat("byTier[1].figures.nrrPct")).isEqualTo(200.0f);
        assertThat(report.getFloat("byTier[0].figures.grrPct")).isEqualTo(50.0f);
        assertThat(report.getList("largestLosses.accountId")).containsExactly(churned, contracted);
        assertThat(report.getList("largestLosses.churned")).containsExactly(true, false);
        assertThat(report.getList("largestLosses.lostRevenue")).containsExactly(1200.0f, 600.0f);

        // The tier filter narrows the cohort.
        api().queryParam("year", YEAR).queryParam("ownerId", owner).queryParam("tier", "KEY")
                .get("/api/v1/reports/retention").then().statusCode(200)
                .body("totals.cohortAccounts", equalTo(1)).body("totals.grrPct", equalTo(100.0f));
    }

    @Test
    void theCurrentYearComparesTheTrailingTwelveCompleteMonthsWithTheTwelveBefore() {
        String owner = accountManager();
        UUID subscription = product(true);
        LocalDate thisMonth = TODAY.withDayOfMonth(1);
        String account = account(owner, "STANDARD");
        months(account, subscription, thisMonth.minusMonths(24), "100.00");
        months(account, subscription, thisMonth.minusMonths(12), "90.00");
        line(account, subscription, thisMonth, "5000.00"); // the month in progress is not measured

        api().queryParam("ownerId", owner).get("/api/v1/reports/retention").then().statusCode(200)
                .body("year", equalTo(TODAY.getYear())).body("trailing", equalTo(true))
                .body("measuredFrom", equalTo(thisMonth.minusMonths(12).toString()))
                .body("measuredTo", equalTo(thisMonth.minusMonths(1).toString()))
                .body("startingFrom", equalTo(thisMonth.minusMonths(24).toString()))
                .body("totals.startingRevenue", equalTo(1200.0f)).body("totals.endingRevenue", equalTo(1080.0f))
                .body("totals.grrPct", equalTo(90.0f)).body("totals.nrrPct", equalTo(90.0f));
    }

    @Test
    void aPortfolioWithoutRevenueHasNoPercentages() {
        api().queryParam("ownerId", accountManager()).get("/api/v1/reports/retention").then().statusCode(200)
                .body("totals.cohortAccounts", equalTo(0)).body("totals.grrPct", equalTo(null))
                .body("byOwner", equalTo(List.of())).body("largestLosses", equalTo(List.of()));
    }

    @Test
    void badParametersAreRefused() {
        for (String year : List.of("1999", String.valueOf(TODAY.getYear() + 1), "last")) {
            api().queryParam("year", year).get("/api/v1/reports/retention").then().statusCode(400)
                    .contentType("application/problem+json").body("detail", containsString("year"));
        }
        api().queryParam("tier", "GOLD").get("/api/v1/reports/retention").then().statusCode(400);
    }

    @Test
    void viewersMayReadItAndTokensNeedRevenueRead() {
        Fixtures.signedIn("VIEWER").request().get("/api/v1/reports/retention").then().statusCode(200);
        Api.withToken(Fixtures.token("MANAGER", List.of("accounts:read"))).get("/api/v1/reports/retention").then()
                .statusCode(403);
        Api.withToken(Fixtures.token("MANAGER", List.of("revenue:read"))).get("/api/v1/reports/retention").then()
                .statusCode(200).body("currency", matchesPattern("[A-Z]{3}"));
    }
}
