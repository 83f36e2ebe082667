package com.stratum.dataimport;

import static com.stratum.support.Api.api;
import static com.stratum.support.Api.atOnce;
import static com.stratum.support.Fixtures.account;
import static com.stratum.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import com.stratum.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** CSV imports of accounts and contacts (issue 17): mapping, preview with refused rows, matching, commit, history. */
@QuarkusTest
class DataImportApiTest {
    @Inject
    DataImportWorker worker;

    private static Response upload(String kind, byte[] csv) {
        return api().contentType("text/csv").queryParam("kind", kind).queryParam("fileName", "import.csv")
                .body(csv).post("/api/v1/imports");
    }

    private static String uploaded(String kind, String csv) {
        return upload(kind, csv.getBytes(StandardCharsets.UTF_8)).then().statusCode(201)
                .body("status", equalTo("MAPPING")).extract().path("id");
    }

    /** Uploads, sends the guessed mapping, previews. */
    private String previewed(String kind, String csv) {
        String id = uploaded(kind, csv);
        Map<String, Object> guessed = api().get("/api/v1/imports/{id}", id).then().extract().path("mapping");
        api().contentType("application/json").body(Map.of("columns", guessed))
                .post("/api/v1/imports/{id}/mapping", id).then().statusCode(200).body("status", equalTo("VALIDATING"));
        worker.workDue();
        return id;
    }

    private void committed(String id) {
        api().post("/api/v1/imports/{id}/commit", id).then().statusCode(200).body("status", equalTo("COMMITTING"));
        worker.workDue();
    }

    @Test
    void accountsArePreviewedWithTheirRefusedRowsThenCommittedMatchingOnExternalIdAndName() {
        String knownId = unique("CRM");
        String known = account(Map.of("name", unique("Known"), "externalId", knownId, "industry", "Retail"));
        String namedName = unique("Named Co");
        String named = account(Map.of("name", namedName, "industry", "Retail"));
        String newName = unique("New Co");
        String csv = "CRM ID,Company,Industry,Employees\n"
                + knownId + ",Renamed " + knownId + ",Logistics,120\n"
                + "," + namedName + ",Retail,\n"
                + "," + newName + ",Energy,50\n"
                + ",,Energy,5\n"
                + "," + unique("Bad") + ",Energy,many\n";
        String id = previewed("ACCOUNTS", csv);
        api().get("/api/v1/imports/{id}", id).then().statusCode(200).body("status", equalTo("READY"))
                .body("mapping.external_id", equalTo("CRM ID")).body("mapping.name", equalTo("Company"))
                .body("totalRows", equalTo(5)).body("refusedRows", equalTo(2)).body("willCreate", equalTo(1))
                .body("willUpdate", equalTo(1)).body("willLeaveUnchanged", equalTo(1));
        api().get("/api/v1/imports/{id}/refused-rows", id).then().statusCode(200).body("items.line", contains(5, 6))
                .body("items[0].column", equalTo("name")).body("items[0].reason", containsString("Column name:"))
                .body("items[1].column", equalTo("employees")).body("items[1].values.employees", equalTo("many"));
        api().get("/api/v1/accounts/{id}", known).then().body("industry", equalTo("Retail"));

        committed(id);
        api().get("/api/v1/imports/{id}", id).then().body("status", equalTo("COMMITTED")).body("created", equalTo(1))
                .body("updated", equalTo(1)).body("unchanged", equalTo(1)).body("committedRows", equalTo(3))
                .body("createdByName", notNullValue());
        api().get("/api/v1/accounts/{id}", known).then().body("industry", equalTo("Logistics"))
                .body("employees", equalTo(120)).body("name", equalTo("Renamed " + knownId));
        api().get("/api/v1/accounts/{id}", named).then().body("name", equalTo(namedName));
        api().queryParam("q", newName).get("/api/v1/accounts").then().body("items.name", contains(newName))
                .body("items[0].industry", equalTo("Energy"));
        api().queryParam("entityType", "account").queryParam("entityId", known).get("/api/v1/audit-events").then()
                .statusCode(200).body("items.action", hasItem("import:" + id));
    }

    @Test
    void aNameTwoLiveAccountsShareIsRefusedAsAmbiguousAndRepeatsInTheFileOnEveryRow() {
        String shared = unique("Twin");
        account(Map.of("name", shared));
        account(Map.of("name", shared.toLowerCase()));
        String once = unique("Once");
        String id = previewed("ACCOUNTS", "name\n" + shared + "\n" + once + "\n" + once.toUpperCase() + "\n");
        api().get("/api/v1/imports/{id}/refused-rows", id).then().body("items.line", contains(2, 3, 4))
                .body("items[0].reason", containsString("More than one live account is named"))
                .body("items[1].reason", equalTo("Lines 3, 4 name the same account; keep one of them."));
        api().get("/api/v1/imports/{id}", id).then().body("willCreate", equalTo(0));
    }

    @Test
    void contactsMatchOnExternalIdThenEmailWithinTheirAccount() {
        String accountExternalId = unique("CRM");
        String accountId = account(Map.of("externalId", accountExternalId));
        String email = unique("pat") + "@example.com";
        String existing = api().contentType("application/json").body(Map.of("name", "Pat Old", "email", email))
                .post("/api/v1/accounts/{id}/contacts", accountId).then().statusCode(201).extract().path("id");
        String csv = "Account ID,Name,E-mail,Job title\n"
                + accountExternalId + ",Pat New," + email.toUpperCase() + ",CFO\n"
                + accountExternalId + ",Sam New," + unique("sam") + "@example.com,CTO\n"
                + "NO-SUCH-ACCOUNT,Lou,lou@example.com,\n";
        String id = previewed("CONTACTS", csv);
        api().get("/api/v1/imports/{id}", id).then().body("status", equalTo("READY")).body("willUpdate", equalTo(1))
                .body("willCreate", equalTo(1)).body("refusedRows", equalTo(1));
        api().get("/api/v1/imports/{id}/refused-rows", id).then().body("items[0].column",
                equalTo("account_external_id")).body("items[0].reason", containsString("NO-SUCH-ACCOUNT"));
        committed(id);
        api().get("/api/v1/contacts/{id}", existing).then().body("name", equalTo("Pat New"))
                .body("title", equalTo("CFO"));
        api().get("/api/v1/accounts/{id}/contacts", accountId).then().body("items", hasSize(2));
    }

    @Test
    void theFileIsKeptAndListedWithWhoAndWhen() {
        String csv = "name,industry\n" + unique("Listed") + ",Energy\n";
        String id = previewed("ACCOUNTS", csv);
        byte[] file = api().accept("text/csv").get("/api/v1/imports/{id}/file", id).then().statusCode(200)
                .header("Content-Disposition", containsString("import.csv")).extract().asByteArray();
        assertThat(new String(file, StandardCharsets.UTF_8)).isEqualTo(csv);
        api().queryParam("kind", "ACCOUNTS").queryParam("limit", 1).get("/api/v1/imports").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", equalTo(id)).body("items[0].createdById", notNullValue())
                .body("nextCursor", notNullValue());
        api().post("/api/v1/imports/{id}/cancel", id).then().statusCode(200).body("status", equalTo("CANCELLED"));
    }

    @Test
    void badFilesAreRefusedWithTheirProblemType() {
        upload("ACCOUNTS", new byte[0]).then().statusCode(400).body("type", containsString("csv-no-header"));
        upload("ACCOUNTS", "name,\nx,y\n".getBytes(StandardCharsets.UTF_8)).then().statusCode(400)
                .body("type", containsString("csv-no-header")).body("detail", containsString("Column 2"));
        upload("ACCOUNTS", "name\nM\u00fcller\n".getBytes(StandardCharsets.ISO_8859_1)).then().statusCode(400)
                .body("type", containsString("csv-encoding")).body("detail", containsString("CSV UTF-8"));
        // A file without its header line: the first data row is not taken for one.
        upload("ACCOUNTS", "Acme Corp,Logistics,120\nBeta Ltd,Retail,5\n".getBytes(StandardCharsets.UTF_8)).then()
                .statusCode(400).body("type", containsString("csv-no-header"))
                .body("detail", containsString("is not a header")).body("detail", containsString("Acme Corp"));
        upload("CONTACTS", "Acme,Jane Doe,jane@acme.example\n".getBytes(StandardCharsets.UTF_8)).then()
                .statusCode(400).body("type", containsString("csv-no-header"))
                .body("detail", containsString("is not a header"));
        // A header line whose last name is a value: the header of one column was left out, or a data row is first.
        upload("ACCOUNTS", "Name,Industry,120\nBeta Ltd,Retail,5\n".getBytes(StandardCharsets.UTF_8)).then()
                .statusCode(400).body("type", containsString("csv-no-header"))
                .body("detail", containsString("\"120\", which looks like a value"));
        String id = uploaded("ACCOUNTS", "Company\nAcme\n");
        api().contentType("application/json").body(Map.of("columns", Map.of("name", "Firm")))
                .post("/api/v1/imports/{id}/mapping", id).then().statusCode(400)
                .body("type", containsString("csv-unknown-column")).body("detail", containsString("Company"));
        api().contentType("application/json").body(Map.of("columns", Map.of("industry", "Company")))
                .post("/api/v1/imports/{id}/mapping", id).then().statusCode(422)
                .body("errors.field", hasItem("columns.name"));
        api().post("/api/v1/imports/{id}/commit", id).then().statusCode(409)
                .body("type", containsString("import-not-ready"));
        Fixtures.signedIn("ACCOUNT_MANAGER").request().contentType("text/csv").queryParam("kind", "ACCOUNTS")
                .body("name\n".getBytes()).post("/api/v1/imports").then().statusCode(403);
    }

    /** Columns that no mapped column reads are listed, so that the preview can say they are not imported. */
    @Test
    void headersTheMappingLeavesOutAreListedAsNotImported() {
        String id = uploaded("ACCOUNTS", "Company,Notes,Industry,Owner email\n" + unique("Acme") + ",Met at a fair,Retail,"
                + "a@b.example\n");
        api().get("/api/v1/imports/{id}", id).then().statusCode(200)
                .body("unmappedHeaders", contains("Notes", "Owner email"));
        api().contentType("application/json").body(Map.of("columns", Map.of("name", "Company")))
                .post("/api/v1/imports/{id}/mapping", id).then().statusCode(200)
                .body("unmappedHeaders", contains("Notes", "Industry", "Owner email"));
        worker.workDue();
        api().get("/api/v1/imports/{id}", id).then().body("status", equalTo("READY"))
                .body("unmappedHeaders", contains("Notes", "Industry", "Owner email"));
        api().post("/api/v1/imports/{id}/cancel", id).then().statusCode(200);
    }

    /** Two commits at once and two workers at once: each row is written once. */
    @Test
    void twoConcurrentCommitsAndWorkersWriteEachRowOnce() throws Exception {
        StringBuilder csv = new StringBuilder("external_id,name\n");
        String prefix = unique("RACE");
        for (int i = 0; i < 30; i++) {
            csv.append(prefix).append('-').append(i).append(',').append(prefix).append(" account ").append(i)
                    .append('\n');
        }
        String id = previewed("ACCOUNTS", csv.toString());
        List<Integer> statuses = atOnce(List.of(
                () -> api().post("/api/v1/imports/{id}/commit", id).statusCode(),
                () -> api().post("/api/v1/imports/{id}/commit", id).statusCode()));
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        atOnce(List.<Callable<Integer>>of(worker::workDue, worker::workDue));
        api().get("/api/v1/imports/{id}", id).then().body("status", equalTo("COMMITTED"))
                .body("created", equalTo(30)).body("committedRows", equalTo(30));
        api().queryParam("q", prefix).queryParam("limit", 100).get("/api/v1/accounts").then()
                .body("items", hasSize(30));
    }

    /**
     * An import's rows and an integration's batch over the same new accounts, at once: the two take turns on each
     * external id, so every row and every item lands (created by one, updated by the other) and no account is
     * created twice.
     */
    @Test
    void anImportAndABatchOverTheSameNewAccountsAtOnceEachLandOnce() throws Exception {
        String prefix = unique("RACEB");
        int size = 40;
        StringBuilder csv = new StringBuilder("external_id,name,employees\n");
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            csv.append(prefix).append('-').append(i).append(',').append(prefix).append(" import ").append(i)
                    .append(",10\n");
            items.add(Map.of("externalId", prefix + "-" + i, "name", prefix + " batch " + i, "employees", 20));
        }
        String id = previewed("ACCOUNTS", csv.toString());
        api().post("/api/v1/imports/{id}/commit", id).then().statusCode(200);
        List<Object> outcomes = atOnce(List.<Callable<Object>>of(worker::workDue,
                () -> api().body(Map.of("items", items)).post("/api/v1/accounts/batch")));
        Response batch = (Response) outcomes.get(1);
        batch.then().statusCode(200).body("refused", equalTo(0));
        int batchCreated = batch.path("created");
        api().get("/api/v1/imports/{id}", id).then().body("status", equalTo("COMMITTED"))
                .body("committedRows", equalTo(size)).body("created", equalTo(size - batchCreated));
        List<String> names = api().queryParam("q", prefix).queryParam("limit", 100).get("/api/v1/accounts").then()
                .statusCode(200).body("total", equalTo(size)).extract().path("items.name");
        assertThat(names).hasSize(size);
    }
}
