package com.stratum.survey;

import static com.stratum.support.Api.api;
import static com.stratum.support.Fixtures.account;
import static com.stratum.support.Fixtures.accountManager;
import static com.stratum.support.Fixtures.tierChange;
import static com.stratum.support.Surveys.answered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GradeReportApiTest {

    @Test
    void figuresOnAKnownDataSet() {
        String owner = accountManager();
        String key = account(Map.of("ownerId", owner, "tier", "KEY"));
        String standard = account(Map.of("ownerId", owner));
        answered(key, "A", "A", "B", "B", 10);      // 3.5 -> B+ passing; promoter
        answered(key, "C", "C", "B", "F", 5);       // 1.75 -> C- failing; detractor
        answered(standard, "B-", "B", "B", "B", 8); // 2.925 -> B passing; passive
        answered(standard, "D", "C", "C", "C", 9);  // 1.75 -> C- failing; promoter

        // 16 grade answers: A 2, B 6, B- 1, C 5, D 1, F 1; at B or better: 8 (50%).
        // NPS: promoters 2, detractors 1 of 4 -> 50 - 25 = 25.
        api().queryParam("ownerId", owner).get("/api/v1/reports/grades").then().statusCode(200)
                .body("answeredQbrs", equalTo(4))
                .body("failingShare", equalTo(50.0f))
                .body("csat", equalTo(50.0f))
                .body("nps", equalTo(25.0f))
                .body("distribution.find { it.grade == 'A' }.count", equalTo(2))
                .body("distribution.find { it.grade == 'B' }.count", equalTo(6))
                .body("distribution.find { it.grade == 'B-' }.count", equalTo(1))
                .body("distribution.find { it.grade == 'C' }.count", equalTo(5))
                .body("distribution.find { it.grade == 'D' }.count", equalTo(1))
                .body("distribution.find { it.grade == 'F' }.count", equalTo(1))
                .body("distribution.find { it.grade == 'A+' }.count", equalTo(0))
                .body("distribution.size()", equalTo(13));

        api().queryParam("ownerId", owner).queryParam("tier", "KEY").get("/api/v1/reports/grades").then()
                .body("answeredQbrs", equalTo(2))
                .body("failingShare", equalTo(50.0f))
                .body("nps", equalTo(0.0f));
    }

    /**
     * Without an owner filter the report reads the per-day totals the database keeps; they must follow every
     * answered QBR and move with the account's tier.
     */
    @Test
    void portfolioTotalsFollowAnsweredQbrsAndTierChanges() {
        String key = account(Map.of("ownerId", accountManager(), "tier", "KEY"));
        JsonPath before = keyReport();

        answered(key, "A", "A", "B", "B", 10); // B+ passing; promoter
        answered(key, "C", "C", "B", "F", 5);  // C- failing; detractor

        JsonPath after = keyReport();
        assertThat(after.getLong("answeredQbrs") - before.getLong("answeredQbrs")).isEqualTo(2);
        for (var expected : Map.of("A", 2L, "B", 3L, "C", 2L, "F", 1L, "A+", 0L, "D", 0L).entrySet()) {
            String path = "distribution.find { it.grade == '" + expected.getKey() + "' }.count";
            assertThat(after.getLong(path) - before.getLong(path)).as(expected.getKey()).isEqualTo(expected.getValue());
        }

        api().body(tierChange("STANDARD", "Contract scaled down")).put("/api/v1/accounts/{id}/tier", key).then()
                .statusCode(200);
        JsonPath moved = keyReport();
        assertThat(moved.getLong("answeredQbrs")).isEqualTo(before.getLong("answeredQbrs"));
        assertThat(moved.getList("distribution.count")).isEqualTo(before.getList("distribution.count"));
        assertThat(moved.getString("failingShare")).isEqualTo(before.getString("failingShare"));
        assertThat(moved.getString("nps")).isEqualTo(before.getString("nps"));
    }

    private static JsonPath keyReport() {
        return api().queryParam("tier", "KEY").get("/api/v1/reports/grades").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void anEmptyWindowHasNoSharesAndBadParametersAreRefused() {
        api().queryParam("ownerId", accountManager()).get("/api/v1/reports/grades").then().statusCode(200)
                .body("answeredQbrs", equalTo(0)).body("failingShare", nullValue()).body("csat", nullValue())
                .body("nps", nullValue());
        api().queryParam("from", "2027-02-01").queryParam("to", "2027-01-01").get("/api/v1/reports/grades").then()
                .statusCode(400);
        api().queryParam("from", "yesterday").get("/api/v1/reports/grades").then().statusCode(400);
        api().queryParam("from", "2020-01-01").queryParam("to", "2020-12-31").get("/api/v1/reports/grades").then()
                .statusCode(200).body("from", equalTo("2020-01-01"));
    }
}
