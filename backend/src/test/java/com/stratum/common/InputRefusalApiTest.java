package com.stratum.common;

import static com.stratum.support.Api.api;
import static com.stratum.support.Fixtures.account;
import static com.stratum.support.Fixtures.opportunity;
import static com.stratum.support.Fixtures.unique;
import static com.stratum.support.Surveys.Q_NPS;
import static com.stratum.support.Surveys.schedule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a form may send and the server must refuse rather than change: every number field of every request out of
 * its range (or of its type's), unknown countries, and the sentences the refusals are written in.
 */
@QuarkusTest
class InputRefusalApiTest {
    private static final String SENTENCE = "^[A-Z].*[.]$";

    private static String closeDate() {
        return LocalDate.now(ZoneOffset.UTC).plusDays(60).toString();
    }

    /** One refusal: 422, the field named once, its message a whole sentence; returns the message. */
    private static String refused(Response response, String field) {
        response.then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:stratum:problem:validation"))
                .body("errors.field", contains(field));
        String message = response.path("errors[0].message");
        assertThat(message).as("the message for %s", field).matches(SENTENCE);
        assertThat(response.<String>path("detail")).isEqualTo(field + ": " + message);
        return message;
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> body = new HashMap<>(base);
        body.put(key, value);
        return body;
    }

    @Test
    void accountNumbersOutOfRangeAreRefusedAndNothingIsCreated() {
        String name = unique("Numbers");
        Map<String, Object> base = Map.of("name", name);
        assertThat(refused(api().body(with(base, "arr", -5000)).post("/api/v1/accounts"), "arr"))
                .isEqualTo("Enter a number of 0 or more.");
        assertThat(refused(api().body(with(base, "employees", -3)).post("/api/v1/accounts"), "employees"))
                .isEqualTo("Enter a whole number from 0 to 10000000.");
        refused(api().body(with(base, "employees", 10_000_001)).post("/api/v1/accounts"), "employees");
        refused(api().body(with(base, "annualRevenue", -1)).post("/api/v1/accounts"), "annualRevenue");
        refused(api().body(with(base, "growthTargetPct", 201)).post("/api/v1/accounts"), "growthTargetPct");
        refused(api().body(with(base, "growthTargetPct", -1)).post("/api/v1/accounts"), "growthTargetPct");
        refused(api().body(with(base, "growthBaselineArr", -0.01)).post("/api/v1/accounts"), "growthBaselineArr");
        assertThat(refused(api().body(with(base, "arr", 1.005)).post("/api/v1/accounts"), "arr"))
                .isEqualTo("Use at most 17 digits before the decimal point and 2 after it.");
        api().queryParam("q", name).get("/api/v1/accounts").then().statusCode(200).body("items", empty());
    }

    @Test
    void upsertNumbersOutOfRangeAreRefusedAndNothingIsCreated() {
        String name = unique("Numbers");
        String externalId = unique("CRM");
        Map<String, Object> base = Map.of("name", name);
        String path = "/api/v1/accounts/by-external-id/{externalId}";
        assertThat(refused(api().body(with(base, "arr", -5000)).put(path, externalId), "arr"))
                .isEqualTo("Enter a number of 0 or more.");
        refused(api().body(with(base, "employees", 10_000_001)).put(path, externalId), "employees");
        refused(api().body(with(base, "growthTargetPct", 201)).put(path, externalId), "growthTargetPct");
        refused(api().body(with(base, "externalId", "x".repeat(201))).put(path, "x".repeat(201)), "externalId");
        api().body(Map.of("items", List.of(with(with(base, "externalId", externalId), "arr", -1))))
                .post("/api/v1/accounts/batch").then().statusCode(200).body("refused", equalTo(1))
                .body("results[0].problem.errors[0].field", equalTo("arr"));
        String account = account(Map.of());
        refused(api().body(Map.of("name", "X", "influence", 6))
                .put("/api/v1/accounts/{id}/contacts/by-external-id/{externalId}", account, externalId), "influence");
        api().queryParam("q", name).get("/api/v1/accounts").then().statusCode(200).body("items", empty());
    }

    @Test
    void aNumberTooLargeForItsTypeIsRefusedNamingTheField() {
        String name = unique("Huge");
        assertThat(refused(api().body(Map.of("name", name, "employees", 99_999_999_999L)).post("/api/v1/accounts"),
                "employees")).isEqualTo("This number is too large; use a smaller one.");
        refused(api().body(Map.of("maxAccountsPerOwner", 3_000_000_000L, "qbrCadenceDays", 90))
                .put("/api/v1/tier-policies/KEY"), "maxAccountsPerOwner");
        api().queryParam("q", name).get("/api/v1/accounts").then().statusCode(200).body("items", empty());
    }

    @Test
    void anAccountPatchOutOfRangeChangesNothing() {
        String id = account(Map.of("arr", 1000, "employees", 12));
        refused(api().contentType("application/merge-patch+json").body(Map.of("arr", -5000))
                .patch("/api/v1/accounts/{id}", id), "arr");
        refused(api().contentType("application/merge-patch+json").body(Map.of("employees", -3))
                .patch("/api/v1/accounts/{id}", id), "employees");
        api().get("/api/v1/accounts/{id}", id).then().statusCode(200)
                .body("arr", equalTo(1000.0f)).body("employees", equalTo(12)).body("version", equalTo(0));
    }

    @Test
    void tierPolicyNumbersOutOfRangeAreRefusedAndThePolicyStays() {
        Response before = api().get("/api/v1/tier-policies");
        Integer limit = before.path("items.find { it.tier == 'STRATEGIC' }.maxAccountsPerOwner");
        Integer cadence = before.path("items.find { it.tier == 'STRATEGIC' }.qbrCadenceDays");
        assertThat(refused(api().body(Map.of("maxAccountsPerOwner", -1, "qbrCadenceDays", 90))
                .put("/api/v1/tier-policies/STRATEGIC"), "maxAccountsPerOwner"))
                .isEqualTo("Enter a whole number from 0 to 10000.");
        refused(api().body(Map.of("maxAccountsPerOwner", 10_001, "qbrCadenceDays", 90))
                .put("/api/v1/tier-policies/STRATEGIC"), "maxAccountsPerOwner");
        assertThat(refused(api().body(Map.of("maxAccountsPerOwner", 3, "qbrCadenceDays", -5))
                .put("/api/v1/tier-policies/STRATEGIC"), "qbrCadenceDays"))
                .isEqualTo("Enter a whole number from 1 to 730.");
        refused(api().body(Map.of("maxAccountsPerOwner", 3, "qbrCadenceDays", 731))
                .put("/api/v1/tier-policies/STRATEGIC"), "qbrCadenceDays");
        refused(api().body(Map.of("maxAccountsPerOwner", 3, "qbrCadenceDays", 1.5))
                .put("/api/v1/tier-policies/STRATEGIC"), "qbrCadenceDays");
        api().get("/api/v1/tier-policies").then()
                .body("items.find { it.tier == 'STRATEGIC' }.maxAccountsPerOwner", equalTo(limit))
                .body("items.find { it.tier == 'STRATEGIC' }.qbrCadenceDays", equalTo(cadence));
    }

    @Test
    void activityValuesOutOfRangeAreRefusedAndNothingIsLogged() {
        String accountId = account(Map.of());
        Map<String, Object> base = Map.of("type", "CALL", "occurredAt", "2026-01-05T10:00:00Z", "summary", "Call");
        String activities = "/api/v1/accounts/{id}/activities";
        refused(api().body(with(base, "summary", "x".repeat(501))).post(activities, accountId), "summary");
        refused(api().body(with(base, "body", "x".repeat(20_001))).post(activities, accountId), "body");
        refused(api().body(with(base, "type", "FAX")).post(activities, accountId), "type");
        refused(api().body(with(base, "occurredAt", "yesterday")).post(activities, accountId), "occurredAt");
        assertThat(refused(api().body(with(base, "occurredAt", java.time.Instant.now().plusSeconds(3600).toString()))
                .post(activities, accountId), "occurredAt"))
                .isEqualTo("Enter when it happened, now or earlier: an activity cannot be logged in the future.");
        api().get(activities, accountId).then().statusCode(200).body("items", empty());

        Response before = api().get("/api/v1/tier-policies");
        Integer touch = before.path("items.find { it.tier == 'KEY' }.touchCadenceDays");
        assertThat(refused(api().body(Map.of("qbrCadenceDays", 90, "touchCadenceDays", 0))
                .put("/api/v1/tier-policies/KEY"), "touchCadenceDays")).isEqualTo("Enter a whole number from 1 to 730.");
        refused(api().body(Map.of("qbrCadenceDays", 90, "touchCadenceDays", 731)).put("/api/v1/tier-policies/KEY"),
                "touchCadenceDays");
        refused(api().body(Map.of("qbrCadenceDays", 90, "touchCadenceDays", 7.5)).put("/api/v1/tier-policies/KEY"),
                "touchCadenceDays");
        api().get("/api/v1/tier-policies").then().body("items.find { it.tier == 'KEY' }.touchCadenceDays",
                equalTo(touch));
    }

    @Test
    void contactAndBusinessUnitValuesOutOfRangeAreRefusedAndNothingIsCreated() {
        String accountId = account(Map.of());
        Map<String, Object> base = Map.of("name", unique("Person"));
        String contacts = "/api/v1/accounts/{id}/contacts";
        assertThat(refused(api().body(with(base, "influence", 0)).post(contacts, accountId), "influence"))
                .isEqualTo("Enter a whole number from 1 to 5.");
        refused(api().body(with(base, "influence", 6)).post(contacts, accountId), "influence");
        refused(api().body(with(base, "influence", 2.5)).post(contacts, accountId), "influence");
        refused(api().body(with(base, "name", "x".repeat(201))).post(contacts, accountId), "name");
        refused(api().body(with(base, "email", "x@")).post(contacts, accountId), "email");
        assertThat(refused(api().body(with(base, "phone", "call +1 555")).post(contacts, accountId), "phone"))
                .isEqualTo("Enter a phone number of digits, spaces and + ( ) - . / only, such as +49 30 1234567.");
        assertThat(refused(api().body(with(base, "preferredLanguage", "German")).post(contacts, accountId),
                "preferredLanguage")).isEqualTo("Use an ISO 639-1 language code such as de; German is not one.");
        refused(api().body(with(base, "buyingRole", "BOSS")).post(contacts, accountId), "buyingRole");
        refused(api().body(with(base, "leftCompanyOn", LocalDate.now(ZoneOffset.UTC).plusDays(1).toString()))
                .post(contacts, accountId), "leftCompanyOn");
        api().get(contacts, accountId).then().statusCode(200).body("items", empty());

        String id = api().body(base).post(contacts, accountId).then().statusCode(201).extract().path("id");
        refused(api().contentType("application/merge-patch+json").body(Map.of("influence", 9))
                .patch("/api/v1/contacts/{id}", id), "influence");
        api().get("/api/v1/contacts/{id}", id).then().body("influence", equalTo(null)).body("version", equalTo(0));

        refused(api().body(Map.of("name", "x".repeat(201))).post("/api/v1/accounts/{id}/business-units", accountId),
                "name");
        refused(api().body(Map.of("name", "Ops", "relevance", "CRUCIAL"))
                .post("/api/v1/accounts/{id}/business-units", accountId), "relevance");
        api().get("/api/v1/accounts/{id}/business-units", accountId).then().body("items", empty());

        assertThat(refused(api().body(Map.of("scheduledFor", "2027-01-15", "respondentName", "Jordan Lee",
                        "respondentEmail", "jordan@customer.example", "respondentContactIds",
                        java.util.Collections.nCopies(21, id))).post("/api/v1/accounts/{id}/qbrs", accountId),
                "respondentContactIds")).isEqualTo("Use at most 20 items; the list has 21.");
        refused(api().body(Map.of("qbrCadenceDays", 90, "minDecisionContacts", -1)).put("/api/v1/tier-policies/KEY"),
                "minDecisionContacts");
        assertThat(refused(api().body(Map.of("qbrCadenceDays", 90, "minBusinessUnits", 101))
                .put("/api/v1/tier-policies/KEY"), "minBusinessUnits")).isEqualTo("Enter a whole number from 0 to 100.");
    }

    @Test
    void aCompanyNameThatIsBlankTooLongOrNotTextIsRefusedAndTheSettingsStay() {
        String name = api().get("/api/v1/settings").path("companyName");
        assertThat(refused(api().body(Map.of("companyName", "")).put("/api/v1/settings"), "companyName")).isNotBlank();
        refused(api().body(Map.of("companyName", "n".repeat(201))).put("/api/v1/settings"), "companyName");
        refused(api().body(Map.of()).put("/api/v1/settings"), "companyName");
        refused(api().body(Map.of("companyName", List.of("Acme"))).put("/api/v1/settings"), "companyName");
        refused(api().body(Map.of("companyName", "Acme", "smtpHost", "mail.example")).put("/api/v1/settings"),
                "smtpHost");
        api().get("/api/v1/settings").then().statusCode(200).body("companyName", equalTo(name));
    }

    @Test
    void opportunityNumbersOutOfRangeAreRefused() {
        String accountId = account(Map.of());
        Map<String, Object> base = Map.of("accountId", accountId, "type", "UPSELL", "title", unique("Deal"),
                "amount", 100, "expectedCloseDate", closeDate());
        assertThat(refused(api().body(with(base, "amount", 0)).post("/api/v1/opportunities"), "amount"))
                .isEqualTo("Enter a number above 0.");
        refused(api().body(with(base, "amount", -5)).post("/api/v1/opportunities"), "amount");
        refused(api().body(with(base, "probability", 101)).post("/api/v1/opportunities"), "probability");
        refused(api().body(with(base, "probability", -1)).post("/api/v1/opportunities"), "probability");
        api().queryParam("accountId", accountId).get("/api/v1/opportunities").then().body("items", empty());

        String id = opportunity(accountId, "UPSELL", 100, closeDate());
        refused(api().contentType("application/merge-patch+json").body(Map.of("probability", 150))
                .patch("/api/v1/opportunities/{id}", id), "probability");
        assertThat(refused(api().contentType("application/merge-patch+json")
                .body(Map.of("expectedCloseDate", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString()))
                .patch("/api/v1/opportunities/{id}", id), "expectedCloseDate"))
                .isEqualTo("Choose today or a later date: an open opportunity cannot close in the past.");
        api().get("/api/v1/opportunities/{id}", id).then().body("probability", equalTo(10))
                .body("version", equalTo(0));
    }

    @Test
    void anNpsScoreOutOfRangeIsRefused() {
        String qbr = schedule(account(Map.of()));
        Map<String, Object> answer = Map.of("questionId", Q_NPS, "score", 11);
        Response response = api().body(Map.of("answers", List.of(answer))).post("/api/v1/qbrs/{id}/responses", qbr);
        response.then().statusCode(422).body("errors.field", org.hamcrest.Matchers.hasItem("answers[0].score"));
        api().get("/api/v1/qbrs/{id}", qbr).then().body("status", equalTo("SCHEDULED"));
    }

    @Test
    void countriesAreIsoCodesAndAnythingElseIsRefused() {
        assertThat(refused(api().body(Map.of("name", unique("Xx"), "country", "XX")).post("/api/v1/accounts"),
                "country")).isEqualTo("Use an ISO 3166-1 alpha-2 country code such as DE; XX is not one.");
        assertThat(refused(api().body(Map.of("name", unique("Name"), "country", "Germany"))
                .post("/api/v1/accounts"), "country"))
                .isEqualTo("Use an ISO 3166-1 alpha-2 country code such as DE.");
        String id = account(Map.of("country", "de"));
        api().get("/api/v1/accounts/{id}", id).then().body("country", equalTo("DE"));
        refused(api().contentType("application/merge-patch+json").body(Map.of("country", "ZZ"))
                .patch("/api/v1/accounts/{id}", id), "country");
        api().get("/api/v1/accounts/{id}", id).then().body("country", equalTo("DE"));
    }

    @Test
    void teamAllocationsOutOfRangeAreRefusedAndTheTeamStaysAsItWas() {
        String id = account(Map.of());
        String member = com.stratum.support.Fixtures.accountManager();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        Map<String, Object> base = Map.of("userId", member, "role", "SPECIALIST", "since", today);
        assertThat(refused(api().body(Map.of("members", List.of(with(base, "allocationPct", 0))))
                .put("/api/v1/accounts/{id}/team", id), "members[0].allocationPct"))
                .isEqualTo("Enter a whole number from 1 to 100.");
        refused(api().body(Map.of("members", List.of(with(base, "allocationPct", 101))))
                .put("/api/v1/accounts/{id}/team", id), "members[0].allocationPct");
        refused(api().body(Map.of("members", List.of(with(base, "allocationPct", 12.5))))
                .put("/api/v1/accounts/{id}/team", id), "members[0].allocationPct");
        refused(api().body(Map.of("members", List.of(with(base, "allocationPct", 99_999_999_999L))))
                .put("/api/v1/accounts/{id}/team", id), "members[0].allocationPct");
        assertThat(refused(api().body(Map.of("members", List.of(with(with(base, "allocationPct", 10), "role", "BOSS"))))
                .put("/api/v1/accounts/{id}/team", id), "members[0].role")).startsWith("Use one of ");
        refused(api().body(Map.of("members", List.of(with(with(base, "allocationPct", 10), "since", "tomorrow"))))
                .put("/api/v1/accounts/{id}/team", id), "members[0].since");
        api().get("/api/v1/accounts/{id}/team", id).then().statusCode(200).body("members", empty());
    }

    @Test
    void userLevelsAndManagersAreRefusedNamingTheField() {
        String name = unique("Level");
        Map<String, Object> base = Map.of("name", name, "email", name.toLowerCase() + "@test.example",
                "role", "ACCOUNT_MANAGER");
        assertThat(refused(api().body(with(base, "level", "PRINCIPAL")).post("/api/v1/users"), "level"))
                .startsWith("Use one of ");
        refused(api().body(with(base, "managerId", "00000000-0000-4000-8000-00000000dead")).post("/api/v1/users"),
                "managerId");
        api().queryParam("q", name).get("/api/v1/users").then().statusCode(200).body("items", empty());
    }

    @Test
    void everyRefusalIsAWholeSentenceAndSeveralAreSummedUpInOne() {
        Response several = api().body(Map.of("name", " ", "employees", -1, "tags", List.of(" "), "domain", "x"))
                .post("/api/v1/accounts");
        several.then().statusCode(422).body("detail",
                equalTo("Correct the 4 values named in errors and send the request again."));
        List<String> messages = new ArrayList<>(several.path("errors.message"));
        messages.addAll(api().body(Map.of("name", "A", "tier", "GOLD")).post("/api/v1/accounts")
                .path("errors.message"));
        messages.addAll(api().body(Map.of("name", "A", "renewalDate", "31/03/2027")).post("/api/v1/accounts")
                .path("errors.message"));
        messages.addAll(api().body(Map.of("name", "A", "colour", "blue")).post("/api/v1/accounts")
                .path("errors.message"));
        messages.addAll(api().body(Map.of("name", "x".repeat(201))).post("/api/v1/accounts").path("errors.message"));
        messages.addAll(api().body(Map.of("tier", "KEY", "reason", "x", "reasonCode", "REVENUE"))
                .put("/api/v1/accounts/{id}/tier", account(Map.of())).path("errors.message"));
        messages.addAll(api().body(Map.of()).post("/api/v1/opportunities").path("errors.message"));
        messages.addAll(api().contentType("application/merge-patch+json").body(Map.of("tier", "KEY", "id", "x"))
                .patch("/api/v1/accounts/{id}", account(Map.of())).path("errors.message"));
        messages.addAll(api().body(Map.of("name", "T", "questions", List.of(Map.of("text", "Why?", "kind", "TEXT"))))
                .post("/api/v1/survey-templates").path("errors.message"));
        assertThat(messages).hasSizeGreaterThan(12).allSatisfy(message -> assertThat(message).matches(SENTENCE)
                .doesNotStartWith("Must ").doesNotStartWith("Is ").doesNotStartWith("Names "));
        assertThat(messages).contains("Enter a value: it may not be blank.", "Use 3 to 500 characters; this has 1.",
                "Use at most 200 characters; this has 201.", "Use one of STANDARD, KEY, STRATEGIC.",
                "Use a date (YYYY-MM-DD).", "A template needs at least one GRADE question: add one.");
    }
    @Test
    void handoffInputsOutOfRangeAreRefusedAndNothingStarts() {
        String owner = com.stratum.support.Fixtures.accountManager();
        String id = account(Map.of("ownerId", owner, "tier", "KEY"));
        Map<String, Object> base = Map.of("toUserId", com.stratum.support.Fixtures.accountManager());
        String path = "/api/v1/accounts/{id}/handoffs";
        assertThat(refused(api().body(Map.of()).post(path, id), "toUserId")).isEqualTo("Enter a value: it is required.");
        refused(api().body(Map.of("toUserId", "not-a-uuid")).post(path, id), "toUserId");
        assertThat(refused(api().body(with(base, "note", "x".repeat(2001))).post(path, id), "note"))
                .isEqualTo("Use at most 2000 characters; this has 2001.");
        refused(api().body(with(base, "sectionNotes", Map.of("risks", "r".repeat(2001)))).post(path, id),
                "sectionNotes.risks");
        refused(api().body(with(base, "sectionNotes", Map.of("colour", "blue"))).post(path, id),
                "sectionNotes.colour");
        refused(api().body(with(base, "owner", "me")).post(path, id), "owner");
        api().get(path, id).then().body("items", empty());

        String handoff = api().body(base).post(path, id).then().statusCode(201).extract().path("id");
        String decline = "/api/v1/handoffs/{id}/decline";
        refused(api().body(Map.of()).post(decline, handoff), "reason");
        assertThat(refused(api().body(Map.of("reason", "no")).post(decline, handoff), "reason"))
                .isEqualTo("Use 3 to 500 characters; this has 2.");
        refused(api().body(Map.of("reason", "x".repeat(501))).post(decline, handoff), "reason");
        api().get("/api/v1/handoffs/{id}", handoff).then().body("status", equalTo("OPEN"));
    }

    @Test
    void taskInputsOutOfRangeAreRefusedAndNothingIsCreated() {
        String owner = com.stratum.support.Fixtures.accountManager();
        String id = account(Map.of("ownerId", owner));
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        Map<String, Object> base = Map.of("title", "Call back", "accountId", id, "assigneeId", owner, "dueDate", today);
        String path = "/api/v1/tasks";
        assertThat(refused(api().body(with(base, "title", "x".repeat(301))).post(path), "title"))
                .isEqualTo("Use at most 300 characters; this has 301.");
        refused(api().body(with(base, "title", "  ")).post(path), "title");
        refused(api().body(with(base, "dueDate", "31/03/2027")).post(path), "dueDate");
        assertThat(refused(api().body(with(base, "dueDate", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString()))
                .post(path), "dueDate")).isEqualTo("Choose today (" + today + ") or a later day as the due date.");
        refused(api().body(with(base, "status", "LATER")).post(path), "status");
        refused(api().body(with(base, "assigneeId", "me")).post(path), "assigneeId");
        refused(api().body(with(base, "source", "FOLLOW_UP")).post(path), "source");
        api().queryParam("accountId", id).get(path).then().body("items", empty());

        String task = api().body(base).post(path).then().statusCode(201).extract().path("id");
        refused(api().contentType("application/merge-patch+json").body(Map.of("title", ""))
                .patch("/api/v1/tasks/{id}", task), "title");
        refused(api().contentType("application/merge-patch+json").body(Map.of("completedAt", today + "T10:00:00Z"))
                .patch("/api/v1/tasks/{id}", task), "completedAt");
        api().get("/api/v1/tasks/{id}", task).then().body("title", equalTo("Call back")).body("version", equalTo(0));
    }

    @Test
    void eventInputsOutOfRangeAreRefusedAndNothingIsRecorded() {
        String accountId = account(Map.of());
        String events = "/api/v1/accounts/{id}/events";
        Map<String, Object> base = Map.of("type", "PROJECT", "occurredOn", "2026-10-01");
        refused(api().body(with(base, "description", "x".repeat(1001))).post(events, accountId), "description");
        refused(api().body(with(base, "reviewNote", "x".repeat(1001))).post(events, accountId), "reviewNote");
        refused(api().body(with(base, "type", "WEATHER")).post(events, accountId), "type");
        assertThat(refused(api().body(with(base, "status", "NO_ACTION")).post(events, accountId), "reviewNote"))
                .isEqualTo("Say why nothing will be done: NO_ACTION needs a review note.");
        api().get(events, accountId).then().statusCode(200).body("items", empty());
        String id = api().body(base).post(events, accountId).then().statusCode(201).extract().path("id");
        refused(api().contentType("application/merge-patch+json").body(Map.of("description", "x".repeat(1001)))
                .patch("/api/v1/events/{id}", id), "description");
        api().get("/api/v1/events/{id}", id).then().body("description", equalTo(null)).body("version", equalTo(0));
    }

    @Test
    void productInputsOutOfRangeAreRefusedAndNothingIsCreated() {
        String family = unique("Refused");
        Map<String, Object> base = Map.of("sku", unique("R"), "name", "Product", "family", family, "recurring", true);
        refused(api().body(with(base, "sku", "x".repeat(65))).post("/api/v1/products"), "sku");
        refused(api().body(with(base, "sku", "has space")).post("/api/v1/products"), "sku");
        refused(api().body(with(base, "name", "x".repeat(201))).post("/api/v1/products"), "name");
        refused(api().body(with(base, "family", "")).post("/api/v1/products"), "family");
        refused(api().body(with(base, "recurring", "sometimes")).post("/api/v1/products"), "recurring");
        api().queryParam("family", family).get("/api/v1/products").then().body("items", empty());
    }

    @Test
    void revenueLineNumbersOutOfRangeAreRefusedPerLineAndNothingLands() {
        String accountId = account(Map.of());
        String sku = api().body(Map.of("sku", unique("RL"), "name", "P", "family", "F", "recurring", true))
                .post("/api/v1/products").then().statusCode(201).extract().path("sku");
        Map<String, Object> base = Map.of("accountId", accountId, "sku", sku, "period", "2020-01", "quantity", 1,
                "amount", 1, "currency", "EUR", "source", "billing");
        List<Map<String, Object>> lines = List.of(with(base, "quantity", -1), with(base, "amount", -0.01),
                with(base, "amount", 1.005), with(base, "quantity", 1.0001), with(base, "amount", 1e15),
                with(base, "period", "2020-1"), with(base, "source", "x".repeat(51)));
        Response response = api().body(Map.of("lines", lines)).post("/api/v1/revenue-lines/batch");
        response.then().statusCode(200).body("refused", equalTo(lines.size())).body("created", equalTo(0))
                .body("results.problem.errors.field.flatten()", contains("quantity", "amount", "amount", "quantity",
                        "amount", "period", "source"));
        List<String> messages = response.path("results.problem.errors.message.flatten()");
        assertThat(messages).allSatisfy(m -> assertThat(m).matches(SENTENCE));
        api().get("/api/v1/accounts/{id}/revenue", accountId).then().body("products", empty());
    }

    @Test
    void contractNumbersAndDatesOutOfRangeAreRefusedAndNothingIsCreated() {
        String accountId = account(Map.of());
        Map<String, Object> base = Map.of("startDate", "2026-04-01", "endDate", "2027-03-31", "annualValue", 1000,
                "autoRenew", false, "noticeDays", 30);
        String path = "/api/v1/accounts/" + accountId + "/contracts";
        assertThat(refused(api().body(with(base, "annualValue", -0.01)).post(path), "annualValue"))
                .isEqualTo("Enter a number of 0 or more.");
        assertThat(refused(api().body(with(base, "annualValue", 10.001)).post(path), "annualValue"))
                .isEqualTo("Use at most 17 digits before the decimal point and 2 after it.");
        refused(api().body(with(base, "noticeDays", -1)).post(path), "noticeDays");
        assertThat(refused(api().body(with(base, "noticeDays", 731)).post(path), "noticeDays"))
                .isEqualTo("Enter a whole number from 0 to 730.");
        assertThat(refused(api().body(with(base, "endDate", "2026-04-01")).post(path), "endDate"))
                .isEqualTo("Choose an end date after the start date (2026-04-01).");
        refused(api().body(with(base, "endDate", "2025-01-01")).post(path), "endDate");
        api().get(path).then().statusCode(200).body("items", empty());
    }

    @Test
    void renewalLeadDaysOutOfRangeAreRefused() {
        refused(api().body(Map.of("qbrCadenceDays", 90, "renewalLeadDays", 731)).put("/api/v1/tier-policies/KEY"),
                "renewalLeadDays");
        refused(api().body(Map.of("qbrCadenceDays", 90, "renewalLeadDays", -1)).put("/api/v1/tier-policies/KEY"),
                "renewalLeadDays");
    }

    @Test
    void revenueAlertThresholdsOutOfRangeAreRefusedAndNothingChanges() {
        String path = "/api/v1/settings/revenue-alerts";
        List<Map<String, Object>> policies = new ArrayList<>();
        for (String tier : List.of("STANDARD", "KEY", "STRATEGIC")) {
            policies.add(Map.of("tier", tier, "stoppedBuying", true, "volumeDrop", true, "revenueDecline", true,
                    "minMonthsBought", 4, "volumeDropPct", 30, "revenueDeclinePct", 15));
        }
        for (Object[] bad : new Object[][] {{"volumeDropPct", -30}, {"volumeDropPct", 100.5},
                {"revenueDeclinePct", 0}, {"minMonthsBought", 7}}) {
            List<Map<String, Object>> body = new ArrayList<>(policies);
            body.set(1, with(policies.get(1), (String) bad[0], bad[1]));
            refused(api().body(Map.of("policies", body)).put(path), "policies[1]." + bad[0]);
        }
        api().get(path).then().statusCode(200).body("policies.volumeDropPct", contains(30.0f, 30.0f, 30.0f))
                .body("policies.minMonthsBought", contains(4, 4, 4));
    }

    @Test
    void webhookInputsOutOfBoundsAreRefusedInSentences() {
        Map<String, Object> base = Map.of("name", unique("Hook"), "url", "https://hooks.example.com/stratum",
                "eventTypes", java.util.List.of("account.created"));
        refused(api().body(with(base, "eventTypes", java.util.List.of())).post("/api/v1/webhooks"), "eventTypes");
        refused(api().body(with(base, "name", " ")).post("/api/v1/webhooks"), "name");
        assertThat(refused(api().body(with(base, "url", "http://169.254.169.254/latest/meta-data"))
                .post("/api/v1/webhooks"), "url")).contains("link-local");
        assertThat(refused(api().body(with(base, "url", "not a url")).post("/api/v1/webhooks"), "url"))
                .isEqualTo("This is not a valid URL; write a full address such as https://hooks.example.com/stratum.");
        assertThat(refused(api().body(with(base, "eventTypes", java.util.List.of("account.exploded")))
                .post("/api/v1/webhooks"), "eventTypes[0]")).startsWith("Use one of account.created, account.updated,");
    }
}
