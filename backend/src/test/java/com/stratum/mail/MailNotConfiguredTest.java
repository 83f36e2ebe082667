package com.stratum.mail;

import static com.stratum.support.Api.api;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.stratum.outbox.OutboxRelay;
import com.stratum.support.Fixtures;
import com.stratum.support.Surveys;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Without STRATUM_SMTP_HOST the app works: QBRs are sent and answered, and no e-mail is queued. */
@QuarkusTest
@TestProfile(MailNotConfiguredTest.NoSmtp.class)
class MailNotConfiguredTest {
    public static class NoSmtp implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // An empty value is no value: the host is not set (the mailer itself still needs some host, unused).
            // Keep the suite's data (and admin token).
            return Map.of("stratum.smtp.host", "", "quarkus.mailer.host", "localhost",
                    "quarkus.flyway.clean-at-start", "false");
        }
    }

    @Inject
    OutboxRelay relay;

    @Test
    void qbrsAreSentAndAnsweredWithNoEmailQueued() {
        api().get("/api/v1/settings/email").then().statusCode(200).body("configured", equalTo(false))
                .body("fromAddress", nullValue());
        String qbr = Surveys.schedule(Fixtures.account(Fixtures.accountManager(), "STANDARD"));
        String token = Surveys.invite(qbr);
        api().get("/api/v1/qbrs/{id}/emails", qbr).then().statusCode(200).body("items.size()", equalTo(0))
                .body("total", equalTo(0));
        com.stratum.support.Api.anonymous().body(Surveys.answers("A", "A", "A", "A", 10))
                .post("/api/v1/public/surveys/{token}/responses", token).then().statusCode(201);
        relay.deliverDue();
        api().get("/api/v1/qbrs/{id}/emails", qbr).then().statusCode(200).body("items.size()", equalTo(0));
    }
}
