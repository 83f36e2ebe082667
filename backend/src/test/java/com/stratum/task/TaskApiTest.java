package com.stratum.task;

import static com.stratum.support.Api.api;
import static com.stratum.support.Api.withToken;
import static com.stratum.support.Fixtures.account;
import static com.stratum.support.Fixtures.accountManager;
import static com.stratum.support.Fixtures.opportunity;
import static com.stratum.support.Fixtures.unique;
import static com.stratum.support.Surveys.answered;
import static com.stratum.support.Surveys.schedule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.stratum.support.Api;
import com.stratum.support.Fixtures;
import com.stratum.support.People;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tasks (issue 15): CRUD, who may create and change them, the assignee rule, refusals and the list's filters. */
@QuarkusTest
class TaskApiTest {
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    static Map<String, Object> task(String accountId, String assigneeId, LocalDate due) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", unique("Send the plan"));
        body.put("accountId", accountId);
        body.put("assigneeId", assigneeId);
        body.put("dueDate", due.toString());
        return body;
    }

    static String create(String accountId, String assigneeId, LocalDate due) {
        return api().body(task(accountId, assigneeId, due)).post("/api/v1/tasks").then().statusCode(201).extract()
                .path("id");
    }

    private static Response patch(Api.Session as, String id, Map<String, Object> body, long version) {
        return as.request().contentType("application/merge-patch+json").header("If-Match", "\"" + version + "\"")
                .body(body).patch("/api/v1/tasks/{id}", id);
    }

    private static void onTeam(String accountId, String userId) {
        api().body(Map.of("members", List.of(Map.of("userId", userId, "role", "SPECIALIST", "allocationPct", 20,
                "since", TODAY.toString())))).put("/api/v1/accounts/{id}/team", accountId).then().statusCode(200);
    }

    @Test
    void theOwnerCreatesReadsChangesCompletesAndReopensATask() {
        Api.Session owner = Fixtures.signedIn("ACCOUNT_MANAGER");
        String id = account(owner.userId(), "KEY");
        String contact = People.contact(id, Map.of());
        String deal = opportunity(id, "UPSELL", 5000, TODAY.plusDays(60).toString());
        String qbr = schedule(id);
        Map<String, Object> body = task(id, owner.userId(), TODAY.plusDays(3));
        body.put("title", "  Send the revised rollout plan ");
        body.put("contactId", contact);
        body.put("opportunityId", deal);
        body.put("qbrId", qbr);

        Response created = owner.request().body(body).post("/api/v1/tasks");
        created.then().statusCode(201).header("ETag", "\"0\"")
                .header("Location", endsWith("/api/v1/tasks/" + created.path("id")))
                .body("title", equalTo("Send the revised rollout plan")).body("accountId", equalTo(id))
                .body("contactId", equalTo(contact)).body("contactName", notNullValue())
                .body("opportunityId", equalTo(deal)).body("opportunityTitle", notNullValue())
                .body("qbrId", equalTo(qbr)).body("assigneeId", equalTo(owner.userId()))
                .body("dueDate", equalTo(TODAY.plusDays(3).toString())).body("status", equalTo("OPEN"))
                .body("source", equalTo("MANUAL")).body("overdue", equalTo(false))
                .body("createdById", equalTo(owner.userId())).body("completedAt", nullValue());
        String task = created.path("id");

        api().get("/api/v1/tasks/{id}", task).then().statusCode(200).header("ETag", com.stratum.support.Api.getEtag(0))
                .body("accountName", notNullValue()).body("assigneeName", notNullValue());

        patch(owner, task, Map.of("dueDate", TODAY.plusDays(5).toString()), 7).then().statusCode(412);
        Map<String, Object> postpone = new HashMap<>();
        postpone.put("dueDate", TODAY.plusDays(5).toString());
        postpone.put("contactId", null);
        patch(owner, task, postpone, 0).then()
                .statusCode(200).header("ETag", "\"1\"").body("dueDate", equalTo(TODAY.plusDays(5).toString()))
                .body("contactId", nullValue());
        patch(owner, task, Map.of("status", "DONE"), 1).then().statusCode(200)
                .body("status", equalTo("DONE")).body("completedAt", notNullValue())
                .body("completedById", equalTo(owner.userId())).body("completedByName", notNullValue());
        patch(owner, task, Map.of("title", "Something else"), 2).then().statusCode(409)
                .body("detail", equalTo("This task is DONE, so it no longer changes; reopen it (status OPEN) to"
                        + " change it."));
        patch(owner, task, Map.of("status", "OPEN", "title", "Send the final plan"), 2).then().statusCode(200)
                .body("status", equalTo("OPEN")).body("title", equalTo("Send the final plan"))
                .body("completedAt", nullValue()).body("completedById", nullValue());
        patch(owner, task, Map.of("status", "CANCELLED"), 3).then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("completedAt", nullValue());
    }

    @Test
    void whoMayWorkOnTheAccountCreatesTheAssigneeChangesOthersAreRefused() {
        Api.Session owner = Fixtures.signedIn("ACCOUNT_MANAGER");
        Api.Session member = Fixtures.signedIn("ACCOUNT_MANAGER");
        Api.Session stranger = Fixtures.signedIn("ACCOUNT_MANAGER");
        Api.Session viewer = Fixtures.signedIn("VIEWER");
        Api.Session manager = Fixtures.signedIn("MANAGER");
        String id = account(owner.userId(), "STANDARD");
        onTeam(id, member.userId());

        stranger.request().body(task(id, stranger.userId(), TODAY)).post("/api/v1/tasks").then().statusCode(403)
                .body("detail", containsString("Account managers can change only the accounts they own or whose"
                        + " team they are on today."));
        viewer.request().body(task(id, owner.userId(), TODAY)).post("/api/v1/tasks").then().statusCode(403);
        String forMember = member.request().body(task(id, member.userId(), TODAY)).post("/api/v1/tasks").then()
                .statusCode(201).extract().path("id");
        String byManager = manager.request().body(task(id, owner.userId(), TODAY.plusDays(1)))
                .post("/api/v1/tasks").then().statusCode(201).extract().path("id");

        patch(stranger, forMember, Map.of("status", "DONE"), 0).then().statusCode(403);
        patch(viewer, forMember, Map.of("status", "DONE"), 0).then().statusCode(403);
        // The owner hands it to someone who may not work on the account: refused; to a manager: fine.
        patch(owner, byManager, Map.of("assigneeId", stranger.userId()), 0).then().statusCode(422)
                .body("errors[0].field", equalTo("assigneeId"))
                .body("errors[0].message", endsWith("; choose its owner, a manager or a member of its team."));
        patch(owner, byManager, Map.of("assigneeId", manager.userId()), 0).then().statusCode(200);

        // An assignee who is no longer on the team may still complete the task given to them.
        api().body(Map.of("members", List.of())).put("/api/v1/accounts/{id}/team", id).then().statusCode(200);
        patch(member, forMember, Map.of("status", "DONE"), 0).then().statusCode(200)
                .body("completedById", equalTo(member.userId()));

        // A token without tasks:write reads but does not write.
        String readOnly = owner.createToken(unique("read"), List.of("accounts:read", "tasks:read"));
        withToken(readOnly).get("/api/v1/tasks/{id}", byManager).then().statusCode(200);
        withToken(readOnly).body(task(id, owner.userId(), TODAY)).post("/api/v1/tasks").then().statusCode(403)
                .body("detail", containsString("tasks:write"));
        String noTasks = owner.createToken(unique("none"), List.of("accounts:read"));
        withToken(noTasks).get("/api/v1/tasks").then().statusCode(403);
    }

    @Test
    void theAssigneeIsAnActiveUserWhoMayWorkOnTheAccount() {
        String owner = accountManager();
        String id = account(owner, "STANDARD");
        String viewer = Fixtures.user("VIEWER");
        String stranger = accountManager();
        String gone = accountManager();
        api().contentType("application/merge-patch+json").body(Map.of("active", false))
                .patch("/api/v1/users/{id}", gone).then().statusCode(200);

        for (String[] refused : List.of(new String[] {viewer, "may not work on"},
                new String[] {stranger, "may not work on"}, new String[] {gone, "is inactive; reactivate them"},
                new String[] {"00000000-0000-4000-8000-00000000abcd", "No user has this id"})) {
            api().body(task(id, refused[0], TODAY)).post("/api/v1/tasks").then().statusCode(422)
                    .body("errors[0].field", equalTo("assigneeId"))
                    .body("errors[0].message", containsString(refused[1]));
        }
        onTeam(id, stranger);
        create(id, stranger, TODAY);
        create(id, Fixtures.user("MANAGER"), TODAY);
    }

    @Test
    void linksMustBelongToTheSameAccountAndOtherRefusalsChangeNothing() {
        String owner = accountManager();
        String id = account(owner, "STANDARD");
        String other = account(owner, "STANDARD");
        String foreignContact = People.contact(other, Map.of());
        String foreignDeal = opportunity(other, "UPSELL", 100, TODAY.plusDays(30).toString());
        String foreignQbr = schedule(other);
        Map<String, Object> body = task(id, owner, TODAY.minusDays(1));
        body.put("contactId", foreignContact);
        body.put("opportunityId", foreignDeal);
        body.put("qbrId", foreignQbr);
        api().body(body).post("/api/v1/tasks").then().statusCode(422)
                .body("errors.field", containsInAnyOrder("contactId", "opportunityId", "qbrId", "dueDate"))
                .body("errors.find { it.field == 'dueDate' }.message",
                        equalTo("Choose today (" + TODAY + ") or a later day as the due date."));
        api().body(Map.of("title", "x", "accountId", id, "assigneeId", owner, "dueDate", "2027-02-30"))
                .post("/api/v1/tasks").then().statusCode(422).body("errors[0].field", equalTo("dueDate"));
        api().body(Map.of("accountId", id)).post("/api/v1/tasks").then().statusCode(422)
                .body("errors.field", containsInAnyOrder("title", "assigneeId", "dueDate"));
        Map<String, Object> unknownAccount = task("00000000-0000-4000-8000-00000000abcd", owner, TODAY);
        api().body(unknownAccount).post("/api/v1/tasks").then().statusCode(422)
                .body("errors[0].field", equalTo("accountId"));
        api().queryParam("accountId", id).get("/api/v1/tasks").then().body("total", equalTo(0));

        String task = create(id, owner, TODAY);
        api().contentType("application/merge-patch+json")
                .body(Map.of("accountId", other, "source", "FOLLOW_UP", "overdue", true, "nope", 1))
                .patch("/api/v1/tasks/{id}", task).then().statusCode(422)
                .body("errors.field", containsInAnyOrder("accountId", "source", "overdue", "nope"));
        api().contentType("application/merge-patch+json").body(Map.of("status", "LATER"))
                .patch("/api/v1/tasks/{id}", task).then().statusCode(422).body("errors[0].field", equalTo("status"));
        api().contentType("application/merge-patch+json").body(java.util.Collections.singletonMap("status", null))
                .patch("/api/v1/tasks/{id}", task).then().statusCode(422)
                .body("errors[0].message", equalTo("Set status to OPEN, DONE or CANCELLED."));
        api().get("/api/v1/tasks/{id}", task).then().body("version", equalTo(0)).body("accountId", equalTo(id));
        api().get("/api/v1/tasks/{id}", "00000000-0000-4000-8000-00000000abcd").then().statusCode(404);

        api().delete("/api/v1/accounts/{id}", id).then().statusCode(204);
        api().body(task(id, owner, TODAY)).post("/api/v1/tasks").then().statusCode(409)
                .body("detail", endsWith(" is archived, so it gets no new tasks. Restore it first."));
    }

    @Test
    void theListFiltersByAssigneeAccountStatusDueDateAndQbrInDueDateOrder() {
        String owner = accountManager();
        String manager = Fixtures.user("MANAGER");
        String id = account(owner, "STANDARD");
        String other = account(owner, "STANDARD");
        String qbr = schedule(id);
        String later = create(id, owner, TODAY.plusDays(9));
        String today = create(id, owner, TODAY);
        String soon = create(other, owner, TODAY.plusDays(2));
        String managers = create(id, manager, TODAY.plusDays(1));
        Map<String, Object> linked = task(id, owner, TODAY.plusDays(4));
        linked.put("qbrId", qbr);
        String onQbr = api().body(linked).post("/api/v1/tasks").then().statusCode(201).extract().path("id");
        api().contentType("application/merge-patch+json").body(Map.of("status", "DONE"))
                .patch("/api/v1/tasks/{id}", soon).then().statusCode(200);

        api().queryParam("assigneeId", owner).get("/api/v1/tasks").then().statusCode(200)
                .body("items.id", contains(today, soon, onQbr, later)).body("total", equalTo(4));
        api().queryParam("assigneeId", owner).queryParam("status", "OPEN").get("/api/v1/tasks").then()
                .body("items.id", contains(today, onQbr, later));
        api().queryParam("accountId", id).queryParam("dueBefore", TODAY.plusDays(2).toString())
                .get("/api/v1/tasks").then().body("items.id", contains(today, managers));
        api().queryParam("qbrId", qbr).get("/api/v1/tasks").then().body("items.id", contains(onQbr));
        api().queryParam("accountId", id).queryParam("sort", "-dueDate").get("/api/v1/tasks").then()
                .body("items.id", contains(later, onQbr, managers, today));

        // Keyset pages: one at a time, every task once, the count on each page.
        Response first = api().queryParam("assigneeId", owner).queryParam("limit", 3).get("/api/v1/tasks");
        first.then().body("items.id", contains(today, soon, onQbr)).body("total", equalTo(4));
        api().queryParam("assigneeId", owner).queryParam("limit", 3).queryParam("cursor", (Object) first.path("nextCursor"))
                .get("/api/v1/tasks").then().body("items.id", contains(later)).body("nextCursor", nullValue())
                .body("total", equalTo(4));

        for (String[] bad : List.of(new String[] {"status", "LATER"}, new String[] {"assigneeId", "me"},
                new String[] {"accountId", "x"}, new String[] {"qbrId", "1"}, new String[] {"dueBefore", "tomorrow"},
                new String[] {"source", "EMAIL"}, new String[] {"sort", "title"}, new String[] {"limit", "500"})) {
            api().queryParam(bad[0], bad[1]).get("/api/v1/tasks").then().statusCode(400)
                    .body("detail", containsString(bad[0]));
        }
    }

    @Test
    void aDeletedContactOrOpportunityLeavesTheTaskUnlinked() {
        String owner = accountManager();
        String id = account(owner, "STANDARD");
        String contact = People.contact(id, Map.of());
        String deal = opportunity(id, "UPSELL", 100, TODAY.plusDays(30).toString());
        Map<String, Object> body = task(id, owner, TODAY);
        body.put("contactId", contact);
        body.put("opportunityId", deal);
        String task = api().body(body).post("/api/v1/tasks").then().statusCode(201).extract().path("id");
        api().delete("/api/v1/contacts/{id}", contact).then().statusCode(204);
        api().delete("/api/v1/opportunities/{id}", deal).then().statusCode(204);
        api().get("/api/v1/tasks/{id}", task).then().statusCode(200).body("contactId", nullValue())
                .body("opportunityId", nullValue());
    }

    @Test
    void aFailingQbrsFollowUpBecomesTasksOfTheOwnerDueBeforeTheFollowUpDate() {
        String owner = accountManager();
        String id = account(owner, "KEY");
        String qbr = answered(id, "C", "C", "B", "C", 4);
        LocalDate followUpDate = TODAY.plusDays(30);
        api().body(Map.of("targetGrade", "B-", "targetDate", followUpDate.toString(),
                        "actions", List.of("Weekly check-in", "Fix the invoicing bug", "Executive sponsor call")))
                .put("/api/v1/qbrs/{id}/follow-up", qbr).then().statusCode(200);

        Response tasks = api().queryParam("qbrId", qbr).get("/api/v1/tasks");
        tasks.then().statusCode(200).body("items", hasSize(3))
                .body("items.title", contains("Weekly check-in", "Fix the invoicing bug", "Executive sponsor call"))
                .body("items.source", contains("FOLLOW_UP", "FOLLOW_UP", "FOLLOW_UP"))
                .body("items.followUpStep", contains(0, 1, 2))
                .body("items.assigneeId", contains(owner, owner, owner))
                .body("items.status", contains("OPEN", "OPEN", "OPEN"));
        List<LocalDate> due = tasks.jsonPath().getList("items.dueDate", String.class).stream()
                .map(LocalDate::parse).toList();
        assertThat(due).isSortedAccordingTo(LocalDate::compareTo).doesNotHaveDuplicates()
                .allSatisfy(d -> assertThat(d).isAfterOrEqualTo(TODAY).isBefore(followUpDate));
        assertThat(due.get(2)).isEqualTo(followUpDate.minusDays(1));
        assertThat(due).containsExactly(TODAY, TODAY.plusDays(14), TODAY.plusDays(29));
        List<String> ids = tasks.jsonPath().getList("items.id");

        // The owner completes the first; the follow-up changes: two actions, a later date. The open task is
        // updated in place, the removed action's task cancelled, the done one left as it was; nothing is added.
        api().contentType("application/merge-patch+json").body(Map.of("status", "DONE"))
                .patch("/api/v1/tasks/{id}", ids.get(0)).then().statusCode(200);
        LocalDate moved = TODAY.plusDays(41);
        api().body(Map.of("targetGrade", "B-", "targetDate", moved.toString(),
                        "actions", List.of("Weekly check-in", "Fix the invoicing bug and confirm")))
                .put("/api/v1/qbrs/{id}/follow-up", qbr).then().statusCode(200);
        api().queryParam("qbrId", qbr).get("/api/v1/tasks").then().body("total", equalTo(3))
                .body("items.id", contains(ids.get(0), ids.get(2), ids.get(1)))
                .body("items.status", contains("DONE", "CANCELLED", "OPEN"))
                .body("items.title", contains("Weekly check-in", "Executive sponsor call",
                        "Fix the invoicing bug and confirm"))
                .body("items.dueDate", contains(TODAY.toString(), TODAY.plusDays(29).toString(),
                        moved.minusDays(1).toString()));

        // Setting it again unchanged adds nothing and changes nothing.
        api().body(Map.of("targetGrade", "B-", "targetDate", moved.toString(),
                        "actions", List.of("Weekly check-in", "Fix the invoicing bug and confirm")))
                .put("/api/v1/qbrs/{id}/follow-up", qbr).then().statusCode(200);
        api().queryParam("qbrId", qbr).get("/api/v1/tasks").then().body("total", equalTo(3))
                .body("items.version", contains(1, 1, 1));

        // A follow-up task stays with its QBR.
        api().contentType("application/merge-patch+json").body(java.util.Collections.singletonMap("qbrId", null))
                .patch("/api/v1/tasks/{id}", ids.get(1)).then().statusCode(422)
                .body("errors[0].field", equalTo("qbrId"));
    }

    @Test
    void aFollowUpWithoutActionsGetsOneTaskToPrepareTheCall() {
        String owner = accountManager();
        String qbr = answered(account(owner, "KEY"), "C", "C", "B", "C", 4);
        LocalDate followUpDate = TODAY.plusDays(14);
        api().body(Map.of("targetGrade", "B", "targetDate", followUpDate.toString()))
                .put("/api/v1/qbrs/{id}/follow-up", qbr).then().statusCode(200);
        api().queryParam("qbrId", qbr).get("/api/v1/tasks").then().body("items", hasSize(1))
                .body("items[0].title", equalTo("Prepare the follow-up call: reach B by " + followUpDate + "."))
                .body("items[0].dueDate", equalTo(followUpDate.minusDays(1).toString()))
                .body("items[0].assigneeId", equalTo(owner));
    }

    @Test
    void dueDatesAreSpreadEvenlyAndNeverInThePast() {
        assertThat(FollowUpTasks.dueDates(TODAY, TODAY.plusDays(14), 3))
                .containsExactly(TODAY, TODAY.plusDays(6), TODAY.plusDays(13));
        assertThat(FollowUpTasks.dueDates(TODAY, TODAY.plusDays(120), 1)).containsExactly(TODAY.plusDays(119));
        assertThat(FollowUpTasks.dueDates(TODAY, TODAY.plusDays(14), 10)).doesNotHaveDuplicates()
                .allSatisfy(d -> assertThat(d).isAfterOrEqualTo(TODAY).isBefore(TODAY.plusDays(14)));
        assertThat(FollowUpTasks.dueDates(TODAY, TODAY, 2)).containsExactly(TODAY, TODAY);
    }

    @Test
    void anAssigneeIsToldOfATaskGivenToThemButNotOfOneTheyGaveThemselves() {
        Api.Session owner = Fixtures.signedIn("ACCOUNT_MANAGER");
        String accountId = account(owner.userId(), "STANDARD");
        String given = create(accountId, owner.userId(), TODAY.plusDays(3)); // by the admin
        owner.request().get("/api/v1/notifications").then().statusCode(200)
                .body("items.kind", contains("TASK_ASSIGNED"))
                .body("items[0].title", containsString("due " + TODAY.plusDays(3)));
        owner.request().body(task(accountId, owner.userId(), TODAY)).post("/api/v1/tasks").then().statusCode(201);
        owner.request().get("/api/v1/notifications/unread-count").then().body("unreadCount", equalTo(1));
        assertThat(given).isNotNull();
    }

    @Test
    void aNewExecutiveOpensAMeetingTaskForTheOwner() {
        Api.Session owner = Fixtures.signedIn("ACCOUNT_MANAGER");
        String accountId = account(owner.userId(), "KEY");
        String cfo = People.contact(accountId, Map.of("name", "Nadia Cole"));
        api().body(Map.of("type", "NEW_EXECUTIVE", "occurredOn", TODAY.toString(), "contactId", cfo))
                .post("/api/v1/accounts/{id}/events", accountId).then().statusCode(201);
        api().body(Map.of("type", "FUNDING_ROUND", "occurredOn", TODAY.toString()))
                .post("/api/v1/accounts/{id}/events", accountId).then().statusCode(201); // no task
        api().queryParam("accountId", accountId).get("/api/v1/tasks").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].title", equalTo("Meet the new executive, Nadia Cole"))
                .body("items[0].source", equalTo("EVENT")).body("items[0].assigneeId", equalTo(owner.userId()))
                .body("items[0].contactId", equalTo(cfo))
                .body("items[0].dueDate", equalTo(TODAY.plusDays(NewExecutiveTasks.DUE_IN_DAYS).toString()));
        owner.request().get("/api/v1/notifications").then().body("items.kind", hasItem("TASK_ASSIGNED"));
    }
}
