package com.stratum.revenue;

import static com.stratum.revenue.Revenue.line;
import static com.stratum.revenue.Revenue.monthsAgo;
import static com.stratum.revenue.Revenue.send;
import static com.stratum.support.Api.api;
import static com.stratum.support.Fixtures.account;
import static com.stratum.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import com.stratum.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Revenue ingest (issue 16): idempotent per (account, product, month), per-line refusals, the batch limit. */
@QuarkusTest
class RevenueIngestApiTest {
    private static final String SENTENCE = "^[A-Z].*[.]$";

    @Test
    void sendingTheSameMonthAgainReplacesItAndReportsCreatedUpdatedUnchanged() {
        String accountId = account(Map.of());
        String sku = Revenue.product("Platform", true)[1];
        String other = Revenue.product("Services", false)[1];
        List<Map<String, Object>> first = List.of(line(accountId, sku, monthsAgo(2), 10, 1000),
                line(accountId, sku, monthsAgo(1), 12, 1200), line(accountId, other, monthsAgo(1), 1, 300.5));
        send(first).then().statusCode(200).body("created", equalTo(3)).body("updated", equalTo(0))
                .body("unchanged", equalTo(0)).body("refused", equalTo(0))
                .body("results.status", contains("CREATED", "CREATED", "CREATED"))
                .body("results[0].accountId", equalTo(accountId))
                .body("results[0].period", equalTo(monthsAgo(2).atDay(1).toString()));

        send(first).then().statusCode(200).body("created", equalTo(0)).body("unchanged", equalTo(3))
                .body("results.status", contains("UNCHANGED", "UNCHANGED", "UNCHANGED"));

        send(List.of(line(accountId, sku, monthsAgo(2), 10, 1000), line(accountId, sku.toLowerCase(), monthsAgo(1),
                8, 800), line(accountId, sku, monthsAgo(0), 5, 500))).then().statusCode(200)
                .body("results.status", contains("UNCHANGED", "UPDATED", "CREATED"))
                .body("created", equalTo(1)).body("updated", equalTo(1)).body("unchanged", equalTo(1));

        api().queryParam("from", monthsAgo(2).toString()).queryParam("to", monthsAgo(0).toString())
                .get("/api/v1/accounts/{id}/revenue", accountId).then().statusCode(200)
                .body("totals.amount", contains(1000.0f, 1100.5f, 500.0f));
    }

    @Test
    void refusedLinesSayWhyAndTheValidOnesLand() {
        String accountId = account(Map.of("externalId", unique("CRM")));
        String externalId = api().get("/api/v1/accounts/{id}", accountId).then().extract().path("externalId");
        String sku = Revenue.product("Platform", true)[1];
        String inactive = Revenue.product("Old", true)[0];
        String inactiveSku = api().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(Map.of("active", false)).patch("/api/v1/products/{id}", inactive).then().statusCode(200)
                .extract().path("sku");
        Map<String, Object> byExternalId = line(null, sku, monthsAgo(3), 2, 200);
        byExternalId.remove("accountId");
        byExternalId.put("accountExternalId", externalId);
        Map<String, Object> unknownExternal = line(null, sku, monthsAgo(3), 2, 200);
        unknownExternal.remove("accountId");
        unknownExternal.put("accountExternalId", "NO-SUCH-" + unique("X"));
        Map<String, Object> both = line(accountId, sku, monthsAgo(4), 1, 1);
        both.put("accountExternalId", externalId);
        Map<String, Object> dollars = line(accountId, sku, monthsAgo(5), 1, 1);
        dollars.put("currency", "USD");
        Map<String, Object> textQuantity = line(accountId, sku, monthsAgo(6), "many", 1);
        List<Map<String, Object>> lines = new ArrayList<>(List.of(
                line(accountId, sku, monthsAgo(1), 3, 300),                              // 0 lands
                unknownExternal,                                                          // 1
                line("00000000-0000-4000-8000-000000000000", sku, monthsAgo(1), 1, 1),  // 2 unknown id
                line(accountId, "NO-SUCH-SKU-" + unique("S"), monthsAgo(1), 1, 1),      // 3 unknown SKU
                line(accountId, inactiveSku, monthsAgo(1), 1, 1),                       // 4 inactive
                dollars,                                                                  // 5
                line(accountId, sku, monthsAgo(1).plusMonths(2), 1, 1),                 // 6 future
                line(accountId, sku, monthsAgo(7), -1, 10),                              // 7 negative
                line(accountId, sku, monthsAgo(8), 1, 1),                                // 8 duplicate
                line(accountId, sku.toLowerCase(), monthsAgo(8), 2, 2),                  // 9 duplicate
                both,                                                                     // 10
                textQuantity,                                                             // 11
                byExternalId));                                                           // 12 lands
        Map<String, Object> badPeriod = line(accountId, sku, monthsAgo(1), 1, 1);
        badPeriod.put("period", "2026-13");
        lines.add(badPeriod);                                                             // 13
        Response response = send(lines);
        response.then().statusCode(200).body("created", equalTo(2)).body("refused", equalTo(12))
                .body("results.status", contains("CREATED", "REFUSED", "REFUSED", "REFUSED", "REFUSED", "REFUSED",
                        "REFUSED", "REFUSED", "REFUSED", "REFUSED", "REFUSED", "REFUSED", "CREATED", "REFUSED"))
                .body("results[1].problem.errors.field", contains("accountExternalId"))
                .body("results[2].problem.errors.field", contains("accountId"))
                .body("results[3].problem.errors.field", contains("sku"))
                .body("results[4].problem.errors[0].message", containsString("inactive"))
                .body("results[5].problem.errors.field", contains("currency"))
                .body("results[6].problem.errors[0].message", containsString("future"))
                .body("results[7].problem.errors.field", contains("quantity"))
                .body("results[8].problem.errors[0].message", containsString("Lines 8, 9"))
                .body("results[9].problem.errors[0].message", containsString("Lines 8, 9"))
                .body("results[10].problem.errors.field", contains("accountId"))
                .body("results[11].problem.errors.field", contains("quantity"))
                .body("results[12].accountId", equalTo(accountId))
                .body("results[13].problem.errors.field", contains("period"))
                .body("results[1].problem.status", equalTo(422));
        for (int i = 1; i < 12; i++) {
            assertThat(response.<String>path("results[" + i + "].problem.errors[0].message")).matches(SENTENCE);
        }
        api().queryParam("from", monthsAgo(10).toString()).queryParam("to", monthsAgo(0).toString())
                .queryParam("groupBy", "month").get("/api/v1/accounts/{id}/revenue", accountId).then()
                .body("totals.findAll { it.amount > 0 }.period", contains(monthsAgo(3).toString(),
                        monthsAgo(1).toString()));
    }

    @Test
    void aBatchOfMoreThan5000LinesIsRefusedWhole() {
        String accountId = account(Map.of());
        String sku = Revenue.product("Platform", true)[1];
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < 5001; i++) {
            Map<String, Object> compact = new HashMap<>();
            compact.put("accountId", accountId);
            compact.put("sku", sku);
            compact.put("period", "2020-01");
            compact.put("quantity", 1);
            compact.put("amount", 1);
            compact.put("currency", "EUR");
            compact.put("source", "b");
            lines.add(compact);
        }
        send(lines).then().statusCode(422).body("errors.field", contains("lines"))
                .body("errors[0].message", matchesPattern(SENTENCE));
        api().get("/api/v1/accounts/{id}/revenue", accountId).then().body("products", hasSize(0));
        send(List.of()).then().statusCode(422);
    }

    @Test
    void aBatchOf5000LinesLandsInOneCallAndOneAuditRecord() {
        String sku = Revenue.product("Platform", true)[1];
        List<String> accounts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            accounts.add(account(Map.of()));
        }
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            YearMonth month = YearMonth.of(1900, 1).plusMonths(i % 1000);
            lines.add(line(accounts.get(i / 1000), sku, month, 1, 10));
        }
        send(lines).then().statusCode(200).body("created", equalTo(5000));
        api().queryParam("entityType", "revenue-ingest").queryParam("limit", 1).get("/api/v1/audit-events").then()
                .statusCode(200).body("items[0].changes.find { it.field == 'created' }.after", equalTo(5000))
                .body("items[0].changes.find { it.field == 'lines' }.after", equalTo(5000));
    }

    @Test
    void whoMaySendLines() {
        String accountId = account(Map.of());
        String sku = Revenue.product("Platform", true)[1];
        List<Map<String, Object>> lines = List.of(line(accountId, sku, monthsAgo(1), 1, 1));
        Fixtures.signedIn("ACCOUNT_MANAGER").request().body(Map.of("lines", lines))
                .post("/api/v1/revenue-lines/batch").then().statusCode(403);
        com.stratum.support.Api.withToken(Fixtures.token("MANAGER", List.of("revenue:read")))
                .body(Map.of("lines", lines)).post("/api/v1/revenue-lines/batch").then().statusCode(403);
        com.stratum.support.Api.withToken(Fixtures.token("MANAGER", List.of("revenue:write")))
                .body(Map.of("lines", lines)).post("/api/v1/revenue-lines/batch").then().statusCode(200)
                .body("created", equalTo(1));
    }

    @Test
    void theCurrencyDoesNotChangeWhileRevenueLinesExist() {
        String accountId = account(Map.of());
        send(List.of(line(accountId, Revenue.product("Platform", true)[1], monthsAgo(1), 1, 1))).then()
                .statusCode(200);
        Response settings = api().get("/api/v1/settings");
        api().header("If-Match", settings.header("ETag")).body(Map.of("companyName", settings.path("companyName"),
                "currency", "USD")).put("/api/v1/settings").then().statusCode(409)
                .body("detail", containsString("EUR"));
        api().get("/api/v1/settings").then().body("currency", equalTo("EUR"));
    }
}
