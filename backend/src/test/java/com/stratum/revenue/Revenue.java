package com.stratum.revenue;

import static com.stratum.support.Api.api;

import com.stratum.support.Fixtures;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds products and revenue lines through the API for revenue tests. */
final class Revenue {
    private Revenue() {
    }

    static YearMonth monthsAgo(int months) {
        return YearMonth.now(ZoneOffset.UTC).minusMonths(months);
    }

    /** A new active product with a unique SKU; returns {id, sku}. */
    static String[] product(String family, boolean recurring) {
        String sku = Fixtures.unique("SKU").toUpperCase();
        String id = api().body(Map.of("sku", sku, "name", "Product " + sku, "family", family, "recurring", recurring))
                .post("/api/v1/products").then().statusCode(201).extract().path("id");
        return new String[] {id, sku};
    }

    static Map<String, Object> line(String accountId, String sku, YearMonth period, Object quantity, Object amount) {
        Map<String, Object> line = new HashMap<>();
        line.put("accountId", accountId);
        line.put("sku", sku);
        line.put("period", period.toString());
        line.put("quantity", quantity);
        line.put("amount", amount);
        line.put("currency", "EUR");
        line.put("source", "billing");
        return line;
    }

    static io.restassured.response.Response send(List<Map<String, Object>> lines) {
        return api().body(Map.of("lines", lines)).post("/api/v1/revenue-lines/batch");
    }
}
