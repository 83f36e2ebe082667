package com.stratum.common;

import static com.stratum.support.Api.anonymous;
import static com.stratum.support.Api.api;
import static com.stratum.support.Api.withToken;
import static com.stratum.support.Fixtures.account;
import static com.stratum.support.Fixtures.accountManager;
import static com.stratum.support.Fixtures.opportunity;
import static com.stratum.support.Fixtures.token;
import static com.stratum.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stratum.account.AccountQueries;
import com.stratum.opportunity.OpportunityQueries;
import com.stratum.task.TaskQueries;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** Lists as CSV: the same rows and values as the JSON list, RFC 4180 quoting, the formula guard, access. */
@QuarkusTest
class CsvExportApiTest {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** RFC 4180: fields separated by commas, records by CRLF, quoted fields with doubled quotes. */
    static List<List<String>> parse(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertThat(field).as("the file ends with CRLF").isEmpty();
        assertThat(record).isEmpty();
        return records;
    }

    /** What the CSV cell of a JSON value must read. */
    private static String expected(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isArray()) {
            return guard(StreamSupport.stream(value.spliterator(), false).map(JsonNode::asText)
                    .collect(Collectors.joining("; ")));
        }
        if (value.isNumber()) {
            return value.decimalValue().toPlainString();
        }
        return value.isTextual() ? guard(value.asText()) : value.asText();
    }

    private static String guard(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /**
     * The JSON value a CSV column stands for: the property of its name, except the accounts' flattened risk flags
     * (flags: every riskFlags[].flag, flagCount: riskFlagCount).
     */
    private static JsonNode derived(JsonNode item, String column) {
        if (column.equals("flags") && item.has("riskFlags")) {
            var names = JSON.createArrayNode();
            item.get("riskFlags").forEach(f -> names.add(f.get("flag").asText()));
            return names;
        }
        if (column.equals("flagCount") && item.has("riskFlagCount")) {
            return item.get("riskFlagCount");
        }
        return item.get(column);
    }

    /** The CSV's rows equal the JSON list's items, column by column, in the same order. */
    private static void sameContent(String path, Map<String, ?> filters, String columns) throws Exception {
        Response page = api().queryParams(filters).queryParam("limit", 200).get(path);
        page.then().statusCode(200);
        JsonNode items = JSON.readTree(page.asString()).get("items");
        Response csv = api().queryParams(filters).queryParam("format", "csv").get(path);
        csv.then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("attachment"));
        List<List<String>> rows = parse(csv.asString());
        List<String> header = List.of(columns.split(","));
        assertThat(rows.get(0)).isEqualTo(header);
        assertThat(rows).hasSize(items.size() + 1);
        for (int i = 0; i < items.size(); i++) {
            for (int c = 0; c < header.size(); c++) {
                JsonNode value = derived(items.get(i), header.get(c));
                String cell = rows.get(i + 1).get(c);
                if (value != null && value.isNumber()) {
                    // The same number: JSON drops a decimal's trailing zeros (1000), CSV keeps its scale (1000.00).
                    assertThat(new java.math.BigDecimal(cell)).as(path + " row " + i + " " + header.get(c))
                            .isEqualByComparingTo(value.decimalValue());
                } else {
                    assertThat(cell).as(path + " row " + i + " " + header.get(c)).isEqualTo(expected(value));
                }
            }
        }
    }

    @Test
    void theAccountsCsvHoldsWhatTheJsonListHolds() throws Exception {
        String industry = unique("Csv");
        account(Map.of("industry", industry, "name", unique("Plain"), "arr", 1234.50, "tags", List.of("a", "b")));
        account(Map.of("industry", industry, "name", unique("Comma, \"Quoted\" and more")));
        account(Map.of("industry", industry, "name", "=HYPERLINK(\"http://evil.example\") " + unique("F")));
        account(Map.of("industry", industry, "name", "-2+3 " + unique("M"), "territory", "@SUM(A1)"));
        // KEY accounts carry risk flags from their creation (PLAN_STALE, SINGLE_THREADED): the flag columns.
        String flagged = account(Map.of("industry", industry, "name", unique("Flagged"), "tier", "KEY"));
        List<List<String>> rows = parse(api().queryParam("industry", industry).queryParam("format", "csv")
                .get("/api/v1/accounts").asString());
        List<String> header = rows.get(0);
        List<String> row = rows.stream().filter(r -> r.get(0).equals(flagged)).findFirst().orElseThrow();
        assertThat(row.get(header.indexOf("flags"))).contains("PLAN_STALE").contains("; ");
        assertThat(Integer.parseInt(row.get(header.indexOf("flagCount")))).isGreaterThanOrEqualTo(2);
        sameContent("/api/v1/accounts", Map.of("industry", industry, "sort", "name"), AccountQueries.CSV);
        sameContent("/api/v1/accounts", Map.of("industry", industry, "sort", "-arr"), AccountQueries.CSV);
    }

    @Test
    void cellsAreQuotedAndFormulasNeutralised() {
        String industry = unique("Quote");
        String formula = "=HYPERLINK(\"http://evil.example\",\"x\") " + unique("F");
        String quoted = unique("Comma, \"Quoted\"");
        account(Map.of("industry", industry, "name", formula, "arr", 10, "territory", "+44 20"));
        account(Map.of("industry", industry, "name", quoted));
        String csv = api().accept("text/csv").queryParam("industry", industry).queryParam("sort", "name")
                .get("/api/v1/accounts").then().statusCode(200).contentType(startsWith("text/csv")).extract()
                .asString();
        assertThat(csv).startsWith("id,name,domain,").contains("\r\n")
                .contains(",\"'" + formula.replace("\"", "\"\"") + "\",")
                .contains(",\"" + quoted.replace("\"", "\"\"") + "\",")
                .contains(",'+44 20,")
                .contains(",10.00,");
        assertThat(CsvExport.cell("-1")).isEqualTo("'-1");
        assertThat(CsvExport.cell("a\tb")).isEqualTo("a\tb");
        assertThat(CsvExport.cell("@x,y")).isEqualTo("\"'@x,y\"");
        assertThat(CsvExport.cell("line\nbreak")).isEqualTo("\"line\nbreak\"");
    }

    @Test
    void theOtherListsExportTheirFilteredRows() throws Exception {
        String owner = accountManager();
        String accountId = account(Map.of("ownerId", owner));
        opportunity(accountId, "UPSELL", 1000, "2031-01-31");
        opportunity(accountId, "CROSS_SELL", 2500.25, "2031-02-28");
        sameContent("/api/v1/opportunities", Map.of("accountId", accountId), OpportunityQueries.CSV);
        api().body(Map.of("title", "=cmd " + unique("Task"), "accountId", accountId, "assigneeId", owner,
                "dueDate", LocalDate.now(ZoneOffset.UTC).plusDays(3).toString())).post("/api/v1/tasks").then()
                .statusCode(201);
        sameContent("/api/v1/tasks", Map.of("accountId", accountId), TaskQueries.CSV);
        String contact = com.stratum.support.People.contact(accountId, Map.of("title", "+CFO, \"Finance\""));
        com.stratum.support.People.contact(accountId, Map.of());
        sameContent("/api/v1/contacts", Map.of("accountId", accountId), com.stratum.contact.ContactQueries.CSV);
        com.stratum.support.Surveys.schedule(accountId);
        sameContent("/api/v1/qbrs", Map.of("accountId", accountId), com.stratum.survey.QbrQueries.CSV);
        api().body(Map.of("type", "MEETING", "occurredAt", java.time.Instant.now().minusSeconds(600).toString(),
                "summary", "-10% discount, \"asked\"", "contactIds", List.of(contact)))
                .post("/api/v1/accounts/{id}/activities", accountId).then().statusCode(201);
        sameContent("/api/v1/activities", Map.of("accountId", accountId), com.stratum.activity.ActivityQueries.CSV);
        String family = unique("Csv family");
        api().body(Map.of("sku", unique("CSV"), "name", "@risk", "family", family, "recurring", true))
                .post("/api/v1/products").then().statusCode(201);
        sameContent("/api/v1/products", Map.of("family", family), com.stratum.revenue.ProductQueries.CSV);
    }

    @Test
    void csvKeepsTheListsAccessRulesAndRefusals() {
        anonymous().queryParam("format", "csv").get("/api/v1/accounts").then().statusCode(401);
        String tasksOnly = token("ADMIN", List.of("tasks:read"));
        withToken(tasksOnly).accept("text/csv").get("/api/v1/accounts").then().statusCode(403)
                .contentType("application/problem+json");
        api().queryParam("format", "xml").get("/api/v1/accounts").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("format"));
        api().queryParam("format", "csv").queryParam("sort", "colour").get("/api/v1/accounts").then()
                .statusCode(400).contentType("application/problem+json");
        api().queryParam("format", "json").get("/api/v1/accounts").then().statusCode(200)
                .contentType(startsWith("application/json"));
    }
}
