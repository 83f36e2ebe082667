package com.stratum.audit;

import static com.stratum.support.Api.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import com.stratum.support.Api;
import com.stratum.support.Fixtures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditApiTest {
    @Inject
    AgroalDataSource dataSource;

    @Test
    void aWriteRecordsActorTokenOperationAndEachChangedFieldBeforeAndAfter() {
        Api.Session manager = Fixtures.signedIn("MANAGER");
        String token = manager.createToken("crm", List.of("accounts:read", "accounts:write"));
        String tokenId = manager.request().get("/api/v1/api-tokens").then().extract().path("items[0].id");
        String account = Api.withToken(token).body(Map.of("name", Fixtures.unique("Audited"), "arr", 1000))
                .post("/api/v1/accounts").then().statusCode(201).extract().path("id");
        Api.withToken(token).body(Map.of("arr", 2500, "industry", "Retail")).patch("/api/v1/accounts/{id}", account)
                .then().statusCode(200);

        JsonPath events = api().get("/api/v1/audit-events?entityType=account&entityId=" + account).then()
                .statusCode(200).body("items.size()", equalTo(2)).extract().jsonPath();
        assertThat(events.getString("items[0].action")).isEqualTo("updateAccount");
        assertThat(events.getString("items[0].actorId")).isEqualTo(manager.userId());
        assertThat(events.getString("items[0].tokenId")).isEqualTo(tokenId);
        assertThat(events.getString("items[0].actorName")).isNotBlank();
        List<Map<String, Object>> changes = events.getList("items[0].changes");
        assertThat(changes).extracting(c -> c.get("field")).containsExactly("arr", "industry");
        assertThat(((Number) changes.get(0).get("before")).doubleValue()).isEqualTo(1000.0);
        assertThat(((Number) changes.get(0).get("after")).doubleValue()).isEqualTo(2500.0);
        assertThat(changes.get(1)).containsEntry("before", null).containsEntry("after", "Retail");
        assertThat(events.getString("items[1].action")).isEqualTo("createAccount");
    }

    @Test
    void filtersByActorAndTimeAndPagesNewestFirst() {
        Instant before = Instant.now().minusSeconds(1);
        Api.Session manager = Fixtures.signedIn("MANAGER");
        for (int i = 0; i < 3; i++) {
            manager.request().body(Map.of("name", Fixtures.unique("Paged"))).post("/api/v1/accounts").then().statusCode(201);
        }
        String query = "/api/v1/audit-events?entityType=account&limit=2&actorId=" + manager.userId() + "&from=" + before;
        String first = api().get(query)
                .then().statusCode(200).body("items.size()", equalTo(2)).body("nextCursor", notNullValue())
                .body("items.actorId", everyItem(equalTo(manager.userId()))).extract().path("nextCursor");
        api().get(query + "&cursor=" + first)
                .then().statusCode(200).body("items.size()", equalTo(1)).body("nextCursor", equalTo(null));
        api().get("/api/v1/audit-events?actorId=" + manager.userId() + "&to=" + before).then().statusCode(200)
                .body("items.size()", equalTo(0));
        api().get("/api/v1/audit-events?from=yesterday").then().statusCode(400);
    }

    @Test
    void signInTierChangesAndQbrsAreAuditedAndWhoIsRecordedInHistory() {
        Api.Session manager = Fixtures.signedIn("MANAGER");
        String account = manager.request().body(Map.of("name", Fixtures.unique("Who"),
                "ownerId", Fixtures.accountManager())).post("/api/v1/accounts").then().statusCode(201).extract().path("id");
        manager.request().body(Map.of("tier", "KEY", "reason", "Big renewal", "reasonCode", "REVENUE")).put("/api/v1/accounts/{id}/tier", account)
                .then().statusCode(200);
        String name = api().get("/api/v1/users/{id}", manager.userId()).then().extract().path("name");
        api().get("/api/v1/accounts/{id}/tier-history", account).then()
                .body("items[0].changedBy", equalTo(name));
        api().get("/api/v1/audit-events?entityType=account&entityId=" + account).then()
                .body("items.action", hasItem("changeAccountTier"));
        api().get("/api/v1/audit-events?entityType=session&actorId=" + manager.userId()).then()
                .body("items.action", hasItem("signIn"));
        api().get("/api/v1/audit-events?entityType=tier-change").then().body("items.action", hasItem("changeAccountTier"));
        manager.request().body(Map.of("growthBaselineArr", 4321)).patch("/api/v1/accounts/{id}", account)
                .then().statusCode(200);
        api().get("/api/v1/audit-events?entityType=growth-baseline").then()
                .body("items.action", hasItem("updateAccount"));
    }

    @Test
    void eachRowNamesTheRecordItBelongsToAndTheRowsOfOneRequestShareATransaction() {
        String name = Fixtures.unique("Named");
        String account = api().body(Map.of("name", name)).post("/api/v1/accounts").then().statusCode(201)
                .extract().path("id");
        String qbr = com.stratum.support.Surveys.answered(account, "A", "B", "C", "B", 9);
        String opportunity = Fixtures.opportunity(account, "UPSELL", 1000, "2031-01-31");
        String title = api().get("/api/v1/opportunities/{id}", opportunity).then().extract().path("title");
        Fixtures.moveStage(opportunity, "QUALIFIED");

        // The answers, the QBR and the account's last grade were written by one request: one transaction.
        JsonPath answers = api().get("/api/v1/audit-events?entityType=qbr-answer&limit=200&actorId="
                + api().get("/api/v1/me").then().extract().path("user.id")).then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> ours = answers.<Map<String, Object>>getList("items").stream()
                .filter(e -> account.equals(e.get("recordId"))).toList();
        assertThat(ours).hasSize(6).allSatisfy(e -> {
            assertThat(e).containsEntry("recordType", "account").containsEntry("recordName", name);
            assertThat(e.get("transactionId")).isNotNull().isEqualTo(ours.get(0).get("transactionId"));
        });
        String recorded = (String) ours.get(0).get("transactionId");
        api().get("/api/v1/audit-events?entityType=qbr&entityId=" + qbr).then().statusCode(200)
                .body("items[0].recordName", equalTo(name)).body("items[0].recordId", equalTo(account))
                .body("items.transactionId", hasItem(recorded));
        // A later request is another transaction.
        api().get("/api/v1/audit-events?entityType=qbr&entityId=" + qbr).then()
                .body("items[0].transactionId", org.hamcrest.Matchers.not(equalTo(
                        api().get("/api/v1/audit-events?entityType=account&entityId=" + account).then().extract()
                                .path("items[-1].transactionId"))));

        api().get("/api/v1/audit-events?entityType=opportunity-stage-change").then().statusCode(200)
                .body("items.find { it.recordId == '" + opportunity + "' }.recordType", equalTo("opportunity"))
                .body("items.find { it.recordId == '" + opportunity + "' }.recordName", equalTo(title));
        api().get("/api/v1/audit-events?entityType=account&entityId=" + account).then()
                .body("items[0].recordType", equalTo("account")).body("items[0].recordName", equalTo(name));

        // A signed-out session is gone, yet its rows still name its user.
        Api.Session manager = Fixtures.signedIn("MANAGER");
        String userName = api().get("/api/v1/users/{id}", manager.userId()).then().extract().path("name");
        manager.request().post("/api/v1/auth/logout").then().statusCode(204);
        api().get("/api/v1/audit-events?entityType=session&actorId=" + manager.userId()).then().statusCode(200)
                .body("items.recordType", everyItem(equalTo("user")))
                .body("items.recordId", everyItem(equalTo(manager.userId())))
                .body("items.recordName", everyItem(equalTo(userName)));
        api().get("/api/v1/audit-events?entityType=tier-policy&limit=1").then().statusCode(200)
                .body("items.recordType", everyItem(equalTo("tier-policy")));
    }

    @Test
    void everyAuditedTypeNamesTheRecordItBelongsTo() {
        assertThat(AuditService.ENTITY_TYPES).allSatisfy(type -> assertThat(AuditRecords.SQL)
                .as("AuditRecords gives %s a record type", type).contains("when '" + type + "' then '"));
    }

    @Test
    void theLogIsAppendOnlyEvenForTheApplicationsOwnDatabaseUser() throws Exception {
        Fixtures.accountManager();
        try (Connection connection = dataSource.getConnection()) {
            assertThatThrownBy(() -> connection.createStatement().executeUpdate("update audit_event set action = 'x'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> connection.createStatement().executeUpdate("delete from audit_event"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> connection.createStatement().executeUpdate("truncate audit_event"))
                    .hasMessageContaining("append-only");
        }
    }

    @Test
    void theEntityTypesTheSpaOffersAreExactlyThoseTheTriggersWrite() throws Exception {
        Set<String> written = new TreeSet<>();
        Pattern auditRow = Pattern.compile("audit_row\\('([^']+)'");
        try (Connection connection = dataSource.getConnection();
                ResultSet rows = connection.createStatement().executeQuery(
                        "select pg_get_triggerdef(t.oid) from pg_trigger t where not t.tgisinternal")) {
            while (rows.next()) {
                Matcher m = auditRow.matcher(rows.getString(1));
                if (m.find()) {
                    written.add(m.group(1));
                }
            }
        }
        assertThat(written).isNotEmpty().isEqualTo(new TreeSet<>(AuditService.ENTITY_TYPES));
    }
}
