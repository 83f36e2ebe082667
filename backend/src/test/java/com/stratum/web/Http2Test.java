package com.stratum.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stratum.support.Api;
import com.stratum.support.Fixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Clients that speak cleartext HTTP/2 get the answers they get over HTTP/1.1. java.net.http offers an h2c upgrade
 * on a connection's first request by default, so an integration written with it sends its POSTs and PATCHes that
 * way (the upgrade request itself, then HTTP/2 streams); others start HTTP/2 directly (prior knowledge, as
 * curl --http2-prior-knowledge). The request gate reads the body before the resource runs; that must not leave an
 * HTTP/2 request unreadable to the resource (it used to answer 500 "Request has already been read").
 */
@QuarkusTest
class Http2Test {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL base;
    @Inject
    Vertx vertx;

    private record Answer(int status, HttpClient.Version version, String body) {
        JsonNode json() throws Exception {
            return JSON.readTree(body);
        }
    }

    /** Through java.net.http as an integration uses it: HTTP/2 preferred, so h2c upgrade, then HTTP/2 streams. */
    private Answer send(HttpClient client, String method, String path, String body, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .header("Authorization", "Bearer " + Api.adminToken()).header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.version(), response.body());
    }

    @Test
    void postPatchAndBadInputOverAnH2cUpgrade() throws Exception {
        // A new client: the upgrade is offered on a connection's first request, here the POST with its body.
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        String name = Fixtures.unique("H2c account");
        Answer created = send(client, "POST", "/api/v1/accounts", JSON.writeValueAsString(Map.of("name", name)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.version()).isEqualTo(HttpClient.Version.HTTP_2);
        String id = created.json().path("id").asText();
        long version = created.json().path("version").asLong();

        // Later requests are HTTP/2 streams on the upgraded connection.
        Answer patched = send(client, "PATCH", "/api/v1/accounts/" + id, "{\"territory\":\"EMEA North\"}",
                "Content-Type", "application/merge-patch+json", "If-Match", "\"" + version + "\"");
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        assertThat(patched.version()).isEqualTo(HttpClient.Version.HTTP_2);
        assertThat(patched.json().path("territory").asText()).isEqualTo("EMEA North");

        Answer blank = send(client, "POST", "/api/v1/accounts", "{\"name\":\"\"}");
        assertThat(blank.status()).as(blank.body()).isBetween(400, 499);
        assertThat(blank.json().path("detail").asText()).isNotBlank();
        Answer malformed = send(client, "POST", "/api/v1/accounts", "{\"name\":");
        assertThat(malformed.status()).as(malformed.body()).isEqualTo(400);
        Answer stale = send(client, "PATCH", "/api/v1/accounts/" + id, "{\"territory\":\"EMEA South\"}",
                "Content-Type", "application/merge-patch+json", "If-Match", "\"" + version + "\"");
        assertThat(stale.status()).as(stale.body()).isEqualTo(412);
        Answer noBody = send(client, "POST", "/api/v1/accounts", null);
        assertThat(noBody.status()).as(noBody.body()).isBetween(400, 499);

        // A fresh client whose first request, refused before the body is read, still leaves the connection usable.
        HttpClient other = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        HttpResponse<String> anonymous = other.send(HttpRequest.newBuilder(URI.create(base + "api/v1/accounts"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(send(other, "POST", "/api/v1/accounts", JSON.writeValueAsString(Map.of("name",
                Fixtures.unique("H2c second")))).status()).isEqualTo(201);
    }

    @Test
    void postAndPatchWithPriorKnowledge() throws Exception {
        io.vertx.core.http.HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setProtocolVersion(HttpVersion.HTTP_2).setHttp2ClearTextUpgrade(false));
        try {
            Answer created = send(client, HttpMethod.POST, "/api/v1/accounts", "application/json", null,
                    JSON.writeValueAsString(Map.of("name", Fixtures.unique("Prior knowledge account"))));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            String id = created.json().path("id").asText();
            long version = created.json().path("version").asLong();
            Answer patched = send(client, HttpMethod.PATCH, "/api/v1/accounts/" + id, "application/merge-patch+json",
                    "\"" + version + "\"", "{\"territory\":\"APAC\"}");
            assertThat(patched.status()).as(patched.body()).isEqualTo(200);
            Answer bad = send(client, HttpMethod.POST, "/api/v1/accounts", "application/json", null,
                    "{\"name\":\"\"}");
            assertThat(bad.status()).as(bad.body()).isBetween(400, 499);
        } finally {
            client.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    private Answer send(io.vertx.core.http.HttpClient client, HttpMethod method, String path, String contentType,
            String ifMatch, String body) throws Exception {
        RequestOptions options = new RequestOptions().setMethod(method).setHost(base.getHost())
                .setPort(base.getPort()).setURI(path)
                .putHeader("Authorization", "Bearer " + Api.adminToken()).putHeader("Accept", "application/json")
                .putHeader("Content-Type", contentType);
        if (ifMatch != null) {
            options.putHeader("If-Match", ifMatch);
        }
        return client.request(options)
                .compose(request -> request.send(Buffer.buffer(body)).compose(response -> {
                    assertThat(response.version()).isEqualTo(HttpVersion.HTTP_2);
                    return response.body().map(answer -> new Answer(response.statusCode(), HttpClient.Version.HTTP_2,
                            answer.toString()));
                }))
                .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
}
