package com.stratum.contract;

import static com.stratum.support.Api.api;
import static org.assertj.core.api.Assertions.assertThat;

import com.stratum.support.Fixtures;
import com.stratum.support.Surveys;
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
            "{\"name\": \"x\", \"ownerId\": \"not-a-uuid\"}", "{\"name\": \"x\", \"renewalDate\": \"2031-02-30\"}",
            "{\"name\": \"\\u0000\"}", "{\"tier\": \"KEY\", \"reason\": null}", "{\"maxAccountsPerOwner\": \"many\"}",
            "{\"name\": \"x\", \"country\": \"de\\u0000\"}", "{\"name\": \"x\", \"domain\": \"" + "a".repeat(300) + "\"}",
            "{\"name\": \"a\\u0000b\", \"reason\": \"a\\u0000b\", \"title\": \"a\\u0000b\"}",
            "{\"name\": \"x\", \"renewalDate\": \"+99999999-01-01\", \"scheduledFor\": \"+99999999-01-01\"}",
            "{\"expectedCloseDate\": \"-999999-01-01\", \"targetDate\": \"+999999999-12-31\"}",
            "{\"answers\": [null]}", "{\"answers\": [{\"questionId\": null}]}", "{\"answers\": \"all A\"}",
            "{\"questions\": [{\"text\": null, \"kind\": \"GRADE\"}]}", "{\"compellingEvent\": {\"type\": 1}}",
            "{\"compellingEvent\": null, \"amount\": 1e400}", "{\"stage\": \"WON\", \"lossReason\": [1]}",
            "{\"name\": \"x\", \"email\": \"a\\u0000@b.example\", \"preferredLanguage\": \"d\\u0000\"}",
            "{\"name\": \"x\", \"influence\": 1e400, \"leftCompanyOn\": \"+99999999-01-01\"}",
            "{\"name\": \"x\", \"reportsToId\": \"nope\", \"buyingRole\": 7, \"parentId\": [1]}",
            "{\"scheduledFor\": \"2027-01-15\", \"respondentName\": \"x\", \"respondentEmail\": \"x@y.example\","
                    + " \"respondentContactIds\": [null, \"nope\"]}");

    @Test
    void garbageBodiesNeverCauseServerErrors() {
        String account = Fixtures.account(Map.of());
        String user = Fixtures.accountManager();
        String opportunity = Fixtures.opportunity(account, "UPSELL", 1000, "2031-01-31");
        String qbr = Surveys.schedule(account);
        String token = Surveys.invite(qbr);
        String answered = Surveys.answered(account, "C", "C", "C", "C", 3);
        String template = "00000000-0000-4000-8000-000000000001";
        String contact = com.stratum.support.People.contact(account, Map.of());
        String unit = com.stratum.support.People.unit(account);
        for (String body : BODIES) {
            check(api().body(body).post("/api/v1/accounts/{id}/contacts", account), body);
            check(api().contentType("application/merge-patch+json").body(body)
                    .patch("/api/v1/contacts/{id}", contact), body);
            check(api().body(body).post("/api/v1/accounts/{id}/business-units", account), body);
            check(api().contentType("application/merge-patch+json").body(body)
                    .patch("/api/v1/business-units/{id}", unit), body);
            check(api().body(body).post("/api/v1/opportunities"), body);
            check(api().contentType("application/merge-patch+json").body(body)
                    .patch("/api/v1/opportunities/{id}", opportunity), body);
            check(api().body(body).post("/api/v1/opportunities/{id}/stage", opportunity), body);
            check(api().body(body).post("/api/v1/opportunities/{id}/reopen", opportunity), body);
            check(api().body(body).post("/api/v1/accounts/{id}/qbrs", account), body);
            check(api().body(body).post("/api/v1/public/surveys/{token}/responses", token), body);
            check(api().body(body).put("/api/v1/qbrs/{id}/follow-up", answered), body);
            check(api().body(body).post("/api/v1/survey-templates"), body);
            check(api().body(body).put("/api/v1/survey-templates/{id}", template), body);
            check(api().body(body).post("/api/v1/accounts"), body);
            check(api().contentType("application/merge-patch+json").body(body)
                    .patch("/api/v1/accounts/{id}", account), body);
            check(api().body(body).put("/api/v1/accounts/{id}/tier", account), body);
            check(api().body(body).post("/api/v1/users"), body);
            check(api().contentType("application/merge-patch+json").body(body).patch("/api/v1/users/{id}", user), body);
            check(api().body(body).put("/api/v1/tier-policies/KEY"), body);
            check(api().body(body).post("/api/v1/api-tokens"), body);
            check(api().body(body).put("/api/v1/users/{id}/password", user), body);
            check(com.stratum.support.Api.anonymous().header("X-Forwarded-For", "198.18.0." + (body.length() % 250))
                    .body(body).post("/api/v1/auth/login"), body);
        }
    }

    @Test
    void garbageParametersNeverCauseServerErrors() {
        List<String> values = List.of("", " ", ",,,", " , ", "%", "'; drop table account; --", "\u0000", "a\u0000b", "9".repeat(400),
                "-1", "null", "[]", "+999999999-12-31", "0000-01-01", "9999-12-31", forgedCursor());
        for (String value : values) {
            for (String param : List.of("q", "tier", "ownerId", "industry", "country", "lifecycle", "renewalBefore",
                    "minArr", "archived", "sort", "limit", "cursor")) {
                check(api().queryParam(param, value).get("/api/v1/accounts"), param + "=" + value);
            }
            check(api().queryParam("cursor", value).get("/api/v1/users"), "users cursor=" + value);
            for (String path : List.of("/api/v1/accounts", "/api/v1/contacts", "/api/v1/opportunities", "/api/v1/qbrs",
                    "/api/v1/activities", "/api/v1/tasks", "/api/v1/products")) {
                check(api().queryParam("updatedAfter", value).get(path), path + " updatedAfter=" + value);
                check(api().queryParam("updatedAfter", "2026-01-01T00:00:00Z").queryParam("sort", value).get(path),
                        path + " updatedAfter with sort=" + value);
            }
            for (String path : List.of("/api/v1/accounts", "/api/v1/opportunities", "/api/v1/tasks")) {
                check(api().queryParam("format", value).get(path), path + " format=" + value);
            }
            for (String param : List.of("type", "updatedAfter", "cursor", "limit")) {
                check(api().queryParam("type", "CONTACT").queryParam("updatedAfter", "2026-01-01T00:00:00Z")
                        .queryParam(param, value).get("/api/v1/deletions"), "deletions " + param + "=" + value);
            }
            for (String param : List.of("status", "failing", "ownerId", "tier", "answeredFrom", "answeredTo", "sort",
                    "cursor", "accountId")) {
                check(api().queryParam(param, value).get("/api/v1/qbrs"), "qbrs " + param + "=" + value);
            }
            for (String param : List.of("type", "stage", "open", "closeBefore", "closeAfter", "minAmount",
                    "compellingEventType", "sort", "cursor")) {
                check(api().queryParam(param, value).get("/api/v1/opportunities"), "opps " + param + "=" + value);
            }
            for (String param : List.of("from", "to", "tier", "ownerId")) {
                check(api().queryParam(param, value).get("/api/v1/reports/grades"), "grades " + param + "=" + value);
                check(api().queryParam(param, value).get("/api/v1/pipeline/summary"), "pipeline " + param + "=" + value);
            }
            check(api().get("/api/v1/public/surveys/{token}", value), "token " + value);
            for (String param : List.of("q", "accountId", "buyingRole", "businessUnitId", "leftCompany", "sort",
                    "cursor", "limit")) {
                check(api().queryParam(param, value).get("/api/v1/contacts"), "contacts " + param + "=" + value);
            }
            check(api().queryParam("sort", value).get("/api/v1/accounts/{id}/business-units",
                    "5d1f4a9e-0000-4000-8000-000000000000"), "units sort=" + value);
            check(api().queryParam("singleThreaded", value).get("/api/v1/accounts"), "singleThreaded=" + value);
            for (String param : List.of("entityType", "entityId", "actorId", "from", "to", "sort", "cursor", "limit")) {
                check(api().queryParam(param, value).get("/api/v1/audit-events"), "audit " + param + "=" + value);
            }
            for (String param : List.of("userId", "sort", "cursor")) {
                check(api().queryParam(param, value).get("/api/v1/api-tokens"), "tokens " + param + "=" + value);
            }
            check(api().header("Authorization", "Bearer " + value).get("/api/v1/me"), "bearer " + value);
            check(api().queryParam("ownerId", value).get("/api/v1/tier-capacity"), "capacity ownerId=" + value);
        }
    }

    /** A well-formed cursor carrying a value no database column can hold. */
    private static String forgedCursor() {
        String json = "{\"s\":\"name\",\"v\":[\"a\\u0000b\",\"5d1f4a9e-0000-4000-8000-000000000000\"]}";
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes());
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
