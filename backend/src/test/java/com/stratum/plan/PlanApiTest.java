package com.stratum.plan;

import static com.stratum.support.Api.api;
import static com.stratum.support.Fixtures.account;
import static com.stratum.support.Fixtures.accountManager;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.stratum.support.Api;
import com.stratum.support.Fixtures;
import com.stratum.support.RevenueData;
import com.stratum.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlanApiTest {
    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private LocalDate today() {
        return LocalDate.now((Clock) clock);
    }

    static Map<String, Object> plan(LocalDate start, LocalDate end, String status) {
        Map<String, Object> body = new HashMap<>();
        body.put("periodStart", start.toString());
        body.put("periodEnd", end.toString());
        body.put("status", status);
        body.put("whyTheyBought", "One platform instead of **three**.");
        return body;
    }

    static Map<String, Object> objective(String title, Object baseline, Object target, LocalDate due) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("metric", "Active users");
        body.put("unit", "users");
        body.put("baseline", baseline);
        body.put("target", target);
        body.put("dueOn", due == null ? null : due.toString());
        body.put("sharedWithCustomer", true);
        return body;
    }

    private String createPlan(String accountId, LocalDate start, LocalDate end, String status) {
        return api().body(plan(start, end, status)).post("/api/v1/accounts/{id}/plans", accountId).then()
                .statusCode(201).extract().path("id");
    }

    private static Response addObjective(String planId, Map<String, Object> body) {
        return api().body(body).post("/api/v1/plans/{id}/objectives", planId);
    }

    private static Response measure(String objectiveId, LocalDate on, Object value) {
        return api().body(Map.of("measuredOn", on.toString(), "value", value, "note", "Counted."))
                .post("/api/v1/plan-objectives/{id}/measurements", objectiveId);
    }

    private static Response patch(String path, String id, long version, Map<String, Object> body) {
        return api().contentType("application/merge-patch+json").header("If-Match", "\"" + version + "\"")
                .body(body).patch(path, id);
    }

    @Test
    void writeAndReadAPlanWithItsGrowthObjectiveFirst() {
        String accountId = account(Map.of("ownerId", accountManager(), "tier", "KEY", "arr", 100000,
                "growthTargetPct", 20));
        LocalDate start = today().withDayOfYear(1);
        Response created = api().body(plan(start, start.plusYears(1).minusDays(1), "DRAFT"))
                .post("/api/v1/accounts/{id}/plans", accountId);
        created.then().statusCode(201).header("ETag", "\"0\"").body("status", equalTo("DRAFT"))
                .body("whyTheyBought", equalTo("One platform instead of **three**."))
                .body("objectives.kind", contains("GROWTH")).body("objectives[0].metric", equalTo("ARR"))
                .body("objectives[0].baseline", equalTo(100000)).body("objectives[0].target", equalTo(120000))
                .body("objectives[0].currentValue", equalTo(100000))
                .body("objectives[0].dueOn", equalTo(start.withDayOfYear(1).plusYears(1).minusDays(1).toString()))
                .body("reviewDueOn", nullValue()).body("lastReview", nullValue());
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/plans/" + id);
        api().get("/api/v1/accounts/{id}/plans", accountId).then().statusCode(200).body("items.id", contains(id))
                .body("items[0].objectives", equalTo(1)).body("total", equalTo(1));
        api().get("/api/v1/plans/{id}", id).then().statusCode(200).body("accountId", equalTo(accountId));
        patch("/api/v1/plans/{id}", id, 0, Map.of("risks", "Budget freeze in Q3.")).then().statusCode(200)
                .body("risks", equalTo("Budget freeze in Q3.")).body("version", equalTo(1));
        patch("/api/v1/plans/{id}", id, 0, Map.of("risks", "Late.")).then().statusCode(412);
        patch("/api/v1/plans/{id}", id, 1, Map.of("periodEnd", start.minusDays(1).toString())).then()
                .statusCode(422).body("errors[0].field", equalTo("periodEnd"));
    }

    @Test
    void smartIsEnforcedWithASentencePerRefusal() {
        String accountId = account(accountManager(), "STANDARD");
        LocalDate start = today().minusDays(10);
        LocalDate end = start.plusDays(180);
        String planId = createPlan(accountId, start, end, "DRAFT");

        Map<String, Object> vague = new HashMap<>();
        vague.put("title", "Be more strategic");
        vague.put("sharedWithCustomer", false);
        addObjective(planId, vague).then().statusCode(422)
                .body("type", equalTo("urn:stratum:problem:validation"))
                .body("errors.field", contains("metric", "baseline", "target", "dueOn"));
        addObjective(planId, objective("Flat", 10, 10.0, end)).then().statusCode(422)
                .body("errors.field", contains("target"))
                .body("errors[0].message", equalTo("Choose a target other than the baseline (10): an objective"
                        + " that changes nothing is no objective."));
        addObjective(planId, objective("Late", 10, 20, end.plusDays(1))).then().statusCode(422)
                .body("errors[0].message", equalTo("Choose a due date inside the plan's period (" + start + " to "
                        + end + ")."));

        // The growth objective and six more: the seventh is the last.
        for (int i = 1; i <= 6; i++) {
            addObjective(planId, objective("Objective " + i, 10, 20 + i, end)).then().statusCode(201);
        }
        addObjective(planId, objective("One too many", 10, 30, end)).then().statusCode(409)
                .body("type", equalTo("urn:stratum:problem:too-many-objectives"))
                .body("detail", equalTo("The plan has 7 objectives, the most it may have (7): a plan with twenty"
                        + " goals has none. Remove or merge one first."));

        // A change is checked again; the period may not leave an objective outside.
        String objectiveId = api().get("/api/v1/plans/{id}", planId).path("objectives[1].id");
        patch("/api/v1/plan-objectives/{id}", objectiveId, 0, Map.of("target", 10)).then().statusCode(422)
                .body("errors.field", contains("target"));
        patch("/api/v1/plans/{id}", planId, 0, Map.of("periodEnd", end.minusDays(1).toString())).then()
                .statusCode(422).body("errors[0].field", equalTo("periodEnd"));
    }

    @Test
    void linksAreOpportunitiesAndTasksOfTheSameAccount() {
        String owner = accountManager();
        String accountId = account(owner, "STANDARD");
        String other = account(owner, "STANDARD");
        LocalDate end = today().plusDays(200);
        String planId = createPlan(accountId, today(), end, "DRAFT");
        String mine = Fixtures.opportunity(accountId, "UPSELL", 1000, end.toString());
        String theirs = Fixtures.opportunity(other, "UPSELL", 1000, end.toString());
        Map<String, Object> body = objective("Upsell", 1, 2, end);
        body.put("opportunityIds", List.of(mine, theirs));
        addObjective(planId, body).then().statusCode(422).body("errors.field", contains("opportunityIds"));
        body.put("opportunityIds", List.of(mine));
        addObjective(planId, body).then().statusCode(201).body("opportunityIds", contains(mine));
    }

    @Test
    void theStatusFollowsTheLatestMeasurement() {
        String accountId = account(accountManager(), "STANDARD");
        LocalDate start = today().minusDays(50);
        LocalDate due = today().plusDays(50); // linear progress expects 150 today
        String planId = createPlan(accountId, start, due.plusDays(30), "ACTIVE");
        String id = addObjective(planId, objective("Users", 100, 200, due)).then().statusCode(201)
                .body("status", equalTo("ON_TRACK")) // nothing measured yet: not behind, nobody looked
                .body("currentValue", equalTo(100)).body("currentOn", nullValue()).body("expectedValue", equalTo(150))
                .extract().path("id");
        measure(id, today(), 145).then().statusCode(200).body("status", equalTo("ON_TRACK"))
                .body("progressPct", equalTo(45.0f)).body("currentOn", equalTo(today().toString()));
        measure(id, today(), 130).then().statusCode(200).body("status", equalTo("AT_RISK"))
                .body("measurements.value", contains(145, 130));
        measure(id, today().minusDays(5), 300).then().statusCode(200)
                .body("status", equalTo("AT_RISK")); // an older day does not replace the latest
        measure(id, today(), 200).then().statusCode(200).body("status", equalTo("MET"));
        measure(id, today().plusDays(1), 1).then().statusCode(422).body("errors[0].field", equalTo("measuredOn"))
                .body("errors[0].message", startsWith("Choose a day not after today"));
        measure(id, start.minusDays(1), 1).then().statusCode(422).body("errors[0].field", equalTo("measuredOn"))
                .body("errors[0].message", equalTo("Choose a day on or after the plan's start (" + start + "): the"
                        + " baseline is the value then."));
        measure(id, start, 101).then().statusCode(200);

        String late = addObjective(planId, objective("Late", 100, 200, today())).then().statusCode(201)
                .extract().path("id");
        measure(late, today(), 150).then().statusCode(200);
        clock.advance(Duration.ofDays(1));
        api().get("/api/v1/plan-objectives/{id}", late).then().statusCode(200).body("status", equalTo("MISSED"));
        api().get("/api/v1/plan-objectives/{id}", id).then().statusCode(200).body("status", equalTo("MET"));
    }

    @Test
    void anObjectiveNeverMeasuredIsMissedOnlyAfterItsDueDate() {
        String accountId = account(accountManager(), "STANDARD");
        String planId = createPlan(accountId, today().minusDays(50), today().plusDays(50), "DRAFT");
        String id = addObjective(planId, objective("Quiet", 100, 200, today())).then().statusCode(201)
                .body("status", equalTo("ON_TRACK")).extract().path("id");
        clock.advance(Duration.ofDays(1));
        api().get("/api/v1/plan-objectives/{id}", id).then().statusCode(200).body("status", equalTo("MISSED"));
    }

    @Test
    void milestonesAreDueInsideThePeriodAndNotAfterTheirObjective() {
        String accountId = account(accountManager(), "STANDARD");
        LocalDate start = today().minusDays(10);
        LocalDate end = today().plusDays(100);
        String planId = createPlan(accountId, start, end, "DRAFT");
        LocalDate due = today().plusDays(60);
        String objectiveId = addObjective(planId, objective("Users", 1, 2, due)).then().statusCode(201)
                .extract().path("id");
        for (LocalDate outside : List.of(start.minusDays(1), end.plusDays(1))) {
            api().body(Map.of("title", "Outside", "dueOn", outside.toString()))
                    .post("/api/v1/plan-objectives/{id}/milestones", objectiveId).then().statusCode(422)
                    .body("errors[0].field", equalTo("dueOn"))
                    .body("errors[0].message", equalTo("Choose a due date inside the plan's period (" + start
                            + " to " + end + ")."));
        }
        api().body(Map.of("title", "After", "dueOn", due.plusDays(1).toString()))
                .post("/api/v1/plan-objectives/{id}/milestones", objectiveId).then().statusCode(422)
                .body("errors[0].message", equalTo("Choose a due date on or before the objective's own (" + due
                        + "): a milestone is a step towards it."));
        api().body(Map.of("title", "On time", "dueOn", due.toString()))
                .post("/api/v1/plan-objectives/{id}/milestones", objectiveId).then().statusCode(200)
                .body("milestones.title", contains("On time"));
        String milestoneId = api().get("/api/v1/plan-objectives/{id}", objectiveId).path("milestones[0].id");
        api().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(Map.of("dueOn", end.plusDays(1).toString())).patch("/api/v1/plan-milestones/{id}", milestoneId)
                .then().statusCode(422).body("errors[0].field", equalTo("dueOn"));
        // The objective's due date does not move before its milestones.
        patch("/api/v1/plan-objectives/{id}", objectiveId, 0, Map.of("dueOn", due.minusDays(1).toString())).then()
                .statusCode(422).body("errors[0].field", equalTo("dueOn"));
        api().header("If-Match", "\"0\"").delete("/api/v1/plan-milestones/{id}", milestoneId).then()
                .statusCode(204);
        api().get("/api/v1/plan-objectives/{id}", objectiveId).then().body("milestones", hasSize(0));
    }

    @Test
    void theGrowthObjectiveIsKeptInStepWithTheAccount() {
        String accountId = account(Map.of("ownerId", accountManager(), "tier", "STANDARD", "arr", 100000,
                "growthTargetPct", 20));
        LocalDate start = today().withDayOfYear(1);
        String planId = createPlan(accountId, start, start.plusYears(1).minusDays(1), "DRAFT");
        String growth = api().get("/api/v1/plans/{id}", planId).path("objectives[0].id");

        long version = ((Number) api().get("/api/v1/accounts/{id}", accountId).path("version")).longValue();
        patch("/api/v1/accounts/{id}", accountId, version, Map.of("arr", 125000)).then().statusCode(200);
        api().get("/api/v1/plan-objectives/{id}", growth).then().statusCode(200)
                .body("currentValue", equalTo(125000)).body("baseline", equalTo(100000))
                .body("status", equalTo("MET"));
        patch("/api/v1/accounts/{id}", accountId, version + 1, Map.of("growthTargetPct", 50, "growthBaselineArr",
                90000)).then().statusCode(200);
        api().get("/api/v1/plan-objectives/{id}", growth).then().statusCode(200)
                .body("baseline", equalTo(90000)).body("target", equalTo(135000))
                .body("progressPct", equalTo(77.8f));

        // Its measure follows the account: not measured, changed or removed by hand; the rest is the team's.
        measure(growth, today(), 1).then().statusCode(409)
                .body("type", equalTo("urn:stratum:problem:growth-objective"));
        patch("/api/v1/plan-objectives/{id}", growth, 0, Map.of("target", 1)).then().statusCode(409);
        api().header("If-Match", "\"0\"").delete("/api/v1/plan-objectives/{id}", growth).then().statusCode(409);
        patch("/api/v1/plan-objectives/{id}", growth, 0, Map.of("title", "Grow with the Nordics",
                "sharedWithCustomer", true)).then().statusCode(200).body("title", equalTo("Grow with the Nordics"))
                .body("sharedWithCustomer", equalTo(true)).body("target", equalTo(135000));
    }

    @Test
    void oneActivePlanPerAccount() {
        String accountId = account(accountManager(), "KEY");
        String first = createPlan(accountId, today(), today().plusDays(100), "ACTIVE");
        api().body(plan(today(), today().plusDays(100), "ACTIVE")).post("/api/v1/accounts/{id}/plans", accountId)
                .then().statusCode(409).body("type", equalTo("urn:stratum:problem:plan-active"));
        String second = createPlan(accountId, today().plusDays(101), today().plusDays(400), "DRAFT");
        patch("/api/v1/plans/{id}", second, 0, Map.of("status", "ACTIVE")).then().statusCode(409);
        patch("/api/v1/plans/{id}", first, 0, Map.of("status", "ARCHIVED")).then().statusCode(200);
        patch("/api/v1/plans/{id}", second, 0, Map.of("status", "ACTIVE")).then().statusCode(200)
                .body("activatedOn", equalTo(today().toString()));
        api().body(Map.of("note", "Too late.")).post("/api/v1/plans/{id}/review", first).then().statusCode(409)
                .body("type", equalTo("urn:stratum:problem:plan-archived"));
        // The database holds the same rule.
        assertThatThrownBy(() -> RevenueData.run("update account_plan set status = 'ACTIVE' where id = ?1",
                UUID.fromString(first))).hasStackTraceContaining("account_plan_one_active_uq");
    }

    @Test
    void keyAndStrategicAccountsAreFlaggedWithoutAPlanOrWithAStaleOne() {
        String owner = accountManager();
        String key = account(owner, "KEY");
        String standard = account(owner, "STANDARD");
        api().get("/api/v1/accounts/{id}", key).then().body("planMissing", equalTo(true))
                .body("planStale", equalTo(false)).body("planReviewDueOn", nullValue());
        api().get("/api/v1/accounts/{id}", standard).then().body("planMissing", equalTo(false));
        api().queryParam("ownerId", owner).queryParam("planMissing", true).get("/api/v1/accounts").then()
                .statusCode(200).body("items.id", contains(key));
        assertThat(workload(owner, "planMissing")).isEqualTo(1);

        String planId = createPlan(key, today(), today().plusDays(365), "DRAFT");
        api().get("/api/v1/accounts/{id}", key).then().body("planMissing", equalTo(true)); // a draft is no plan
        patch("/api/v1/plans/{id}", planId, 0, Map.of("status", "ACTIVE")).then().statusCode(200)
                .body("reviewDueOn", equalTo(today().plusDays(90).toString())); // KEY: a QBR every 90 days
        api().get("/api/v1/accounts/{id}", key).then().body("planMissing", equalTo(false))
                .body("planStale", equalTo(false)).body("planReviewDueOn", equalTo(today().plusDays(90).toString()));
        api().queryParam("ownerId", owner).queryParam("planMissing", true).get("/api/v1/accounts").then()
                .body("items.id", not(hasItem(key)));

        // A QBR cadence later without a review, the plan is stale.
        clock.advance(Duration.ofDays(91));
        api().get("/api/v1/accounts/{id}", key).then().body("planStale", equalTo(true));
        api().get("/api/v1/plans/{id}", planId).then().body("reviewOverdue", equalTo(true));
        api().queryParam("ownerId", owner).queryParam("planStale", true).get("/api/v1/accounts").then()
                .body("items.id", contains(key));
        api().queryParam("ownerId", owner).queryParam("planStale", false).get("/api/v1/accounts").then()
                .body("items.id", containsInAnyOrder(standard));
        assertThat(workload(owner, "planStale")).isEqualTo(1);
        assertThat(workload(owner, "planMissing")).isEqualTo(0);

        // A review puts it right until the next QBR is due.
        api().body(Map.of("note", "Reviewed at the QBR.")).post("/api/v1/plans/{id}/review", planId).then()
                .statusCode(200).body("lastReview.note", equalTo("Reviewed at the QBR."))
                .body("lastReview.reviewedByName", notNullValue())
                .body("reviewDueOn", equalTo(today().plusDays(90).toString())).body("reviewOverdue", equalTo(false));
        api().get("/api/v1/accounts/{id}", key).then().body("planStale", equalTo(false));
        api().body(Map.of("note", " ")).post("/api/v1/plans/{id}/review", planId).then().statusCode(422);

        // The tier's cadence decides when read: STRATEGIC (30 days) makes the same review stale sooner.
        clock.advance(Duration.ofDays(31));
        api().get("/api/v1/accounts/{id}", key).then().body("planStale", equalTo(false));
        api().body(Map.of("tier", "STRATEGIC", "reason", "Bigger", "reasonCode", "REVENUE")).put("/api/v1/accounts/{id}/tier", key).then()
                .statusCode(200);
        api().get("/api/v1/accounts/{id}", key).then().body("planStale", equalTo(true));
        // Archiving the plan leaves the account without one.
        long version = ((Number) api().get("/api/v1/plans/{id}", planId).path("version")).longValue();
        patch("/api/v1/plans/{id}", planId, version, Map.of("status", "ARCHIVED")).then().statusCode(200);
        api().get("/api/v1/accounts/{id}", key).then().body("planMissing", equalTo(true))
                .body("planStale", equalTo(false));
    }

    @Test
    void thePlanFiltersKeepArchivedAccountsApartHoweverOftenTheyAreAsked() {
        String owner = accountManager();
        String live = account(owner, "KEY");
        String archived = account(owner, "STRATEGIC");
        account(owner, "STANDARD");
        api().delete("/api/v1/accounts/{id}", archived).then().statusCode(204);
        // More than five times: the driver's prepared statement, then PostgreSQL's generic plan, answer the same.
        for (int i = 0; i < 8; i++) {
            api().queryParam("ownerId", owner).queryParam("planMissing", true).get("/api/v1/accounts").then()
                    .statusCode(200).body("items.id", contains(live)).body("total", equalTo(1));
        }
        api().queryParam("ownerId", owner).queryParam("planMissing", true).queryParam("archived", true)
                .get("/api/v1/accounts").then().statusCode(200).body("items.id", contains(archived));
    }

    private static int workload(String owner, String figure) {
        return ((Number) api().queryParam("ownerId", owner).get("/api/v1/workload").then().statusCode(200)
                .extract().path("items[0].total." + figure)).intValue();
    }

    @Test
    void theOwnerAndManagersWriteOthersRead() {
        Api.Session owner = Fixtures.signedIn("ACCOUNT_MANAGER");
        String accountId = account(owner.userId(), "KEY");
        List<String> scopes = List.of("accounts:read", "accounts:write");
        String ownerToken = owner.createToken("plans", scopes);
        String managerToken = Fixtures.token("MANAGER", scopes);
        String strangerToken = Fixtures.token("ACCOUNT_MANAGER", scopes);
        String viewerToken = Fixtures.token("VIEWER", List.of("accounts:read"));
        Map<String, Object> body = plan(today(), today().plusDays(100), "DRAFT");

        String planId = Api.withToken(ownerToken).body(body).post("/api/v1/accounts/{id}/plans", accountId).then()
                .statusCode(201).extract().path("id");
        Api.withToken(strangerToken).body(body).post("/api/v1/accounts/{id}/plans", accountId).then()
                .statusCode(403);
        Api.withToken(strangerToken).body(objective("Mine", 1, 2, today().plusDays(10)))
                .post("/api/v1/plans/{id}/objectives", planId).then().statusCode(403);
        Api.withToken(viewerToken).get("/api/v1/plans/{id}", planId).then().statusCode(200);
        Api.withToken(viewerToken).body(Map.of("note", "Looks fine.")).post("/api/v1/plans/{id}/review", planId)
                .then().statusCode(403);
        String objectiveId = Api.withToken(managerToken).body(objective("Users", 1, 2, today().plusDays(10)))
                .post("/api/v1/plans/{id}/objectives", planId).then().statusCode(201).extract().path("id");
        Api.withToken(ownerToken).body(Map.of("title", "Pilot live", "dueOn", today().plusDays(5).toString()))
                .post("/api/v1/plan-objectives/{id}/milestones", objectiveId).then().statusCode(200)
                .body("milestones.title", contains("Pilot live"));
        String milestoneId = api().get("/api/v1/plan-objectives/{id}", objectiveId).path("milestones[0].id");
        Api.withToken(strangerToken).contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(Map.of("done", true)).patch("/api/v1/plan-milestones/{id}", milestoneId).then()
                .statusCode(403);
        Api.withToken(ownerToken).contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(Map.of("done", true)).patch("/api/v1/plan-milestones/{id}", milestoneId).then()
                .statusCode(200).body("milestones[0].done", equalTo(true));
        Api.withToken(ownerToken).body(Map.of("note", "Reviewed.")).post("/api/v1/plans/{id}/review", planId).then()
                .statusCode(200);
        // Every write is in the audit log, under the account.
        for (String[] written : List.of(new String[] {"account-plan", planId},
                new String[] {"plan-objective", objectiveId}, new String[] {"plan-milestone", milestoneId})) {
            api().queryParam("entityType", written[0]).queryParam("entityId", written[1]).get("/api/v1/audit-events")
                    .then().statusCode(200).body("items[0].recordType", equalTo("account"))
                    .body("items[0].recordId", equalTo(accountId));
        }
    }
}
