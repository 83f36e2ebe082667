package com.stratum.survey;

import static com.stratum.support.Api.api;
import static com.stratum.support.Api.atOnce;
import static com.stratum.support.Fixtures.account;
import static com.stratum.support.Surveys.answered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.stratum.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The scheduled judging of follow-ups whose date passed by more than the grace period (7 days here). */
@QuarkusTest
class FollowUpJudgingTest {
    private static final String ACTION = "system:follow-up-judging";

    @Inject
    TestClock clock;
    @Inject
    FollowUpJudging judging;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /**
     * Four judgings at once (two scheduled runs, as two instances would start them, and two direct ones that
     * skip the lease): the due follow-up is judged once, with one audit row; one whose grace period ends today
     * and one well inside it are untouched.
     */
    @Test
    void aFollowUpPastItsGracePeriodIsJudgedMissedExactlyOnce() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String due = failingWithFollowUp(today.plusDays(14));
        String graceEndsToday = failingWithFollowUp(today.plusDays(15));
        String inGrace = failingWithFollowUp(today.plusDays(20));
        Instant judgedAt = Instant.now().plus(Duration.ofDays(22)).truncatedTo(ChronoUnit.SECONDS);
        clock.freezeAt(judgedAt);

        List<List<UUID>> judged = atOnce(List.of(judging::judgeDue, judging::judgeDue,
                () -> { judging.run(); return List.<UUID>of(); }, () -> { judging.run(); return List.<UUID>of(); }));
        Set<UUID> distinct = new HashSet<>();
        judged.stream().flatMap(List::stream).forEach(id -> assertThat(distinct.add(id))
                .as("follow-up %s judged twice", id).isTrue());

        // Its history shows when the job judged it, and the audit log records the judgement.
        api().get("/api/v1/qbrs/{id}", due).then().statusCode(200).body("followUp.status", equalTo("MISSED"))
                .body("followUp.judgedByQbrId", nullValue())
                .body("followUp.judgedAt", equalTo(judgedAt.toString()));
        List<Map<String, Object>> judgements = jobAuditEvents(due);
        assertThat(judgements).hasSize(1);
        assertThat(judgements.get(0)).containsEntry("actorId", null);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> changes = (List<Map<String, Object>>) judgements.get(0).get("changes");
        assertThat(changes).extracting(c -> c.get("field")).containsExactlyInAnyOrder("status", "judgedAt");
        assertThat(changes).contains(Map.of("field", "status", "before", "OPEN", "after", "MISSED"));
        // The missed follow-up's date still books the account's next QBR, now overdue.
        String account = api().get("/api/v1/qbrs/{id}", due).then().extract().path("accountId");
        api().get("/api/v1/accounts/{id}", account).then().body("nextQbrDue", equalTo(today.plusDays(14).toString())).body("qbrOverdue", equalTo(true));

        for (String untouched : List.of(graceEndsToday, inGrace)) {
            api().get("/api/v1/qbrs/{id}", untouched).then().body("followUp.status", equalTo("OPEN"));
            assertThat(jobAuditEvents(untouched)).isEmpty();
        }
        // Another run finds nothing more to do for it.
        assertThat(judging.judgeDue()).doesNotContain(UUID.fromString(due));
        assertThat(jobAuditEvents(due)).hasSize(1);
        // A judged follow-up is closed to edits, with the reason in words.
        api().body(Map.of("targetGrade", "B", "targetDate", LocalDate.now(clock).plusDays(30).toString()))
                .put("/api/v1/qbrs/{id}/follow-up", due).then().statusCode(409)
                .body("detail", equalTo("This follow-up was judged MISSED: its date passed with no answered QBR."
                        + " Schedule the next QBR; a failing answer gets a new follow-up."));
    }

    /** Answered after the follow-up date but within the grace period: the answer's MET stands. */
    @Test
    void aQbrAnsweredBeforeTheDeadlineIsNotJudgedMissed() {
        String account = account(Map.of());
        String first = failingWithFollowUp(account, LocalDate.now(ZoneOffset.UTC).plusDays(14));
        clock.advance(Duration.ofDays(18));
        String next = answered(account, "B", "B", "B-", "B-", 7);
        String answeredAt = api().get("/api/v1/qbrs/{id}", next).then().extract().path("answeredAt");
        api().get("/api/v1/qbrs/{id}", first).then().body("followUp.status", equalTo("MET"))
                .body("followUp.judgedByQbrId", equalTo(next)).body("followUp.judgedAt", equalTo(answeredAt));
        clock.advance(Duration.ofDays(30));

        assertThat(judging.judgeDue()).doesNotContain(UUID.fromString(first));
        api().get("/api/v1/qbrs/{id}", first).then().body("followUp.status", equalTo("MET"))
                .body("followUp.judgedByQbrId", equalTo(next));
        assertThat(jobAuditEvents(first)).isEmpty();
    }

    private static String failingWithFollowUp(LocalDate targetDate) {
        return failingWithFollowUp(account(Map.of()), targetDate);
    }

    private static String failingWithFollowUp(String account, LocalDate targetDate) {
        String qbr = answered(account, "C", "C", "C", "C", 3);
        api().body(Map.of("targetGrade", "B-", "targetDate", targetDate.toString()))
                .put("/api/v1/qbrs/{id}/follow-up", qbr).then().statusCode(200);
        return qbr;
    }

    private static List<Map<String, Object>> jobAuditEvents(String qbr) {
        JsonPath events = api().get("/api/v1/audit-events?entityType=qbr-follow-up&entityId=" + qbr).then()
                .statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = events.getList("items");
        return items.stream().filter(e -> ACTION.equals(e.get("action"))).toList();
    }
}
