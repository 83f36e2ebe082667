package com.stratum.web;

import static com.stratum.support.Api.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stratum.support.Api;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every refusal of the HTTP layer (URL, headers, query values, body size and framing, a foreign origin) is an
 * application/problem+json with the security headers, not a bare status or a closed connection.
 */
@QuarkusTest
class HttpEdgeLimitsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL base;

    @Test
    void aUrlOverTheLimitIs414Problem() throws IOException {
        String query = String.join("&", Collections.nCopies(200, "ownerId=" + UUID.randomUUID()));
        RawHttp.Answer answer = RawHttp.exchange(base, "GET /api/v1/accounts?" + query + " HTTP/1.1\r\nHost: "
                + base.getHost() + "\r\nAuthorization: Bearer " + Api.adminToken() + "\r\n\r\n");
        JsonNode problem = assertProblem(answer, 414);
        assertThat(problem.path("detail").asText()).contains("8192");
    }

    @Test
    void theMostOwnerFiltersAllowedFitWithinTheUrlLimit() {
        // A hundred ids make a URL of about 4.6 KB, over the HTTP decoder's default of 4096.
        var request = api();
        for (int i = 0; i < 100; i++) {
            request.queryParam("ownerId", UUID.randomUUID().toString());
        }
        request.get("/api/v1/accounts").then().statusCode(200);
    }

    @Test
    void moreThanAHundredValuesForOneParameterIs400NamingIt() {
        var request = api();
        for (int i = 0; i < 101; i++) {
            request.queryParam("ownerId", UUID.randomUUID().toString());
        }
        request.get("/api/v1/accounts").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("ownerId"));
    }

    @Test
    void oversizedHeadersAre431Problem() throws IOException {
        RawHttp.Answer answer = RawHttp.exchange(base, "GET /api/v1/me HTTP/1.1\r\nHost: " + base.getHost()
                + "\r\nX-Filler: " + "a".repeat(30_000) + "\r\n\r\n");
        assertProblem(answer, 431);
    }

    @Test
    void aDeclaredBodyOverOneMegabyteIs413Problem() throws IOException {
        // Only the headers: the refusal comes on the declared length, before any of the body is read.
        RawHttp.Answer answer = RawHttp.exchange(base, "POST /api/v1/auth/login HTTP/1.1\r\nHost: " + base.getHost()
                + "\r\nContent-Type: application/json\r\nContent-Length: 1100000\r\n\r\n");
        assertProblem(answer, 413);
    }

    @Test
    void aDeclaredUploadOverTheImportLimitIs413ProblemNamingTheLimit() throws IOException {
        RawHttp.Answer answer = RawHttp.exchange(base, "POST /api/v1/revenue-imports HTTP/1.1\r\nHost: "
                + base.getHost() + "\r\nAuthorization: Bearer " + Api.adminToken()
                + "\r\nContent-Type: text/csv\r\nContent-Length: 1073741825\r\n\r\n");
        JsonNode problem = assertProblem(answer, 413);
        assertThat(problem.path("type").asText()).isEqualTo("urn:stratum:problem:payload-too-large");
        assertThat(problem.path("detail").asText()).contains("1073741824");
    }

    @Test
    void aDeclaredBodyOverTheHttpDecodersOwnLimitIs413ProblemNotABareStatus() throws IOException {
        // Far over quarkus.http.limits.max-body-size too, whose own refusal (before any route) has no body.
        RawHttp.Answer answer = RawHttp.exchange(base, "POST /api/v1/accounts HTTP/1.1\r\nHost: " + base.getHost()
                + "\r\nAuthorization: Bearer " + Api.adminToken()
                + "\r\nContent-Type: application/json\r\nContent-Length: 1099511627776\r\n\r\n");
        JsonNode problem = assertProblem(answer, 413);
        assertThat(problem.path("type").asText()).isEqualTo("urn:stratum:problem:payload-too-large");
        assertThat(problem.path("detail").asText()).contains("1048576");
    }

    @Test
    void aChunkedBodyOverOneMegabyteIs413Problem() throws IOException {
        RawHttp.Answer answer = RawHttp.exchange(base, chunkedHead("/api/v1/auth/login"), chunks(20, 64 * 1024));
        assertProblem(answer, 413);
    }

    @Test
    void aMalformedChunkedBodyIs400Problem() throws IOException {
        RawHttp.Answer answer = RawHttp.exchange(base, chunkedHead("/api/v1/auth/login"),
                "zz\r\n{}\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        assertProblem(answer, 400);
    }

    @Test
    void aBrokenPercentEscapeInThePathOrQueryIs400Problem() throws IOException {
        for (String target : java.util.List.of("/api/v1/accounts?limit=%zz", "/api/v1/acc%zzounts", "/q/health/live?a=%",
                "/api/v1/accounts/%E0%A4%A")) {
            RawHttp.Answer answer = RawHttp.exchange(base, "GET " + target + " HTTP/1.1\r\nHost: " + base.getHost()
                    + "\r\nAuthorization: Bearer " + Api.adminToken() + "\r\nConnection: close\r\n\r\n");
            assertThat(assertProblem(answer, 400).path("detail").asText()).as(target).startsWith("The URL is malformed");
        }
    }

    @Test
    void aQueryOfAHundredKilobytesIs414Problem() throws IOException {
        RawHttp.Answer answer = RawHttp.exchange(base, "GET /api/v1/accounts?q=" + "a".repeat(100 * 1024)
                + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nConnection: close\r\n\r\n");
        assertProblem(answer, 414);
    }

    @Test
    void aForeignOriginIs403Problem() throws IOException {
        RawHttp.Answer simple = RawHttp.exchange(base, "GET /api/v1/accounts HTTP/1.1\r\nHost: " + base.getHost()
                + ":" + base.getPort() + "\r\nOrigin: https://evil.example\r\nAuthorization: Bearer "
                + Api.adminToken() + "\r\nConnection: close\r\n\r\n");
        assertProblem(simple, 403);
        assertThat(simple.header("Access-Control-Allow-Origin")).isNull();
        RawHttp.Answer preflight = RawHttp.exchange(base, "OPTIONS /api/v1/accounts HTTP/1.1\r\nHost: "
                + base.getHost() + ":" + base.getPort() + "\r\nOrigin: https://evil.example\r\n"
                + "Access-Control-Request-Method: POST\r\nConnection: close\r\n\r\n");
        assertProblem(preflight, 403);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void theApplicationsOwnOriginIsServed() {
        RestAssured.given().header("Origin", "http://" + base.getHost() + ":" + base.getPort())
                .header("Authorization", "Bearer " + Api.adminToken()).get("/api/v1/me").then().statusCode(200);
    }

    private byte[] chunkedHead(String path) {
        return ("POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] chunks(int count, int size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] data = "a".repeat(size).getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < count; i++) {
            out.write((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(data);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** A problem of this status, with the headers every response carries. */
    static JsonNode assertProblem(RawHttp.Answer answer, int status) throws IOException {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.header("Content-Security-Policy")).contains("default-src 'self'")
                .contains("frame-ancestors 'none'");
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("type").asText()).startsWith("urn:stratum:problem:");
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("detail").asText()).endsWith(".");
        return problem;
    }
}
