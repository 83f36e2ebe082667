package com.stratum.revenue;

import static com.stratum.revenue.Revenue.line;
import static com.stratum.revenue.Revenue.monthsAgo;
import static com.stratum.revenue.Revenue.send;
import static com.stratum.support.Api.api;
import static com.stratum.support.Fixtures.account;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import com.stratum.account.ArrFromRevenueRollover;
import com.stratum.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** ARR from revenue lines (issue 16): arrSource REVENUE sums the last 12 complete months of recurring lines. */
@QuarkusTest
class ArrFromRevenueApiTest {
    @Inject
    TestClock clock;
    @Inject
    ArrFromRevenueRollover rollover;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static io.restassured.response.Response patch(String id, Map<String, Object> body) {
        String etag = api().get("/api/v1/accounts/{id}", id).header("ETag");
        return api().contentType("application/merge-patch+json").header("If-Match", etag).body(body)
                .patch("/api/v1/accounts/{id}", id);
    }

    @Test
    void revenueArrCountsRecurringLinesOfTheLast12CompleteMonthsAndFollowsIngest() {
        String id = account(Map.of("arr", 5000));
        String recurring = Revenue.product("Platform", true)[1];
        String oneOff = Revenue.product("Services", false)[1];
        send(List.of(line(id, recurring, monthsAgo(1), 1, 100), line(id, recurring, monthsAgo(12), 1, 200),
                line(id, recurring, monthsAgo(13), 1, 400), line(id, recurring, monthsAgo(0), 1, 800),
                line(id, oneOff, monthsAgo(2), 1, 1600))).then().statusCode(200).body("created", equalTo(5));
        api().get("/api/v1/accounts/{id}", id).then().body("arr", equalTo(5000.0f))
                .body("arrSource", equalTo("MANUAL"));

        patch(id, Map.of("arrSource", "REVENUE")).then().statusCode(200).body("arrSource", equalTo("REVENUE"))
                .body("arr", equalTo(300.0f));
        send(List.of(line(id, recurring, monthsAgo(1), 1, 150))).then().body("updated", equalTo(1));
        api().get("/api/v1/accounts/{id}", id).then().body("arr", equalTo(350.0f));

        patch(id, Map.of("arr", 9999)).then().statusCode(422).body("errors.field", contains("arr"))
                .body("errors[0].message", equalTo("This account's ARR comes from its revenue lines (arrSource"
                        + " REVENUE), so it cannot be typed; set arrSource to MANUAL to type it."));
        patch(id, Map.of("arrSource", "MANUAL", "arr", 9999)).then().statusCode(200).body("arr", equalTo(9999.0f));
        send(List.of(line(id, recurring, monthsAgo(1), 1, 175))).then().body("updated", equalTo(1));
        api().get("/api/v1/accounts/{id}", id).then().body("arr", equalTo(9999.0f));
    }

    @Test
    void whenAMonthEndsTheRolloverJobMovesTheTwelveMonthsWithoutNewLines() {
        String id = account(Map.of());
        String recurring = Revenue.product("Platform", true)[1];
        send(List.of(line(id, recurring, monthsAgo(1), 1, 100), line(id, recurring, monthsAgo(12), 1, 200)))
                .then().statusCode(200).body("created", equalTo(2));
        patch(id, Map.of("arrSource", "REVENUE")).then().statusCode(200).body("arr", equalTo(300.0f));

        rollover.refresh();
        api().get("/api/v1/accounts/{id}", id).then().body("arr", equalTo(300.0f));
        // Next month: the month twelve months back leaves the sum.
        clock.freezeAt(monthsAgo(-1).atDay(2).atStartOfDay(ZoneOffset.UTC).toInstant());
        rollover.refresh();
        api().get("/api/v1/accounts/{id}", id).then().body("arr", equalTo(100.0f));
    }

    @Test
    void aTypedArrIsRefusedOnCreateWithRevenueSource() {
        api().body(Map.of("name", com.stratum.support.Fixtures.unique("Rev"), "arrSource", "REVENUE", "arr", 10))
                .post("/api/v1/accounts").then().statusCode(422).body("errors.field", contains("arr"));
        api().body(Map.of("name", com.stratum.support.Fixtures.unique("Rev"), "arrSource", "REVENUE"))
                .post("/api/v1/accounts").then().statusCode(201).body("arr", equalTo(0.0f))
                .body("arrSource", equalTo("REVENUE"));
    }
}
