package com.stratum.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The one way tests call the API. Every response is checked against the committed openapi.yaml (requests
 * are not: many tests send invalid ones on purpose). {@link #api()} calls as the first admin with an API
 * token carrying every scope; {@link #anonymous()}, {@link #withToken} and {@link Session} call as others.
 */
public final class Api {
    public static final Path CONTRACT_FILE = Path.of("..", "openapi.yaml").toAbsolutePath().normalize();
    /** The first admin, created at start from the %test profile's stratum.admin.* settings. */
    public static final String ADMIN_EMAIL = "admin@stratum.test";
    public static final String ADMIN_PASSWORD = "test-admin-password";
    public static final List<String> ALL_SCOPES = List.of("accounts:read", "accounts:write", "surveys:read",
            "surveys:write", "opportunities:read", "opportunities:write", "contacts:read", "contacts:write", "activities:read",
            "activities:write",
            "tasks:read", "tasks:write", "events:read", "events:write", "revenue:read",
            "revenue:write", "webhooks:admin", "admin");

    private static final OpenApiValidationFilter CONTRACT = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT_FILE.toUri().toString())
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    private static String adminToken;

    private Api() {
    }

    /** As the admin, through an API token with every scope. */
    public static RequestSpecification api() {
        return withToken(adminToken());
    }

    /** Starts every task at the same moment, one thread each, and returns their results in the same order. */
    public static <T> List<T> atOnce(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The ETag a GET of a resource at this version answers: the version, then the hash of the body (ETags). */
    public static org.hamcrest.Matcher<String> getEtag(long version) {
        return org.hamcrest.Matchers.matchesPattern("\"" + version + "-[0-9a-f]{16}\"");
    }

    /** Without any credentials. */
    public static RequestSpecification anonymous() {
        return RestAssured.given().filter(CONTRACT).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static RequestSpecification withToken(String token) {
        return anonymous().header("Authorization", "Bearer " + token);
    }

    public static synchronized String adminToken() {
        if (adminToken == null) {
            adminToken = Session.signIn(ADMIN_EMAIL, ADMIN_PASSWORD).createToken("test suite", ALL_SCOPES);
        }
        return adminToken;
    }

    /** A signed-in browser: the session cookie plus the CSRF token every change must carry. */
    public record Session(String cookie, String csrfToken, String userId) {
        public static Session signIn(String email, String password) {
            Response response = anonymous().body(Map.of("email", email, "password", password))
                    .post("/api/v1/auth/login");
            response.then().statusCode(200);
            return new Session(response.getCookie("stratum_session"), response.path("csrfToken"),
                    response.path("user.id"));
        }

        /** With the session cookie and the CSRF header, as the SPA sends them. */
        public RequestSpecification request() {
            return withoutCsrf().header("X-CSRF-Token", csrfToken);
        }

        public RequestSpecification withoutCsrf() {
            return anonymous().cookie("stratum_session", cookie);
        }

        public String createToken(String name, List<String> scopes) {
            return request().body(Map.of("name", name, "scopes", scopes)).post("/api/v1/api-tokens").then()
                    .statusCode(201).extract().path("token");
        }
    }
}
