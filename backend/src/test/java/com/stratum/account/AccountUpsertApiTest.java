package com.stratum.account;

import static com.stratum.support.Api.api;
import static com.stratum.support.Api.atOnce;
import static com.stratum.support.Api.withToken;
import static com.stratum.support.Fixtures.account;
import static com.stratum.support.Fixtures.accountManager;
import static com.stratum.support.Fixtures.token;
import static com.stratum.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** Issue 17: upsert of accounts by external id, one by one and in batches. */
@QuarkusTest
class AccountUpsertApiTest {
    private static final String BY_EXTERNAL_ID = "/api/v1/accounts/by-external-id/{externalId}";

    private static long withExternalId(String externalId) {
        return api().queryParam("q", externalId).get("/api/v1/accounts").then().statusCode(200).extract()
                .<Number>path("total").longValue();
    }

    @Test
    void putCreatesThenReplacesAndSaysWhenNothingChanged() {
        String externalId = unique("CRM");
        String name = unique("Upsert");
        Response created = api().body(Map.of("name", name, "industry", "Energy", "domain", unique("up") + ".example"))
                .put(BY_EXTERNAL_ID, externalId);
        created.then().statusCode(201).header("ETag", "\"0\"").body("externalId", equalTo(externalId))
                .body("industry", equalTo("Energy"));
        String id = created.path("id");
        created.then().header("Location", endsWith("/api/v1/accounts/" + id));
        String domain = created.path("domain");

        // The same again, spelled differently: nothing changes, not even the version.
        String etag = api().get("/api/v1/accounts/{id}", id).then().statusCode(200).extract().header("ETag");
        api().body(Map.of("name", " " + name + " ", "industry", "Energy", "domain", domain.toUpperCase(),
                        "externalId", externalId, "lifecycle", "ACTIVE"))
                .put(BY_EXTERNAL_ID, externalId).then().statusCode(200)
                .header("ETag", etag.replaceFirst("-[0-9a-f]+\"$", "\"")) // the version the GET named
                .body("id", equalTo(id));

        // A replace: what is left out goes back to its default.
        api().body(Map.of("name", name, "territory", "EMEA")).put(BY_EXTERNAL_ID, externalId).then().statusCode(200)
                .header("ETag", "\"1\"").body("id", equalTo(id)).body("industry", nullValue())
                .body("domain", nullValue()).body("territory", equalTo("EMEA"));
        assertThat(withExternalId(externalId)).isEqualTo(1);
    }

    @Test
    void ifMatchIsRespected() {
        String externalId = unique("CRM");
        String name = unique("Upsert");
        api().header("If-Match", "\"0\"").body(Map.of("name", name)).put(BY_EXTERNAL_ID, externalId).then()
                .statusCode(412).contentType("application/problem+json")
                .body("detail", containsString("send the request without If-Match to create it"));
        assertThat(withExternalId(externalId)).isZero();
        api().body(Map.of("name", name)).put(BY_EXTERNAL_ID, externalId).then().statusCode(201);
        api().header("If-Match", "\"7\"").body(Map.of("name", name, "industry", "Retail"))
                .put(BY_EXTERNAL_ID, externalId).then().statusCode(412)
                .body("type", equalTo("urn:stratum:problem:stale-version"));
        api().header("If-Match", "\"0\"").body(Map.of("name", name, "industry", "Retail"))
                .put(BY_EXTERNAL_ID, externalId).then().statusCode(200).body("industry", equalTo("Retail"));
    }

    @Test
    void theRulesOfCreateAndPatchHold() {
        String externalId = unique("CRM");
        api().body(Map.of("name", " ", "country", "Germany")).put(BY_EXTERNAL_ID, externalId).then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", org.hamcrest.Matchers
                        .containsInAnyOrder("name", "country"));
        assertThat(withExternalId(externalId)).isZero();
        api().body(Map.of("name", "X", "externalId", "other")).put(BY_EXTERNAL_ID, externalId).then().statusCode(422)
                .body("errors[0].field", equalTo("externalId")).body("detail", containsString("differs from"));
        api().body(Map.of("name", "X")).put(BY_EXTERNAL_ID, " padded").then().statusCode(422)
                .body("errors[0].field", equalTo("externalId"));

        // An account manager may not create a KEY account, by upsert neither.
        String amToken = token("ACCOUNT_MANAGER", List.of("accounts:read", "accounts:write"));
        withToken(amToken).body(Map.of("name", unique("Upsert"), "tier", "KEY")).put(BY_EXTERNAL_ID, unique("CRM"))
                .then().statusCode(403);

        // A KEY account's owner changes only by handoff; its tier only with a reason.
        String owner = accountManager();
        String keyExternalId = unique("CRM");
        String name = unique("Upsert");
        account(Map.of("name", name, "externalId", keyExternalId, "tier", "KEY", "ownerId", owner));
        api().body(Map.of("name", name, "ownerId", accountManager())).put(BY_EXTERNAL_ID, keyExternalId).then()
                .statusCode(409).body("type", equalTo("urn:stratum:problem:owner-change-needs-handoff"));
        api().body(Map.of("name", name, "ownerId", owner, "tier", "STRATEGIC")).put(BY_EXTERNAL_ID, keyExternalId)
                .then().statusCode(422).body("errors[0].field", equalTo("tier"));
        api().body(Map.of("name", name, "ownerId", owner, "tier", "KEY", "industry", "Energy"))
                .put(BY_EXTERNAL_ID, keyExternalId).then().statusCode(200).body("tier", equalTo("KEY"))
                .body("industry", equalTo("Energy"));
    }

    @Test
    void aBatchReportsEachItemAndLandsTheValidOnes() {
        String known = unique("CRM");
        String knownName = unique("Upsert");
        api().body(Map.of("name", knownName)).put(BY_EXTERNAL_ID, known).then().statusCode(201);
        String fresh = unique("CRM");
        String invalid = unique("CRM");
        String changed = unique("CRM");
        api().body(Map.of("name", "Before")).put(BY_EXTERNAL_ID, changed).then().statusCode(201);
        List<Object> items = new ArrayList<>();
        items.add(Map.of("externalId", fresh, "name", unique("Upsert")));
        items.add(Map.of("externalId", invalid, "name", " ", "employees", -1));
        items.add(Map.of("externalId", known, "name", knownName));
        items.add(Map.of("name", "No external id"));
        items.add("not an object");
        items.add(Map.of("externalId", changed, "name", "After"));
        Response result = api().body(Map.of("items", items)).post("/api/v1/accounts/batch");
        result.then().statusCode(200)
                .body("created", equalTo(1)).body("updated", equalTo(1)).body("unchanged", equalTo(1))
                .body("refused", equalTo(3))
                .body("results[0].status", equalTo("CREATED")).body("results[0].externalId", equalTo(fresh))
                .body("results[1].status", equalTo("REFUSED")).body("results[1].accountId", nullValue())
                .body("results[1].problem.status", equalTo(422))
                .body("results[2].status", equalTo("UNCHANGED"))
                .body("results[3].status", equalTo("REFUSED"))
                .body("results[3].problem.detail", containsString("needs its externalId"))
                .body("results[4].status", equalTo("REFUSED")).body("results[4].problem.status", equalTo(400))
                .body("results[5].status", equalTo("UPDATED")).body("results[5].version", equalTo(1));
        assertThat(withExternalId(fresh)).isEqualTo(1);
        assertThat(withExternalId(invalid)).isZero();
        api().get("/api/v1/accounts/{id}", result.<String>path("results[5].accountId")).then()
                .body("name", equalTo("After"));
    }

    @Test
    void concurrentBatchesOverTheSameAccountsReportEveryItem() throws Exception {
        // A nightly sync sent four times at once (workers, retries): half of its accounts are known, half are new,
        // and every item lands in every batch, one after the other, rather than the losers of the race failing
        // their whole batch after the items before them have landed.
        String prefix = unique("Race");
        int size = 60;
        int racers = 4;
        List<Map<String, Object>> created = new ArrayList<>();
        for (int i = 0; i < size / 2; i++) {
            created.add(Map.of("externalId", prefix + "-" + i, "name", prefix + " " + i));
        }
        api().body(Map.of("items", created)).post("/api/v1/accounts/batch").then().statusCode(200)
                .body("created", equalTo(size / 2));
        List<Callable<Response>> batches = new ArrayList<>();
        for (int racer = 1; racer <= racers; racer++) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                items.add(Map.of("externalId", prefix + "-" + i, "name", prefix + " " + i, "arr", 1000 * racer));
            }
            batches.add(() -> api().body(Map.of("items", items)).post("/api/v1/accounts/batch"));
        }
        List<Response> responses = atOnce(batches);
        for (Response response : responses) {
            response.then().statusCode(200).body("refused", equalTo(0));
            assertThat(response.<List<String>>path("results.status")).hasSize(size)
                    .isSubsetOf("CREATED", "UPDATED", "UNCHANGED");
        }
        assertThat(responses).flatExtracting(r -> r.<List<String>>path("results.status")).filteredOn("CREATED"::equals)
                .hasSize(size / 2);
        // Each batch's write of an account came after another's: four versions, and the account holds the ARR of
        // the batch whose write was last.
        for (int i : List.of(0, size - 1)) {
            List<Integer> versions = new ArrayList<>();
            for (Response response : responses) {
                versions.add(response.path("results[" + i + "].version"));
            }
            assertThat(versions).doesNotHaveDuplicates();
            int last = versions.indexOf(versions.stream().max(Integer::compare).orElseThrow());
            String id = responses.get(0).path("results[" + i + "].accountId");
            assertThat(api().get("/api/v1/accounts/{id}", id).then().statusCode(200).extract().<Number>path("arr")
                    .intValue()).isEqualTo(1000 * (last + 1));
        }
    }

    @Test
    void aBatchHoldsAtMost1000Items() {
        String prefix = unique("Bulk");
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            Map<String, Object> item = new HashMap<>();
            item.put("externalId", prefix + "-" + i);
            item.put("name", prefix + " " + i);
            items.add(item);
        }
        api().body(Map.of("items", items)).post("/api/v1/accounts/batch").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("items"));
        assertThat(withExternalId(prefix)).isZero();
        // A thousand upserts take their time on a busy test machine: this request may take longer than most.
        api().config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.socket.timeout", 180_000)))
                .body(Map.of("items", items.subList(0, 1000))).post("/api/v1/accounts/batch").then().statusCode(200)
                .body("created", equalTo(1000)).body("refused", equalTo(0));
        // A search across all accounts lists at most 200 of them; its CSV export holds every match.
        String csv = api().queryParam("q", prefix).queryParam("format", "csv").get("/api/v1/accounts").then()
                .statusCode(200).extract().asString();
        assertThat(csv.lines().skip(1).filter(line -> line.contains(prefix + "-"))).hasSize(1000);
        api().body(Map.of("items", List.of())).post("/api/v1/accounts/batch").then().statusCode(422);
    }
}
