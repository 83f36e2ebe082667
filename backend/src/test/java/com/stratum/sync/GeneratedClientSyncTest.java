package com.stratum.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.stratum.client.ApiClient;
import com.stratum.client.ApiResponse;
import com.stratum.client.api.AccountsApi;
import com.stratum.client.api.WebhooksApi;
import com.stratum.client.model.AccountInput;
import com.stratum.client.model.AccountPage;
import com.stratum.client.model.AccountPatch;
import com.stratum.client.model.AccountView;
import com.stratum.client.model.AccountWebhookEvent;
import com.stratum.client.model.CreatedWebhook;
import com.stratum.client.model.WebhookEventType;
import com.stratum.client.model.WebhookInput;
import com.stratum.common.Sync;
import com.stratum.support.Api;
import com.stratum.support.Fixtures;
import com.stratum.support.TestClock;
import com.stratum.support.WebhookReceiver;
import com.stratum.webhook.WebhookRelay;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 17's Done-when: an integration built on a client that openapi-generator made from the committed contract
 * (the `java` generator, `native` library; generated into target/ at test time, see pom.xml) syncs against the real
 * application. It creates an account and changes it, pages with updatedAfter from the Stratum-Synced-Through of its
 * last run and sees exactly the change, receives both webhooks signed on a real receiver, and retries a POST with the
 * same Idempotency-Key and gets the first answer without a second account. Everything goes through the generated
 * API and models; only the test's plumbing (the settle window on the injected clock, running the delivery job, the
 * receiver) is outside it.
 */
@QuarkusTest
class GeneratedClientSyncTest {
    @TestHTTPResource("/")
    URL base;
    @Inject
    TestClock clock;
    @Inject
    Sync sync;
    @Inject
    WebhookRelay relay;

    private UUID webhook;

    @AfterEach
    void cleanUp() {
        clock.reset();
        if (webhook != null) {
            Api.api().delete("/api/v1/webhooks/{id}", webhook);
        }
    }

    private ApiClient client() {
        String token = Api.adminToken();
        ApiClient client = new ApiClient();
        // java.net.http's default: HTTP/2 offered by an h2c upgrade on the first request (the webhook's POST).
        client.updateBaseUri(base.toString().replaceAll("/$", ""));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    /** Lets the settle window pass, as the client's next scheduled run would. */
    private void settle() {
        clock.advance(sync.settle().plusSeconds(1));
    }

    /** Every page of the accounts of this industry changed after {@code after}; the last page's header. */
    private record Run(List<AccountView> changes, OffsetDateTime through) {
    }

    private static Run run(AccountsApi accounts, String industry, OffsetDateTime after) throws Exception {
        List<AccountView> changes = new java.util.ArrayList<>();
        String cursor = null;
        String through;
        do {
            ApiResponse<AccountPage> page = accounts.listAccountsWithHttpInfo(AccountsApi.APIListAccountsRequest
                    .newBuilder().cursor(cursor).industry(List.of(industry)).limit(1).updatedAfter(after).build());
            assertThat(page.getStatusCode()).isEqualTo(200);
            through = page.getHeaders().get(Sync.HEADER.toLowerCase()).get(0);
            changes.addAll(page.getData().getItems());
            cursor = page.getData().getNextCursor();
        } while (cursor != null);
        return new Run(changes, OffsetDateTime.parse(through));
    }

    private static String hmac(String secret, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aGeneratedClientSyncsCreatesChangesReceivesTheWebhooksAndRetriesSafely() throws Exception {
        ApiClient client = client();
        AccountsApi accounts = new AccountsApi(client);
        WebhooksApi webhooks = new WebhooksApi(client);
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            CreatedWebhook created = webhooks.createWebhook(new WebhookInput().name(Fixtures.unique("Sync client"))
                    .url(receiver.url()).eventTypes(List.of(WebhookEventType.ACCOUNT_CREATED,
                            WebhookEventType.ACCOUNT_UPDATED)), null);
            webhook = created.getWebhook().getId();
            String industry = Fixtures.unique("Generated");
            OffsetDateTime start = OffsetDateTime.ofInstant(Instant.now(clock).minusSeconds(1), ZoneOffset.UTC);

            // Create, retrying with the same key as a client does after a timeout: one account, the first answer.
            String key = UUID.randomUUID().toString();
            AccountInput input = new AccountInput().name(Fixtures.unique("Client account")).industry(industry);
            AccountView first = accounts.createAccount(input, key);
            AccountView retried = accounts.createAccount(input, key);
            assertThat(retried).isEqualTo(first);

            // The first run sees the new account once.
            settle();
            Run initial = run(accounts, industry, start);
            assertThat(initial.changes()).extracting(AccountView::getId).containsExactly(first.getId());
            assertThat(initial.changes().get(0)).isEqualTo(first);

            // Change it; the next run, from the last run's header, sees exactly that change.
            AccountView changed = accounts.updateAccount(first.getId(), new AccountPatch().territory("EMEA North"),
                    "\"" + first.getVersion() + "\"");
            assertThat(changed.getVersion()).isEqualTo(first.getVersion() + 1);
            settle();
            Run next = run(accounts, industry, initial.through());
            assertThat(next.changes()).containsExactly(accounts.getAccount(first.getId(), null));
            assertThat(next.changes().get(0).getTerritory()).isEqualTo("EMEA North");
            assertThat(next.through()).isAfter(initial.through());
            assertThat(run(accounts, industry, next.through()).changes()).as("nothing after the change").isEmpty();

            // Both changes arrive as webhooks, signed, with the account as the client reads it.
            relay.deliverDue();
            List<WebhookReceiver.Received> received = receiver.received();
            assertThat(received).hasSize(2);
            List<AccountWebhookEvent> events = new java.util.ArrayList<>();
            for (WebhookReceiver.Received request : received) {
                String signature = request.header("Stratum-Signature");
                String t = signature.substring(2, signature.indexOf(','));
                assertThat(signature.substring(signature.indexOf("v1=") + 3))
                        .isEqualTo(hmac(created.getSecret(), t + "." + request.body()));
                events.add(client.getObjectMapper().readValue(request.body(), AccountWebhookEvent.class));
            }
            assertThat(events).extracting(AccountWebhookEvent::getType)
                    .containsExactly(WebhookEventType.ACCOUNT_CREATED, WebhookEventType.ACCOUNT_UPDATED);
            assertThat(events.get(0).getData()).isEqualTo(first);
            assertThat(events.get(1).getData()).isEqualTo(changed);

            // An operation without a success body: the client accepts only problem+json, and gets the 204.
            ApiResponse<Void> deleted = webhooks.deleteWebhookWithHttpInfo(WebhooksApi.APIDeleteWebhookRequest
                    .newBuilder().id(webhook).build());
            assertThat(deleted.getStatusCode()).isEqualTo(204);
            webhook = null;
        }
    }
}
