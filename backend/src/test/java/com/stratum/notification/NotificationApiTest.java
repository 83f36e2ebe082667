package com.stratum.notification;

import static com.stratum.support.Api.anonymous;
import static com.stratum.support.Api.api;
import static com.stratum.support.Fixtures.account;
import static com.stratum.support.Surveys.answers;
import static com.stratum.support.Surveys.invite;
import static com.stratum.support.Surveys.schedule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.stratum.support.Api;
import com.stratum.support.Fixtures;
import com.stratum.support.Surveys;
import com.stratum.support.TestClock;
import com.stratum.survey.FollowUpJudging;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** In-app notifications: what sends them, and that each user reads and marks only their own. */
@QuarkusTest
class NotificationApiTest {
    @Inject
    TestClock clock;
    @Inject
    FollowUpJudging judging;
    @Inject
    NotificationRetention retention;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A new account manager; signed in again with {@link #signIn} after the clock moved past the session's life. */
    private static String newOwnerEmail() {
        String email = Fixtures.unique("owner").toLowerCase() + "@test.example";
        Fixtures.userWithPassword("ACCOUNT_MANAGER", email);
        return email;
    }

    private static Api.Session signIn(String email) {
        return Api.Session.signIn(email, Fixtures.PASSWORD);
    }

    private static Response mine(Api.Session user) {
        return user.request().get("/api/v1/notifications");
    }

    private static String name(String accountId) {
        return api().get("/api/v1/accounts/{id}", accountId).path("name");
    }

    private static void setFollowUp(String qbr, LocalDate date) {
        api().body(Map.of("targetGrade", "B-", "actions", List.of("Weekly check-in"), "targetDate", date.toString()))
                .put("/api/v1/qbrs/{id}/follow-up", qbr).then().statusCode(200);
    }

    @Test
    void aSurveyAnsweredByTheCustomerTellsTheOwner() {
        Api.Session owner = Fixtures.signedIn("ACCOUNT_MANAGER");
        String accountId = account(owner.userId(), "KEY");
        String token = invite(schedule(accountId));
        anonymous().body(answers("C", "C", "B", "C", 5)).post("/api/v1/public/surveys/{token}/responses", token)
                .then().statusCode(201);
        mine(owner).then().statusCode(200).body("items.kind", contains("SURVEY_ANSWERED"))
                .body("items[0].title", equalTo(name(accountId) + " answered its QBR: overall grade C+, failing."))
                .body("items[0].link", equalTo("/accounts/" + accountId + "?tab=qbrs"))
                .body("items[0].readAt", nullValue()).body("unreadCount", equalTo(1)).body("total", equalTo(1));
    }

    @Test
    void aFollowUpJudgedByTheNextAnswerTellsTheOwner() {
        Api.Session owner = Fixtures.signedIn("ACCOUNT_MANAGER");
        String accountId = account(owner.userId(), "KEY");
        setFollowUp(Surveys.answered(accountId, "C", "C", "C", "C", 4), LocalDate.now(ZoneOffset.UTC).plusDays(30));
        Surveys.answered(accountId, "B", "B", "B", "B", 8);
        // The follow-up's task was given to the owner too (by the admin who set it).
        mine(owner).then().body("items.kind", containsInAnyOrder("FOLLOW_UP_JUDGED", "TASK_ASSIGNED",
                        "SURVEY_ANSWERED", "SURVEY_ANSWERED"))
                .body("items.find { it.kind == 'FOLLOW_UP_JUDGED' }.title", equalTo("The follow-up of " + name(accountId) + " was judged MET: the next"
                        + " QBR's overall grade is B, the target was B-."));
    }

    @Test
    void aFollowUpJudgedMissedByTheJobTellsTheOwner() {
        String email = newOwnerEmail();
        String accountId = account(signIn(email).userId(), "KEY");
        setFollowUp(Surveys.answered(accountId, "C", "C", "C", "C", 4), LocalDate.now(ZoneOffset.UTC).plusDays(14));
        clock.advance(Duration.ofDays(23));
        judging.judgeDue();
        mine(signIn(email)).then().body("items.kind", contains("FOLLOW_UP_JUDGED", "TASK_ASSIGNED", "SURVEY_ANSWERED"))
                .body("items[0].title", equalTo("The follow-up of " + name(accountId) + " was judged MISSED: its"
                        + " date passed more than 7 days ago with no answered QBR."));
    }

    @Test
    void aHandoffTellsTheIncomingOwnerWhenOfferedAndTheOthersWhenAccepted() {
        Api.Session owner = Fixtures.signedIn("ACCOUNT_MANAGER");
        Api.Session incoming = Fixtures.signedIn("ACCOUNT_MANAGER");
        Api.Session manager = Fixtures.signedIn("MANAGER");
        String accountId = account(owner.userId(), "KEY");
        String handoff = manager.request().body(Map.of("toUserId", incoming.userId()))
                .post("/api/v1/accounts/{id}/handoffs", accountId).then().statusCode(201).extract().path("id");
        mine(incoming).then().body("items.kind", contains("HANDOFF_OFFERED"))
                .body("items[0].link", equalTo("/handoffs/" + handoff));
        mine(owner).then().body("items", empty());
        incoming.request().post("/api/v1/handoffs/{id}/accept", handoff).then().statusCode(200);
        for (Api.Session told : List.of(owner, manager)) {
            mine(told).then().body("items.kind", contains("HANDOFF_ACCEPTED"))
                    .body("items[0].title", org.hamcrest.Matchers.endsWith(" accepted the handoff of "
                            + name(accountId) + " and owns it from now on."));
        }
        mine(incoming).then().body("items.size()", equalTo(1));
    }

    @Test
    void eachUserReadsAndMarksOnlyTheirOwn() {
        Api.Session owner = Fixtures.signedIn("ACCOUNT_MANAGER");
        Api.Session other = Fixtures.signedIn("ACCOUNT_MANAGER");
        String accountId = account(owner.userId(), "KEY");
        api().body(Map.of("type", "OTHER", "occurredOn", "2026-01-05")).post("/api/v1/accounts/{id}/events",
                accountId).then().statusCode(201);
        api().body(Map.of("type", "PROJECT", "occurredOn", "2026-01-06")).post("/api/v1/accounts/{id}/events",
                accountId).then().statusCode(201);
        Response page = mine(owner);
        page.then().body("items.size()", equalTo(2)).body("unreadCount", equalTo(2));
        String first = page.path("items[1].id");
        mine(other).then().body("items", empty()).body("unreadCount", equalTo(0));
        other.request().post("/api/v1/notifications/{id}/read", first).then().statusCode(404)
                .contentType("application/problem+json");
        other.request().post("/api/v1/notifications/read-all").then().statusCode(200).body("marked", equalTo(0));
        owner.request().get("/api/v1/notifications/unread-count").then().statusCode(200)
                .body("unreadCount", equalTo(2));

        owner.request().post("/api/v1/notifications/{id}/read", first).then().statusCode(200)
                .body("id", equalTo(first)).body("readAt", notNullValue());
        owner.request().queryParam("unread", true).get("/api/v1/notifications").then()
                .body("items.size()", equalTo(1)).body("total", equalTo(1)).body("unreadCount", equalTo(1));
        owner.request().queryParam("unread", false).get("/api/v1/notifications").then()
                .body("items.id", contains(first));
        owner.request().post("/api/v1/notifications/read-all").then().statusCode(200).body("marked", equalTo(1))
                .body("unreadCount", equalTo(0));
        owner.request().get("/api/v1/notifications/unread-count").then().body("unreadCount", equalTo(0));
        owner.request().post("/api/v1/notifications/{id}/read", UUID.randomUUID()).then().statusCode(404);
        owner.request().queryParam("unread", "soon").get("/api/v1/notifications").then().statusCode(400);
        owner.request().queryParam("limit", 500).get("/api/v1/notifications").then().statusCode(400);
        anonymous().get("/api/v1/notifications").then().statusCode(401);
    }

    @Test
    void notificationsOlderThanNinetyDaysAreDeleted() {
        String email = newOwnerEmail();
        String accountId = account(signIn(email).userId(), "KEY");
        api().body(Map.of("type", "OTHER", "occurredOn", "2026-01-05")).post("/api/v1/accounts/{id}/events",
                accountId).then().statusCode(201);
        clock.advance(Duration.ofDays(89));
        retention.deleteExpired();
        mine(signIn(email)).then().statusCode(200).body("items.size()", equalTo(1));
        clock.advance(Duration.ofDays(2));
        assertThat(retention.deleteExpired()).isPositive();
        mine(signIn(email)).then().statusCode(200).body("items", empty());
    }
}
