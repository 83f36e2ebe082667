package com.stratum.survey;

import static com.stratum.support.Api.api;
import static com.stratum.support.Fixtures.account;
import static com.stratum.support.Fixtures.accountManager;
import static com.stratum.support.Surveys.Q_NPS;
import static com.stratum.support.Surveys.Q_QUALITY;
import static com.stratum.support.Surveys.Q_RESPONSIVENESS;
import static com.stratum.support.Surveys.Q_STRATEGY;
import static com.stratum.support.Surveys.Q_UNDERSTANDING;
import static com.stratum.support.Surveys.answered;
import static com.stratum.support.Surveys.answers;
import static com.stratum.support.Surveys.invite;
import static com.stratum.support.Surveys.schedule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.stratum.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class QbrApiTest {
    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theCustomerAnswersThroughTheLinkOnceWithoutLogin() {
        String qbr = schedule(account(Map.of("name", "Linkside Ltd")));
        api().get("/api/v1/qbrs/{id}", qbr).then().body("status", equalTo("SCHEDULED"));
        String token = invite(qbr);
        api().get("/api/v1/qbrs/{id}", qbr).then().body("status", equalTo("SENT"));

        api().get("/api/v1/public/surveys/{token}", token).then().statusCode(200)
                .body("accountName", equalTo("Linkside Ltd"))
                .body("questions", hasSize(6))
                .body("questions[0].text", containsString("strategic suggestions"))
                .body("questions.kind", contains("GRADE", "GRADE", "GRADE", "GRADE", "NPS", "TEXT"))
                .body("$", not(hasKey("arr")))
                .body("$", not(hasKey("ownerId")));

        api().body(answers("B+", "A", "B", "B", 9)).post("/api/v1/public/surveys/{token}/responses", token).then()
                .statusCode(201).body("answeredAt", org.hamcrest.Matchers.notNullValue());
        api().body(answers("F", "F", "F", "F", 0)).post("/api/v1/public/surveys/{token}/responses", token).then()
                .statusCode(409).body("type", equalTo("urn:stratum:problem:survey-answered"));
        api().get("/api/v1/public/surveys/{token}", token).then().statusCode(409);

        api().get("/api/v1/qbrs/{id}", qbr).then().statusCode(200)
                .body("status", equalTo("ANSWERED"))
                .body("channel", equalTo("LINK"))
                .body("overallGrade", equalTo("B+")) // (3.3 + 4.0 + 3.0 + 3.0) / 4 = 3.325
                .body("overallPoints", equalTo(3.33f))
                .body("failing", equalTo(false))
                .body("failingQuestions", hasSize(0))
                .body("npsScore", equalTo(9))
                .body("answers", hasSize(6));
    }

    @Test
    void unknownExpiredAndWithdrawnLinksAreRefusedClearly() {
        api().get("/api/v1/public/surveys/{token}", "no-such-token").then().statusCode(404)
                .contentType("application/problem+json");
        String expiring = schedule(account(Map.of()), LocalDate.now(clock));
        String token = invite(expiring);
        clock.advance(Duration.ofDays(15));
        api().get("/api/v1/public/surveys/{token}", token).then().statusCode(410)
                .body("type", equalTo("urn:stratum:problem:survey-expired"));
        api().body(answers("A", "A", "A", "A", 10)).post("/api/v1/public/surveys/{token}/responses", token).then()
                .statusCode(410);
        clock.reset();

        String withdrawn = schedule(account(Map.of()));
        String withdrawnToken = invite(withdrawn);
        api().delete("/api/v1/qbrs/{id}", withdrawn).then().statusCode(204);
        api().get("/api/v1/public/surveys/{token}", withdrawnToken).then().statusCode(410);
        api().post("/api/v1/qbrs/{id}/invitation", withdrawn).then().statusCode(409);
    }

    @Test
    void aNewInvitationInvalidatesThePreviousLink() {
        String qbr = schedule(account(Map.of()));
        String first = invite(qbr);
        String second = invite(qbr);
        assertThat(second).isNotEqualTo(first);
        api().get("/api/v1/public/surveys/{token}", first).then().statusCode(404);
        api().get("/api/v1/public/surveys/{token}", second).then().statusCode(200);
    }

    @Test
    void everyGradeAndNpsQuestionNeedsAnAnswerAndFailingGradesNeedAReason() {
        String qbr = schedule(account(Map.of()));
        String token = invite(qbr);
        Map<String, Object> noReason = Map.of("answers", List.of(
                Map.of("questionId", Q_STRATEGY, "grade", "C"),
                Map.of("questionId", Q_RESPONSIVENESS, "grade", "B"),
                Map.of("questionId", Q_QUALITY, "grade", "B-", "why", " "),
                Map.of("questionId", Q_UNDERSTANDING, "grade", "A")));
        api().body(noReason).post("/api/v1/public/surveys/{token}/responses", token).then().statusCode(422)
                .body("errors.field", contains("answers[0].why", "answers[2].why", "answers"))
                .body("errors[0].message", containsString("strategic suggestions"))
                .body("errors[2].message", containsString("recommend"));
        Map<String, Object> wrongKinds = Map.of("answers", List.of(
                Map.of("questionId", Q_STRATEGY, "score", 7),
                Map.of("questionId", Q_RESPONSIVENESS, "grade", "B"),
                Map.of("questionId", Q_QUALITY, "grade", "B"),
                Map.of("questionId", Q_UNDERSTANDING, "grade", "B"),
                Map.of("questionId", Q_NPS, "grade", "A"),
                Map.of("questionId", "5d1f4a9e-0000-4000-8000-000000000000", "text", "?")));
        api().body(wrongKinds).post("/api/v1/public/surveys/{token}/responses", token).then().statusCode(422)
                .body("errors.field", hasItem("answers[0].grade"))
                .body("errors.field", hasItem("answers[4].score"))
                .body("errors.field", hasItem("answers[5].questionId"));
        api().get("/api/v1/qbrs/{id}", qbr).then().body("status", equalTo("SENT")).body("answers", hasSize(0));
    }

    @Test
    void aFailingResultListsItsFailingQuestionsWithReasons() {
        String account = account(Map.of());
        String qbr = answered(account, "C", "B", "B", "B-", 6); // 2.675: nearest B- (2.7), failing
        api().get("/api/v1/qbrs/{id}", qbr).then()
                .body("channel", equalTo("CALL"))
                .body("overallGrade", equalTo("B-"))
                .body("failing", equalTo(true))
                .body("failingQuestions.questionId", contains(Q_STRATEGY, Q_UNDERSTANDING))
                .body("failingQuestions[0].why", equalTo("Because C"));
        api().get("/api/v1/accounts/{id}", account).then().body("lastQbrGrade", equalTo("B-"));
        api().queryParam("accountId", account).queryParam("failing", true).get("/api/v1/qbrs").then()
                .body("items.id", contains(qbr)).body("items[0].failing", equalTo(true));
    }

    @Test
    void anOverallBIsNotFailingButBMinusIs() {
        String passing = answered(account(Map.of()), "B", "B", "B", "B", 8);
        api().get("/api/v1/qbrs/{id}", passing).then().body("overallGrade", equalTo("B")).body("failing", equalTo(false));
        String failing = answered(account(Map.of()), "B", "B-", "B", "B-", 8); // 2.85: tie B / B-, lower wins
        api().get("/api/v1/qbrs/{id}", failing).then().body("overallGrade", equalTo("B-"))
                .body("failing", equalTo(true));
    }

    @Test
    void answeredRoundsCannotBeAnsweredAgainOrCancelled() {
        String qbr = answered(account(Map.of()), "A", "A", "A", "A", 10);
        api().body(answers("F", "F", "F", "F", 0)).post("/api/v1/qbrs/{id}/responses", qbr).then().statusCode(409);
        api().delete("/api/v1/qbrs/{id}", qbr).then().statusCode(409);
        api().post("/api/v1/qbrs/{id}/invitation", qbr).then().statusCode(409);
    }

    @Test
    void everyAnswerThatCarriesTheQbrCarriesItsVersionAsETag() {
        var scheduled = api().body(Map.of("scheduledFor", "2027-01-15", "respondentName", "Jordan Lee",
                "respondentEmail", "jordan@customer.example")).post("/api/v1/accounts/{id}/qbrs", account(Map.of()))
                .then().statusCode(201).extract();
        assertThat(scheduled.header("ETag")).isEqualTo("\"" + scheduled.path("version") + "\"");
        String qbr = scheduled.path("id");
        var recorded = api().body(answers("C", "C", "C", "C", 3)).post("/api/v1/qbrs/{id}/responses", qbr).then()
                .statusCode(201).extract();
        assertThat(recorded.header("ETag")).isEqualTo("\"" + recorded.path("version") + "\"");
        var followedUp = api().body(followUp("B-", LocalDate.now(ZoneOffset.UTC).plusDays(30)))
                .put("/api/v1/qbrs/{id}/follow-up", qbr).then().statusCode(200).extract();
        assertThat(followedUp.header("ETag")).isEqualTo("\"" + followedUp.path("version") + "\"");
        // A GET names the same version, with the hash of its body (ETags).
        api().get("/api/v1/qbrs/{id}", qbr).then()
                .header("ETag", com.stratum.support.Api.getEtag(followedUp.<Integer>path("version")));
    }

    @Test
    void theFollowUpMustBeRealistic() {
        String qbr = answered(account(Map.of()), "C", "C", "C", "C", 3);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        api().body(followUp("A+", today.plusDays(21))).put("/api/v1/qbrs/{id}/follow-up", qbr).then()
                .statusCode(422).body("errors[0].field", equalTo("targetGrade"))
                .body("errors[0].message", equalTo("A target of A+ is more than 3 steps above today's C. Choose C+ to B."));
        api().body(followUp("C", today.plusDays(21))).put("/api/v1/qbrs/{id}/follow-up", qbr).then()
                .statusCode(422).body("errors[0].message", equalTo("A target of C is not above today's C. Choose C+ to B."));
        api().body(followUp("B-", today.plusDays(13))).put("/api/v1/qbrs/{id}/follow-up", qbr).then()
                .statusCode(422).body("errors[0].field", equalTo("targetDate"))
                .body("errors[0].message", equalTo("The next call must be 14 to 120 days away. Choose a date from "
                        + today.plusDays(14) + " to " + today.plusDays(120) + "."));
        api().body(followUp("B-", today.plusDays(121))).put("/api/v1/qbrs/{id}/follow-up", qbr).then()
                .statusCode(422).body("errors[0].field", equalTo("targetDate"));
        api().body(followUp("B", today.plusDays(14))).put("/api/v1/qbrs/{id}/follow-up", qbr).then()
                .statusCode(200).body("followUp.targetGrade", equalTo("B")).body("followUp.status", equalTo("OPEN"));
        api().body(followUp("B-", today.plusDays(120))).put("/api/v1/qbrs/{id}/follow-up", qbr).then()
                .statusCode(200).body("followUp.targetGrade", equalTo("B-"))
                .body("followUp.actions", contains("Bring two growth ideas"));

        String passing = answered(account(Map.of()), "A", "A", "A", "A", 9);
        api().body(followUp("A+", today.plusDays(30))).put("/api/v1/qbrs/{id}/follow-up", passing).then()
                .statusCode(422).body("errors[0].message", containsString("not failing"));
    }

    @Test
    void theNextAnsweredQbrJudgesTheFollowUp() {
        String account = account(Map.of());
        String first = answered(account, "C", "C", "C", "C", 3);
        api().body(followUp("B-", LocalDate.now(ZoneOffset.UTC).plusDays(30))).put("/api/v1/qbrs/{id}/follow-up", first)
                .then().statusCode(200);
        String second = answered(account, "B", "B-", "B-", "B-", 6); // 2.775: B- reaches the target
        api().get("/api/v1/qbrs/{id}", first).then().body("followUp.status", equalTo("MET"))
                .body("followUp.judgedByQbrId", equalTo(second));
        api().body(followUp("B", LocalDate.now(ZoneOffset.UTC).plusDays(30))).put("/api/v1/qbrs/{id}/follow-up", first)
                .then().statusCode(409);

        api().body(followUp("B", LocalDate.now(ZoneOffset.UTC).plusDays(30))).put("/api/v1/qbrs/{id}/follow-up", second)
                .then().statusCode(200);
        answered(account, "C+", "C+", "C+", "C+", 5);
        api().get("/api/v1/qbrs/{id}", second).then().body("followUp.status", equalTo("MISSED"));
        api().queryParam("accountId", account).queryParam("sort", "createdAt").get("/api/v1/qbrs").then()
                .body("items.followUpStatus", contains("MET", "MISSED", null));
    }

    @Test
    void aFollowUpIsMetWhenTheNextOverallGradeReachesTheTargetGrade() {
        String account = account(Map.of());
        String first = answered(account, "C", "C", "C", "C", 3);
        api().body(followUp("B-", LocalDate.now(ZoneOffset.UTC).plusDays(30))).put("/api/v1/qbrs/{id}/follow-up", first)
                .then().statusCode(200);
        String next = answered(account, "B+", "B-", "B-", "C", 6); // 2.675: below B-'s 2.7 points, yet overall B-
        api().get("/api/v1/qbrs/{id}", next).then().body("overallGrade", equalTo("B-"));
        api().get("/api/v1/qbrs/{id}", first).then().body("followUp.status", equalTo("MET"));
    }

    @Test
    void concurrentFollowUpWritesNeverFail() throws Exception {
        String qbr = answered(account(Map.of()), "C", "C", "C", "C", 3);
        LocalDate date = LocalDate.now(ZoneOffset.UTC).plusDays(30);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
            for (String grade : List.of("C+", "B-", "B", "C+", "B-", "B")) {
                results.add(pool.submit(() -> api().body(followUp(grade, date))
                        .put("/api/v1/qbrs/{id}/follow-up", qbr).then().extract().statusCode()));
            }
            for (var result : results) {
                assertThat(result.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Issue 13: sending the link is not holding the QBR, the customer's answer is; a cancelled send moves nothing. */
    @Test
    void sendingTheLinkIsNotHoldingTheQbrAnsweringIs() {
        String account = account(Map.of("ownerId", accountManager(), "tier", "STRATEGIC"));
        LocalDate due = LocalDate.now(ZoneOffset.UTC).plusDays(30);
        clock.advance(Duration.ofDays(31));
        String cancelled = schedule(account);
        invite(cancelled);
        api().get("/api/v1/accounts/{id}", account).then().body("qbrOverdue", equalTo(true))
                .body("nextQbrDue", equalTo(due.toString()));
        api().delete("/api/v1/qbrs/{id}", cancelled).then().statusCode(204);
        api().get("/api/v1/accounts/{id}", account).then().body("nextQbrDue", equalTo(due.toString()));

        String token = invite(schedule(account));
        api().get("/api/v1/accounts/{id}", account).then().body("qbrOverdue", equalTo(true))
                .body("lastQbrAt", nullValue());
        clock.advance(Duration.ofDays(2));
        api().body(answers("A", "A", "B", "B", 9)).post("/api/v1/public/surveys/{token}/responses", token).then()
                .statusCode(201);
        api().get("/api/v1/accounts/{id}", account).then().body("qbrOverdue", equalTo(false))
                .body("nextQbrDue", equalTo(LocalDate.now(clock).plusDays(30).toString()))
                .body("lastQbrGrade", equalTo("B+"));
    }

    /** Issue 13: a link sent weeks before the review still works for the configured 14 days after it. */
    @Test
    void theLinkLivesUntilTheReviewDatePlusTheConfiguredDays() {
        LocalDate review = LocalDate.now(clock).plusDays(30);
        String qbr = schedule(account(Map.of()), review);
        String token = invite(qbr);
        Instant expiry = review.plusDays(15).atStartOfDay(ZoneOffset.UTC).toInstant(); // the end of review day + 14
        api().get("/api/v1/qbrs/{id}", qbr).then().body("invitationExpiresAt", equalTo(expiry.toString()));
        clock.advance(Duration.between(clock.instant(), expiry).minusMinutes(1));
        api().get("/api/v1/public/surveys/{token}", token).then().statusCode(200);
        clock.advance(Duration.ofMinutes(2));
        api().get("/api/v1/public/surveys/{token}", token).then().statusCode(410)
                .body("type", equalTo("urn:stratum:problem:survey-expired"));
    }

    /**
     * Issue 13: the follow-up date of the last QBR books the next one when it comes before the cadence date, through
     * edits, tier changes and cadence changes alike; a follow-up of an older QBR books nothing.
     */
    @Test
    void aFailingQbrsFollowUpDateBooksTheNextQbr() {
        String account = account(Map.of("ownerId", accountManager()));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String failing = answered(account, "C", "C", "C", "C", 3);
        api().get("/api/v1/accounts/{id}", account).then().body("nextQbrDue", equalTo(today.plusDays(180).toString()));
        api().body(followUp("B-", today.plusDays(40))).put("/api/v1/qbrs/{id}/follow-up", failing).then()
                .statusCode(200);
        api().get("/api/v1/accounts/{id}", account).then().body("nextQbrDue", equalTo(today.plusDays(40).toString()));
        api().body(followUp("B-", today.plusDays(60))).put("/api/v1/qbrs/{id}/follow-up", failing).then()
                .statusCode(200);
        api().get("/api/v1/accounts/{id}", account).then().body("nextQbrDue", equalTo(today.plusDays(60).toString()));

        // STRATEGIC's 30 days come first; back in STANDARD the follow-up date is earlier again.
        api().body(Map.of("tier", "STRATEGIC", "reason", "Board-level sponsor", "reasonCode", "REVENUE"))
                .put("/api/v1/accounts/{id}/tier", account).then().statusCode(200)
                .body("nextQbrDue", equalTo(today.plusDays(30).toString()));
        api().body(Map.of("tier", "STANDARD", "reason", "Sponsor left")).put("/api/v1/accounts/{id}/tier", account)
                .then().statusCode(200).body("nextQbrDue", equalTo(today.plusDays(60).toString()));
        try {
            api().body(Map.of("qbrCadenceDays", 50)).put("/api/v1/tier-policies/STANDARD").then().statusCode(200);
            api().get("/api/v1/accounts/{id}", account).then()
                    .body("nextQbrDue", equalTo(today.plusDays(50).toString()));
        } finally {
            api().body(Map.of("qbrCadenceDays", 180)).put("/api/v1/tier-policies/STANDARD").then().statusCode(200);
        }
        api().get("/api/v1/accounts/{id}", account).then().body("nextQbrDue", equalTo(today.plusDays(60).toString()));

        // A newer QBR holds the cadence: it judges the follow-up and the older QBR's dates book nothing more.
        String older = answered(account, "D", "D", "D", "D", 2);
        String newest = answered(account, "B", "B", "B", "B", 8);
        api().get("/api/v1/qbrs/{id}", failing).then().body("followUp.status", equalTo("MISSED"));
        api().get("/api/v1/accounts/{id}", account).then().body("nextQbrDue", equalTo(today.plusDays(180).toString()));
        api().body(followUp("C-", today.plusDays(20))).put("/api/v1/qbrs/{id}/follow-up", older).then()
                .statusCode(200);
        api().get("/api/v1/accounts/{id}", account).then().body("nextQbrDue", equalTo(today.plusDays(180).toString()));
        api().get("/api/v1/qbrs/{id}", newest).then().body("failing", equalTo(false));
    }

    @Test
    void staleIfMatchOnCancelIsRefused() {
        String qbr = schedule(account(Map.of()));
        invite(qbr);
        api().header("If-Match", "\"0\"").delete("/api/v1/qbrs/{id}", qbr).then().statusCode(412);
        api().get("/api/v1/qbrs/{id}", qbr).then().body("status", equalTo("SENT"));
    }

    @Test
    void cadenceMovesTheNextQbrDueAndFlagsOverdueAccounts() {
        String owner = accountManager();
        String account = account(Map.of("ownerId", owner, "tier", "STRATEGIC"));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        api().get("/api/v1/accounts/{id}", account).then()
                .body("nextQbrDue", equalTo(today.plusDays(30).toString()))
                .body("qbrOverdue", equalTo(false))
                .body("lastQbrGrade", nullValue());

        clock.advance(Duration.ofDays(31));
        api().get("/api/v1/accounts/{id}", account).then().body("qbrOverdue", equalTo(true));
        api().queryParam("ownerId", owner).queryParam("qbrOverdue", true).get("/api/v1/accounts").then()
                .body("items.id", contains(account));

        invite(schedule(account));
        api().get("/api/v1/accounts/{id}", account).then().body("qbrOverdue", equalTo(true));
        answered(account, "A", "A", "A", "A", 10);
        LocalDate later = today.plusDays(31);
        api().get("/api/v1/accounts/{id}", account).then()
                .body("nextQbrDue", equalTo(later.plusDays(30).toString()))
                .body("qbrOverdue", equalTo(false));
        api().queryParam("ownerId", owner).queryParam("qbrOverdue", true).get("/api/v1/accounts").then()
                .body("items", hasSize(0));
        api().queryParam("ownerId", owner).queryParam("qbrOverdue", false).get("/api/v1/accounts").then()
                .body("items.id", contains(account));
    }

    @Test
    void aTierChangeAppliesTheNewTiersCadence() {
        String account = account(Map.of("ownerId", accountManager()));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        api().get("/api/v1/accounts/{id}", account).then().body("nextQbrDue", equalTo(today.plusDays(180).toString()));
        api().body(Map.of("tier", "KEY", "reason", "Promoted", "reasonCode", "REVENUE")).put("/api/v1/accounts/{id}/tier", account).then()
                .statusCode(200).body("nextQbrDue", equalTo(today.plusDays(90).toString()));
    }

    @Test
    void theGradeTrendShowsEachAnsweredQbrOldestFirst() {
        String account = account(Map.of());
        String first = answered(account, "C", "C", "C", "C", 4);
        schedule(account); // not answered: not in the trend
        String second = answered(account, "B", "B", "A", "A", 9);
        api().get("/api/v1/accounts/{id}/grade-trend", account).then().statusCode(200)
                .body("items.qbrId", contains(first, second))
                .body("items.overallGrade", contains("C", "B+"))
                .body("items[1].grades.grade", contains("B", "B", "A", "A"))
                .body("items[1].grades[0].questionId", equalTo(Q_STRATEGY));
        api().get("/api/v1/accounts/{id}/grade-trend", "5d1f4a9e-0000-4000-8000-000000000000").then()
                .statusCode(404);
    }

    @Test
    void schedulingValidatesAndRefusesArchivedAccounts() {
        String account = account(Map.of());
        api().body(Map.of("respondentName", "", "respondentEmail", "nope")).post("/api/v1/accounts/{id}/qbrs", account)
                .then().statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("scheduledFor", "respondentName",
                        "respondentEmail"));
        api().body(Map.of("scheduledFor", "2027-01-15", "respondentName", "Jo", "respondentEmail", "jo@x.example",
                "templateId", "5d1f4a9e-0000-4000-8000-000000000000")).post("/api/v1/accounts/{id}/qbrs", account)
                .then().statusCode(422).body("errors[0].field", equalTo("templateId"));
        api().delete("/api/v1/accounts/{id}", account).then().statusCode(204);
        String name = api().get("/api/v1/accounts/{id}", account).then().extract().path("name");
        api().body(Map.of("scheduledFor", "2027-01-15", "respondentName", "Jo", "respondentEmail", "jo@x.example"))
                .post("/api/v1/accounts/{id}/qbrs", account).then().statusCode(409)
                .body("detail", equalTo(name + " is archived, so it gets no new QBRs. Restore it first."));
    }

    @Test
    void theQbrListFiltersByStatusOwnerTierAndAnsweredDates() {
        String owner = accountManager();
        String key = account(Map.of("ownerId", owner, "tier", "KEY"));
        String standard = account(Map.of("ownerId", owner));
        String answeredKey = answered(key, "A", "A", "A", "A", 10);
        String scheduled = schedule(standard);
        api().queryParam("ownerId", owner).get("/api/v1/qbrs").then().statusCode(200)
                .body("items.id", contains(scheduled, answeredKey));
        api().queryParam("ownerId", owner).queryParam("tier", "KEY").get("/api/v1/qbrs").then()
                .body("items.id", contains(answeredKey)).body("items[0].tier", equalTo("KEY"));
        api().queryParam("ownerId", owner).queryParam("status", "SCHEDULED").get("/api/v1/qbrs").then()
                .body("items.id", contains(scheduled));
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        api().queryParam("ownerId", owner).queryParam("answeredFrom", today).queryParam("answeredTo", today)
                .get("/api/v1/qbrs").then().body("items.id", contains(answeredKey));
        api().queryParam("ownerId", owner).queryParam("answeredTo", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString())
                .get("/api/v1/qbrs").then().body("items", hasSize(0));
        api().queryParam("status", "LOST").get("/api/v1/qbrs").then().statusCode(400);
    }

    private static Map<String, Object> followUp(String grade, LocalDate date) {
        return Map.of("targetGrade", grade, "targetDate", date.toString(),
                "actions", List.of("Bring two growth ideas"));
    }
}
