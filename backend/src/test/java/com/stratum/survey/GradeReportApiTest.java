package com.stratum.survey;

import static com.stratum.support.Api.api;
import static com.stratum.support.Fixtures.account;
import static com.stratum.support.Fixtures.accountManager;
import static com.stratum.support.Surveys.answered;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
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
