package com.stratum.myday;

import static com.stratum.support.Api.api;
import static com.stratum.support.Fixtures.account;
import static com.stratum.support.Fixtures.accountManager;
import static com.stratum.support.Fixtures.unique;
import static com.stratum.support.Surveys.answered;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.stratum.support.Api;
import com.stratum.support.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** My day (issue 15): each section for the caller, bounded lists with full counts, and the team's day for managers. */
@QuarkusTest
class MyDayApiTest {
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Inject
    EntityManager em;

    /** A signed-in user of the role reporting to {@code managerId} (null: to nobody). */
    static Api.Session user(String role, String managerId) {
        String email = unique("day").toLowerCase() + "@test.example";
        Map<String, Object> body = new HashMap<>();
        body.put("name", unique("User"));
        body.put("email", email);
        body.put("role", role);
        body.put("password", Fixtures.PASSWORD);
        body.put("managerId", managerId);
        api().body(body).post("/api/v1/users").then().statusCode(201);
        return Api.Session.signIn(email, Fixtures.PASSWORD);
    }

    static String task(String accountId, String assigneeId, LocalDate due) {
        return api().body(Map.of("title", unique("Call back"), "accountId", accountId, "assigneeId", assigneeId,
                "dueDate", due.toString())).post("/api/v1/tasks").then().statusCode(201).extract().path("id");
    }

    /** Moves a task's due date into the past, which the API refuses to set. */
    private void dueDaysAgo(String taskId, int days) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "update task set due_date = due_date - cast(:days as integer) where id = :id")
                .setParameter("days", days).setParameter("id", UUID.fromString(taskId)).executeUpdate());
    }

    @Test
    void myDayListsEachSectionWithItsCountAndTheLinkTargets() {
        Api.Session me = user("ACCOUNT_MANAGER", null);
        String mine = account(me.userId(), "KEY"); // no contacts: single-threaded for KEY
        String qbr = answered(mine, "C", "C", "B", "C", 4);
        api().body(Map.of("targetGrade", "B-", "targetDate", TODAY.plusDays(14).toString(),
                "actions", List.of("Weekly check-in"))).put("/api/v1/qbrs/{id}/follow-up", qbr).then().statusCode(200);
        String overdue = task(mine, me.userId(), TODAY);
        dueDaysAgo(overdue, 3);
        String today = task(mine, me.userId(), TODAY);
        task(mine, me.userId(), TODAY.plusDays(1)); // not yet
        String done = task(mine, me.userId(), TODAY);
        api().contentType("application/merge-patch+json").body(Map.of("status", "DONE"))
                .patch("/api/v1/tasks/{id}", done).then().statusCode(200);
        String offered = account(accountManager(), "KEY");
        String handoff = api().body(Map.of("toUserId", me.userId())).post("/api/v1/accounts/{id}/handoffs", offered)
                .then().statusCode(201).extract().path("id");

        me.request().get("/api/v1/me/day").then().statusCode(200)
                .body("scope", equalTo("ME")).body("date", equalTo(TODAY.toString())).body("people", equalTo(1))
                .body("tasksDue.count", equalTo(2)).body("tasksDue.items.id", contains(overdue, today))
                .body("tasksDue.items.overdue", contains(true, false))
                .body("tasksDue.items.accountId", contains(mine, mine))
                .body("tasksDue.items.version", contains(0, 0))
                .body("qbrsDue.count", equalTo(1)).body("qbrsDue.items[0].accountId", equalTo(mine))
                .body("qbrsDue.items[0].nextQbrDue", equalTo(TODAY.plusDays(14).toString()))
                .body("qbrsDue.items[0].overdue", equalTo(false))
                .body("followUpsDue.count", equalTo(1)).body("followUpsDue.items[0].qbrId", equalTo(qbr))
                .body("followUpsDue.items[0].targetGrade", equalTo("B-"))
                .body("followUpsDue.items[0].openTasks", equalTo(1))
                .body("singleThreaded.count", equalTo(1)).body("singleThreaded.items[0].accountId", equalTo(mine))
                .body("singleThreaded.items[0].reasons", hasSize(2))
                .body("handoffsWaiting.count", equalTo(1))
                .body("handoffsWaiting.items[0].handoffId", equalTo(handoff))
                .body("handoffsWaiting.items[0].accountId", equalTo(offered));
    }

    @Test
    void myDayListsTheAccountsWhoseTouchIsOverdueAndTheEventsToReview() {
        Api.Session me = user("ACCOUNT_MANAGER", null);
        String quiet = account(me.userId(), "KEY"); // KEY: a touch every 45 days
        String touched = account(me.userId(), "KEY");
        String standard = account(me.userId(), "STANDARD"); // no cadence
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "update account set created_at = now() - interval '90 days' where id in (:ids)")
                .setParameter("ids", List.of(UUID.fromString(quiet), UUID.fromString(touched),
                        UUID.fromString(standard))).executeUpdate());
        me.request().body(Map.of("type", "CALL", "occurredAt", java.time.Instant.now().minusSeconds(86_400)
                .toString(), "summary", "Caught up")).post("/api/v1/accounts/{id}/activities", touched).then()
                .statusCode(201);
        String event = me.request().body(Map.of("type", "NEW_EXECUTIVE", "occurredOn", TODAY.minusDays(1).toString(),
                "description", "A new CFO")).post("/api/v1/accounts/{id}/events", quiet).then().statusCode(201)
                .extract().path("id");
        String reviewed = me.request().body(Map.of("type", "PROJECT", "occurredOn", TODAY.toString()))
                .post("/api/v1/accounts/{id}/events", touched).then().statusCode(201).extract().path("id");
        me.request().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(Map.of("status", "REVIEWED")).patch("/api/v1/events/{id}", reviewed).then().statusCode(200);

        me.request().get("/api/v1/me/day").then().statusCode(200)
                .body("touchOverdue.count", equalTo(1)).body("touchOverdue.items[0].accountId", equalTo(quiet))
                .body("touchOverdue.items[0].lastTouchAt", equalTo(null))
                .body("eventsToReview.count", equalTo(1)).body("eventsToReview.items[0].eventId", equalTo(event))
                .body("eventsToReview.items[0].type", equalTo("NEW_EXECUTIVE"))
                .body("eventsToReview.items[0].reviewOverdue", equalTo(false));
    }

    @Test
    void aSectionListsTheFirstTenAndCountsThemAll() {
        Api.Session me = user("ACCOUNT_MANAGER", null);
        String mine = account(me.userId(), "STANDARD");
        for (int i = 0; i < 12; i++) {
            task(mine, me.userId(), TODAY);
        }
        me.request().get("/api/v1/me/day").then().statusCode(200).body("tasksDue.count", equalTo(12))
                .body("tasksDue.items", hasSize(MyDayReport.ITEMS)).body("singleThreaded.count", equalTo(0))
                .body("handoffsWaiting.items", empty());
    }

    @Test
    void aManagersTeamDayCoversDirectAndIndirectReportsAndOthersAreRefused() {
        Api.Session manager = user("MANAGER", null);
        Api.Session lead = user("ACCOUNT_MANAGER", manager.userId());
        Api.Session rep = user("ACCOUNT_MANAGER", lead.userId());
        Api.Session outsider = user("ACCOUNT_MANAGER", null);
        String leads = account(lead.userId(), "STANDARD");
        String reps = account(rep.userId(), "STANDARD");
        String outsiders = account(outsider.userId(), "STANDARD");
        String forLead = task(leads, lead.userId(), TODAY);
        String forRep = task(reps, rep.userId(), TODAY);
        task(outsiders, outsider.userId(), TODAY);
        String forManager = task(outsiders, manager.userId(), TODAY);

        manager.request().queryParam("scope", "team").get("/api/v1/me/day").then().statusCode(200)
                .body("scope", equalTo("TEAM")).body("people", equalTo(2))
                .body("tasksDue.count", equalTo(2)).body("tasksDue.items.id", containsInAnyOrder(forLead, forRep))
                .body("tasksDue.items.assigneeId", containsInAnyOrder(lead.userId(), rep.userId()));
        manager.request().queryParam("scope", "ME").get("/api/v1/me/day").then().statusCode(200)
                .body("tasksDue.items.id", contains(forManager));
        lead.request().queryParam("scope", "TEAM").get("/api/v1/me/day").then().statusCode(403)
                .body("detail", equalTo("The team's day is for managers; you are ACCOUNT_MANAGER, so open your own"
                        + " day (scope=ME)."));
        Api.Session lonely = user("MANAGER", null);
        lonely.request().queryParam("scope", "TEAM").get("/api/v1/me/day").then().statusCode(200)
                .body("people", equalTo(0)).body("tasksDue.count", equalTo(0));
        manager.request().queryParam("scope", "everyone").get("/api/v1/me/day").then().statusCode(400)
                .body("detail", equalTo("Query parameter 'scope' must be one of ME, TEAM."));
        manager.request().queryParam("scope", "ME,TEAM").get("/api/v1/me/day").then().statusCode(400);
    }
}
