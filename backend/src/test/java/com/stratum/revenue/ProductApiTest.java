package com.stratum.revenue;

import static com.stratum.support.Api.api;
import static com.stratum.support.Fixtures.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.stratum.support.Api;
import com.stratum.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Products (issue 16): create, read, change, deactivate, the SKU unique whatever its case, roles and filters. */
@QuarkusTest
class ProductApiTest {

    @Test
    void aManagerCreatesChangesAndDeactivatesAProduct() {
        Api.Session manager = Fixtures.signedIn("MANAGER");
        String sku = unique("plat").toUpperCase();
        Response created = manager.request().body(Map.of("sku", " " + sku + " ", "name", "Platform annual",
                "family", "Platform", "recurring", true)).post("/api/v1/products");
        created.then().statusCode(201).header("ETag", "\"0\"")
                .header("Location", endsWith("/api/v1/products/" + created.path("id")))
                .body("sku", equalTo(sku)).body("active", equalTo(true)).body("recurring", equalTo(true));
        String id = created.path("id");

        manager.request().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(Map.of("active", false, "name", "Platform, annual")).patch("/api/v1/products/{id}", id)
                .then().statusCode(200).header("ETag", "\"1\"").body("active", equalTo(false))
                .body("name", equalTo("Platform, annual")).body("sku", equalTo(sku));
        manager.request().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(Map.of("active", true)).patch("/api/v1/products/{id}", id).then().statusCode(412);
        api().get("/api/v1/products/{id}", id).then().statusCode(200).body("active", equalTo(false));
    }

    @Test
    void aSkuIsUniqueWhateverItsCase() {
        String sku = unique("dup").toUpperCase();
        String first = Revenue.product("Services", false)[0];
        String holder = api().body(Map.of("sku", sku, "name", "Holder", "family", "F", "recurring", false))
                .post("/api/v1/products").then().statusCode(201).extract().path("id");
        api().body(Map.of("sku", sku.toLowerCase(), "name", "Other", "family", "F", "recurring", false))
                .post("/api/v1/products").then().statusCode(409).contentType("application/problem+json")
                .body("existingId", equalTo(holder)).body("detail", containsString("Holder"));
        api().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(Map.of("sku", sku.toLowerCase())).patch("/api/v1/products/{id}", first).then().statusCode(409)
                .body("existingId", equalTo(holder));
    }

    @Test
    void badProductsAreRefusedWithWholeSentences() {
        api().body(Map.of("sku", "has space", "name", "X", "family", "F", "recurring", true))
                .post("/api/v1/products").then().statusCode(422).body("errors.field", contains("sku"));
        api().body(Map.of("sku", "OK-1", "name", "", "family", "F", "recurring", true))
                .post("/api/v1/products").then().statusCode(422).body("errors.field", contains("name"));
        api().body(Map.of("sku", "OK-2", "name", "N", "family", "F")).post("/api/v1/products").then()
                .statusCode(422).body("errors.field", contains("recurring"));
        api().contentType("application/merge-patch+json").header("If-Match", "\"0\"").body(Map.of("id", "x"))
                .patch("/api/v1/products/{id}", Revenue.product("F", true)[0]).then().statusCode(422)
                .body("errors.field", contains("id"));
    }

    @Test
    void onlyManagersAndAdminsWriteProductsAndEveryoneReadsThem() {
        String id = Revenue.product("Platform", true)[0];
        Fixtures.signedIn("ACCOUNT_MANAGER").request().body(Map.of("sku", unique("AM"), "name", "N", "family", "F",
                "recurring", true)).post("/api/v1/products").then().statusCode(403);
        Fixtures.signedIn("VIEWER").request().get("/api/v1/products/{id}", id).then().statusCode(200);
        Api.withToken(Fixtures.token("MANAGER", List.of("revenue:read"))).body(Map.of("sku", unique("T"), "name",
                "N", "family", "F", "recurring", true)).post("/api/v1/products").then().statusCode(403);
    }

    @Test
    void theListFiltersBySearchFamilyAndActiveAndPages() {
        String family = unique("Fam");
        String a = api().body(Map.of("sku", unique("ALPHA"), "name", "Alpha widget", "family", family,
                "recurring", true)).post("/api/v1/products").then().statusCode(201).extract().path("id");
        String b = api().body(Map.of("sku", unique("BETA"), "name", "Beta widget", "family", family,
                "recurring", false, "active", false)).post("/api/v1/products").then().statusCode(201).extract()
                .path("id");
        api().queryParam("family", family).get("/api/v1/products").then().statusCode(200)
                .body("items.id", contains(a, b)).body("total", equalTo(2));
        api().queryParam("family", family).queryParam("active", "true").get("/api/v1/products").then()
                .body("items.id", contains(a));
        api().queryParam("family", family).queryParam("q", "beta WID").get("/api/v1/products").then()
                .body("items.id", contains(b));
        String next = api().queryParam("family", family).queryParam("limit", 1).get("/api/v1/products").then()
                .body("items", hasSize(1)).body("total", equalTo(2)).extract().path("nextCursor");
        api().queryParam("family", family).queryParam("limit", 1).queryParam("cursor", next)
                .get("/api/v1/products").then().body("items.id", contains(b)).body("nextCursor", equalTo(null));
        api().queryParam("active", "maybe").get("/api/v1/products").then().statusCode(400);
    }
}
