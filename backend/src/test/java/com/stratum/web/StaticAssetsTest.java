package com.stratum.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.stratum.support.Api;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The SPA's hashed files are cached for a year and sent compressed to a browser that accepts it; index.html is
 * revalidated on every load; API responses are neither compressed nor made cacheable. Over real HTTP with a
 * client that decompresses nothing, against the SPA the build put in the jar.
 */
@QuarkusTest
class StaticAssetsTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String CHROMIUM_ACCEPT_ENCODING = "gzip, deflate, br, zstd";

    @TestHTTPResource("/")
    URL base;

    @Test
    void indexHtmlIsRevalidatedOnEveryLoadDeepLinksIncluded() throws Exception {
        for (String path : new String[] {"/", "/index.html", "/accounts/some/deep/link", "/survey/some-token"}) {
            HttpResponse<byte[]> page = get(path, "Accept", "text/html", "Accept-Encoding", CHROMIUM_ACCEPT_ENCODING);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("Cache-Control")).as(path).hasValue("no-cache");
            assertThat(new String(page.body())).as(path).contains("<div id=\"root\">");
        }
    }

    @Test
    void aHashedScriptIsCachedForAYearAndSentAsBrotliWhenTheBrowserAcceptsIt() throws Exception {
        String script = entryScript();
        byte[] plain = get(script).body();

        HttpResponse<byte[]> brotli = get(script, "Accept-Encoding", CHROMIUM_ACCEPT_ENCODING);
        assertThat(brotli.statusCode()).isEqualTo(200);
        assertThat(brotli.headers().firstValue("Content-Encoding")).hasValue("br");
        assertThat(brotli.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        assertThat(brotli.headers().firstValue("Vary")).hasValue("Accept-Encoding");
        assertThat(brotli.headers().firstValue("Content-Type")).hasValue("text/javascript;charset=UTF-8");
        assertThat(brotli.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(brotli.body().length).isPositive().isLessThan(plain.length / 2);
    }

    @Test
    void aBrowserWithoutBrotliGetsGzipThatUnpacksToTheFile() throws Exception {
        String script = entryScript();
        byte[] plain = get(script).body();

        HttpResponse<byte[]> gzip = get(script, "Accept-Encoding", "gzip, deflate, br;q=0");
        assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzip.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        try (GZIPInputStream unpacked = new GZIPInputStream(new ByteArrayInputStream(gzip.body()))) {
            assertThat(Arrays.equals(unpacked.readAllBytes(), plain)).as("the gzip body unpacks to the file").isTrue();
        }
    }

    @Test
    void aClientThatAcceptsNoCompressionGetsTheFileAsItIsStillCachedForAYear() throws Exception {
        String script = entryScript();
        byte[] gzipped = get(script, "Accept-Encoding", "gzip").body();
        byte[] file;
        try (GZIPInputStream unpacked = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            file = unpacked.readAllBytes();
        }
        for (String acceptEncoding : new String[] {null, "identity", "br;q=0, gzip;q=0"}) {
            HttpResponse<byte[]> plain = acceptEncoding == null ? get(script) : get(script, "Accept-Encoding", acceptEncoding);
            assertThat(plain.statusCode()).as(acceptEncoding).isEqualTo(200);
            assertThat(plain.headers().firstValue("Content-Encoding")).as(acceptEncoding).isEmpty();
            assertThat(plain.headers().firstValue("Cache-Control")).as(acceptEncoding)
                    .hasValue("public, max-age=31536000, immutable");
            assertThat(Arrays.equals(plain.body(), file)).as("%s: the body is the file", acceptEncoding).isTrue();
        }
    }

    @Test
    void aMissingAssetIsNotRememberedAsMissing() throws Exception {
        // Another release's file, asked of this instance during a rolling upgrade.
        HttpResponse<byte[]> missing = get("/assets/index-0000000000.js", "Accept-Encoding", CHROMIUM_ACCEPT_ENCODING);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Cache-Control").orElse("")).doesNotContain("immutable")
                .doesNotContain("max-age=31536000");
        assertThat(missing.headers().firstValue("Content-Encoding")).isEmpty();
    }

    @Test
    void apiResponsesAreNeitherCompressedNorCachedForLong() throws Exception {
        HttpResponse<byte[]> accounts = get("/api/v1/accounts", "Authorization", "Bearer " + Api.adminToken(),
                "Accept-Encoding", CHROMIUM_ACCEPT_ENCODING);
        assertThat(accounts.statusCode()).isEqualTo(200);
        assertThat(accounts.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(accounts.headers().firstValue("Cache-Control").orElse("")).doesNotContain("immutable")
                .doesNotContain("max-age=31536000");
        assertThat(new ObjectMapper().readTree(accounts.body()).has("items")).isTrue();
    }

    /** The entry script index.html loads (its name carries the content hash). */
    private String entryScript() throws Exception {
        String index = new String(get("/").body());
        Matcher script = Pattern.compile("src=\"(/assets/index-[^\"]+\\.js)\"").matcher(index);
        assertThat(script.find()).as("index.html loads a hashed entry script: build the SPA first").isTrue();
        return script.group(1);
    }

    private HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
