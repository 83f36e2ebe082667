package com.stratum.security;

import static com.stratum.support.Api.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import com.stratum.support.Api;
import com.stratum.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * OWASP API3:2023 Broken Object Property Level Authorization: properties a caller may not set are refused
 * by name (mass assignment), and secrets never leave the server.
 */
@QuarkusTest
class Api3PropertyLevelAuthorizationTest {
    @Test
    void roleAndActiveCannotBeChangedOnOneself() {
        String adminId = api().get("/api/v1/me").then().extract().path("user.id");
        api().body(Map.of("role", "VIEWER")).patch("/api/v1/users/{id}", adminId).then().statusCode(403);
        api().body(Map.of("active", false)).patch("/api/v1/users/{id}", adminId).then().statusCode(403);
        api().get("/api/v1/users/{id}", adminId).then().body("role", equalTo("ADMIN")).body("active", equalTo(true));

        Api.Session manager = Fixtures.signedIn("MANAGER");
        manager.request().body(Map.of("role", "ADMIN")).patch("/api/v1/users/{id}", manager.userId())
                .then().statusCode(403);
        api().get("/api/v1/users/{id}", manager.userId()).then().body("role", equalTo("MANAGER"));
    }

    @Test
    void passwordHashesVersionsTiersAndIdsCannotBeMassAssigned() {
        String user = Fixtures.user("VIEWER");
        api().body(Map.of("passwordHash", "$2a$04$abcdefghijklmnopqrstuv")).patch("/api/v1/users/{id}", user)
                .then().statusCode(422).body("errors.field", hasItems("passwordHash"));
        api().body(Map.of("password", "sneaky-password-1")).patch("/api/v1/users/{id}", user)
                .then().statusCode(422).body("errors.field", hasItems("password"));
        api().body(Map.of("name", "X", "email", Fixtures.unique("mass") + "@test.example", "role", "VIEWER",
                "passwordHash", "$2a$04$abcdefghijklmnopqrstuv")).post("/api/v1/users").then().statusCode(422)
                .body("errors.field", hasItems("passwordHash"));

        String account = Fixtures.account(Fixtures.accountManager(), "STANDARD");
        api().body(Map.of("tier", "STRATEGIC", "version", 99, "id", "00000000-0000-4000-8000-000000000999"))
                .patch("/api/v1/accounts/{id}", account).then().statusCode(422)
                .body("errors.field", hasItems("tier", "version", "id"));
        api().get("/api/v1/accounts/{id}", account).then().body("tier", equalTo("STANDARD"))
                .body("version", equalTo(0));
    }

    @Test
    void aTokensSecretIsShownOnceAndNoSecretAppearsInAnyResponse() {
        Api.Session session = Fixtures.signedIn("ADMIN");
        String token = session.createToken("once", List.of("accounts:read"));
        String email = api().get("/api/v1/users/{id}", session.userId()).then().extract().path("email");
        session.request().body(Map.of("newPassword", "another long password", "currentPassword", Fixtures.PASSWORD))
                .put("/api/v1/users/{id}/password", session.userId()).then().statusCode(204);

        List<String> bodies = List.of(
                session.request().get("/api/v1/api-tokens").asString(),
                session.request().get("/api/v1/me").asString(),
                api().get("/api/v1/users?limit=200").asString(),
                api().get("/api/v1/users/{id}", session.userId()).asString(),
                api().get("/api/v1/audit-events?limit=200").asString(),
                api().get("/api/v1/audit-events?entityType=user&entityId=" + session.userId()).asString());
        for (String body : bodies) {
            assertThat(body).doesNotContain(token).doesNotContain(token.substring(12))
                    .doesNotContain("$2a$").doesNotContain("$2b$").doesNotContain("$2y$")
                    .doesNotContain(Fixtures.PASSWORD).doesNotContain("another long password")
                    .doesNotContainIgnoringCase("passwordHash\":\"$").doesNotContain("tokenHash\":\"");
        }
        assertThat(bodies.get(0)).contains(token.substring(0, 12));
        assertThat(email).isNotBlank();
        // The audit log records that the password changed, not what it is.
        api().get("/api/v1/audit-events?entityType=user&entityId=" + session.userId()).then().statusCode(200)
                .body("items.find { it.action == 'setUserPassword' }.changes.find { it.field == 'passwordHash' }.after",
                        equalTo("[secret]"));
    }
}
