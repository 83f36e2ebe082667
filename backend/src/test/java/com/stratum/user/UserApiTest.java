package com.stratum.user;

import static com.stratum.support.Api.api;
import static com.stratum.support.Fixtures.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UserApiTest {

    @Test
    void createGetAndPatchAUser() {
        String name = unique("Priya");
        var created = api().body(Map.of("name", name, "email", name + "@Example.com", "role", "ACCOUNT_MANAGER"))
                .post("/api/v1/users");
        String id = created.then().statusCode(201)
                .body("email", equalTo(name.toLowerCase() + "@example.com"))
                .body("active", equalTo(true)).extract().path("id");
        created.then().header("Location", endsWith("/api/v1/users/" + id));
        api().get("/api/v1/users/{id}", id).then().statusCode(200)
                .header("ETag", com.stratum.support.Api.getEtag(0)).body("name", equalTo(name));
        api().contentType("application/merge-patch+json").body(Map.of("role", "MANAGER"))
                .patch("/api/v1/users/{id}", id).then().statusCode(200).body("role", equalTo("MANAGER"))
                .body("version", equalTo(1));
        api().contentType("application/merge-patch+json").header("If-Match", "\"0\"").body(Map.of("role", "VIEWER"))
                .patch("/api/v1/users/{id}", id).then().statusCode(412);
    }

    @Test
    void emailsAreUniqueCaseInsensitively() {
        String email = unique("sam") + "@example.com";
        String first = api().body(Map.of("name", "Sam", "email", email, "role", "VIEWER")).post("/api/v1/users")
                .then().statusCode(201).extract().path("id");
        api().body(Map.of("name", "Sam again", "email", email.toUpperCase(), "role", "VIEWER"))
                .post("/api/v1/users").then().statusCode(409).body("existingId", equalTo(first))
                .body("detail", equalTo("Sam already has the email " + email.toLowerCase() + "; use another email, or change that"
                        + " user instead of adding a second one."));
    }

    @Test
    void invalidUsersAreRefused() {
        api().body(Map.of("name", "", "email", "not-an-email")).post("/api/v1/users").then().statusCode(422)
                .body("errors.field", containsInAnyOrder("name", "email", "role"));
        api().body(Map.of("name", "X", "email", "x@example.com", "role", "OWNER")).post("/api/v1/users").then()
                .statusCode(422).body("errors[0].field", equalTo("role"));
        api().contentType("application/merge-patch+json").body(Map.of("createdAt", "2020-01-01T00:00:00Z"))
                .patch("/api/v1/users/{id}", "5d1f4a9e-0000-4000-8000-000000000000").then().statusCode(404);
    }

    @Test
    void listFiltersByTextRoleAndActive() {
        String token = unique("Filter");
        String manager = api().body(Map.of("name", token + " One", "email", token + "1@example.com", "role", "MANAGER"))
                .post("/api/v1/users").then().statusCode(201).extract().path("id");
        String viewer = api().body(Map.of("name", token + " Two", "email", token + "2@example.com", "role", "VIEWER",
                "active", false)).post("/api/v1/users").then().statusCode(201).extract().path("id");
        api().queryParam("q", token).get("/api/v1/users").then().statusCode(200)
                .body("items.id", contains(manager, viewer));
        api().queryParam("q", token).queryParam("role", "VIEWER").get("/api/v1/users").then()
                .body("items.id", contains(viewer));
        api().queryParam("q", token).queryParam("active", true).get("/api/v1/users").then()
                .body("items.id", contains(manager));
        api().queryParam("role", "OWNER").get("/api/v1/users").then().statusCode(400);
    }
}
