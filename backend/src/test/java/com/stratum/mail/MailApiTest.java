package com.stratum.mail;

import static com.stratum.support.Api.anonymous;
import static com.stratum.support.Api.api;
import static com.stratum.support.Api.atOnce;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.stratum.outbox.Outbox;
import com.stratum.outbox.OutboxEntry;
import com.stratum.outbox.OutboxRelay;
import com.stratum.support.Fixtures;
import com.stratum.support.MailServer;
import com.stratum.support.Surveys;
import com.stratum.support.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Survey e-mails through a real SMTP server (GreenMail, {@link MailServer}) and the outbox job, called directly
 * (the schedule is off in tests) while the injected clock moves.
 */
@QuarkusTest
@WithTestResource(value = MailServer.class, scope = TestResourceScope.GLOBAL)
class MailApiTest {
    @Inject
    TestClock clock;
    @Inject
    OutboxRelay relay;
    @Inject
    Outbox outbox;
    @Inject
    EntityManager em;

    @AfterEach
    void reset() {
        clock.reset();
        MailServer.startServer();
    }

    @Test
    void theInvitationGoesToTheRespondentWithTheLinkBrandedWithTheCompanyName() {
        String company = Fixtures.unique("Acme Software");
        String version = api().get("/api/v1/settings").then().statusCode(200).extract().header("ETag");
        api().header("If-Match", version).body(Map.of("companyName", company)).put("/api/v1/settings").then()
                .statusCode(200).body("companyName", equalTo(company));
        String email = respondent();
        String account = Fixtures.account(Fixtures.accountManager(), "STANDARD");
        String accountName = api().get("/api/v1/accounts/{id}", account).then().extract().path("name");
        String qbr = schedule(account, email);
        String link = api().post("/api/v1/qbrs/{id}/invitation", qbr).then().statusCode(201).extract().path("url");
        Instant sentAt = Instant.parse(api().get("/api/v1/qbrs/{id}", qbr).then().extract().path("sentAt"));

        // Queued with the invitation: the invitation now, reminders on day 5 and day 10.
        JsonPath before = emails(qbr);
        assertThat(before.getList("items.email")).containsExactly("INVITATION", "FIRST_REMINDER", "SECOND_REMINDER");
        assertThat(before.getList("items.status")).containsOnly("PENDING");
        assertThat(before.getList("items.recipient")).containsOnly(email);
        assertThat(Instant.parse(before.getString("items[1].dueAt"))).isEqualTo(sentAt.plus(Duration.ofDays(5)));
        assertThat(Instant.parse(before.getString("items[2].dueAt"))).isEqualTo(sentAt.plus(Duration.ofDays(10)));
        assertThat(MailServer.receivedBy(email)).isEmpty();

        relay.deliverDue();

        List<MimeMessage> received = MailServer.receivedBy(email);
        assertThat(received).hasSize(1);
        assertThat(MailServer.subject(received.get(0))).isEqualTo(company + " would like your review for " + accountName);
        assertThat(MailServer.body(received.get(0))).contains(link).contains("Hello Robin Quinn,")
                .contains("Thank you,\n" + company);
        JsonPath after = emails(qbr);
        assertThat(after.getString("items[0].status")).isEqualTo("SENT");
        assertThat(after.getInt("items[0].attempts")).isEqualTo(1);
        assertThat(after.getString("items[0].doneAt")).isNotNull();
        assertThat(after.getList("items.status").subList(1, 3)).containsOnly("PENDING");
        api().get("/api/v1/settings/email").then().statusCode(200).body("configured", equalTo(true))
                .body("fromAddress", equalTo("Stratum Tests <surveys@stratum.test>"));
    }

    @Test
    void remindersGoOnDayFiveAndDayTenWhileTheSurveyIsUnanswered() {
        String email = respondent();
        String qbr = schedule(Fixtures.account(Fixtures.accountManager(), "STANDARD"), email);
        String link = api().post("/api/v1/qbrs/{id}/invitation", qbr).then().statusCode(201).extract().path("url");
        relay.deliverDue();
        assertThat(MailServer.receivedBy(email)).hasSize(1);

        clock.advance(Duration.ofDays(5).minusMinutes(1));
        relay.deliverDue();
        assertThat(MailServer.receivedBy(email)).as("not before day 5").hasSize(1);

        clock.advance(Duration.ofMinutes(2));
        relay.deliverDue();
        List<MimeMessage> received = MailServer.receivedBy(email);
        assertThat(received).hasSize(2);
        assertThat(MailServer.subject(received.get(1))).startsWith("Reminder: ");
        assertThat(MailServer.body(received.get(1))).contains(link).contains("we have not heard from you yet");

        clock.advance(Duration.ofDays(5).minusMinutes(2));
        relay.deliverDue();
        assertThat(MailServer.receivedBy(email)).as("not before day 10").hasSize(2);
        clock.advance(Duration.ofMinutes(2));
        relay.deliverDue();
        assertThat(MailServer.receivedBy(email)).hasSize(3);

        clock.advance(Duration.ofDays(30));
        relay.deliverDue();
        assertThat(MailServer.receivedBy(email)).as("two reminders, no more").hasSize(3);
        assertThat(emails(qbr).getList("items.status")).containsOnly("SENT");
    }

    @Test
    void anAnsweredSurveyGetsNoReminderAndAThankYou() {
        String email = respondent();
        String qbr = schedule(Fixtures.account(Fixtures.accountManager(), "STANDARD"), email);
        String url = api().post("/api/v1/qbrs/{id}/invitation", qbr).then().statusCode(201).extract().path("url");
        relay.deliverDue();
        anonymous().body(Surveys.answers("A", "B+", "B", "A-", 9))
                .post("/api/v1/public/surveys/{token}/responses", url.substring(url.lastIndexOf('/') + 1))
                .then().statusCode(201);

        relay.deliverDue();
        List<MimeMessage> received = MailServer.receivedBy(email);
        assertThat(received).hasSize(2);
        assertThat(MailServer.subject(received.get(1))).endsWith(": thank you \u2014 here is what we heard");
        assertThat(MailServer.body(received.get(1))).contains("Overall you graded us ")
                .contains("Every grade you gave us passed");

        clock.advance(Duration.ofDays(11));
        relay.deliverDue();
        assertThat(MailServer.receivedBy(email)).as("no reminder after the answer").hasSize(2);
        JsonPath emails = emails(qbr);
        assertThat(emails.getList("items.email")).containsExactlyInAnyOrder("INVITATION", "THANK_YOU",
                "FIRST_REMINDER", "SECOND_REMINDER");
        for (int i = 0; i < 4; i++) {
            boolean reminder = emails.getString("items[" + i + "].email").endsWith("REMINDER");
            assertThat(emails.getString("items[" + i + "].status")).isEqualTo(reminder ? "CANCELLED" : "SENT");
            if (reminder) {
                assertThat(emails.getString("items[" + i + "].detail")).isEqualTo("The QBR was answered.");
                assertThat(emails.getInt("items[" + i + "].attempts")).isZero();
            }
        }
    }

    @Test
    void theThankYouQuotesTheReasonsForFailingGradesAndTheAgreedFollowUpDate() {
        String email = respondent();
        String qbr = schedule(Fixtures.account(Fixtures.accountManager(), "STANDARD"), email);
        String url = api().post("/api/v1/qbrs/{id}/invitation", qbr).then().statusCode(201).extract().path("url");
        relay.deliverDue();
        Map<String, Object> answers = Surveys.answers("C", "C", "C", "C", 3);
        List<String> reasons = List.of("Two deliveries were a week late.", "Nobody answered our calls in March.",
                "The release broke our exports.", "You still do not know how we invoice.");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list = (List<Map<String, Object>>) answers.get("answers");
        for (int i = 0; i < reasons.size(); i++) {
            list.get(i).put("why", reasons.get(i));
        }
        anonymous().body(answers).post("/api/v1/public/surveys/{token}/responses",
                url.substring(url.lastIndexOf('/') + 1)).then().statusCode(201);

        relay.deliverDue();
        assertThat(MailServer.receivedBy(email)).as("a failing QBR's thank-you waits for its follow-up").hasSize(1);

        LocalDate followUpDate = LocalDate.now(ZoneOffset.UTC).plusDays(30);
        api().body(Map.of("targetGrade", "B-", "targetDate", followUpDate.toString(), "actions", List.of("Weekly call")))
                .put("/api/v1/qbrs/{id}/follow-up", qbr).then().statusCode(200);
        relay.deliverDue();

        List<MimeMessage> received = MailServer.receivedBy(email);
        assertThat(received).hasSize(2);
        String body = MailServer.body(received.get(1));
        for (String reason : reasons) {
            assertThat(body).contains("\"" + reason + "\"");
        }
        assertThat(body).contains("- How would you rate our understanding of your business?: C\n") // the question and its grade
                .contains("We have agreed to follow up by "
                        + DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(followUpDate)
                        + ", aiming to earn at least B- from you by then.");
    }

    @Test
    void aFailingQbrWithoutFollowUpGetsItsThankYouTwoDaysAfterTheAnswer() {
        String email = respondent();
        String qbr = schedule(Fixtures.account(Fixtures.accountManager(), "STANDARD"), email);
        api().body(Surveys.answers("D", "C", "B", "B", 4)).post("/api/v1/qbrs/{id}/responses", qbr).then()
                .statusCode(201);
        relay.deliverDue();
        clock.advance(Duration.ofDays(2).minusMinutes(1));
        relay.deliverDue();
        assertThat(MailServer.receivedBy(email)).isEmpty();

        clock.advance(Duration.ofMinutes(2));
        relay.deliverDue();
        List<MimeMessage> received = MailServer.receivedBy(email);
        assertThat(received).hasSize(1);
        assertThat(MailServer.body(received.get(0))).contains("\"Because D\"").contains("\"Because C\"")
                .doesNotContain("Because B").contains("Your account manager will be in touch");
    }

    @Test
    void aNewLinkCancelsTheMailsOfTheOldOne() {
        String email = respondent();
        String qbr = schedule(Fixtures.account(Fixtures.accountManager(), "STANDARD"), email);
        api().post("/api/v1/qbrs/{id}/invitation", qbr).then().statusCode(201);
        String second = api().post("/api/v1/qbrs/{id}/invitation", qbr).then().statusCode(201).extract().path("url");

        JsonPath emails = emails(qbr);
        assertThat(emails.getList("items")).hasSize(6);
        assertThat(emails.getList("items.status")).containsOnly("CANCELLED", "PENDING");
        assertThat(emails.getList("items.detail")).contains("A new link was sent; the earlier one no longer works.");
        relay.deliverDue();
        List<MimeMessage> received = MailServer.receivedBy(email);
        assertThat(received).hasSize(1);
        assertThat(MailServer.body(received.get(0))).contains(second);

        api().header("If-Match", api().get("/api/v1/qbrs/{id}", qbr).then().extract().header("ETag"))
                .delete("/api/v1/qbrs/{id}", qbr).then().statusCode(204);
        clock.advance(Duration.ofDays(6));
        relay.deliverDue();
        assertThat(MailServer.receivedBy(email)).as("no reminder for a cancelled QBR").hasSize(1);
    }

    @Test
    void aRefusedSendIsRetriedWithABackoffThatDoublesAndEveryAttemptIsRecorded() {
        String email = respondent();
        String qbr = schedule(Fixtures.account(Fixtures.accountManager(), "STANDARD"), email);
        MailServer.stopServer();
        clock.freezeAt(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        api().post("/api/v1/qbrs/{id}/invitation", qbr).then().statusCode(201);
        Instant start = clock.instant();

        relay.deliverDue();
        JsonPath first = emails(qbr);
        assertThat(first.getString("items[0].status")).isEqualTo("PENDING");
        assertThat(first.getInt("items[0].attempts")).isEqualTo(1);
        assertThat(first.getString("items[0].detail")).isNotBlank();
        assertThat(Instant.parse(first.getString("items[0].dueAt"))).isEqualTo(start.plus(Duration.ofMinutes(1)));

        relay.deliverDue();
        assertThat(emails(qbr).getInt("items[0].attempts")).as("not tried again before its time").isEqualTo(1);

        clock.advance(Duration.ofMinutes(1));
        relay.deliverDue();
        JsonPath second = emails(qbr);
        assertThat(second.getInt("items[0].attempts")).isEqualTo(2);
        assertThat(Instant.parse(second.getString("items[0].dueAt")))
                .isEqualTo(start.plus(Duration.ofMinutes(1 + 2)));

        MailServer.startServer();
        clock.advance(Duration.ofMinutes(2));
        relay.deliverDue();
        JsonPath sent = emails(qbr);
        assertThat(sent.getString("items[0].status")).isEqualTo("SENT");
        assertThat(sent.getInt("items[0].attempts")).isEqualTo(3);
        assertThat(MailServer.receivedBy(email)).hasSize(1);
        assertThat(attempts(sent.getString("items[0].id"))).containsExactly("1 FAILED", "2 FAILED", "3 SENT");
    }

    @Test
    void aMessageIsGivenUpAfterItsLastAttempt() {
        String email = respondent();
        String qbr = schedule(Fixtures.account(Fixtures.accountManager(), "STANDARD"), email);
        MailServer.stopServer();
        api().post("/api/v1/qbrs/{id}/invitation", qbr).then().statusCode(201);
        for (int i = 0; i < 8; i++) {
            relay.deliverDue();
            clock.advance(Duration.ofHours(1).plusSeconds(1)); // the longest wait between attempts
        }
        JsonPath emails = emails(qbr);
        assertThat(emails.getString("items[0].status")).isEqualTo("FAILED");
        assertThat(emails.getInt("items[0].attempts")).isEqualTo(8);
        assertThat(emails.getString("items[0].doneAt")).isNotNull();
        MailServer.startServer();
        relay.deliverDue();
        assertThat(MailServer.receivedBy(email)).isEmpty();
        assertThat(attempts(emails.getString("items[0].id"))).hasSize(8).allMatch(a -> a.endsWith("FAILED"));
    }

    @Test
    void twoJobRunsAtOnceSendEachMessageExactlyOnce() throws Exception {
        String account = Fixtures.account(Fixtures.accountManager(), "STANDARD");
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String email = respondent();
            recipients.add(email);
            api().post("/api/v1/qbrs/{id}/invitation", schedule(account, email)).then().statusCode(201);
        }

        List<OutboxRelay.Result> runs = atOnce(List.of(relay::deliverDue, relay::deliverDue, relay::deliverDue));

        for (String email : recipients) {
            assertThat(MailServer.receivedBy(email)).as("mails to %s", email).hasSize(1);
        }
        assertThat(runs.stream().mapToInt(OutboxRelay.Result::sent).sum()).isGreaterThanOrEqualTo(30);
        @SuppressWarnings("unchecked")
        List<Object[]> perMessage = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select m.recipient, count(a.id) from outbox_message m join outbox_attempt a on a.message_id = m.id"
                        + " where m.recipient in (:to) group by m.recipient").setParameter("to", recipients)
                .getResultList());
        assertThat(perMessage).hasSize(30).allMatch(row -> ((Number) row[1]).intValue() == 1);
    }

    @Test
    void aRolledBackChangeQueuesNothing() {
        UUID ref = UUID.randomUUID();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.enqueue(new OutboxEntry("qbr-email", "qbr", ref, "INVITATION", respondent(), Map.of(), null, null));
            throw new IllegalStateException("the change failed after queueing its e-mail");
        })).hasStackTraceContaining("the change failed after queueing its e-mail");
        long queued = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from outbox_message where ref_id = ?1").setParameter(1, ref).getSingleResult())
                .longValue());
        assertThat(queued).isZero();
    }

    @Test
    void anUnknownQbrHasNoEmails() {
        api().get("/api/v1/qbrs/{id}/emails", UUID.randomUUID()).then().statusCode(404)
                .body("detail", notNullValue());
    }

    @Test
    void theInvitationGoesToEveryRespondentContactWithAnAddressOnceEach() {
        String account = Fixtures.account(Fixtures.accountManager(), "STANDARD");
        String email = respondent();
        String same = com.stratum.support.People.contact(account, Map.of("email", email.toUpperCase()));
        String other = com.stratum.support.People.contact(account, Map.of());
        String otherEmail = api().get("/api/v1/contacts/{id}", other).then().extract().path("email");
        String qbr = api().body(Map.of("scheduledFor", LocalDate.now(ZoneOffset.UTC).plusDays(3).toString(),
                        "respondentName", "Robin Quinn", "respondentEmail", email,
                        "respondentContactIds", List.of(same, other)))
                .post("/api/v1/accounts/{id}/qbrs", account).then().statusCode(201).extract().path("id");
        api().post("/api/v1/qbrs/{id}/invitation", qbr).then().statusCode(201);

        relay.deliverDue();

        assertThat(MailServer.receivedBy(email)).hasSize(1);
        assertThat(MailServer.receivedBy(otherEmail)).hasSize(1);
        assertThat(emails(qbr).getList("items.recipient", String.class)).filteredOn(r -> r.equalsIgnoreCase(email))
                .hasSize(3);
    }

    private static String respondent() {
        return Fixtures.unique("robin").toLowerCase() + "@customer.example";
    }

    private static String schedule(String account, String email) {
        return api().body(Map.of("scheduledFor", LocalDate.now(ZoneOffset.UTC).plusDays(3).toString(),
                        "respondentName", "Robin Quinn", "respondentEmail", email))
                .post("/api/v1/accounts/{id}/qbrs", account).then().statusCode(201).extract().path("id");
    }

    private static JsonPath emails(String qbr) {
        return api().get("/api/v1/qbrs/{id}/emails", qbr).then().statusCode(200).extract().jsonPath();
    }

    @SuppressWarnings("unchecked")
    private List<String> attempts(String messageId) {
        return QuarkusTransaction.requiringNew().call(() -> ((List<Object[]>) em.createNativeQuery(
                        "select attempt, outcome from outbox_attempt where message_id = ?1 order by attempt")
                .setParameter(1, UUID.fromString(messageId)).getResultList()).stream()
                .map(row -> row[0] + " " + row[1]).toList());
    }
}
