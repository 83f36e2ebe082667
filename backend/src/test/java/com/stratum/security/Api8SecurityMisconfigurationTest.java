package com.stratum.security;

import static com.stratum.support.Api.anonymous;
import static com.stratum.support.Api.api;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

import com.stratum.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * OWASP API8:2023 Security Misconfiguration: security headers everywhere, CORS closed to foreign origins,
 * errors that reveal nothing of the implementation, and only the documented operational endpoints open.
 */
@QuarkusTest
class Api8SecurityMisconfigurationTest {
    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        List<Response> responses = List.of(given().get("/"), given().get("/accounts/deep/link"),
                anonymous().get("/api/v1/accounts"), api().get("/api/v1/accounts"), given().get("/q/health/ready"),
                api().get("/api/v1/nothing-here"));
        for (Response response : responses) {
            response.then().header("Content-Security-Policy", containsString("default-src 'self'"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Referrer-Policy", "no-referrer");
        }
    }

    @Test
    void aForeignOriginGetsNoCorsGrant() {
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .options("/api/v1/accounts").then().statusCode(403).contentType("application/problem+json")
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Credentials", nullValue());
        given().header("Origin", "https://evil.example").header("Authorization", "Bearer " + Api.adminToken())
                .get("/api/v1/accounts").then().statusCode(403).contentType("application/problem+json")
                .header("X-Content-Type-Options", "nosniff").header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void errorsCarryNoStackTraceOrImplementationDetail() {
        List<Response> errors = List.of(
                api().body("{\"name\": ").post("/api/v1/accounts"),
                api().body("[1, 2]").post("/api/v1/accounts"),
                api().get("/api/v1/accounts?sort=%27;drop%20table%20account;--"),
                api().get("/api/v1/accounts/not-a-uuid"),
                anonymous().header("Authorization", "Bearer ' or 1=1 --").get("/api/v1/accounts"),
                anonymous().body("{\"email\": 42}").post("/api/v1/auth/login"));
        for (Response error : errors) {
            assertThat(error.statusCode()).isBetween(400, 499);
            assertThat(error.asString()).doesNotContain("Exception").doesNotContain("at com.").doesNotContain("org.hibernate")
                    .doesNotContain("SQL").doesNotContain("java.").doesNotContainIgnoringCase("select ");
        }
    }

    @Test
    void onlyTheDocumentedOperationalEndpointsArePublic() {
        given().get("/q/openapi").then().statusCode(200);
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/swagger-ui/").then().statusCode(200);
        // No metrics, dev UI or other management endpoints are exposed.
        for (String path : List.of("/q/metrics", "/q/dev-ui", "/q/info", "/q/env")) {
            assertThat(given().get(path).statusCode()).as(path).isIn(401, 403, 404);
        }
    }
}
