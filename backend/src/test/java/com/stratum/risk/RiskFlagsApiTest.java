package com.stratum.risk;

import static com.stratum.support.Api.api;
import static com.stratum.support.Api.withToken;
import static com.stratum.support.Fixtures.account;
import static com.stratum.support.Fixtures.accountManager;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.stratum.support.Fixtures;
import com.stratum.support.People;
import com.stratum.support.Surveys;
import com.stratum.support.TestClock;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each flag raised and cleared on real data, the list's flag filter and sorts, snoozes and the risk report. */
@QuarkusTest
class RiskFlagsApiTest {
    @Inject
    TestClock clock;
    @Inject
    RiskFlags flags;
    @Inject
    RiskRefresh refresh;
    @Inject
    RiskSnapshots snapshots;
    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void reset() {
        clock.reset();
        sql("update risk_settings set threat_threshold = 50 where id = 1");
    }

    private LocalDate today() {
        return LocalDate.now((Clock) clock);
    }

    private void sql(String statement, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(statement)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.executeUpdate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> flagsOf(String accountId) {
        return api().get("/api/v1/accounts/{id}", accountId).then().statusCode(200).extract()
                .path("riskFlags.flag");
    }

    private static List<String> counted(String accountId) {
        return api().get("/api/v1/accounts/{id}/risk-flags", accountId).then().statusCode(200).extract()
                .path("items.findAll { it.counted }.flag");
    }

    private void recompute(String accountId) {
        flags.recompute(UUID.fromString(accountId));
    }

    /** A STANDARD account (no touch cadence, no plan needed) with a current executive sponsor: no flags. */
    private String quietAccount(String owner) {
        String id = account(Map.of("ownerId", owner, "tier", "STANDARD", "arr", 1000));
        People.contact(id, "EXECUTIVE_SPONSOR", null);
        sql("update account set single_threaded_reasons = '{}' where id = ?", UUID.fromString(id));
        recompute(id);
        return id;
    }

    @Test
    void aNewQuietAccountCarriesNoFlag() {
        String id = quietAccount(accountManager());
        assertThat(flagsOf(id)).isEmpty();
        api().get("/api/v1/accounts/{id}", id).then().body("riskFlagCount", equalTo(0));
    }

    @Test
    void failingGradeIsRaisedByAFailingQbrAndClearedByAPassingOneWithTheCustomersReason() {
        String id = quietAccount(accountManager());
        Surveys.answered(id, "C", "C", "B", "C", 6);
        // The QBR's answer fired qbr.answered: the flag is there without any job.
        Response account = api().get("/api/v1/accounts/{id}", id);
        account.then().body("riskFlags.flag", hasItem("FAILING_GRADE"))
                .body("riskFlags.find { it.flag == 'FAILING_GRADE' }.evidence", containsString("below B"))
                .body("riskFlags.find { it.flag == 'FAILING_GRADE' }.clearsWhen", containsString("B or better"))
                .body("riskFlags.find { it.flag == 'FAILING_GRADE' }.reason.why", equalTo("Because C"))
                .body("riskFlags.find { it.flag == 'FAILING_GRADE' }.reason.grade", equalTo("C"));
        Surveys.answered(id, "A", "A", "B", "A", 9);
        assertThat(flagsOf(id)).doesNotContain("FAILING_GRADE");
    }

    @Test
    void followUpMissedCountsFromTheDayAfterItsDateAndClearsWithANewQbr() {
        String id = quietAccount(accountManager());
        String qbr = Surveys.answered(id, "C", "C", "C", "C", 5);
        LocalDate target = today().plusDays(20);
        api().body(Map.of("targetGrade", "B", "targetDate", target.toString())).put("/api/v1/qbrs/{id}/follow-up", qbr)
                .then().statusCode(200);
        assertThat(flagsOf(id)).doesNotContain("FOLLOW_UP_MISSED");
        clock.advance(Duration.ofDays(21));
        assertThat(flagsOf(id)).contains("FOLLOW_UP_MISSED");
        clock.reset();
        Surveys.answered(id, "B", "B", "B", "B", 8);
        assertThat(flagsOf(id)).doesNotContain("FOLLOW_UP_MISSED", "FAILING_GRADE");
    }

    @Test
    void qbrOverdueStartsByTheClockAloneAndClearsWithAnAnswer() {
        String id = quietAccount(accountManager());
        sql("update account set next_qbr_due = ? where id = ?", today().plusDays(2), UUID.fromString(id));
        recompute(id);
        assertThat(flagsOf(id)).doesNotContain("QBR_OVERDUE");
        String owner = api().get("/api/v1/accounts/{id}", id).then().extract().path("ownerId");
        String byFlag = "/api/v1/accounts?ownerId={o}&flag=QBR_OVERDUE&sort=-arrAtRisk,name";
        api().get(byFlag, owner).then().statusCode(200).body("items", empty());
        clock.advance(Duration.ofDays(3));
        assertThat(flagsOf(id)).contains("QBR_OVERDUE");
        api().get("/api/v1/accounts/{id}", id).then().body("qbrOverdue", equalTo(true));
        // The flags stored on the account (V48) follow the clock too, with no recompute: the list reads them.
        api().get(byFlag, owner).then().statusCode(200).body("items.id", contains(id))
                .body("items[0].riskFlagCount", equalTo(1));
        clock.reset();
        api().get(byFlag, owner).then().statusCode(200).body("items", empty());
        Surveys.answered(id, "A", "A", "A", "A", 9);
        clock.advance(Duration.ofDays(3));
        assertThat(flagsOf(id)).doesNotContain("QBR_OVERDUE");
    }

    @Test
    void touchOverdueAgreesWithTheAccountAndClearsWithAnActivity() {
        String id = account(Map.of("ownerId", accountManager(), "tier", "KEY"));
        clock.advance(Duration.ofDays(46));
        assertThat(flagsOf(id)).contains("TOUCH_OVERDUE");
        api().get("/api/v1/accounts/{id}", id).then().body("touchOverdue", equalTo(true));
        api().body(Map.of("type", "CALL", "occurredAt", clock.instant().toString(), "summary", "Check-in"))
                .post("/api/v1/accounts/{id}/activities", id).then().statusCode(201);
        assertThat(flagsOf(id)).doesNotContain("TOUCH_OVERDUE");
    }

    @Test
    void singleThreadedAndPlanStaleFollowTheAccount() {
        String id = account(Map.of("ownerId", accountManager(), "tier", "KEY"));
        assertThat(flagsOf(id)).contains("SINGLE_THREADED", "PLAN_STALE");
        api().get("/api/v1/accounts/{id}", id).then()
                .body("riskFlags.find { it.flag == 'PLAN_STALE' }.evidence", containsString("without an ACTIVE plan"));
        sql("update account set single_threaded_reasons = '{}', tier = 'STANDARD' where id = ?",
                UUID.fromString(id));
        refresh.drain();
        assertThat(flagsOf(id)).doesNotContain("SINGLE_THREADED", "PLAN_STALE");
    }

    @Test
    void sponsorLeftIsRaisedInTheContactsTransactionAndClearedByANewSponsor() {
        String id = quietAccount(accountManager());
        String sponsor = api().get("/api/v1/accounts/{id}/contacts", id).then().extract().path("items[0].id");
        People.patchContact(sponsor, Map.of("leftCompanyOn", today().minusDays(3).toString()));
        api().get("/api/v1/accounts/{id}", id).then()
                .body("riskFlags.find { it.flag == 'SPONSOR_LEFT' }.evidence", containsString("left on"));
        People.contact(id, "EXECUTIVE_SPONSOR", null);
        assertThat(flagsOf(id)).doesNotContain("SPONSOR_LEFT");
    }

    @Test
    void revenueAlertAndRenewalAtRiskAreRaisedWhileAnAlertIsOpenInsideTheNotice() {
        String id = quietAccount(accountManager());
        sql("update account set renewal_date = ? where id = ?", today().plusDays(200), UUID.fromString(id));
        UUID alert = UUID.randomUUID();
        sql("""
                insert into revenue_alert (id, account_id, rule, episode, status, evidence, amount_at_risk, detected_at,
                    created_at, updated_at) values (?, ?, 'REVENUE_DECLINE', ?, 'NEW', '{}', 1200, now(), now(), now())""",
                alert, UUID.fromString(id), today().withDayOfMonth(1));
        refresh.drain();
        assertThat(flagsOf(id)).contains("REVENUE_ALERT").doesNotContain("RENEWAL_AT_RISK");
        // 200 days out, the 90 days' notice starts in 110 days: the flag waits for it without a job.
        clock.advance(Duration.ofDays(111));
        assertThat(flagsOf(id)).contains("REVENUE_ALERT", "RENEWAL_AT_RISK");
        api().get("/api/v1/accounts/{id}", id).then()
                .body("riskFlags.find { it.flag == 'REVENUE_ALERT' }.evidence", containsString("REVENUE_DECLINE"));
        sql("update revenue_alert set status = 'RESOLVED', resolved_at = now(), cause = 'OTHER',"
                + " resolution_note = 'Fixed.' where id = ?", alert);
        refresh.drain();
        assertThat(flagsOf(id)).doesNotContain("REVENUE_ALERT", "RENEWAL_AT_RISK");
    }

    @Test
    void threatPathFollowsTheThresholdInTheSettings() {
        String id = account(Map.of("ownerId", accountManager(), "tier", "KEY"));
        int score = api().get("/api/v1/accounts/{id}/threats", id).then().statusCode(200).extract().path("score");
        assertThat(score).isPositive();
        long version = api().get("/api/v1/settings/risk").then().statusCode(200).extract().<Integer>path("version");
        api().header("If-Match", "\"" + version + "\"").body(Map.of("threatThreshold", score - 1))
                .put("/api/v1/settings/risk").then().statusCode(200).body("threatThreshold", equalTo(score - 1));
        refresh.drain();
        api().get("/api/v1/accounts/{id}", id).then()
                .body("riskFlags.find { it.flag == 'THREAT_PATH' }.evidence", containsString("Threat score " + score));
        api().body(Map.of("threatThreshold", score)).put("/api/v1/settings/risk").then().statusCode(200);
        refresh.drain();
        assertThat(flagsOf(id)).doesNotContain("THREAT_PATH");
        api().body(Map.of("threatThreshold", 101)).put("/api/v1/settings/risk").then().statusCode(422)
                .body("errors[0].field", equalTo("threatThreshold"));
        api().header("If-Match", "\"0\"").body(Map.of("threatThreshold", 10)).put("/api/v1/settings/risk").then()
                .statusCode(412);
    }

    @Test
    void theListFiltersByAnyOfTheFlagsAndSortsByFlagCountAndArrAtRisk() {
        String owner = accountManager();
        String quiet = quietAccount(owner);
        String one = quietAccount(owner);
        String two = quietAccount(owner);
        sql("update account set arr = 5000, next_qbr_due = ? where id = ?", today().minusDays(1), UUID.fromString(one));
        sql("update account set arr = 2000, next_qbr_due = ?, last_qbr_grade = 'D', last_qbr_at = now() where id = ?",
                today().minusDays(1), UUID.fromString(two));
        refresh.drain();
        api().get("/api/v1/accounts?ownerId={o}&flag=QBR_OVERDUE&flag=FAILING_GRADE&sort=-flagCount", owner).then()
                .statusCode(200).body("items.id", contains(two, one)).body("items[0].riskFlagCount", equalTo(2));
        api().get("/api/v1/accounts?ownerId={o}&flag=FAILING_GRADE", owner).then().body("items.id", contains(two));
        api().get("/api/v1/accounts?ownerId={o}&sort=-arrAtRisk,name", owner).then()
                .body("items.id", contains(one, two, quiet));
        // Paged by the risk sort: the cursor carries the flag count.
        String next = api().get("/api/v1/accounts?ownerId={o}&sort=-flagCount&limit=1", owner).then()
                .body("items.id", contains(two)).extract().path("nextCursor");
        api().get("/api/v1/accounts?ownerId={o}&sort=-flagCount&limit=1&cursor={c}", owner, next).then()
                .statusCode(200).body("items.id", contains(one));
        // Paged by flag: the total is every match, on the first page and after it.
        String byFlag = "/api/v1/accounts?ownerId={o}&flag=QBR_OVERDUE&flag=FAILING_GRADE&sort=-arrAtRisk,name&limit=1";
        String after = api().get(byFlag, owner).then().statusCode(200).body("items.id", contains(one))
                .body("total", equalTo(2)).body("totalIsEstimate", equalTo(false)).extract().path("nextCursor");
        api().get(byFlag + "&cursor={c}", owner, after).then().statusCode(200).body("items.id", contains(two))
                .body("total", equalTo(2)).body("nextCursor", nullValue());
        api().get("/api/v1/accounts?flag=NOT_A_FLAG").then().statusCode(400)
                .body("detail", containsString("flag"));
    }

    @Test
    void aCompanyWideListByFlagCountsWhatTheAccountsCarry() {
        String owner = accountManager();
        for (int i = 0; i < 2; i++) {
            String id = quietAccount(owner);
            sql("update account set next_qbr_due = ?, last_qbr_grade = 'D', last_qbr_at = now() where id = ?",
                    today().minusDays(1), UUID.fromString(id));
        }
        refresh.drain();
        // One flag: its running total. Two: the running totals, or the matches counted, as many as they are.
        for (List<String> flags : List.of(List.of("QBR_OVERDUE"), List.of("QBR_OVERDUE", "FAILING_GRADE"))) {
            long carrying = count("select count(*) from account where not archived and risk_flags && ?::varchar[]",
                    "{" + String.join(",", flags) + "}");
            Response page = api().queryParam("flag", flags).queryParam("limit", 1).get("/api/v1/accounts");
            page.then().statusCode(200).body("items", hasSize(1));
            if (carrying <= 1000) {
                page.then().body("total", equalTo((int) carrying)).body("totalIsEstimate", equalTo(false));
            } else {
                // An estimate, as every list's above the exact-count limit.
                page.then().body("totalIsEstimate", equalTo(true));
                assertThat(page.<Integer>path("total")).isGreaterThan(1000);
            }
        }
    }

    @Test
    void aSnoozeHidesTheFlagFromCountsUntilItsEndAndIsShownWithWhoAndWhy() {
        String owner = accountManager();
        String id = quietAccount(owner);
        sql("update account set next_qbr_due = ? where id = ?", today().minusDays(1), UUID.fromString(id));
        refresh.drain();
        String path = "/api/v1/accounts/{id}/risk-flags/{flag}/snooze";
        Map<String, Object> body = new HashMap<>();
        body.put("reason", "  ");
        body.put("endsOn", today().plusDays(10).toString());
        api().body(body).put(path, id, "QBR_OVERDUE").then().statusCode(422).body("errors[0].field", equalTo("reason"));
        body.put("reason", "Customer is in a merger; QBR booked after it closes.");
        body.put("endsOn", today().toString());
        api().body(body).put(path, id, "QBR_OVERDUE").then().statusCode(422).body("errors[0].field", equalTo("endsOn"))
                .body("errors[0].message", containsString("after today"));
        body.put("endsOn", today().plusDays(RiskRules.MAX_SNOOZE_DAYS + 1).toString());
        api().body(body).put(path, id, "QBR_OVERDUE").then().statusCode(422).body("errors[0].field", equalTo("endsOn"));
        body.put("endsOn", "not-a-date");
        api().body(body).put(path, id, "QBR_OVERDUE").then().statusCode(422).body("errors[0].field", equalTo("endsOn"));
        body.put("endsOn", today().plusDays(10).toString());
        api().body(body).put(path, id, "FAILING_GRADE").then().statusCode(409)
                .body("type", equalTo("urn:stratum:problem:risk-flag-not-raised"));
        api().body(body).put(path, id, "NO_SUCH_FLAG").then().statusCode(404);
        String stranger = Fixtures.token("ACCOUNT_MANAGER", List.of("accounts:read", "accounts:write"));
        withToken(stranger).body(body).put(path, id, "QBR_OVERDUE").then().statusCode(403);

        api().body(body).put(path, id, "QBR_OVERDUE").then().statusCode(200)
                .body("items.find { it.flag == 'QBR_OVERDUE' }.counted", equalTo(false))
                .body("items.find { it.flag == 'QBR_OVERDUE' }.snooze.reason", containsString("merger"))
                .body("items.find { it.flag == 'QBR_OVERDUE' }.snooze.snoozedByName", notNullValue());
        api().get("/api/v1/accounts?ownerId={o}&flag=QBR_OVERDUE", owner).then().body("items", empty());
        api().get("/api/v1/accounts/{id}", id).then().body("riskFlagCount", equalTo(0))
                .body("riskFlags.flag", hasItem("QBR_OVERDUE"));
        api().get("/api/v1/reports/risk?ownerId={o}", owner).then().statusCode(200)
                .body("flags.find { it.flag == 'QBR_OVERDUE' }.snoozed", equalTo(1))
                .body("flags.find { it.flag == 'QBR_OVERDUE' }.accounts", equalTo(0));
        clock.advance(Duration.ofDays(10));
        assertThat(counted(id)).contains("QBR_OVERDUE");
        clock.reset();
        api().delete(path, id, "QBR_OVERDUE").then().statusCode(204);
        assertThat(counted(id)).contains("QBR_OVERDUE");
    }

    @Test
    void managersListTheSnoozesByEndDatePageByPage() {
        String owner = accountManager();
        List<String> ids = new java.util.ArrayList<>();
        for (int days : new int[] {15, 5, 10}) {
            String id = quietAccount(owner);
            sql("update account set next_qbr_due = ? where id = ?", today().minusDays(1), UUID.fromString(id));
            refresh.drain();
            api().body(Map.of("reason", "Waiting for the merger, " + days + " days", "endsOn",
                    today().plusDays(days).toString())).put("/api/v1/accounts/{id}/risk-flags/{flag}/snooze", id,
                    "QBR_OVERDUE").then().statusCode(200);
            ids.add(id);
        }
        String soon = ids.get(1);
        String middle = ids.get(2);
        String late = ids.get(0);
        String next = api().get("/api/v1/risk-snoozes?ownerId={o}&active=true&limit=2", owner).then()
                .statusCode(200)
                .body("items.accountId", contains(soon, middle))
                .body("total", equalTo(3))
                .body("items[0].flag", equalTo("QBR_OVERDUE"))
                .body("items[0].reason", equalTo("Waiting for the merger, 5 days"))
                .body("items[0].endsOn", equalTo(today().plusDays(5).toString()))
                .body("items[0].active", equalTo(true))
                .body("items[0].ownerId", equalTo(owner))
                .body("items[0].ownerName", notNullValue())
                .body("items[0].accountName", notNullValue())
                .body("items[0].snoozedByName", notNullValue())
                .body("items[0].snoozedAt", notNullValue())
                .extract().path("nextCursor");
        api().get("/api/v1/risk-snoozes?ownerId={o}&active=true&limit=2&cursor={c}", owner, next).then()
                .statusCode(200).body("items.accountId", contains(late)).body("nextCursor", nullValue());
        api().get("/api/v1/risk-snoozes?ownerId={o}&sort=-endsOn", owner).then()
                .body("items.accountId", contains(late, middle, soon));
        api().get("/api/v1/risk-snoozes?ownerId={o}&flag=FAILING_GRADE", owner).then().body("items", empty())
                .body("total", equalTo(0));
        api().get("/api/v1/risk-snoozes?ownerId={o}&active=false", owner).then().body("items", empty());
        // Six days on, the first has ended: it counts again and is listed as ended.
        clock.advance(Duration.ofDays(6));
        try {
            api().get("/api/v1/risk-snoozes?ownerId={o}&active=false", owner).then()
                    .body("items.accountId", contains(soon)).body("items[0].active", equalTo(false));
            api().get("/api/v1/risk-snoozes?ownerId={o}&active=true", owner).then()
                    .body("items.accountId", contains(middle, late));
        } finally {
            clock.reset();
        }
        // Unsnoozed, it leaves the list; an archived account's snooze is not listed.
        api().delete("/api/v1/accounts/{id}/risk-flags/{flag}/snooze", middle, "QBR_OVERDUE").then().statusCode(204);
        api().delete("/api/v1/accounts/{id}", late).then().statusCode(204);
        api().get("/api/v1/risk-snoozes?ownerId={o}", owner).then().body("items.accountId", contains(soon));

        // Managers only; bad parameters are a 400.
        String manager = Fixtures.token("ACCOUNT_MANAGER", List.of("accounts:read"));
        withToken(manager).get("/api/v1/risk-snoozes").then().statusCode(403);
        api().get("/api/v1/risk-snoozes?active=maybe").then().statusCode(400);
        api().get("/api/v1/risk-snoozes?sort=name").then().statusCode(400);
        api().get("/api/v1/risk-snoozes?flag=NO_SUCH_FLAG").then().statusCode(400);
        api().get("/api/v1/risk-snoozes?limit=0").then().statusCode(400);
        api().get("/api/v1/risk-snoozes?cursor=garbage").then().statusCode(400);
    }

    @Test
    void theReportCountsEachFlagAndTheTrendComesFromOneSnapshotADay() {
        String owner = accountManager();
        String one = quietAccount(owner);
        String two = quietAccount(owner);
        quietAccount(owner);
        sql("update account set arr = 5000, next_qbr_due = ? where id = ?", today().minusDays(1), UUID.fromString(one));
        sql("update account set arr = 2000, next_qbr_due = ?, last_qbr_grade = 'D', last_qbr_at = now() where id = ?",
                today().minusDays(1), UUID.fromString(two));
        refresh.drain();
        api().get("/api/v1/reports/risk?ownerId={o}", owner).then().statusCode(200)
                .body("flaggedAccounts", equalTo(2)).body("arrAtRisk", equalTo(7000.0f))
                .body("flags.flag[0]", equalTo("FAILING_GRADE"))
                .body("flags.find { it.flag == 'QBR_OVERDUE' }.accounts", equalTo(2))
                .body("flags.find { it.flag == 'QBR_OVERDUE' }.arr", equalTo(7000.0f))
                .body("flags.find { it.flag == 'FAILING_GRADE' }.accounts", equalTo(1))
                .body("flags.find { it.flag == 'THREAT_PATH' }.accounts", equalTo(0));
        // A day far from any other test's, so that this test's snapshot is its own.
        LocalDate day = LocalDate.of(2040 + new java.util.Random().nextInt(500), 5, 20);
        clock.freezeAt(day.atTime(10, 0).toInstant(java.time.ZoneOffset.UTC));
        assertThat(snapshots.take()).isTrue();
        assertThat(snapshots.take()).isFalse();
        api().get("/api/v1/reports/risk?ownerId={o}&tier=STANDARD", owner).then().statusCode(200)
                .body("trend.day", contains(day.toString()))
                // By then the third account's QBR is overdue too.
                .body("trend[0].flaggedAccounts", equalTo(3)).body("trend[0].arrAtRisk", equalTo(8000.0f))
                .body("trend[0].flags.find { it.flag == 'QBR_OVERDUE' }.accounts", equalTo(3))
                .body("trend[0].flags.find { it.flag == 'FAILING_GRADE' }.accounts", equalTo(1));
        api().get("/api/v1/reports/risk?tier=NOPE").then().statusCode(400);
        String am = Fixtures.token("ACCOUNT_MANAGER", List.of("accounts:read"));
        withToken(am).get("/api/v1/reports/risk").then().statusCode(403);
    }

    private long count(String query, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(query)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            try (java.sql.ResultSet r = st.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theFlagsStoredOnTheAccountAndTheReportsTotalsAgreeWithTheFlagRowsAtEveryMoment() {
        String owner = accountManager();
        String one = quietAccount(owner);
        String two = quietAccount(owner);
        sql("update account set arr = 5000, next_qbr_due = ? where id = ?", today().plusDays(2), UUID.fromString(one));
        sql("update account set arr = 2000, next_qbr_due = ?, last_qbr_grade = 'D', last_qbr_at = now() where id = ?",
                today().minusDays(1), UUID.fromString(two));
        refresh.drain();
        // A snooze ending in 10 days: snoozed at day 0 and 3, counting again at day 30 (V58 stores both readings).
        api().body(Map.of("reason", "Waiting for the new budget.", "endsOn", today().plusDays(10).toString()))
                .put("/api/v1/accounts/{id}/risk-flags/{flag}/snooze", two, "FAILING_GRADE").then().statusCode(200);
        for (int days : new int[] {0, 3, 30, 0}) {
            clock.freezeAt(java.time.Instant.now().plus(Duration.ofDays(days)));
            java.sql.Timestamp at = java.sql.Timestamp.from(clock.instant());
            // The company-wide report (running totals) and the owner's (the owner's accounts).
            int flagged = api().get("/api/v1/reports/risk").then().statusCode(200).extract().path("flaggedAccounts");
            int overdue = api().get("/api/v1/reports/risk").then().extract()
                    .path("flags.find { it.flag == 'QBR_OVERDUE' }.accounts");
            assertThat(flagged).isEqualTo(count("select count(*) from account where not archived"
                    + " and risk_flag_count(id, ?) > 0", at));
            assertThat(overdue).isEqualTo(count("select count(*) from account where not archived"
                    + " and risk_flagged(id, 'QBR_OVERDUE', ?)", at));
            api().get("/api/v1/reports/risk?ownerId={o}", owner).then()
                    .body("flaggedAccounts", equalTo(days >= 3 ? 2 : 1));
            // Every account's stored flags are its rows read at that moment (the list's reads caught them up).
            assertThat(count("select count(*) from account where risk_flag_count <> risk_flag_count(id, ?)"
                    + " or risk_flags <> array(select f.flag from account_risk_flag f left join risk_flag_snooze s"
                    + " using (account_id, flag) where f.account_id = account.id"
                    + " and risk_flag_counts(f.active_from, f.active_until, s.ends_on, ?) order by f.flag)", at, at))
                    .isZero();
            assertThat(count("select count(*) from (select tier, flag, sum(accounts) n, sum(arr) arr"
                    + " from risk_flag_total group by tier, flag having sum(accounts) <> 0) t"
                    + " full join (select a.tier, f.flag, count(*) n, sum(a.arr) arr from account a,"
                    + " unnest(a.risk_flags || 'ANY'::varchar) f (flag) where not a.archived"
                    + " and a.risk_flag_count > 0 group by a.tier, f.flag) a using (tier, flag)"
                    + " where t.n is distinct from a.n or t.arr is distinct from a.arr")).isZero();
            // The snoozed readings: stored per account, summed in the totals, as the snoozes joined to raised flags.
            assertThat(count("select count(*) from account where risk_snoozed <> array(select f.flag"
                    + " from account_risk_flag f join risk_flag_snooze s using (account_id, flag)"
                    + " where f.account_id = account.id and f.active_from <= ?"
                    + " and (f.active_until is null or f.active_until > ?)"
                    + " and not risk_flag_counts(f.active_from, f.active_until, s.ends_on, ?) order by f.flag)",
                    at, at, at)).isZero();
            int snoozed = api().get("/api/v1/reports/risk").then().extract()
                    .path("flags.find { it.flag == 'FAILING_GRADE' }.snoozed");
            assertThat(snoozed).isEqualTo(count("select count(*) from risk_flag_snooze s join account_risk_flag f"
                    + " using (account_id, flag) join account a on a.id = s.account_id where not a.archived"
                    + " and f.active_from <= ? and (f.active_until is null or f.active_until > ?)"
                    + " and not risk_flag_counts(f.active_from, f.active_until, s.ends_on, ?)"
                    + " and f.flag = 'FAILING_GRADE'", at, at, at));
            api().get("/api/v1/reports/risk?ownerId={o}", owner).then()
                    .body("flags.find { it.flag == 'FAILING_GRADE' }.snoozed", equalTo(days < 10 ? 1 : 0))
                    .body("flags.find { it.flag == 'FAILING_GRADE' }.accounts", equalTo(days < 10 ? 0 : 1));
        }
        api().get("/api/v1/accounts?ownerId={o}&flag=QBR_OVERDUE&flag=FAILING_GRADE&sort=-arrAtRisk,name", owner)
                .then().statusCode(200).body("items.id", contains(two));
    }
}
