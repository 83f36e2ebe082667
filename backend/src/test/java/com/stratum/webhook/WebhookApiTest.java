package com.stratum.webhook;

import static com.stratum.support.Api.api;
import static com.stratum.support.Api.atOnce;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.stratum.account.AccountInput;
import com.stratum.account.AccountService;
import com.stratum.support.Api;
import com.stratum.support.Fixtures;
import com.stratum.support.TestClock;
import com.stratum.support.WebhookReceiver;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Webhooks end to end: a real receiver ({@link WebhookReceiver}, on 127.0.0.2, which the %test allowlist names) and
 * the delivery job called directly (its schedule is off in tests) while the injected clock moves.
 */
@QuarkusTest
class WebhookApiTest {
    @Inject
    WebhookRelay relay;
    @Inject
    TestClock clock;
    @Inject
    AccountService accounts;
    @Inject
    EntityManager em;

    private final List<WebhookReceiver> receivers = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        clock.reset();
        receivers.forEach(WebhookReceiver::close);
        // Webhooks left behind would receive every later test's events.
        List<String> left = api().queryParam("limit", 100).get("/api/v1/webhooks").then().statusCode(200).extract()
                .jsonPath().getList("items.id", String.class);
        for (String id : left) {
            api().delete("/api/v1/webhooks/{id}", id).then().statusCode(204);
        }
    }

    private WebhookReceiver receiver() throws Exception {
        WebhookReceiver receiver = new WebhookReceiver();
        receivers.add(receiver);
        return receiver;
    }

    /** Creates a webhook for these events; returns the whole answer (webhook and its secret). */
    private static JsonPath webhook(String url, String... events) {
        return api().body(Map.of("name", Fixtures.unique("Hook"), "url", url, "eventTypes", List.of(events)))
                .post("/api/v1/webhooks").then().statusCode(201).extract().jsonPath();
    }

    private static JsonPath deliveries(String webhookId) {
        return api().get("/api/v1/webhooks/{id}/deliveries", webhookId).then().statusCode(200).extract().jsonPath();
    }

    private static String hmac(String secret, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anAccountChangeArrivesSignedWithTheAccountAsTheApiReturnsItAndTheActor() throws Exception {
        WebhookReceiver receiver = receiver();
        JsonPath created = webhook(receiver.url(), "account.created", "account.updated");
        String secret = created.getString("secret");
        assertThat(secret).startsWith("whsec_");
        String hookId = created.getString("webhook.id");
        api().get("/api/v1/webhooks/{id}", hookId).then().statusCode(200).body("$", not(hasKey("secret")))
                .body("eventTypes", equalTo(List.of("account.created", "account.updated")));

        String account = Fixtures.account(Map.of());
        assertThat(receiver.received()).as("nothing is sent before the job runs").isEmpty();
        relay.deliverDue();

        List<WebhookReceiver.Received> got = receiver.received();
        assertThat(got).hasSize(1);
        WebhookReceiver.Received request = got.get(0);
        String signature = request.header("Stratum-Signature");
        assertThat(signature).matches("t=\\d+,v1=[0-9a-f]{64}");
        String t = signature.substring(2, signature.indexOf(','));
        assertThat(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(t))).isLessThan(60);
        assertThat(signature.substring(signature.indexOf("v1=") + 3)).isEqualTo(hmac(secret, t + "." + request.body()));
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        JsonPath body = JsonPath.from(request.body());
        assertThat(body.getString("type")).isEqualTo("account.created");
        assertThat(body.getString("id")).isEqualTo(request.header("Stratum-Event-Id"));
        assertThat(body.getString("occurredAt")).isNotNull();
        assertThat(body.getString("actor.type")).isEqualTo("API_TOKEN");
        assertThat(body.getString("actor.name")).isNotBlank();
        Map<String, Object> asApi = api().get("/api/v1/accounts/{id}", account).then().extract().jsonPath().getMap("$");
        assertThat(body.getMap("data")).isEqualTo(asApi);

        JsonPath log = deliveries(hookId);
        assertThat(log.getString("items[0].status")).isEqualTo("SENT");
        assertThat(log.getInt("items[0].responseStatus")).isEqualTo(200);
        assertThat(log.getInt("items[0].attempts")).isEqualTo(1);
        assertThat(log.getInt("items[0].latencyMs")).isGreaterThanOrEqualTo(0);
        assertThat(log.getString("items[0].responseExcerpt")).startsWith("answer 200 ")
                .hasSizeLessThanOrEqualTo(WebhookRelay.EXCERPT);
        assertThat(log.getString("items[0].eventType")).isEqualTo("account.created");
        assertThat(log.getString("items[0].resourceId")).isEqualTo(account);
    }

    @Test
    void aFailedDeliveryIsRetriedAfterTheBackoffAndARedeliverySendsTheSameEventAgain() throws Exception {
        WebhookReceiver receiver = receiver().answer(500);
        String hookId = webhook(receiver.url(), "account.created").getString("webhook.id");
        Fixtures.account(Map.of());

        relay.deliverDue();
        JsonPath failed = deliveries(hookId);
        assertThat(failed.getString("items[0].status")).isEqualTo("PENDING");
        assertThat(failed.getInt("items[0].responseStatus")).isEqualTo(500);
        assertThat(failed.getString("items[0].error")).isEqualTo("The receiver answered 500.");
        assertThat(Instant.parse(failed.getString("items[0].nextAttemptAt"))).isAfter(Instant.now().plusSeconds(20));

        relay.deliverDue();
        assertThat(receiver.received()).as("not before the backoff").hasSize(1);
        clock.advance(Duration.ofSeconds(31));
        relay.deliverDue();
        assertThat(receiver.received()).hasSize(2);
        assertThat(receiver.received().get(1).body()).isEqualTo(receiver.received().get(0).body());
        JsonPath sent = deliveries(hookId);
        assertThat(sent.getString("items[0].status")).isEqualTo("SENT");
        assertThat(sent.getInt("items[0].attempts")).isEqualTo(2);

        String delivery = sent.getString("items[0].id");
        api().post("/api/v1/webhooks/{id}/deliveries/{d}/redeliver", hookId, delivery).then().statusCode(202)
                .body("status", equalTo("PENDING")).body("eventId", equalTo(sent.getString("items[0].eventId")));
        relay.deliverDue();
        assertThat(receiver.received()).hasSize(3);
        assertThat(JsonPath.from(receiver.received().get(2).body()).getString("id"))
                .isEqualTo(sent.getString("items[0].eventId"));
        assertThat(deliveries(hookId).getInt("total")).isEqualTo(2);
    }

    @Test
    void eventsOfOneResourceArriveInOrderEvenAcrossRetriesWhileOtherResourcesGoOn() throws Exception {
        WebhookReceiver receiver = receiver().answer(500);
        webhook(receiver.url(), "account.created", "account.updated", "account.archived");
        String first = Fixtures.account(Map.of());
        api().contentType("application/merge-patch+json").body(Map.of("arr", 1000)).patch("/api/v1/accounts/{id}", first)
                .then().statusCode(200);
        api().delete("/api/v1/accounts/{id}", first).then().statusCode(204);
        String other = Fixtures.account(Map.of());

        relay.deliverDue();
        // The first account's creation failed: its later events wait; the other account's went on.
        assertThat(receiver.received()).extracting(r -> JsonPath.from(r.body()).getString("data.id"))
                .containsExactly(first, other);

        clock.advance(Duration.ofSeconds(31));
        relay.deliverDue();
        List<String> types = receiver.received().stream().skip(2).map(r -> JsonPath.from(r.body()).getString("type"))
                .toList();
        assertThat(types).containsExactly("account.created", "account.updated", "account.archived");
    }

    @Test
    void opportunityAndContactChangesArriveWithTheirViews() throws Exception {
        WebhookReceiver receiver = receiver();
        webhook(receiver.url(), "opportunity.created", "opportunity.stage_changed", "opportunity.closed",
                "opportunity.reopened", "contact.created", "contact.updated", "contact.deleted");
        String account = Fixtures.account(Map.of());
        String opportunity = Fixtures.opportunity(account, "UPSELL", 1000, "2031-01-31");
        Fixtures.moveStage(opportunity, "QUALIFIED");
        Fixtures.moveStage(opportunity, "WON");
        api().body(Map.of("reason", "The customer came back")).post("/api/v1/opportunities/{id}/reopen", opportunity)
                .then().statusCode(200);
        String contact = com.stratum.support.People.contact(account, Map.of());
        api().contentType("application/merge-patch+json").body(Map.of("title", "CFO"))
                .patch("/api/v1/contacts/{id}", contact).then().statusCode(200);
        api().delete("/api/v1/contacts/{id}", contact).then().statusCode(204);

        relay.deliverDue();
        List<JsonPath> bodies = receiver.received().stream().map(r -> JsonPath.from(r.body())).toList();
        assertThat(bodies.stream().filter(b -> b.getString("data.id").equals(opportunity))
                .map(b -> b.getString("type") + " " + b.getString("data.stage")))
                .containsExactly("opportunity.created IDENTIFIED", "opportunity.stage_changed QUALIFIED",
                        "opportunity.closed WON", "opportunity.reopened QUALIFIED");
        assertThat(bodies.stream().filter(b -> b.getString("data.id").equals(contact)).map(b -> b.getString("type")))
                .containsExactly("contact.created", "contact.updated", "contact.deleted");
        assertThat(bodies.stream().filter(b -> b.getString("type").equals("contact.updated"))
                .map(b -> b.getString("data.title"))).containsExactly("CFO");
    }

    @Test
    void aRolledBackChangeSendsNothing() throws Exception {
        WebhookReceiver receiver = receiver();
        webhook(receiver.url(), "account.created");
        String name = Fixtures.unique("Rolled back");
        AccountInput input = new AccountInput(name, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, List.of(), null, null, null);
        long[] written = new long[1];
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            accounts.create(input);
            written[0] = ((Number) em.createNativeQuery("select count(*) from webhook_delivery where body like ?1")
                    .setParameter(1, "%" + name + "%").getSingleResult()).longValue();
            throw new IllegalStateException("the change fails after its event");
        })).hasMessageContaining("the change fails after its event");
        assertThat(written[0]).as("written in the change's transaction").isEqualTo(1);

        relay.deliverDue();
        assertThat(receiver.received()).isEmpty();
        long left = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from webhook_delivery where body like ?1").setParameter(1, "%" + name + "%")
                .getSingleResult()).longValue());
        assertThat(left).isZero();
    }

    @Test
    void twoDeliveryRunsAtOnceSendEachEventOnce() throws Exception {
        WebhookReceiver receiver = receiver();
        webhook(receiver.url(), "account.created");
        for (int i = 0; i < 12; i++) {
            Fixtures.account(Map.of());
        }
        atOnce(List.of(relay::deliverDue, relay::deliverDue, relay::deliverDue));
        List<String> ids = receiver.received().stream().map(r -> JsonPath.from(r.body()).getString("id")).toList();
        assertThat(ids).hasSize(12).doesNotHaveDuplicates();
    }

    @Test
    void aDeliveryFailingForADayIsGivenUpTheWebhookIsFailingAndAdminsAreTold() throws Exception {
        WebhookReceiver receiver = receiver().otherwise(503);
        JsonPath created = webhook(receiver.url(), "account.created");
        String hookId = created.getString("webhook.id");
        String hookName = created.getString("webhook.name");
        Fixtures.account(Map.of());
        relay.deliverDue();
        clock.advance(Duration.ofHours(25));
        relay.deliverDue();
        assertThat(deliveries(hookId).getString("items[0].status")).isEqualTo("FAILED");
        api().get("/api/v1/webhooks/{id}", hookId).then().statusCode(200).body("failingSince", not(equalTo(null)));
        Api.Session admin = Api.Session.signIn(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
        admin.request().get("/api/v1/notifications").then().statusCode(200)
                .body("items.find { it.kind == 'WEBHOOK_FAILING' && it.title.contains('" + hookName + "') }.link",
                        equalTo("/settings/webhooks?webhook=" + hookId));

        // A change clears it.
        api().contentType("application/merge-patch+json").body(Map.of("active", true)).patch("/api/v1/webhooks/{id}",
                hookId).then().statusCode(200);
        api().contentType("application/merge-patch+json").body(Map.of("name", hookName + " fixed"))
                .patch("/api/v1/webhooks/{id}", hookId).then().statusCode(200).body("failingSince", equalTo(null));
    }

    @Test
    void targetsOnLoopbackPrivateLinkLocalOrMetadataAddressesAreRefused() {
        for (String url : List.of("http://127.0.0.1:8080/hook", "http://localhost/hook", "http://169.254.169.254/latest",
                "https://10.1.2.3/hook", "https://192.168.1.1/hook", "https://[::1]/hook", "http://0.0.0.0/hook")) {
            api().body(Map.of("name", "Internal", "url", url, "eventTypes", List.of("account.created")))
                    .post("/api/v1/webhooks").then().statusCode(422)
                    .body("errors[0].field", equalTo("url"))
                    .body("errors[0].message", containsString("webhooks go only to public addresses"));
        }
        api().body(Map.of("name", "Ftp", "url", "ftp://example.com/x", "eventTypes", List.of("account.created")))
                .post("/api/v1/webhooks").then().statusCode(422)
                .body("errors[0].message", startsWith("Use an https URL"));
        // And on change.
        String hookId = webhook("http://127.0.0.2:9/hook", "account.created").getString("webhook.id");
        api().contentType("application/merge-patch+json").body(Map.of("url", "http://169.254.169.254/"))
                .patch("/api/v1/webhooks/{id}", hookId).then().statusCode(422).body("errors[0].field", equalTo("url"));
    }

    @Test
    void onlyAdminsAndTokensWithTheWebhooksScopeManageWebhooks() {
        Fixtures.signedIn("MANAGER").request().get("/api/v1/webhooks").then().statusCode(403);
        String adminWithout = Api.Session.signIn(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD).createToken(
                Fixtures.unique("token"), List.of("accounts:read"));
        Api.withToken(adminWithout).get("/api/v1/webhooks").then().statusCode(403)
                .body("detail", containsString("webhooks:admin"));
        String adminWith = Api.Session.signIn(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD).createToken(
                Fixtures.unique("token"), List.of("webhooks:admin"));
        Api.withToken(adminWith).get("/api/v1/webhooks").then().statusCode(200);
    }

    @Test
    void theSecretRotatesAndADeletedWebhookIsGone() {
        JsonPath created = webhook("http://127.0.0.2:9/hook", "account.created");
        String hookId = created.getString("webhook.id");
        String rotated = api().post("/api/v1/webhooks/{id}/secret", hookId).then().statusCode(200).extract()
                .path("secret");
        assertThat(rotated).startsWith("whsec_").isNotEqualTo(created.getString("secret"));
        api().delete("/api/v1/webhooks/{id}", hookId).then().statusCode(204);
        api().get("/api/v1/webhooks/{id}", hookId).then().statusCode(404);
    }
}
