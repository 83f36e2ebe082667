package com.stratum.idempotency;

import static com.stratum.support.Api.api;
import static com.stratum.support.Api.withToken;
import static com.stratum.support.Fixtures.token;
import static com.stratum.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.stratum.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Issue 17: the Idempotency-Key header makes every POST safe to retry. */
@QuarkusTest
class IdempotencyApiTest {
    @Inject
    TestClock clock;
    @Inject
    IdempotencyKeys keys;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static long accountsNamed(String name) {
        return api().queryParam("q", name).get("/api/v1/accounts").then().statusCode(200).extract()
                .<Number>path("total").longValue();
    }

    @Test
    void aReplayAnswersTheFirstResponseAndCreatesNothingNew() {
        String name = unique("Idem");
        String key = UUID.randomUUID().toString();
        Response first = api().header("Idempotency-Key", key).body(Map.of("name", name)).post("/api/v1/accounts");
        first.then().statusCode(201).header("Idempotent-Replayed", (String) null);
        Response again = api().header("Idempotency-Key", key).body(Map.of("name", name)).post("/api/v1/accounts");
        again.then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", equalTo(first.header("Location")))
                .header("ETag", equalTo(first.header("ETag")))
                .contentType(containsString("application/json"));
        assertThat(again.asString()).isEqualTo(first.asString());
        assertThat(accountsNamed(name)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        String key = UUID.randomUUID().toString();
        String name = unique("Idem");
        api().header("Idempotency-Key", key).body(Map.of("name", name)).post("/api/v1/accounts").then()
                .statusCode(201);
        api().header("Idempotency-Key", key).body(Map.of("name", name + " changed")).post("/api/v1/accounts").then()
                .statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:stratum:problem:idempotency-key-reused"))
                .body("detail", containsString("send a new key"));
        assertThat(accountsNamed(name + " changed")).isZero();
    }

    @Test
    void anErrorIsNotKeptSoTheCorrectedRequestRunsWithTheSameKey() {
        String key = UUID.randomUUID().toString();
        String name = unique("Idem");
        api().header("Idempotency-Key", key).body(Map.of("name", " ")).post("/api/v1/accounts").then()
                .statusCode(422).body("type", equalTo("urn:stratum:problem:validation"));
        api().header("Idempotency-Key", key).body(Map.of("name", name)).post("/api/v1/accounts").then()
                .statusCode(201).header("Idempotent-Replayed", (String) null);
        assertThat(accountsNamed(name)).isEqualTo(1);
    }

    @Test
    void concurrentDuplicatesNeverBothDoTheWork() throws Exception {
        String key = UUID.randomUUID().toString();
        String name = unique("Idem");
        int senders = 8;
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> results = new ArrayList<>();
            for (int i = 0; i < senders; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return api().header("Idempotency-Key", key).body(Map.of("name", name)).post("/api/v1/accounts");
                }));
            }
            start.countDown();
            int worked = 0;
            String id = null;
            for (Future<Response> result : results) {
                Response response = result.get(60, TimeUnit.SECONDS);
                if (response.statusCode() == 409) {
                    assertThat(response.<String>path("type")).isEqualTo("urn:stratum:problem:idempotency-key-in-use");
                    assertThat(response.header("Retry-After")).isEqualTo("1");
                    continue;
                }
                assertThat(response.statusCode()).isEqualTo(201);
                if (response.header("Idempotent-Replayed") == null) {
                    worked++;
                }
                id = id == null ? response.path("id") : id;
                assertThat(response.<String>path("id")).isEqualTo(id);
            }
            assertThat(worked).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(accountsNamed(name)).isEqualTo(1);
    }

    @Test
    void keysOfTwoCallersAreIndependent() {
        String key = UUID.randomUUID().toString();
        String one = token("MANAGER", List.of("accounts:read", "accounts:write"));
        String other = token("MANAGER", List.of("accounts:read", "accounts:write"));
        String name = unique("Idem");
        String first = withToken(one).header("Idempotency-Key", key).body(Map.of("name", name))
                .post("/api/v1/accounts").then().statusCode(201).extract().path("id");
        String second = withToken(other).header("Idempotency-Key", key).body(Map.of("name", name + " B"))
                .post("/api/v1/accounts").then().statusCode(201).header("Idempotent-Replayed", (String) null)
                .extract().path("id");
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void keysExpireAfter24HoursAndAreCleanedUp() {
        String key = UUID.randomUUID().toString();
        String name = unique("Idem");
        String first = api().header("Idempotency-Key", key).body(Map.of("name", name)).post("/api/v1/accounts")
                .then().statusCode(201).extract().path("id");
        clock.advance(Duration.ofHours(23));
        api().header("Idempotency-Key", key).body(Map.of("name", name)).post("/api/v1/accounts").then()
                .statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        clock.advance(Duration.ofHours(2));
        String later = api().header("Idempotency-Key", key).body(Map.of("name", name)).post("/api/v1/accounts")
                .then().statusCode(201).header("Idempotent-Replayed", (String) null).extract().path("id");
        assertThat(later).isNotEqualTo(first);
        assertThat(accountsNamed(name)).isEqualTo(2);

        String old = UUID.randomUUID().toString();
        api().header("Idempotency-Key", old).body(Map.of("name", unique("Idem"))).post("/api/v1/accounts").then()
                .statusCode(201);
        clock.advance(Duration.ofHours(25));
        assertThat(keys.removeExpired()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void malformedKeysAreBadRequests() {
        for (String key : List.of("", " ", "k".repeat(256), "tab\there")) {
            api().header("Idempotency-Key", key).body(Map.of("name", unique("Idem"))).post("/api/v1/accounts").then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("detail", containsString("Idempotency-Key header must be 1 to 255"));
        }
        api().header("Idempotency-Key", "k".repeat(255)).body(Map.of("name", unique("Idem")))
                .post("/api/v1/accounts").then().statusCode(201);
    }

    @Test
    void otherPostsReplayTooIncludingAnswersWithoutBody() {
        String account = api().body(Map.of("name", unique("Idem"))).post("/api/v1/accounts").then().statusCode(201)
                .extract().path("id");
        api().delete("/api/v1/accounts/{id}", account).then().statusCode(204);
        String key = UUID.randomUUID().toString();
        api().header("Idempotency-Key", key).post("/api/v1/accounts/{id}/restore", account).then().statusCode(200)
                .body("archived", equalTo(false));
        api().header("Idempotency-Key", key).post("/api/v1/accounts/{id}/restore", account).then().statusCode(200)
                .header("Idempotent-Replayed", "true").body("archived", equalTo(false));
    }
}
