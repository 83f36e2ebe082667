package com.stratum;

import static com.stratum.support.Api.api;
import static com.stratum.support.Fixtures.account;
import static com.stratum.support.Fixtures.accountManager;
import static com.stratum.support.Fixtures.moveStage;
import static com.stratum.support.Fixtures.opportunity;
import static com.stratum.support.Fixtures.tierChange;
import static com.stratum.support.Fixtures.unique;
import static com.stratum.support.Surveys.answered;
import static com.stratum.support.Surveys.schedule;
import static org.assertj.core.api.Assertions.assertThat;

import com.stratum.revenuealert.AlertDetection;
import com.stratum.support.Api;
import com.stratum.support.Fixtures;
import com.stratum.support.People;
import com.stratum.support.RevenueData;
import com.stratum.support.RevenueLines;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Guards against N+1 queries: every list and report endpoint runs as many SQL statements for a few rows as
 * for several times more, and exactly the number written next to it (authentication included: a browser
 * session or API token verified before costs none (one looked up costs one); a list whose first page holds every
 * match counts them without another statement), so that a change in what a request costs is seen.
 * Statements are counted by Hibernate's statistics (enabled in the %test profile), which see every statement
 * the application prepares through Hibernate, native SQL included.
 */
@QuarkusTest
class StatementCountTest {
    private static final int FEW = 2;
    private static final int MORE = 8;
    private static final String ITEMS = "items.size()";

    @Inject
    SessionFactory sessionFactory;
    @Inject
    EntityManager em;

    /**
     * One endpoint under test: {@code add} adds row number n (from {@code existing} on: the rows set-up already
     * made); {@code get} calls the endpoint on exactly those rows; {@code size} is the JSON path of how many it
     * returned or counted.
     */
    record Endpoint(int existing, IntConsumer add, Supplier<Response> get, String size) {
        Endpoint(IntConsumer add, Supplier<Response> get, String size) {
            this(0, add, get, size);
        }
    }

    static Stream<Arguments> endpoints() {
        return Stream.of(
                // The page, then its risk flags (one statement for the page: account.AccountRiskFlags).
                endpoint("GET /api/v1/accounts", 2, () -> {
                    String owner = accountManager();
                    String parent = account(Map.of());
                    return new Endpoint(row -> account(Map.of("ownerId", owner, "parentId", parent,
                                    "tags", List.of("t" + row))),
                            () -> api().queryParam("ownerId", owner).get("/api/v1/accounts"), ITEMS);
                }),
                endpoint("GET /api/v1/accounts?q= (search across accounts)", 5, () -> {
                    // The term's two words counted to walk the rarer, the candidates from the words' index, the
                    // planner settings for their page, the page (with the external id), the page's flags.
                    String label = unique("Findable");
                    return new Endpoint(row -> account(Map.of("name", label + " " + row)),
                            () -> api().queryParam("q", label).get("/api/v1/accounts"), ITEMS);
                }),
                endpoint("GET /api/v1/accounts/{id}", 2, () -> {
                    // What hangs off the account grows: its tags, and its subsidiaries, opportunities and QBRs.
                    String id = account(Map.of());
                    return new Endpoint(row -> {
                        api().contentType("application/merge-patch+json")
                                .body(Map.of("tags", IntStream.rangeClosed(0, row).mapToObj(i -> "t" + i).toList()))
                                .patch("/api/v1/accounts/{id}", id).then().statusCode(200);
                        account(Map.of("parentId", id));
                        opportunity(id, "UPSELL", 1000, "2031-01-31");
                        schedule(id);
                    }, () -> api().get("/api/v1/accounts/{id}", id), "tags.size()");
                }),
                endpoint("GET /api/v1/accounts?updatedAfter= (sync)", 2, () -> {
                    String owner = accountManager();
                    String after = java.time.Instant.now(clock()).minusSeconds(1).toString();
                    return new Endpoint(row -> account(Map.of("ownerId", owner, "tags", List.of("t" + row))),
                            () -> {
                                settle();
                                return api().queryParam("ownerId", owner).queryParam("updatedAfter", after)
                                        .get("/api/v1/accounts");
                            }, ITEMS);
                }),
                endpoint("GET /api/v1/activities?updatedAfter= (sync)", 2, () -> {
                    // Each activity with a contact: the contacts of a page are read in one statement.
                    String accountId = account(Map.of());
                    String contact = People.contact(accountId, Map.of());
                    String after = java.time.Instant.now(clock()).minusSeconds(1).toString();
                    return new Endpoint(row -> api().body(Map.of("type", "CALL", "occurredAt",
                                    java.time.Instant.now().minusSeconds(60 + row).toString(), "summary", "Call " + row,
                                    "contactIds", List.of(contact)))
                            .post("/api/v1/accounts/{id}/activities", accountId).then().statusCode(201),
                            () -> {
                                settle();
                                return api().queryParam("accountId", accountId).queryParam("updatedAfter", after)
                                        .get("/api/v1/activities");
                            }, ITEMS);
                }),
                endpoint("GET /api/v1/deletions?type=CONTACT", 1, () -> {
                    String accountId = account(Map.of());
                    String after = java.time.Instant.now(clock()).minusSeconds(1).toString();
                    return new Endpoint(row -> api().delete("/api/v1/contacts/{id}",
                                    People.contact(accountId, Map.of())).then().statusCode(204),
                            () -> {
                                settle();
                                return api().queryParam("type", "CONTACT").queryParam("updatedAfter", after)
                                        .get("/api/v1/deletions");
                            }, ITEMS);
                }),
                endpoint("GET /api/v1/competitors", 2, () -> {
                    // The usage counts of a page are read in one statement.
                    String prefix = Fixtures.unique("Rival");
                    return new Endpoint(row -> api().body(Map.of("name", prefix + " " + row))
                            .post("/api/v1/competitors").then().statusCode(201),
                            () -> api().queryParam("q", prefix).get("/api/v1/competitors"), ITEMS);
                }),
                endpoint("GET /api/v1/offering-gaps", 2, () -> {
                    String rival = api().body(Map.of("name", Fixtures.unique("Rival"))).post("/api/v1/competitors")
                            .then().statusCode(201).extract().path("id");
                    return new Endpoint(row -> api().body(Map.of("competitorId", rival, "offering", "Gap " + row,
                                    "accountIds", List.of(account(Map.of("arr", 1000 + row)), account(Map.of()))))
                            .post("/api/v1/offering-gaps").then().statusCode(201),
                            () -> api().queryParam("competitorId", rival).get("/api/v1/offering-gaps"), ITEMS);
                }),
                // The gap, then the page of its accounts.
                endpoint("GET /api/v1/offering-gaps/{id}/accounts", 2, () -> {
                    String rival = api().body(Map.of("name", Fixtures.unique("Rival"))).post("/api/v1/competitors")
                            .then().statusCode(201).extract().path("id");
                    String gap = api().body(Map.of("competitorId", rival, "offering", "Gap")).post(
                            "/api/v1/offering-gaps").then().statusCode(201).extract().path("id");
                    return new Endpoint(row -> api().put("/api/v1/offering-gaps/{id}/accounts/{a}", gap,
                                    account(Map.of("arr", 1000 + row))).then().statusCode(200),
                            () -> api().get("/api/v1/offering-gaps/{id}/accounts", gap), ITEMS);
                }),
                endpoint("GET /api/v1/offering-gaps?updatedAfter= (sync)", 2, () -> {
                    String rival = api().body(Map.of("name", Fixtures.unique("Rival"))).post("/api/v1/competitors")
                            .then().statusCode(201).extract().path("id");
                    String after = java.time.Instant.now(clock()).minusSeconds(1).toString();
                    return new Endpoint(row -> api().body(Map.of("competitorId", rival, "offering", "Gap " + row,
                                    "accountIds", List.of(account(Map.of("arr", 1000 + row)))))
                            .post("/api/v1/offering-gaps").then().statusCode(201),
                            () -> {
                                settle();
                                return api().queryParam("competitorId", rival).queryParam("updatedAfter", after)
                                        .get("/api/v1/offering-gaps");
                            }, ITEMS);
                }),
                // KEY accounts carry PLAN_STALE (no plan) and SINGLE_THREADED from their creation's transaction.
                // Three: the stored flags caught up (risk_catch_up(), V48), the page, its flags.
                endpoint("GET /api/v1/accounts?flag=&sort=-flagCount (risk)", 3, () -> {
                    String owner = accountManager();
                    return new Endpoint(row -> account(Map.of("ownerId", owner, "tier", "KEY")),
                            () -> api().queryParam("ownerId", owner).queryParam("flag", "PLAN_STALE")
                                    .queryParam("flag", "REVENUE_ALERT").queryParam("sort", "-flagCount,name")
                                    .get("/api/v1/accounts"), ITEMS);
                }),
                // The stored flags caught up, the counts (the owner's accounts and the snoozes), the trend.
                endpoint("GET /api/v1/reports/risk", 3, () -> {
                    String owner = accountManager();
                    return new Endpoint(row -> account(Map.of("ownerId", owner, "tier", "KEY")),
                            () -> api().queryParam("ownerId", owner).get("/api/v1/reports/risk"),
                            "flags.find { it.flag == 'PLAN_STALE' }.accounts");
                }),
                // One statement: the page with its accounts, owners and snoozers (the first page holds every match).
                endpoint("GET /api/v1/risk-snoozes", 1, () -> {
                    String owner = accountManager();
                    return new Endpoint(row -> {
                        String id = account(Map.of("ownerId", owner, "tier", "KEY"));
                        api().body(Map.of("reason", "Waiting for the budget round", "endsOn",
                                        LocalDate.now(ZoneOffset.UTC).plusDays(10 + row).toString()))
                                .put("/api/v1/accounts/{id}/risk-flags/PLAN_STALE/snooze", id).then().statusCode(200);
                    }, () -> api().queryParam("ownerId", owner).queryParam("active", true)
                            .get("/api/v1/risk-snoozes"), ITEMS);
                }),
                endpoint("GET /api/v1/accounts/{id}/threats", 12, () -> {
                    // Each row: one more unit nobody touched, held by a competitor, and one more gap it uses.
                    String id = account(Map.of());
                    String family = Fixtures.unique("Family");
                    api().body(Map.of("sku", Fixtures.unique("SC"), "name", "Product", "family", family,
                            "recurring", true)).post("/api/v1/products").then().statusCode(201);
                    String rival = api().body(Map.of("name", Fixtures.unique("Rival"))).post("/api/v1/competitors")
                            .then().statusCode(201).extract().path("id");
                    List<Map<String, Object>> cells = new ArrayList<>();
                    return new Endpoint(row -> {
                        cells.add(Map.of("businessUnitId", People.unit(id), "productFamily", family, "status",
                                "COMPETITOR", "competitorId", rival));
                        api().body(Map.of("cells", cells)).put("/api/v1/accounts/{id}/whitespace", id).then()
                                .statusCode(200);
                        api().body(Map.of("competitorId", rival, "offering", "Gap " + row, "accountIds", List.of(id)))
                                .post("/api/v1/offering-gaps").then().statusCode(201);
                    }, () -> api().get("/api/v1/accounts/{id}/threats", id),
                            "paths.findAll { it.kind == 'OFFERING_GAP' }.size()");
                }),
                endpoint("GET /api/v1/accounts/{id}/whitespace", 5, () -> {
                    String id = account(Map.of());
                    return new Endpoint(row -> People.unit(id),
                            () -> api().get("/api/v1/accounts/{id}/whitespace", id), "businessUnits.size()");
                }),
                // Read from the snapshot: each row is followed by a recomputation, which the measure leaves out.
                endpoint("GET /api/v1/reports/threat-exposure", 3, () -> {
                    String owner = accountManager();
                    String rival = api().body(Map.of("name", Fixtures.unique("Rival"))).post("/api/v1/competitors")
                            .then().statusCode(201).extract().path("id");
                    return new Endpoint(row -> {
                        api().body(Map.of("competitorId", rival, "offering", "Gap " + row,
                                "accountIds", List.of(account(Map.of("ownerId", owner)))))
                                .post("/api/v1/offering-gaps").then().statusCode(201);
                        api().post("/api/v1/reports/threat-exposure/refresh").then().statusCode(200);
                    },
                            () -> api().queryParam("ownerId", owner).get("/api/v1/reports/threat-exposure"),
                            "accountsExposed");
                }),
                endpoint("GET /api/v1/products", 1, () -> {
                    String family = Fixtures.unique("Family");
                    return new Endpoint(row -> api().body(Map.of("sku", Fixtures.unique("SC"), "name", "Product " + row,
                                    "family", family, "recurring", true)).post("/api/v1/products").then().statusCode(201),
                            () -> api().queryParam("family", family).get("/api/v1/products"), ITEMS);
                }),
                endpoint("GET /api/v1/imports?createdById=", 1, () -> {
                    // Each row one more CSV import by the same manager: who started it is joined, not looked up.
                    com.stratum.support.Api.Session manager = Fixtures.signedIn("MANAGER");
                    return new Endpoint(row -> manager.request().contentType("text/csv").queryParam("kind", "ACCOUNTS")
                            .body(("name\nImported " + row + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8))
                            .post("/api/v1/imports").then().statusCode(201),
                            () -> api().queryParam("createdById", manager.userId()).get("/api/v1/imports"), ITEMS);
                }),
                endpoint("GET /api/v1/accounts/{id}/revenue", 2, () -> {
                    // Each row is one more product bought every month of the range.
                    String id = account(Map.of());
                    java.time.YearMonth last = java.time.YearMonth.now(ZoneOffset.UTC).minusMonths(1);
                    return new Endpoint(row -> {
                        String sku = Fixtures.unique("SC");
                        api().body(Map.of("sku", sku, "name", "Product " + row, "family", "F" + row, "recurring", true))
                                .post("/api/v1/products").then().statusCode(201);
                        List<Map<String, Object>> lines = new ArrayList<>();
                        for (int m = 0; m < 12; m++) {
                            lines.add(Map.of("accountId", id, "sku", sku, "period", last.minusMonths(m).toString(),
                                    "quantity", 1, "amount", 10, "currency", "EUR", "source", "billing"));
                        }
                        api().body(Map.of("lines", lines)).post("/api/v1/revenue-lines/batch").then().statusCode(200);
                    }, () -> api().get("/api/v1/accounts/{id}/revenue", id), "products.size()");
                }),
                endpoint("GET /api/v1/qbrs", 1, () -> {
                    String owner = accountManager();
                    String id = account(Map.of("ownerId", owner));
                    return new Endpoint(row -> {
                        if (row % 2 == 0) {
                            schedule(id);
                        } else { // answered with a failing grade (C) and a follow-up
                            String qbr = answered(id, "C", "B", "B", "F", 6);
                            api().body(Map.of("targetGrade", "B-", "actions", List.of("Weekly check-in"),
                                            "targetDate", LocalDate.now(ZoneOffset.UTC).plusDays(30).toString()))
                                    .put("/api/v1/qbrs/{id}/follow-up", qbr).then().statusCode(200);
                        }
                    }, () -> api().queryParam("ownerId", owner).get("/api/v1/qbrs"), ITEMS);
                }),
                endpoint("GET /api/v1/opportunities", 1, () -> {
                    String owner = accountManager();
                    return new Endpoint(row -> opportunity(account(Map.of("ownerId", owner)), "UPSELL", 1000 + row,
                            "2031-01-31"), () -> api().queryParam("ownerId", owner).get("/api/v1/opportunities"),
                            ITEMS);
                }),
                endpoint("GET /api/v1/pipeline/summary", 2, () -> {
                    String owner = accountManager();
                    String id = account(Map.of("ownerId", owner));
                    return new Endpoint(row -> opportunity(id, row % 2 == 0 ? "UPSELL" : "CROSS_SELL", 1000 + row,
                            "2031-01-31"), () -> api().queryParam("ownerId", owner).get("/api/v1/pipeline/summary"),
                            "open.count");
                }),
                endpoint("GET /api/v1/reports/grades", 2, () -> {
                    String owner = accountManager();
                    String id = account(Map.of("ownerId", owner));
                    return new Endpoint(row -> answered(id, "A", "B", "C", "B", row),
                            () -> api().queryParam("ownerId", owner).get("/api/v1/reports/grades"), "answeredQbrs");
                }),
                endpoint("GET /api/v1/accounts/{id}/grade-trend", 3, () -> {
                    String id = account(Map.of());
                    return new Endpoint(row -> answered(id, "A", "B+", "B", "A-", 9),
                            () -> api().get("/api/v1/accounts/{id}/grade-trend", id), ITEMS);
                }),
                endpoint("GET /api/v1/tier-capacity", 4, () -> {
                    List<String> owners = new ArrayList<>();
                    return new Endpoint(row -> {
                        String owner = accountManager();
                        account(owner, "KEY");
                        owners.add(owner);
                    }, () -> api().queryParam("ownerId", owners).get("/api/v1/tier-capacity"), ITEMS);
                }),
                endpoint("GET /api/v1/workload", 2, () -> {
                    // Each owner holds accounts in two tiers, one of them with an open follow-up of a failing QBR.
                    List<String> owners = new ArrayList<>();
                    return new Endpoint(row -> {
                        String owner = accountManager();
                        account(owner, "STANDARD");
                        String qbr = answered(account(owner, "KEY"), "C", "C", "B", "C", 4);
                        api().body(Map.of("targetGrade", "B-", "actions", List.of("Weekly check-in"),
                                        "targetDate", LocalDate.now(ZoneOffset.UTC).plusDays(30).toString()))
                                .put("/api/v1/qbrs/{id}/follow-up", qbr).then().statusCode(200);
                        owners.add(owner);
                    }, () -> api().queryParam("ownerId", owners).get("/api/v1/workload"), "items.size()");
                }),
                endpoint("GET /api/v1/users", 1, () -> {
                    // Each user reports to a different manager, whose name the list shows.
                    String label = unique("Counted");
                    return new Endpoint(row -> api().body(Map.of("name", label + " " + row,
                                    "email", label.toLowerCase() + "-" + row + "@test.example", "role", "VIEWER",
                                    "managerId", Fixtures.user("MANAGER")))
                            .post("/api/v1/users").then().statusCode(201),
                            () -> api().queryParam("q", label).get("/api/v1/users"), ITEMS);
                }),
                endpoint("GET /api/v1/accounts/{id}/team", 2, () -> {
                    // The team grows by one member per row, each a different user.
                    String id = account(Map.of("ownerId", accountManager()));
                    List<Map<String, Object>> members = new ArrayList<>();
                    return new Endpoint(row -> {
                        members.add(Map.of("userId", accountManager(), "role", "SPECIALIST", "allocationPct", 10,
                                "since", LocalDate.now(ZoneOffset.UTC).toString()));
                        api().body(Map.of("members", members)).put("/api/v1/accounts/{id}/team", id).then()
                                .statusCode(200);
                    }, () -> api().get("/api/v1/accounts/{id}/team", id), "members.size()");
                }),
                endpoint("GET /api/v1/audit-events", 2, () -> {
                    // The account's creation is the first event; each further one is a change by another user, so
                    // that every event names a different actor.
                    String id = account(Map.of());
                    return new Endpoint(1, row -> Fixtures.signedIn("MANAGER").request()
                            .contentType("application/merge-patch+json").body(Map.of("arr", 1000 + row))
                            .patch("/api/v1/accounts/{id}", id).then().statusCode(200),
                            () -> api().queryParam("entityType", "account").queryParam("entityId", id)
                                    .get("/api/v1/audit-events"), ITEMS);
                }),
                endpoint("GET /api/v1/api-tokens", 2, () -> {
                    Api.Session user = Fixtures.signedIn("MANAGER");
                    return new Endpoint(row -> user.createToken(unique("token"), List.of("accounts:read")),
                            () -> api().queryParam("userId", user.userId()).get("/api/v1/api-tokens"),
                            ITEMS);
                }),
                endpoint("GET /api/v1/webhooks", 1, () -> {
                    // The list is company-wide: it starts empty, then holds this test's webhooks only.
                    for (String id : api().queryParam("limit", 100).get("/api/v1/webhooks").then().statusCode(200)
                            .extract().jsonPath().getList("items.id", String.class)) {
                        api().delete("/api/v1/webhooks/{id}", id).then().statusCode(204);
                    }
                    return new Endpoint(row -> webhook(false), () -> api().get("/api/v1/webhooks"), ITEMS);
                }),
                endpoint("GET /api/v1/webhooks/{id}/deliveries", 2, () -> {
                    // One account created while the webhook listened, then redeliveries of its event (the webhook
                    // is off by then, so later tests' accounts write no deliveries).
                    String hook = webhook(true);
                    account(Map.of());
                    api().contentType("application/merge-patch+json").body(Map.of("active", false))
                            .patch("/api/v1/webhooks/{id}", hook).then().statusCode(200);
                    String delivery = api().get("/api/v1/webhooks/{id}/deliveries", hook).then().statusCode(200)
                            .extract().path("items[0].id");
                    return new Endpoint(1, row -> api().post("/api/v1/webhooks/{id}/deliveries/{d}/redeliver", hook,
                                    delivery).then().statusCode(202),
                            () -> api().get("/api/v1/webhooks/{id}/deliveries", hook), ITEMS);
                }),
                endpoint("GET /api/v1/accounts/{id}/tier-history", 2, () -> {
                    String id = account(Map.of()); // its creation is the first entry
                    return new Endpoint(1, row -> api().body(tierChange(row % 2 == 1 ? "KEY" : "STANDARD",
                                    "Review " + row)).put("/api/v1/accounts/{id}/tier", id).then().statusCode(200),
                            () -> api().get("/api/v1/accounts/{id}/tier-history", id), ITEMS);
                }),
                endpoint("GET /api/v1/accounts/{id}/contacts", 1, () -> {
                    // Each contact in a unit, reporting to the one before, with a relationship owner.
                    String id = account(Map.of());
                    String owner = accountManager();
                    List<String> added = new ArrayList<>();
                    return new Endpoint(row -> {
                        Map<String, Object> body = new java.util.HashMap<>();
                        body.put("buyingRole", "USER");
                        body.put("businessUnitId", People.unit(id));
                        body.put("relationshipOwnerId", owner);
                        body.put("reportsToId", added.isEmpty() ? null : added.get(added.size() - 1));
                        added.add(People.contact(id, body));
                    }, () -> api().get("/api/v1/accounts/{id}/contacts", id), ITEMS);
                }),
                endpoint("GET /api/v1/contacts?q=", 3, () -> {
                    // The search's planner settings, its candidates and their page.
                    String label = unique("Findable");
                    return new Endpoint(row -> People.contact(account(Map.of()), Map.of("name", label + " " + row)),
                            () -> api().queryParam("q", label).get("/api/v1/contacts"), ITEMS);
                }),
                endpoint("GET /api/v1/accounts/{id}/business-units", 2, () -> {
                    // Each unit under the one before, with a contact in it.
                    String id = account(Map.of());
                    List<String> added = new ArrayList<>();
                    return new Endpoint(row -> {
                        Map<String, Object> body = new java.util.HashMap<>();
                        body.put("name", unique("Unit"));
                        body.put("parentId", added.isEmpty() ? null : added.get(added.size() - 1));
                        String unit = api().body(body).post("/api/v1/accounts/{id}/business-units", id).then()
                                .statusCode(201).extract().path("id");
                        added.add(unit);
                        People.contact(id, "USER", unit);
                    }, () -> api().get("/api/v1/accounts/{id}/business-units", id), ITEMS);
                }),
                endpoint("GET /api/v1/qbrs/{id}/emails", 2, () -> {
                    String id = schedule(account(Map.of()));
                    // One e-mail per row: thank-yous to ever more recipients, queued as the QBR's answer would.
                    return new Endpoint(row -> QuarkusTransaction.requiringNew().run(() -> io.quarkus.arc.Arc
                            .container().instance(com.stratum.outbox.Outbox.class).get()
                            .enqueue(new com.stratum.outbox.OutboxEntry("qbr-email", "qbr", java.util.UUID.fromString(id),
                                    "THANK_YOU", "r" + row + "@customer.example", Map.of("name", "R" + row), null,
                                    null))),
                            () -> api().get("/api/v1/qbrs/{id}/emails", id), ITEMS);
                }),
                endpoint("GET /api/v1/opportunities/{id}/history", 2, () -> {
                    String id = opportunity(account(Map.of()), "UPSELL", 1000, "2031-01-31"); // "Created" is first
                    return new Endpoint(1, row -> moveStage(id, row % 2 == 1 ? "QUALIFIED" : "PROPOSAL"),
                            () -> api().get("/api/v1/opportunities/{id}/history", id), ITEMS);
                }),
                endpoint("GET /api/v1/accounts/{id}/owner-history", 2, () -> {
                    String id = account(Map.of("ownerId", accountManager())); // its creation is the first entry
                    return new Endpoint(1, row -> api().contentType("application/merge-patch+json")
                                    .body(Map.of("ownerId", accountManager())).patch("/api/v1/accounts/{id}", id)
                                    .then().statusCode(200),
                            () -> api().get("/api/v1/accounts/{id}/owner-history", id), ITEMS);
                }),
                endpoint("GET /api/v1/handoffs", 1, () -> {
                    // Handoffs to one incoming owner, each of another account from another owner.
                    String incoming = accountManager();
                    return new Endpoint(row -> api().body(Map.of("toUserId", incoming))
                                    .post("/api/v1/accounts/{id}/handoffs", account(accountManager(), "KEY")).then()
                                    .statusCode(201),
                            () -> api().queryParam("toUserId", incoming).queryParam("status", "OPEN")
                                    .get("/api/v1/handoffs"), ITEMS);
                }),
                endpoint("GET /api/v1/accounts/{id}/activities", 3, () -> {
                    // Each activity with two contacts of its own, an author and an opportunity.
                    String id = account(Map.of());
                    String opportunity = opportunity(id, "UPSELL", 1000, "2031-01-31");
                    return new Endpoint(row -> {
                        Map<String, Object> body = new java.util.HashMap<>();
                        body.put("type", "CALL");
                        body.put("occurredAt", java.time.Instant.now().minusSeconds(3600L * (row + 1)).toString());
                        body.put("summary", "Call " + row);
                        body.put("opportunityId", opportunity);
                        body.put("contactIds", List.of(People.contact(id, Map.of()), People.contact(id, Map.of())));
                        api().body(body).post("/api/v1/accounts/{id}/activities", id).then().statusCode(201);
                    }, () -> api().get("/api/v1/accounts/{id}/activities", id), ITEMS);
                }),
                endpoint("GET /api/v1/accounts/{id}/timeline", 1, () -> {
                    // The page alone (its account is read only when the page is empty).
                    // Its creation's tier and owner entries first; then, in turn, a QBR scheduled, an opportunity
                    // created (its first stage change) and an activity with a contact: one entry each.
                    String id = account(Map.of("ownerId", accountManager()));
                    return new Endpoint(2, row -> {
                        switch (row % 3) {
                            case 0 -> schedule(id);
                            case 1 -> opportunity(id, "UPSELL", 1000, "2031-01-31");
                            default -> api().body(Map.of("type", "NOTE", "occurredAt",
                                            java.time.Instant.now().minusSeconds(60).toString(), "summary", "Note " + row,
                                            "contactIds", List.of(People.contact(id, Map.of()))))
                                    .post("/api/v1/accounts/{id}/activities", id).then().statusCode(201);
                        }
                    }, () -> api().get("/api/v1/accounts/{id}/timeline", id), ITEMS);
                }),
                endpoint("GET /api/v1/accounts/{id}/events", 2, () -> {
                    // Each event about another contact, half of them reviewed by another user.
                    String id = account(Map.of());
                    return new Endpoint(row -> {
                        String event = api().body(Map.of("type", "PROJECT", "occurredOn", "2026-01-0" + (1 + row % 9),
                                        "contactId", People.contact(id, Map.of())))
                                .post("/api/v1/accounts/{id}/events", id).then().statusCode(201).extract().path("id");
                        if (row % 2 == 0) {
                            Fixtures.signedIn("MANAGER").request().contentType("application/merge-patch+json")
                                    .body(Map.of("status", "REVIEWED")).patch("/api/v1/events/{id}", event).then()
                                    .statusCode(200);
                        }
                    }, () -> api().get("/api/v1/accounts/{id}/events", id), ITEMS);
                }),
                endpoint("GET /api/v1/events?ownerId=&reviewOverdue=", 1, () -> {
                    // The review queue of one owner: each event on another account.
                    String owner = accountManager();
                    return new Endpoint(row -> api().body(Map.of("type", "OTHER", "occurredOn", "2026-01-01"))
                                    .post("/api/v1/accounts/{id}/events", account(owner, "KEY")).then().statusCode(201),
                            () -> api().queryParam("ownerId", owner).queryParam("reviewOverdue", false)
                                    .get("/api/v1/events"), ITEMS);
                }),
                endpoint("GET /api/v1/notifications", 2, () -> {
                    // Events an integration adds to the user's account notify them, one each.
                    Api.Session user = Fixtures.signedIn("ACCOUNT_MANAGER");
                    String id = account(user.userId(), "KEY");
                    return new Endpoint(row -> api().body(Map.of("type", "OTHER", "occurredOn", "2026-01-01"))
                                    .post("/api/v1/accounts/{id}/events", id).then().statusCode(201),
                            () -> user.request().get("/api/v1/notifications"), ITEMS);
                }),
                endpoint("GET /api/v1/reports/events", 1, () -> {
                    // Acquisitions of 1990, each with an opportunity.
                    String id = account(Map.of());
                    return new Endpoint(row -> {
                        String event = api().body(Map.of("type", "ACQUISITION", "occurredOn", "1990-01-0" + (1 + row)))
                                .post("/api/v1/accounts/{id}/events", id).then().statusCode(201).extract().path("id");
                        api().body(Map.of("accountId", id, "type", "UPSELL", "title", unique("Deal"), "amount", 1000,
                                        "expectedCloseDate", "2031-01-31", "compellingEventId", event))
                                .post("/api/v1/opportunities").then().statusCode(201);
                    }, () -> api().queryParam("from", "1990-01-01").queryParam("to", "1990-12-31")
                            .get("/api/v1/reports/events"), "items.find { it.type == 'ACQUISITION' }.opportunities");
                }),
                endpoint("GET /api/v1/accounts/{id}/handoffs", 2, () -> {
                    // One account's history: each handoff started and cancelled, by and to different users.
                    String id = account(accountManager(), "KEY");
                    return new Endpoint(row -> {
                        String handoff = api().body(Map.of("toUserId", accountManager()))
                                .post("/api/v1/accounts/{id}/handoffs", id).then().statusCode(201).extract().path("id");
                        api().post("/api/v1/handoffs/{id}/cancel", handoff).then().statusCode(200);
                    }, () -> api().get("/api/v1/accounts/{id}/handoffs", id), ITEMS);
                }),
                endpoint("GET /api/v1/tasks?assigneeId=", 1, () -> {
                    // One assignee's tasks, each on another account with a contact, an opportunity and a QBR.
                    String assignee = accountManager();
                    return new Endpoint(row -> {
                        String id = account(Map.of("ownerId", assignee));
                        Map<String, Object> body = new java.util.HashMap<>();
                        body.put("title", "Task " + row);
                        body.put("accountId", id);
                        body.put("assigneeId", assignee);
                        body.put("dueDate", LocalDate.now(ZoneOffset.UTC).plusDays(row).toString());
                        body.put("contactId", People.contact(id, Map.of()));
                        body.put("opportunityId", opportunity(id, "UPSELL", 1000, "2031-01-31"));
                        body.put("qbrId", schedule(id));
                        api().body(body).post("/api/v1/tasks").then().statusCode(201);
                    }, () -> api().queryParam("assigneeId", assignee).get("/api/v1/tasks"), ITEMS);
                }),
                endpoint("GET /api/v1/renewals", 1, () -> {
                    // Contracts of one owner's accounts ending soon, each with its renewal opportunity.
                    String owner = accountManager();
                    return new Endpoint(row -> contract(account(owner, "STANDARD"), 20 + row),
                            () -> api().queryParam("ownerId", owner).get("/api/v1/renewals"), ITEMS);
                }),
                endpoint("GET /api/v1/tier-reviews/current", 2, () -> {
                    // One owner's STANDARD accounts in the profile's industry (fit 100, so PROMOTE); the profile is
                    // read once, the page (and its count) once.
                    String industry = unique("Statement industry");
                    Map<String, Object> profile = new java.util.HashMap<>(Map.of("industries", List.of(industry),
                            "countries", List.of(), "industryWeight", 100, "employeesWeight", 0, "revenueWeight", 0,
                            "countryWeight", 0, "reviewLowFit", 40, "reviewHighFit", 75, "reviewMonths", 6));
                    api().body(profile).put("/api/v1/icp-profile").then().statusCode(200);
                    String owner = accountManager();
                    return new Endpoint(row -> account(Map.of("ownerId", owner, "industry", industry)),
                            () -> api().queryParam("ownerId", owner).get("/api/v1/tier-reviews/current"), ITEMS);
                }),
                endpoint("GET /api/v1/icp-profiles", 1, () -> {
                    // Inactive profiles, so that no account's fit changes; the default is the first row, no lookup.
                    // Not paged (at most 20), so no total: the size is read from the ids. Only the default before.
                    List<String> ids = api().get("/api/v1/icp-profiles").then().statusCode(200).extract()
                            .path("items.id");
                    ids.subList(1, ids.size()).forEach(id -> api().delete("/api/v1/icp-profiles/{id}", id).then()
                            .statusCode(204));
                    return new Endpoint(1, row -> api().body(Map.of("name", unique("Statement profile"),
                                    "active", false, "industries", List.of(), "countries", List.of(),
                                    "industryWeight", 10, "employeesWeight", 0, "revenueWeight", 0,
                                    "countryWeight", 0)).post("/api/v1/icp-profiles").then().statusCode(201),
                            () -> api().get("/api/v1/icp-profiles"), "items.id.size()");
                }),
                endpoint("GET /api/v1/accounts/{id}/contracts", 2, () -> {
                    String id = account(Map.of());
                    return new Endpoint(row -> contract(id, 200 + row),
                            () -> api().get("/api/v1/accounts/{id}/contracts", id), ITEMS);
                }),
                endpoint("GET /api/v1/accounts/{id}/plans", 2, () -> {
                    String id = account(Map.of());
                    return new Endpoint(row -> plan(id, LocalDate.now(ZoneOffset.UTC).plusYears(row)),
                            () -> api().get("/api/v1/accounts/{id}/plans", id), ITEMS);
                }),
                endpoint("GET /api/v1/plans/{id}", 6, () -> {
                    // One objective whose measurements, milestones and linked opportunities grow.
                    String accountId = account(Map.of());
                    LocalDate today = LocalDate.now(ZoneOffset.UTC);
                    String planId = plan(accountId, today.minusDays(30));
                    String objectiveId = api().body(Map.of("title", "Users", "metric", "Active users", "baseline", 1,
                                    "target", 100, "dueOn", today.plusDays(300).toString(), "sharedWithCustomer", true))
                            .post("/api/v1/plans/{id}/objectives", planId).then().statusCode(201).extract().path("id");
                    List<String> linked = new ArrayList<>();
                    return new Endpoint(row -> {
                        api().body(Map.of("measuredOn", today.minusDays(row).toString(), "value", row))
                                .post("/api/v1/plan-objectives/{id}/measurements", objectiveId).then().statusCode(200);
                        api().body(Map.of("title", "Step " + row, "dueOn", today.plusDays(row).toString()))
                                .post("/api/v1/plan-objectives/{id}/milestones", objectiveId).then().statusCode(200);
                        linked.add(opportunity(accountId, "UPSELL", 1000, "2031-01-31"));
                        long version = ((Number) api().get("/api/v1/plan-objectives/{id}", objectiveId)
                                .path("version")).longValue();
                        api().contentType("application/merge-patch+json").header("If-Match", "\"" + version + "\"")
                                .body(Map.of("opportunityIds", linked)).patch("/api/v1/plan-objectives/{id}", objectiveId)
                                .then().statusCode(200);
                    }, () -> api().get("/api/v1/plans/{id}", planId), "objectives[1].measurements.size()");
                }),
                endpoint("GET /api/v1/users/{id}/scorecard", 9, () -> {
                    // Set-based over the owner's accounts, the stored flags' catch-up first: each row an account
                    // with a won upsell.
                    String owner = accountManager();
                    return new Endpoint(row -> {
                        String id = opportunity(account(owner, "STANDARD"), "UPSELL", 1000 + row, "2031-01-31");
                        moveStage(id, "WON");
                    }, () -> api().get("/api/v1/users/{id}/scorecard", owner), "accounts.size()");
                }),
                endpoint("GET /api/v1/users/{id}/commission-statements/{period}", 14, () -> {
                    // One line per won upsell of the quarter, on as many accounts: the year's lines, their accounts'
                    // growth (baselines, aggregate, revenue), the member's target, threshold, portfolio and plan,
                    // read once for the computation and once for the statement's header.
                    String owner = accountManager();
                    LocalDate today = LocalDate.now(ZoneOffset.UTC);
                    String period = today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
                    return new Endpoint(row -> {
                        String id = opportunity(account(owner, "STANDARD"), "UPSELL", 1000 + row, "2031-01-31");
                        moveStage(id, "WON");
                    }, () -> api().get("/api/v1/users/{id}/commission-statements/{period}", owner, period),
                            "lines.size()");
                }),
                endpoint("GET /api/v1/reports/retention", 4, () -> {
                    // One owner's accounts, each billed two years for a recurring product. The window's rollups
                    // written if not yet (V52, its own statement: the reads must see what it wrote), then read.
                    String owner = accountManager();
                    java.util.UUID product = RevenueData.product(true);
                    LocalDate start = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1).minusMonths(24);
                    return new Endpoint(row -> {
                        String id = account(owner, row % 2 == 0 ? "STANDARD" : "KEY");
                        RevenueData.months(id, product, start, "100.00");
                        RevenueData.months(id, product, start.plusMonths(12), row % 3 == 0 ? "50.00" : "120.00");
                    }, () -> api().queryParam("ownerId", owner).get("/api/v1/reports/retention"),
                            "totals.cohortAccounts");
                }),
                endpoint("GET /api/v1/revenue-alerts?ownerId=&rule=", 2, () -> {
                    // One owner's alerts, each on another account with a product and an answered QBR.
                    String owner = accountManager();
                    return new Endpoint(row -> {
                        String id = account(owner, "KEY");
                        answered(id, "C", "B", "B", "F", 6);
                        revenueAlerts(id);
                    }, () -> api().queryParam("ownerId", owner).queryParam("rule", "STOPPED_BUYING")
                            .get("/api/v1/revenue-alerts"), ITEMS);
                }),
                endpoint("GET /api/v1/reports/revenue-at-risk", 2, () -> {
                    // Alerts of several accounts of one owner.
                    String owner = accountManager();
                    return new Endpoint(row -> revenueAlerts(account(owner, row % 2 == 0 ? "KEY" : "STANDARD")),
                            () -> api().queryParam("ownerId", owner).get("/api/v1/reports/revenue-at-risk"),
                            "overall.accounts");
                }),
                endpoint("GET /api/v1/me/day", 2, () -> {
                    // Eight sections in one statement, after the plan setting for it (a browser session or token
                    // verified before costs none).
                    // Every section grows: a task due today per row; on even rows an owned KEY account (so
                    // single-threaded) with a failing QBR whose follow-up (and so the next QBR) is due in 14 days,
                    // on odd rows a KEY handoff to me (KEY capacity, 8, holds both halves).
                    Api.Session me = Fixtures.signedIn("ACCOUNT_MANAGER");
                    String today = LocalDate.now(ZoneOffset.UTC).toString();
                    List<String> mine = new ArrayList<>();
                    return new Endpoint(row -> {
                        if (row % 2 == 0) {
                            String id = account(me.userId(), "KEY");
                            String qbr = answered(id, "C", "C", "B", "C", 4);
                            api().body(Map.of("targetGrade", "B-", "actions", List.of("Weekly check-in"),
                                            "targetDate", LocalDate.now(ZoneOffset.UTC).plusDays(14).toString()))
                                    .put("/api/v1/qbrs/{id}/follow-up", qbr).then().statusCode(200);
                            mine.add(id);
                        } else {
                            api().body(Map.of("toUserId", me.userId()))
                                    .post("/api/v1/accounts/{id}/handoffs", account(accountManager(), "KEY"))
                                    .then().statusCode(201);
                        }
                        api().body(Map.of("title", "Call " + row, "accountId", mine.get(mine.size() - 1),
                                "assigneeId", me.userId(), "dueDate", today)).post("/api/v1/tasks").then()
                                .statusCode(201);
                    }, () -> me.request().get("/api/v1/me/day"), "tasksDue.count");
                }));
    }

    /** A DRAFT plan of a year from {@code start}; returns its id. */
    private static String plan(String accountId, LocalDate start) {
        return api().body(Map.of("periodStart", start.toString(), "periodEnd", start.plusYears(1).minusDays(1)
                .toString())).post("/api/v1/accounts/{id}/plans", accountId).then().statusCode(201).extract().path("id");
    }

    /** A contract ending in {@code days}: inside its renewal window (STANDARD, no notice) when under 90. */
    /** A webhook on the tests' loopback address (allowlisted; nothing is sent here), for account.created. */
    private static String webhook(boolean active) {
        return api().body(Map.of("name", unique("Hook"), "url", "http://127.0.0.2:9/hook", "eventTypes",
                        List.of("account.created"), "active", active)).post("/api/v1/webhooks").then().statusCode(201)
                .extract().path("webhook.id");
    }

    private static void contract(String accountId, int days) {
        LocalDate end = LocalDate.now(ZoneOffset.UTC).plusDays(days);
        api().body(Map.of("startDate", end.minusYears(1).toString(), "endDate", end.toString(), "annualValue", 1000,
                "autoRenew", true, "noticeDays", 0)).post("/api/v1/accounts/{id}/contracts", accountId).then()
                .statusCode(201);
    }

    /** A product the account stopped buying, checked: a STOPPED_BUYING and a VOLUME_DROP alert. */
    private static void revenueAlerts(String accountId) {
        EntityManager em = Arc.container().instance(EntityManager.class).get();
        String product = RevenueLines.product(em, unique("Widget"));
        RevenueLines.series(em, accountId, product, RevenueLines.latestCompleteMonth(), 5, 5, 5, 5, 5, 5, 5, 5, 0, 0);
        AlertDetection detection = Arc.container().instance(AlertDetection.class).get();
        QuarkusTransaction.requiringNew().run(() -> detection.queue(List.of(java.util.UUID.fromString(accountId))));
        detection.drainQueue();
    }

    @ParameterizedTest(name = "{0}: {1} statements")
    @MethodSource("endpoints")
    void statementsDoNotGrowWithTheRows(Supplier<Endpoint> setUp, int statements, TestInfo test) {
        Endpoint endpoint = setUp.get();
        addRows(endpoint, endpoint.existing(), FEW);
        Measured few = measure(endpoint);
        addRows(endpoint, FEW, MORE);
        Measured more = measure(endpoint);

        String name = test.getDisplayName();
        assertThat(few.rows()).as("%s: rows in the first answer", name).isEqualTo(FEW);
        assertThat(more.rows()).as("%s: rows in the second answer", name).isEqualTo(MORE);
        assertThat(more.statements()).as("%s: statements for %d rows (%d for %d rows)", name, MORE, few.statements(),
                FEW).isEqualTo(few.statements());
        assertThat(few.statements()).as("%s: statements", name).isEqualTo(statements);
        if (endpoint.size().equals(ITEMS)) { // a list: its count of matches comes with it
            assertThat(List.of(few.total(), more.total())).as("%s: total", name).containsExactly(FEW, MORE);
        }
    }

    /** The counter is only a guard if it sees native SQL: the reports are written in it. */
    @Test
    void nativeQueriesAreCounted() {
        long before = statements();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("select 1").getSingleResult());
        assertThat(statements() - before).isEqualTo(1);
    }

    private record Measured(long statements, int rows, Integer total) {
    }

    /**
     * The statements one call runs: the counter is global, but tests run one at a time and nothing runs in the
     * background. An identical call just before absorbs what does not belong to the endpoint: authentication
     * stamps the API token's last use at most once a minute, with one UPDATE.
     */
    private Measured measure(Endpoint endpoint) {
        endpoint.get().get().then().statusCode(200);
        long before = statements();
        Response response = endpoint.get().get();
        long statements = statements() - before;
        response.then().statusCode(200);
        return new Measured(statements, response.path(endpoint.size()), response.path("total"));
    }

    private static void addRows(Endpoint endpoint, int from, int to) {
        IntStream.range(from, to).forEach(endpoint.add());
    }

    private long statements() {
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }

    private static com.stratum.support.TestClock clock() {
        return Arc.container().instance(com.stratum.support.TestClock.class).get();
    }

    /** Lets sync's settle window pass, so that what was just written is listed (common/Sync). */
    private static void settle() {
        clock().advance(Arc.container().instance(com.stratum.common.Sync.class).get().settle().plusSeconds(1));
    }

    @org.junit.jupiter.api.AfterEach
    void resetClock() {
        clock().reset();
    }

    /**
     * A list as CSV reads its rows in one statement from a cursor, however many there are; the accounts' risk flags
     * (the flags and flagCount columns) are one more statement per batch of 500 rows, never one per row.
     */
    @Test
    void csvExportStatementsDoNotGrowWithTheRows() {
        String owner = accountManager();
        account(Map.of("ownerId", owner));
        account(Map.of("ownerId", owner));
        Supplier<Response> csv = () -> api().queryParam("ownerId", owner).queryParam("format", "csv")
                .get("/api/v1/accounts");
        csv.get().then().statusCode(200);
        long before = statements();
        String few = csv.get().then().statusCode(200).extract().asString();
        long fewStatements = statements() - before;
        for (int i = 0; i < 6; i++) {
            account(Map.of("ownerId", owner));
        }
        before = statements();
        String more = csv.get().then().statusCode(200).extract().asString();
        long moreStatements = statements() - before;
        assertThat(few.split("\r\n")).hasSize(1 + 2);
        assertThat(more.split("\r\n")).hasSize(1 + 8);
        assertThat(fewStatements).isEqualTo(2);
        assertThat(moreStatements).isEqualTo(fewStatements);
    }

    private static Arguments endpoint(String name, int statements, Supplier<Endpoint> setUp) {
        return Arguments.of(Named.of(name, setUp), statements);
    }
}
