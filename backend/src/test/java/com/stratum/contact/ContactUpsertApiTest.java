package com.stratum.contact;

import static com.stratum.support.Api.api;
import static com.stratum.support.Api.atOnce;
import static com.stratum.support.Fixtures.account;
import static com.stratum.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Issue 17: contacts carry an externalId, unique within their account, and are upserted by it. */
@QuarkusTest
class ContactUpsertApiTest {
    private static final String BY_EXTERNAL_ID = "/api/v1/accounts/{accountId}/contacts/by-external-id/{externalId}";

    private static long contactsOf(String accountId) {
        return api().get("/api/v1/accounts/{id}/contacts", accountId).then().statusCode(200).extract()
                .<Number>path("total").longValue();
    }

    @Test
    void putCreatesThenReplacesAndSaysWhenNothingChanged() {
        String accountId = account(Map.of());
        Response created = api().body(Map.of("name", "Jordan Lee", "title", "CFO", "email", "jordan@acme.example"))
                .put(BY_EXTERNAL_ID, accountId, "C-1");
        created.then().statusCode(201).header("ETag", "\"0\"").body("externalId", equalTo("C-1"))
                .body("accountId", equalTo(accountId));
        String id = created.path("id");
        created.then().header("Location", endsWith("/api/v1/contacts/" + id));
        api().get("/api/v1/contacts/{id}", id).then().body("externalId", equalTo("C-1"));

        api().body(Map.of("name", "Jordan Lee", "title", "CFO", "email", "jordan@acme.example", "externalId", "C-1"))
                .put(BY_EXTERNAL_ID, accountId, "C-1").then().statusCode(200).body("version", equalTo(0));
        api().body(Map.of("name", "Jordan Lee", "title", "CEO")).put(BY_EXTERNAL_ID, accountId, "C-1").then()
                .statusCode(200).body("id", equalTo(id)).body("version", equalTo(1)).body("title", equalTo("CEO"))
                .body("email", nullValue());

        // The same external id in another account is another contact.
        String other = account(Map.of());
        api().body(Map.of("name", "Someone Else")).put(BY_EXTERNAL_ID, other, "C-1").then().statusCode(201);
        assertThat(contactsOf(accountId)).isEqualTo(1);
    }

    @Test
    void theRulesOfCreateAndPatchHold() {
        String accountId = account(Map.of());
        api().body(Map.of("name", " ", "influence", 9)).put(BY_EXTERNAL_ID, accountId, "C-2").then()
                .statusCode(422).body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("name",
                        "influence"));
        api().body(Map.of("name", "A", "externalId", "C-3")).put(BY_EXTERNAL_ID, accountId, "C-2").then()
                .statusCode(422).body("detail", containsString("differs from"));
        api().header("If-Match", "\"0\"").body(Map.of("name", "A")).put(BY_EXTERNAL_ID, accountId, "C-2").then()
                .statusCode(412);
        api().body(Map.of("name", "A")).put(BY_EXTERNAL_ID, UUID.randomUUID().toString(), "C-2").then()
                .statusCode(404);
        assertThat(contactsOf(accountId)).isZero();

        // The externalId is unique within the account, also when set by POST or PATCH.
        api().body(Map.of("name", "A")).put(BY_EXTERNAL_ID, accountId, "C-2").then().statusCode(201);
        api().body(Map.of("name", "B", "externalId", "C-2")).post("/api/v1/accounts/{id}/contacts", accountId).then()
                .statusCode(409).body("field", equalTo("externalId"));
        api().body(Map.of("name", "A", "externalId", "x".repeat(201))).post("/api/v1/accounts/{id}/contacts",
                accountId).then().statusCode(422).body("errors[0].field", equalTo("externalId"));

        String archived = account(Map.of());
        api().delete("/api/v1/accounts/{id}", archived).then().statusCode(204);
        api().body(Map.of("name", "A")).put(BY_EXTERNAL_ID, archived, "C-2").then().statusCode(409);
    }

    @Test
    void concurrentBatchesOverTheSameContactsReportEveryItem() throws Exception {
        // The same contacts sent by four batches at once: each item lands in every batch, one after the other,
        // rather than the losers of the race failing their whole batch.
        String accountId = account(Map.of());
        int size = 40;
        List<Callable<Response>> batches = new ArrayList<>();
        for (int racer = 1; racer <= 4; racer++) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                items.add(Map.of("accountId", accountId, "externalId", "R-" + i, "name", "Person " + i,
                        "title", "Title " + racer));
            }
            batches.add(() -> api().body(Map.of("items", items)).post("/api/v1/contacts/batch"));
        }
        List<Response> responses = atOnce(batches);
        List<Integer> versions = new ArrayList<>();
        for (Response response : responses) {
            response.then().statusCode(200).body("refused", equalTo(0));
            assertThat(response.<List<String>>path("results.status")).hasSize(size)
                    .isSubsetOf("CREATED", "UPDATED", "UNCHANGED");
            versions.add(response.path("results[0].version"));
        }
        // One batch created the contact, and each of the others wrote its title after it: four versions, and the
        // contact holds the title of the last.
        assertThat(versions).containsExactlyInAnyOrder(0, 1, 2, 3);
        int last = versions.indexOf(3);
        api().get("/api/v1/contacts/{id}", responses.get(0).<String>path("results[0].contactId")).then()
                .statusCode(200).body("title", equalTo("Title " + (last + 1)));
        assertThat(contactsOf(accountId)).isEqualTo(size);
    }

    @Test
    void aBatchReportsEachItemAndLandsTheValidOnes() {
        String accountId = account(Map.of());
        api().body(Map.of("name", "Known")).put(BY_EXTERNAL_ID, accountId, "K").then().statusCode(201);
        api().body(Map.of("name", "Before")).put(BY_EXTERNAL_ID, accountId, "CH").then().statusCode(201);
        List<Object> items = new ArrayList<>();
        items.add(Map.of("accountId", accountId, "externalId", "NEW", "name", "New Person"));
        items.add(Map.of("accountId", accountId, "externalId", "BAD", "name", " "));
        items.add(Map.of("accountId", accountId, "externalId", "K", "name", "Known"));
        items.add(Map.of("externalId", "NOACC", "name", "No account"));
        items.add(Map.of("accountId", accountId, "name", "No external id"));
        items.add(Map.of("accountId", accountId, "externalId", "CH", "name", "After"));
        api().body(Map.of("items", items)).post("/api/v1/contacts/batch").then().statusCode(200)
                .body("created", equalTo(1)).body("updated", equalTo(1)).body("unchanged", equalTo(1))
                .body("refused", equalTo(3))
                .body("results[0].status", equalTo("CREATED"))
                .body("results[1].status", equalTo("REFUSED")).body("results[1].problem.status", equalTo(422))
                .body("results[2].status", equalTo("UNCHANGED"))
                .body("results[3].status", equalTo("REFUSED")).body("results[3].problem.errors[0].field",
                        equalTo("accountId"))
                .body("results[4].status", equalTo("REFUSED")).body("results[4].problem.errors[0].field",
                        equalTo("externalId"))
                .body("results[5].status", equalTo("UPDATED")).body("results[5].version", equalTo(1));
        assertThat(contactsOf(accountId)).isEqualTo(3);
    }

    @Test
    void aBatchHoldsAtMost1000Items() {
        String accountId = account(Map.of());
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            Map<String, Object> item = new HashMap<>();
            item.put("accountId", accountId);
            item.put("externalId", "P-" + i);
            item.put("name", unique("Person"));
            items.add(item);
        }
        api().body(Map.of("items", items)).post("/api/v1/contacts/batch").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("items"));
        assertThat(contactsOf(accountId)).isZero();
    }
}
