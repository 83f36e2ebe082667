package com.stratum.revenue;

import static com.stratum.revenue.Revenue.monthsAgo;
import static com.stratum.support.Api.api;
import static com.stratum.support.Fixtures.account;
import static com.stratum.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.stratum.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** CSV imports (issue 16): streamed upload, validation, preview of refused rows, commit through the ingest. */
@QuarkusTest
class RevenueImportApiTest {
    @Inject
    RevenueImportWorker worker;

    private static Response upload(String csv) {
        return api().contentType("text/csv").queryParam("fileName", "revenue.csv")
                .body(csv.getBytes(StandardCharsets.UTF_8)).post("/api/v1/revenue-imports");
    }

    private String uploadAndValidate(String csv) {
        String id = upload(csv).then().statusCode(202).body("status", equalTo("VALIDATING")).extract().path("id");
        worker.workDue();
        return id;
    }

    @Test
    void aFileIsPreviewedWithItsRefusedRowsThenCommitted() {
        String externalId = unique("CRM");
        String accountId = account(Map.of("externalId", externalId));
        String sku = Revenue.product("Platform", true)[1];
        String services = Revenue.product("Services", false)[1];
        String csv = "account_external_id,sku,period,quantity,amount,currency,source\n"
                + externalId + "," + sku + "," + monthsAgo(2) + ",10,1000.00,EUR,billing export\n"
                + externalId + "," + sku + "," + monthsAgo(1) + ",12,\"1,200.00\",EUR,billing export\n"
                + "NO-SUCH-ACCOUNT," + sku + "," + monthsAgo(1) + ",1,1,EUR,\n"
                + externalId + "," + services + "," + monthsAgo(1) + ",1,250,EUR,\n"
                + "\n"
                + externalId + "," + services + "," + monthsAgo(3) + ",1,250,EUR,\n";
        String id = uploadAndValidate(csv);
        api().get("/api/v1/revenue-imports/{id}", id).then().statusCode(200).body("status", equalTo("READY"))
                .body("totalRows", equalTo(5)).body("refusedRows", equalTo(2)).body("validRows", equalTo(3));
        api().get("/api/v1/revenue-imports/{id}/refused-rows", id).then().statusCode(200)
                .body("items.line", contains(3, 4)).body("total", equalTo(2))
                .body("items[0].field", equalTo("amount")).body("items[0].amount", equalTo("1,200.00"))
                .body("items[0].reason", containsString("thousands separators"))
                .body("items[1].field", equalTo("account_external_id"))
                .body("items[1].reason", containsString("NO-SUCH-ACCOUNT"));
        api().queryParam("limit", 1).get("/api/v1/revenue-imports/{id}/refused-rows", id).then()
                .body("items", hasSize(1)).body("nextCursor", org.hamcrest.Matchers.notNullValue());

        api().post("/api/v1/revenue-imports/{id}/commit", id).then().statusCode(200)
                .body("status", equalTo("COMMITTING"));
        api().post("/api/v1/revenue-imports/{id}/commit", id).then().statusCode(409);
        worker.workDue();
        api().get("/api/v1/revenue-imports/{id}", id).then().body("status", equalTo("COMMITTED"))
                .body("created", equalTo(3)).body("committedRows", equalTo(3));
        api().queryParam("groupBy", "family").queryParam("from", monthsAgo(3).toString())
                .queryParam("to", monthsAgo(1).toString()).get("/api/v1/accounts/{id}/revenue", accountId).then()
                .statusCode(200).body("groups.label", contains("Platform", "Services"))
                .body("totals.amount", contains(250.0f, 1000.0f, 250.0f));
    }

    @Test
    void aRepeatedMonthIsRefusedOnEveryRowAndACancelledImportLandsNothing() {
        String accountId = account(Map.of());
        String sku = Revenue.product("Platform", true)[1];
        String row = accountId + "," + sku + "," + monthsAgo(1) + ",1,10,EUR";
        String id = uploadAndValidate("account_id,sku,period,quantity,amount,currency\n" + row + "\n" + row + "\n");
        api().get("/api/v1/revenue-imports/{id}/refused-rows", id).then()
                .body("items.reason", contains("Lines 2, 3 name the same account, product and month; keep one of"
                        + " them.", "Lines 2, 3 name the same account, product and month; keep one of them."));
        api().post("/api/v1/revenue-imports/{id}/cancel", id).then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        api().get("/api/v1/accounts/{id}/revenue", accountId).then().body("products", hasSize(0));
    }

    @Test
    void aHeaderWithoutTheColumnsIsRefusedWhole() {
        upload("account,sku\nx,y\n").then().statusCode(400).body("detail", containsString("unknown column"));
        upload("sku,period,quantity,amount,currency\n").then().statusCode(400)
                .body("detail", containsString("account_id or account_external_id"));
        upload("").then().statusCode(400);
        Fixtures.signedIn("ACCOUNT_MANAGER").request().contentType("text/csv").body("sku\n".getBytes())
                .post("/api/v1/revenue-imports").then().statusCode(403);
    }

    /**
     * A file far larger than the 1 MiB body limit streams through: 50,000 rows (about 3.5 MB) generated while they
     * are sent, never held whole by the test or the server.
     */
    @Test
    void aLargeFileStreamsPastTheBodyLimit() {
        java.util.List<String> accounts = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            accounts.add(account(Map.of()));
        }
        String sku = Revenue.product("Platform", true)[1];
        int rows = 50_000;
        AtomicInteger next = new AtomicInteger();
        InputStream body = new SequenceInputStream(Collections.enumeration(java.util.List.of(
                new ByteArrayInputStream("account_id,sku,period,quantity,amount,currency\n".getBytes()),
                new InputStream() {
                    private byte[] current = new byte[0];
                    private int at;

                    @Override
                    public int read() {
                        if (at == current.length) {
                            int n = next.getAndIncrement();
                            if (n >= rows) {
                                return -1;
                            }
                            // A month per row, far in the past, each (account, product, month) once.
                            current = (accounts.get(n / 10_000) + "," + sku + ","
                                    + java.time.YearMonth.of(1000, 1).plusMonths(n % 10_000)
                                    + ",1,1.50,EUR\n").getBytes();
                            at = 0;
                        }
                        return current[at++];
                    }
                })));
        // Sent with its length (a chunked body is held to the usual body limit at the HTTP edge).
        byte[] file;
        try {
            file = body.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String id = api().contentType("text/csv").body(file).post("/api/v1/revenue-imports").then().statusCode(202)
                .body("totalRows", equalTo(rows)).extract().path("id");
        worker.workDue();
        api().get("/api/v1/revenue-imports/{id}", id).then().body("status", equalTo("READY"))
                .body("refusedRows", equalTo(0)).body("validRows", equalTo(rows));
        api().post("/api/v1/revenue-imports/{id}/commit", id).then().statusCode(200);
        worker.workDue();
        Response done = api().get("/api/v1/revenue-imports/{id}", id);
        done.then().body("status", equalTo("COMMITTED"));
        assertThat(done.<Integer>path("created")).isEqualTo(rows);
    }
}
