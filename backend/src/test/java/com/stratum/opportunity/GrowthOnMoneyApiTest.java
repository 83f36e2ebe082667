package com.stratum.opportunity;

import static com.stratum.support.Api.api;
import static com.stratum.support.Fixtures.account;
import static com.stratum.support.Fixtures.accountManager;
import static com.stratum.support.RevenueData.months;
import static com.stratum.support.RevenueData.product;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The retention gate judged on money: GRR against the company threshold once the account has revenue data. */
@QuarkusTest
class GrowthOnMoneyApiTest {
    private static final int YEAR = LocalDate.now(ZoneOffset.UTC).getYear() - 1;
    private static final LocalDate STARTING = LocalDate.of(YEAR - 1, 1, 1);
    private static final LocalDate MEASURED = LocalDate.of(YEAR, 1, 1);

    private static String accountBilled(String starting, String measured) {
        String id = account(accountManager(), "STANDARD");
        UUID subscription = product(true);
        months(id, subscription, STARTING, starting);
        months(id, subscription, MEASURED, measured);
        return id;
    }

    @Test
    void aYearThatLostRevenueIsBlockedNamingTheRule() {
        String id = accountBilled("100.00", "80.00");
        api().queryParam("year", YEAR).get("/api/v1/accounts/{id}/growth", id).then().statusCode(200)
                .body("grrPct", equalTo(80.0f)).body("grrThresholdPct", equalTo(100.0f))
                .body("retentionMet", equalTo(false)).body("expansionCommissionable", equalTo(false))
                .body("retentionBlockers.code", contains("GRR_BELOW_THRESHOLD"))
                .body("retentionBlockers[0].message", equalTo("Gross revenue retention in " + YEAR + " is 80.0 %,"
                        + " below the 100 % threshold: 960.00 of 1200.00 recurring revenue was kept."));
    }

    @Test
    void aYearThatKeptEverythingPassesEvenWithExpansion() {
        String id = accountBilled("100.00", "150.00");
        api().queryParam("year", YEAR).get("/api/v1/accounts/{id}/growth", id).then().statusCode(200)
                .body("grrPct", equalTo(100.0f)).body("retentionMet", equalTo(true))
                .body("retentionBlockers", empty());
    }

    @Test
    void theThresholdInSettingsDecides() {
        String id = accountBilled("100.00", "80.00");
        Map<String, Object> settings = api().get("/api/v1/settings").then().statusCode(200).extract().jsonPath()
                .getMap("");
        try {
            put(settings, 75);
            api().queryParam("year", YEAR).get("/api/v1/accounts/{id}/growth", id).then().statusCode(200)
                    .body("grrThresholdPct", equalTo(75.0f)).body("retentionMet", equalTo(true));
        } finally {
            put(settings, 100);
        }
    }

    @Test
    void withoutRevenueDataTodaysRulesHold() {
        String id = account(Map.of("ownerId", accountManager(), "lifecycle", "CHURNED"));
        api().get("/api/v1/accounts/{id}/growth", id).then().statusCode(200)
                .body("grrPct", nullValue()).body("retentionMet", equalTo(false))
                .body("retentionBlockers.code", contains("CHURNED"));
        // Revenue in the measured year only: nothing to retain yet, so money does not judge either.
        String fresh = account(accountManager(), "STANDARD");
        months(fresh, product(true), MEASURED, "10.00");
        api().queryParam("year", YEAR).get("/api/v1/accounts/{id}/growth", fresh).then().statusCode(200)
                .body("grrPct", nullValue()).body("retentionMet", equalTo(true));
    }

    private static void put(Map<String, Object> settings, int threshold) {
        Map<String, Object> body = new HashMap<>();
        body.put("companyName", settings.get("companyName"));
        body.put("grrThresholdPct", threshold);
        api().body(body).put("/api/v1/settings").then().statusCode(200);
    }
}
