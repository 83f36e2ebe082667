package com.stratum.security;

import static com.stratum.support.Api.anonymous;
import static com.stratum.support.Api.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import com.stratum.support.Api;
import com.stratum.support.Fixtures;
import com.stratum.support.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** OWASP API2:2023 Broken Authentication: only valid, live credentials get in, and guessing is throttled. */
@QuarkusTest
class Api2AuthenticationTest {
    @Inject
    TestClock clock;
    @Inject
    jakarta.persistence.EntityManager em;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void missingMalformedUnknownAndTamperedCredentialsAre401Problems() {
        String token = Fixtures.token("VIEWER", List.of("accounts:read"));
        Api.withToken(token).get("/api/v1/accounts").then().statusCode(200);

        anonymous().get("/api/v1/accounts").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", notNullValue());
        anonymous().header("Authorization", "Basic YWRtaW46YWRtaW4=").get("/api/v1/accounts").then().statusCode(401);
        anonymous().header("Authorization", "Bearer").get("/api/v1/accounts").then().statusCode(401);
        Api.withToken("stm_not-a-real-token").get("/api/v1/accounts").then().statusCode(401);
        char last = token.charAt(token.length() - 1);
        String tampered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
        Api.withToken(tampered).get("/api/v1/accounts").then().statusCode(401);
        anonymous().cookie("stratum_session", "forged-session-value").get("/api/v1/accounts").then().statusCode(401);
    }

    @Test
    void revokedAndExpiredTokensAndDeactivatedUsersAreRefused() {
        Api.Session session = Fixtures.signedIn("MANAGER");
        String revoked = session.createToken("to revoke", List.of("accounts:read"));
        String id = session.request().get("/api/v1/api-tokens").then().extract().path("items[0].id");
        session.request().delete("/api/v1/api-tokens/{id}", id).then().statusCode(204);
        Api.withToken(revoked).get("/api/v1/accounts").then().statusCode(401);

        String expiring = session.request().body(Map.of("name", "short-lived", "scopes", List.of("accounts:read"),
                "expiresAt", Instant.now().plus(Duration.ofHours(1)).toString())).post("/api/v1/api-tokens")
                .then().statusCode(201).extract().path("token");
        Api.withToken(expiring).get("/api/v1/accounts").then().statusCode(200);
        clock.advance(Duration.ofHours(2));
        Api.withToken(expiring).get("/api/v1/accounts").then().statusCode(401)
                .body("detail", org.hamcrest.Matchers.containsString("expired"));
        clock.reset();

        String live = session.createToken("live", List.of("accounts:read"));
        api().body(Map.of("active", false)).patch("/api/v1/users/{id}", session.userId()).then().statusCode(200);
        Api.withToken(live).get("/api/v1/accounts").then().statusCode(401);
        session.request().get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void aTokenInUseStopsWorkingAtOnceWhenRevokedNarrowedOrItsUserChanges() {
        // Each token works first, so that the app has verified it before the change that must refuse it.
        Api.Session session = Fixtures.signedIn("MANAGER");
        String revoked = session.createToken("in use, revoked", List.of("accounts:read"));
        Api.withToken(revoked).get("/api/v1/accounts").then().statusCode(200);
        Api.withToken(revoked).get("/api/v1/accounts").then().statusCode(200);
        String id = session.request().get("/api/v1/api-tokens").then().extract().path("items[0].id");
        session.request().delete("/api/v1/api-tokens/{id}", id).then().statusCode(204);
        Api.withToken(revoked).get("/api/v1/accounts").then().statusCode(401)
                .body("detail", org.hamcrest.Matchers.containsString("revoked"));

        String writer = session.createToken("in use, role lowered", List.of("accounts:read", "accounts:write"));
        // An empty body: refused by validation while the token may write, by the access check once it may not.
        Api.withToken(writer).body(Map.of()).post("/api/v1/accounts").then().statusCode(422);
        api().body(Map.of("role", "VIEWER")).patch("/api/v1/users/{id}", session.userId()).then().statusCode(200);
        Api.withToken(writer).body(Map.of()).post("/api/v1/accounts").then().statusCode(403);
        Api.withToken(writer).get("/api/v1/accounts").then().statusCode(200);

        api().body(Map.of("active", false)).patch("/api/v1/users/{id}", session.userId()).then().statusCode(200);
        Api.withToken(writer).get("/api/v1/accounts").then().statusCode(401)
                .body("detail", org.hamcrest.Matchers.containsString("deactivated"));

        String expiring = Fixtures.token("MANAGER", List.of("accounts:read"));
        Api.withToken(expiring).get("/api/v1/accounts").then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update api_token set expires_at = now() - interval '1 minute' where token_hash = :hash")
                .setParameter("hash", com.stratum.common.Secrets.sha256(expiring)).executeUpdate());
        Api.withToken(expiring).get("/api/v1/accounts").then().statusCode(401)
                .body("detail", org.hamcrest.Matchers.containsString("expired"));
    }

    @Test
    void sessionsEndOnSignOutAndAfterThirtyIdleMinutes() {
        Api.Session session = Fixtures.signedIn("VIEWER");
        session.request().get("/api/v1/me").then().statusCode(200).body("csrfToken", equalTo(session.csrfToken()))
                .body("idleTimeoutSeconds", equalTo(1800));
        clock.advance(Duration.ofMinutes(29));
        session.request().get("/api/v1/me").then().statusCode(200);
        clock.advance(Duration.ofMinutes(29));
        session.request().get("/api/v1/me").then().statusCode(200); // activity keeps it alive
        clock.advance(Duration.ofMinutes(31));
        session.request().get("/api/v1/me").then().statusCode(401);

        Api.Session other = Fixtures.signedIn("VIEWER");
        other.request().post("/api/v1/auth/logout").then().statusCode(204);
        other.request().get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void aSessionInUseEndsAtOnceWhenEndedElsewhereItsPasswordChangesOrItsUserChanges() {
        // Each session works twice first, so that the app keeps it verified before the change that must refuse it.
        Api.Session ended = Fixtures.signedIn("VIEWER");
        ended.request().get("/api/v1/me").then().statusCode(200);
        ended.request().get("/api/v1/me").then().statusCode(200);
        // Ended where this instance cannot see it: by another instance's sign-out, as the database tells it.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "delete from user_session where user_id = :user").setParameter("user",
                        java.util.UUID.fromString(ended.userId())).executeUpdate());
        ended.request().get("/api/v1/me").then().statusCode(401);

        Api.Session kept = Fixtures.signedIn("MANAGER");
        String email = api().get("/api/v1/users/{id}", kept.userId()).then().extract().path("email");
        Api.Session other = Api.Session.signIn(email, Fixtures.PASSWORD);
        other.request().get("/api/v1/me").then().statusCode(200);
        other.request().get("/api/v1/me").then().statusCode(200);
        kept.request().body(Map.of("newPassword", "a brand new password", "currentPassword", Fixtures.PASSWORD))
                .put("/api/v1/users/{id}/password", kept.userId()).then().statusCode(204);
        other.request().get("/api/v1/me").then().statusCode(401);
        kept.request().get("/api/v1/me").then().statusCode(200).body("scopes", hasItem("accounts:write"));

        api().body(Map.of("role", "VIEWER")).patch("/api/v1/users/{id}", kept.userId()).then().statusCode(200);
        // The caller in memory changes with the role: the scopes in effect are the viewer's.
        kept.request().get("/api/v1/me").then().statusCode(200).body("scopes", not(hasItem("accounts:write")));
        api().body(Map.of("active", false)).patch("/api/v1/users/{id}", kept.userId()).then().statusCode(200);
        kept.request().get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() {
        String email = Fixtures.unique("cookie").toLowerCase() + "@test.example";
        Fixtures.userWithPassword("VIEWER", email);
        var cookie = anonymous().body(Map.of("email", email, "password", Fixtures.PASSWORD))
                .post("/api/v1/auth/login").then().statusCode(200).extract().detailedCookie("stratum_session");
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getSameSite()).isEqualToIgnoringCase("Strict");
        assertThat(cookie.getPath()).isEqualTo("/");
    }

    @Test
    void wrongPasswordsAreThrottledPerEmailWithRetryAfter() {
        String email = Fixtures.unique("brute").toLowerCase() + "@test.example";
        Fixtures.userWithPassword("VIEWER", email);
        for (int i = 0; i < 5; i++) {
            signIn(email, "wrong-password-" + i, "198.51.100." + i).then().statusCode(401)
                    .body("detail", equalTo("The email or password is wrong, or the user is deactivated."));
        }
        // The right password no longer helps, from any address, until the window passes.
        signIn(email, Fixtures.PASSWORD, "198.51.100.77").then().statusCode(429)
                .header("Retry-After", notNullValue()).contentType("application/problem+json");
        String other = Fixtures.unique("bystander").toLowerCase() + "@test.example";
        Fixtures.userWithPassword("VIEWER", other);
        signIn(other, Fixtures.PASSWORD, "198.51.100.77").then().statusCode(200);

        clock.advance(Duration.ofMinutes(16));
        signIn(email, Fixtures.PASSWORD, "198.51.100.78").then().statusCode(200);
    }

    @Test
    void parallelGuessesCannotSlipPastTheLimit() throws Exception {
        String email = Fixtures.unique("race").toLowerCase() + "@test.example";
        Fixtures.userWithPassword("VIEWER", email);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Integer>> statuses = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String address = "198.18.1." + i;
                statuses.add(pool.submit(() -> signIn(email, "parallel-guess", address).statusCode()));
            }
            long wrong = 0;
            for (var status : statuses) {
                int code = status.get();
                assertThat(code).isIn(401, 429);
                wrong += code == 401 ? 1 : 0;
            }
            assertThat(wrong).isEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void guessesAtTheCurrentPasswordAreThrottledLikeSignIns() {
        Api.Session session = Fixtures.signedIn("VIEWER");
        for (int i = 0; i < 5; i++) {
            session.request().body(Map.of("newPassword", "a brand new password", "currentPassword", "guess-" + i))
                    .put("/api/v1/users/{id}/password", session.userId()).then().statusCode(422);
        }
        session.request().body(Map.of("newPassword", "a brand new password", "currentPassword", Fixtures.PASSWORD))
                .put("/api/v1/users/{id}/password", session.userId()).then().statusCode(429)
                .header("Retry-After", notNullValue());
    }

    @Test
    void failuresFromOneAddressThrottleThatAddressOnly() {
        String address = "203.0.113." + (int) (Math.random() * 200 + 10);
        for (int i = 0; i < 5; i++) {
            signIn(Fixtures.unique("nobody") + "@test.example", "guess-password-" + i, address).then().statusCode(401);
        }
        String email = Fixtures.unique("victim").toLowerCase() + "@test.example";
        Fixtures.userWithPassword("VIEWER", email);
        int retryAfter = Integer.parseInt(signIn(email, Fixtures.PASSWORD, address).then().statusCode(429)
                .extract().header("Retry-After"));
        assertThat(retryAfter).isBetween(1, 15 * 60);
        signIn(email, Fixtures.PASSWORD, "192.0.2.55").then().statusCode(200);
    }

    @Test
    void passwordsAreAtLeastTwelveCharactersAndChangingOnesOwnNeedsTheCurrentOne() {
        api().body(Map.of("name", "Short", "email", Fixtures.unique("short") + "@test.example", "role", "VIEWER",
                "password", "elevenchars")).post("/api/v1/users").then().statusCode(422)
                .body("errors[0].field", equalTo("password"));
        Api.Session session = Fixtures.signedIn("VIEWER");
        session.request().body(Map.of("newPassword", "a brand new password")).put("/api/v1/users/{id}/password",
                session.userId()).then().statusCode(422).body("errors[0].field", equalTo("currentPassword"));
        session.request().body(Map.of("newPassword", "a brand new password", "currentPassword", Fixtures.PASSWORD))
                .put("/api/v1/users/{id}/password", session.userId()).then().statusCode(204);
        String email = api().get("/api/v1/users/{id}", session.userId()).then().extract().path("email");
        Api.Session.signIn(email, "a brand new password");
        // A non-admin cannot set someone else's password.
        session.request().body(Map.of("newPassword", "taking over your account"))
                .put("/api/v1/users/{id}/password", Fixtures.accountManager()).then().statusCode(403);
    }

    private static io.restassured.response.Response signIn(String email, String password, String address) {
        return anonymous().header("X-Forwarded-For", address).body(Map.of("email", email, "password", password))
                .post("/api/v1/auth/login");
    }
}
