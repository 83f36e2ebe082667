package com.stratum.contract;

import static com.stratum.support.Api.api;
import static org.assertj.core.api.Assertions.assertThat;

import com.stratum.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whatever a client sends, the answer is a 4xx problem: never a 500, a stack trace, SQL or a class name. */
@QuarkusTest
class NoServerErrorTest {
    private static final List<String> BODIES = List.of(
            "", "null", "[]", "\"text\"", "42", "{", "{\"name\": null}", "{\"name\": {\"nested\": 1}}",
            "{\"name\": [\"a\"]}", "{\"name\": \"x\", \"employees\": 1e400}", "{\"name\": \"x\", \"employees\": 3000000000}",
            "{\"name\": \"x\", \"arr\": 1.234}", "{\"name\": \"x\", \"arr\": \"lots\"}", "{\"name\": \"x\", \"tags\": \"a\"}",
            "{\"name\": \"x\", \"tags\": [null]}", "{\"name\": \"x\", \"tags\": [1, {}]}",
            "{\"name\": \"x\", \"ownerId\": \"not-a-uuid\"}", "{\"name\": \"x\", \"renewalDate\": \"2027-02-30\"}",
            "{\"name\": \"\\u0000\"}", "{\"tier\": \"KEY\", \"reason\": null}", "{\"maxAccountsPerOwner\": \"many\"}",
            "{\"name\": \"x\", \"country\": \"de\\u0000\"}", "{\"name\": \"x\", \"domain\": \"" + "a".repeat(300) + "\"}");

    @Test
    void garbageBodiesNeverCauseServerErrors() {
        String account = Fixtures.account(Map.of());
        String user = Fixtures.accountManager();
        for (String body : BODIES) {
            check(api().body(body).post("/api/v1/accounts"), body);
            check(api().contentType("application/merge-patch+json").body(body)
                    .patch("/api/v1/accounts/{id}", account), body);
            check(api().body(body).put("/api/v1/accounts/{id}/tier", account), body);
            check(api().body(body).post("/api/v1/users"), body);
            check(api().contentType("application/merge-patch+json").body(body).patch("/api/v1/users/{id}", user), body);
            check(api().body(body).put("/api/v1/tier-policies/KEY"), body);
        }
    }

    @Test
    void garbageParametersNeverCauseServerErrors() {
        List<String> values = List.of("", " ", "%", "'; drop table account; --", "\u0000", "9".repeat(400), "-1",
                "null", "[]");
        for (String value : values) {
            for (String param : List.of("q", "tier", "ownerId", "industry", "country", "lifecycle", "renewalBefore",
                    "minArr", "archived", "sort", "limit", "cursor")) {
                check(api().queryParam(param, value).get("/api/v1/accounts"), param + "=" + value);
            }
            check(api().queryParam("cursor", value).get("/api/v1/users"), "users cursor=" + value);
            check(api().queryParam("ownerId", value).get("/api/v1/tier-capacity"), "capacity ownerId=" + value);
        }
    }

    private static void check(Response response, String what) {
        assertThat(response.statusCode()).as(what).isBetween(200, 499);
        if (response.statusCode() >= 400) {
            String body = response.asString();
            assertThat(response.contentType()).as(what).startsWith("application/problem+json");
            assertThat(body).as(what).doesNotContain("Exception", "org.", "com.", "java.", "SQL", "select ");
        }
    }
}
