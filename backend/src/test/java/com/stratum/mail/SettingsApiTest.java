package com.stratum.mail;

import static com.stratum.support.Api.api;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.stratum.support.Api;
import com.stratum.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The company's settings: read by everyone, changed by admins only, validated and audited. */
@QuarkusTest
class SettingsApiTest {
    @Test
    void anAdminRenamesTheCompanyWithTheCurrentVersionAndTheAuditLogRecordsIt() {
        String etag = api().get("/api/v1/settings").then().statusCode(200).extract().header("ETag");
        String name = Fixtures.unique("Northwind Services");
        String next = api().header("If-Match", etag).body(Map.of("companyName", "  " + name + " "))
                .put("/api/v1/settings").then().statusCode(200).body("companyName", equalTo(name))
                .extract().header("ETag");
        Fixtures.signedIn("VIEWER").request().get("/api/v1/settings").then().statusCode(200)
                .body("companyName", equalTo(name));
        api().header("If-Match", etag).body(Map.of("companyName", "Other")).put("/api/v1/settings").then()
                .statusCode(412);
        api().get("/api/v1/audit-events?entityType=company-settings&entityId=1").then().statusCode(200)
                .body("items[0].recordType", equalTo("company-settings"))
                .body("items[0].changes.after", hasItem(name));
        api().header("If-Match", next).get("/api/v1/settings").then().statusCode(200);
    }

    @Test
    void aBlankOrLongNameIsRefusedAndOnlyAdminsChangeIt() {
        api().body(Map.of("companyName", " ")).put("/api/v1/settings").then().statusCode(422)
                .body("errors[0].field", equalTo("companyName"));
        api().body(Map.of("companyName", "x".repeat(201))).put("/api/v1/settings").then().statusCode(422)
                .body("errors[0].field", equalTo("companyName"));
        Api.Session manager = Fixtures.signedIn("MANAGER");
        manager.request().body(Map.of("companyName", "Mine now")).put("/api/v1/settings").then().statusCode(403);
    }
}
