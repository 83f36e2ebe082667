package com.stratum.contract;

import static com.stratum.support.Api.api;
import static com.stratum.support.Fixtures.account;
import static com.stratum.support.Fixtures.accountManager;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.stratum.revenuealert.AlertDetection;
import com.stratum.support.RevenueLines;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RenewalApiTest {
    @Inject
    EntityManager em;
    @Inject
    AlertDetection detection;
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private static String contract(String accountId, LocalDate end, int noticeDays) {
        return ContractApiTest.create(accountId, ContractApiTest.contract(end, 5000, noticeDays)).then()
                .statusCode(201).extract().path("id");
    }

    @Test
    void upcomingEndsSoonestFirstWithTheirRenewalOpportunityAndPaging() {
        String owner = accountManager();
        String key = account(owner, "KEY");
        String standard = account(owner, "STANDARD");
        String soon = contract(key, TODAY.plusDays(20), 30);
        String later = contract(standard, TODAY.plusDays(80), 0);
        contract(standard, TODAY.plusDays(200), 0); // beyond 90 days
        contract(standard, TODAY.minusDays(1), 0); // ended

        Response first = api().queryParam("ownerId", owner).queryParam("limit", 1).get("/api/v1/renewals");
        first.then().statusCode(200).body("items.contractId", contains(soon)).body("total", equalTo(2))
                .body("items[0].accountId", equalTo(key)).body("items[0].tier", equalTo("KEY"))
                .body("items[0].daysLeft", equalTo(20))
                .body("items[0].noticeBy", equalTo(TODAY.minusDays(10).toString()))
                .body("items[0].renewalOpportunityId", notNullValue())
                .body("items[0].renewalStage", equalTo("IDENTIFIED")).body("items[0].renewalAmount", equalTo(5000.0f))
                .body("items[0].lastGrade", nullValue()).body("items[0].followUpDue", nullValue());
        api().queryParam("ownerId", owner).queryParam("limit", 1).queryParam("cursor", first.<String>path("nextCursor"))
                .get("/api/v1/renewals").then().statusCode(200).body("items.contractId", contains(later))
                .body("nextCursor", nullValue());

        api().queryParam("ownerId", owner).queryParam("tier", "STANDARD").queryParam("within", 365)
                .get("/api/v1/renewals").then().statusCode(200).body("total", equalTo(2));
    }

    @Test
    void eachRenewalSaysHowManyRevenueAlertsItsAccountHasOpen() {
        String owner = accountManager();
        String alerted = account(owner, "KEY");
        String quiet = account(owner, "KEY");
        contract(alerted, TODAY.plusDays(30), 0);
        contract(quiet, TODAY.plusDays(40), 0);
        // The alerted account stopped buying a product it bought every month: STOPPED_BUYING and VOLUME_DROP.
        String product = RevenueLines.product(em, "Widget");
        RevenueLines.series(em, alerted, product, RevenueLines.latestCompleteMonth(), 5, 5, 5, 5, 5, 5, 5, 5, 0, 0);
        QuarkusTransaction.requiringNew().run(() -> detection.queue(List.of(UUID.fromString(alerted))));
        detection.drainQueue();

        api().queryParam("ownerId", owner).get("/api/v1/renewals").then().statusCode(200)
                .body("items.accountId", contains(alerted, quiet)).body("items.openAlerts", contains(2, 0));
    }

    @Test
    void badParametersAreRefused() {
        for (String within : new String[] {"0", "731", "soon"}) {
            api().queryParam("within", within).get("/api/v1/renewals").then().statusCode(400)
                    .contentType("application/problem+json");
        }
        api().queryParam("limit", 201).get("/api/v1/renewals").then().statusCode(400);
    }
}
