package com.stratum.competition;

import static com.stratum.support.Api.api;
import static com.stratum.support.Api.atOnce;
import static com.stratum.support.Fixtures.account;
import static com.stratum.support.Fixtures.accountManager;
import static com.stratum.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.stratum.support.Api;
import com.stratum.support.Fixtures;
import com.stratum.support.People;
import com.stratum.support.RevenueData;
import com.stratum.support.Surveys;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CompetitionApiTest {
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    static String competitor(String name) {
        return api().body(Map.of("name", name)).post("/api/v1/competitors").then().statusCode(201).extract()
                .path("id");
    }

    /** A product of a family of its own; returns the family. */
    static String family(String prefix) {
        String family = unique(prefix);
        UUID id = UUID.randomUUID();
        RevenueData.run("insert into product (id, sku, name, family, recurring, active, created_at, updated_at)"
                + " values (?1, ?2, ?3, ?4, true, true, now(), now())", id, "SKU-" + id, "Product " + id, family);
        return family;
    }

    static UUID productOf(String family) {
        return (UUID) RevenueData.single("select id from product where family = ?1 limit 1", family);
    }

    static Map<String, Object> cell(String unitId, String family, String status) {
        Map<String, Object> cell = new HashMap<>();
        cell.put("businessUnitId", unitId);
        cell.put("productFamily", family);
        cell.put("status", status);
        return cell;
    }

    static Map<String, Object> held(String unitId, String family, String competitorId, Double value, LocalDate end) {
        Map<String, Object> cell = cell(unitId, family, "COMPETITOR");
        cell.put("competitorId", competitorId);
        cell.put("estimatedAnnualValue", value);
        cell.put("contractEnd", end == null ? null : end.toString());
        return cell;
    }

    static Response putWhitespace(String accountId, List<Map<String, Object>> cells) {
        return api().body(Map.of("cells", cells)).put("/api/v1/accounts/{id}/whitespace", accountId);
    }

    static List<Map<String, Object>> threats(String accountId) {
        return api().get("/api/v1/accounts/{id}/threats", accountId).then().statusCode(200).extract()
                .jsonPath().getList("paths");
    }

    static List<String> kinds(String accountId) {
        return threats(accountId).stream().map(p -> (String) p.get("kind")).toList();
    }

    static String touchedContact(String accountId, String unitId, int daysAgo, String role) {
        String contact = People.contact(accountId, role, unitId);
        RevenueData.run("update contact set last_touch_at = now() - make_interval(days => ?1) where id = ?2", daysAgo,
                UUID.fromString(contact));
        return contact;
    }

    @Test
    void managersKeepTheCompetitorsNamesUniqueWhateverTheirCase() {
        String name = unique("Rival");
        Response created = api().body(Map.of("name", "  " + name + "  ", "website", "https://rival.example",
                "notes", "Cheap")).post("/api/v1/competitors");
        created.then().statusCode(201).header("ETag", "\"0\"").body("name", equalTo(name))
                .body("usage.whitespaceCells", equalTo(0));
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/competitors/" + id);
        api().body(Map.of("name", name.toUpperCase())).post("/api/v1/competitors").then().statusCode(409)
                .body("type", equalTo("urn:stratum:problem:duplicate")).body("existingId", equalTo(id));
        api().get("/api/v1/competitors?q={q}", name.toLowerCase()).then().statusCode(200)
                .body("items.id", contains(id));
        api().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(Map.of("notes", "Cheaper since May")).patch("/api/v1/competitors/{id}", id).then()
                .statusCode(200).body("notes", equalTo("Cheaper since May")).body("version", equalTo(1));
        api().contentType("application/merge-patch+json").body(Map.of("usage", Map.of()))
                .patch("/api/v1/competitors/{id}", id).then().statusCode(422);
        api().body(Map.of("name", "x".repeat(201))).post("/api/v1/competitors").then().statusCode(422)
                .body("errors.field", hasItem("name"));
        api().body(Map.of("name", " ")).post("/api/v1/competitors").then().statusCode(422);

        String manager = Fixtures.token("MANAGER", List.of("accounts:read", "accounts:write"));
        Api.withToken(manager).body(Map.of("name", unique("Other"))).post("/api/v1/competitors").then()
                .statusCode(201);
        String am = Fixtures.token("ACCOUNT_MANAGER", List.of("accounts:read", "accounts:write"));
        Api.withToken(am).body(Map.of("name", unique("Other"))).post("/api/v1/competitors").then().statusCode(403);
        Api.withToken(am).header("If-Match", "\"1\"").delete("/api/v1/competitors/{id}", id).then().statusCode(403);
        Api.withToken(am).get("/api/v1/competitors/{id}", id).then().statusCode(200);

        api().header("If-Match", "\"1\"").delete("/api/v1/competitors/{id}", id).then().statusCode(204);
        api().get("/api/v1/competitors/{id}", id).then().statusCode(404);
    }

    @Test
    void oneNameCreatedByManyAtOnceIsOneCompetitorAndTheRestAreTold409() throws Exception {
        String name = unique("Racing rival");
        List<Callable<Response>> creates = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            creates.add(() -> api().body(Map.of("name", name)).post("/api/v1/competitors"));
        }
        List<Integer> statuses = atOnce(creates).stream().map(Response::statusCode).sorted().toList();
        assertThat(statuses).containsExactly(201, 409, 409, 409, 409, 409);
        api().get("/api/v1/competitors?q={q}", name).then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void aCompetitorNamedByRecordsStaysWith409AndTheCounts() {
        String rival = competitor(unique("Rival"));
        String accountId = account(accountManager(), "STANDARD");
        String unit = People.unit(accountId);
        String family = family("Fam");
        putWhitespace(accountId, List.of(held(unit, family, rival, null, null))).then().statusCode(200);
        String opportunity = Fixtures.opportunity(accountId, "UPSELL", 1000, TODAY.plusDays(30).toString());
        api().body(Map.of("stage", "LOST", "lossReason", "Went with Rival", "lossCompetitorId", rival))
                .post("/api/v1/opportunities/{id}/stage", opportunity).then().statusCode(200)
                .body("lossCompetitorId", equalTo(rival));
        api().header("If-Match", "\"0\"").delete("/api/v1/competitors/{id}", rival).then().statusCode(409)
                .body("type", equalTo("urn:stratum:problem:competitor-in-use"))
                .body("whitespaceCells", equalTo(1)).body("lostOpportunities", equalTo(1))
                .body("offeringGaps", equalTo(0)).body("revenueAlerts", equalTo(0))
                .body("detail", org.hamcrest.Matchers.containsString(" is named by 1 whitespace cell and 1 lost"
                        + " opportunity, so it stays on the list"));
        api().get("/api/v1/competitors/{id}", rival).then().body("usage.whitespaceCells", equalTo(1))
                .body("usage.lostOpportunities", equalTo(1));
    }

    @Test
    void aLossReasonNamesAKnownCompetitorOnlyWhenLost() {
        String accountId = account(accountManager(), "STANDARD");
        String opportunity = Fixtures.opportunity(accountId, "UPSELL", 1000, TODAY.plusDays(30).toString());
        api().body(Map.of("stage", "LOST", "lossReason", "Price", "lossCompetitorId", UUID.randomUUID().toString()))
                .post("/api/v1/opportunities/{id}/stage", opportunity).then().statusCode(422)
                .body("errors.field", contains("lossCompetitorId"));
        api().body(Map.of("stage", "QUALIFIED", "lossCompetitorId", competitor(unique("Rival"))))
                .post("/api/v1/opportunities/{id}/stage", opportunity).then().statusCode(422)
                .body("errors.field", contains("lossCompetitorId"));
        api().body(Map.of("stage", "LOST", "lossReason", "Price", "lossCompetitorId", "not-a-uuid"))
                .post("/api/v1/opportunities/{id}/stage", opportunity).then().statusCode(422)
                .body("errors.field", contains("lossCompetitorId"));
        api().get("/api/v1/opportunities/{id}", opportunity).then().body("lossCompetitorId", nullValue());
    }

    @Test
    void aRevenueAlertResolvedToACompetitorOfTheListTakesItsName() {
        String accountId = account(accountManager(), "STANDARD");
        String rivalName = unique("Rival");
        String rival = competitor(rivalName);
        String alert = openAlert(accountId);
        api().contentType("application/merge-patch+json").body(Map.of("status", "RESOLVED", "cause", "BUDGET",
                "competitorId", rival, "resolutionNote", "Budget")).patch("/api/v1/revenue-alerts/{id}", alert).then()
                .statusCode(422).body("errors.field", contains("competitorId"));
        api().contentType("application/merge-patch+json").body(Map.of("status", "RESOLVED", "cause", "COMPETITOR",
                "competitorId", UUID.randomUUID().toString(), "resolutionNote", "Gone"))
                .patch("/api/v1/revenue-alerts/{id}", alert).then().statusCode(422)
                .body("errors.field", hasItem("competitorId"));
        api().contentType("application/merge-patch+json").body(Map.of("status", "RESOLVED", "cause", "COMPETITOR",
                "competitorId", rival, "resolutionNote", "Moved to them")).patch("/api/v1/revenue-alerts/{id}", alert)
                .then().statusCode(200).body("competitorId", equalTo(rival)).body("competitor", equalTo(rivalName));
    }

    static String openAlert(String accountId) {
        UUID id = UUID.randomUUID();
        RevenueData.run("""
                insert into revenue_alert (id, account_id, rule, episode, status, evidence, amount_at_risk,
                                           detected_at, created_at, updated_at)
                values (?1, ?2, 'REVENUE_DECLINE', date_trunc('month', now())::date, 'NEW',
                        '{"summary": "Revenue fell", "latestCompleteMonth": "2026-10-01", "months": []}'::jsonb, 12000, now(), now(), now())""", id,
                UUID.fromString(accountId));
        return id.toString();
    }

    @Test
    void whitespaceIsOursWhereTheAccountBoughtTheFamilyAndOtherwiseWhatWasRecorded() {
        String accountId = account(accountManager(), "STANDARD");
        String unitA = People.unit(accountId);
        String unitB = People.unit(accountId);
        String bought = family("Bought");
        String open = family("Open");
        String oldFamily = family("Old");
        RevenueData.line(accountId, productOf(bought), TODAY.minusMonths(2), "500");
        RevenueData.line(accountId, productOf(oldFamily), TODAY.minusMonths(14), "500");
        String rival = competitor(unique("Rival"));

        Map<String, Object> grid = api().get("/api/v1/accounts/{id}/whitespace", accountId).then().statusCode(200)
                .body("businessUnits.id", containsInAnyOrder(unitA, unitB)).extract().jsonPath().getMap("$");
        assertThat(cellOf(grid, unitA, bought)).containsEntry("status", "OURS").containsEntry("derived", true);
        assertThat(cellOf(grid, unitB, bought)).containsEntry("status", "OURS").containsEntry("derived", true);
        assertThat(cellOf(grid, unitA, open)).containsEntry("status", "NONE").containsEntry("derived", false);
        assertThat(cellOf(grid, unitA, oldFamily)).containsEntry("status", "NONE");

        // A derived cell takes only OURS back; other cells take what they are given.
        putWhitespace(accountId, List.of(cell(unitA, bought, "IN_HOUSE"))).then().statusCode(422)
                .body("errors.field", contains("cells[0].status"));
        Map<String, Object> saved = putWhitespace(accountId, List.of(cell(unitA, bought, "OURS"),
                held(unitA, open, rival, 40000.0, TODAY.plusMonths(3)), cell(unitB, open, "IN_HOUSE"),
                cell(unitA, oldFamily, "OURS"), cell(unitB, oldFamily, "NOT_RELEVANT"))).then().statusCode(200)
                .extract().jsonPath().getMap("$");
        assertThat(cellOf(saved, unitA, open)).containsEntry("status", "COMPETITOR")
                .containsEntry("competitorId", rival).containsEntry("estimatedAnnualValue", 40000.0f)
                .containsEntry("contractEnd", TODAY.plusMonths(3).toString());
        assertThat(cellOf(saved, unitB, open)).containsEntry("status", "IN_HOUSE");
        assertThat(cellOf(saved, unitA, oldFamily)).containsEntry("status", "OURS").containsEntry("derived", false);
        assertThat(cellOf(saved, unitB, oldFamily)).containsEntry("status", "NOT_RELEVANT");
        // The grid has a version like every resource: If-Match names it, 412 when someone saved since.
        assertThat(grid).containsEntry("version", 0);
        api().get("/api/v1/accounts/{id}/whitespace", accountId).then().header("ETag", startsWith("\"1"))
                .body("version", equalTo(1));
        api().header("If-Match", "\"0\"").body(Map.of("cells", List.of())).put("/api/v1/accounts/{id}/whitespace",
                accountId).then().statusCode(412);
        // Cells left out become NONE.
        Map<String, Object> cleared = api().header("If-Match", "\"1\"").body(Map.of("cells", List.of()))
                .put("/api/v1/accounts/{id}/whitespace", accountId).then().statusCode(200).header("ETag", "\"2\"")
                .extract().jsonPath().getMap("$");
        assertThat(cellOf(cleared, unitA, open)).containsEntry("status", "NONE");
        assertThat(cellOf(cleared, unitA, bought)).containsEntry("status", "OURS");
    }

    @Test
    void whitespaceRefusesWhatBreaksItsRules() {
        String accountId = account(accountManager(), "STANDARD");
        String unit = People.unit(accountId);
        String otherUnit = People.unit(account(accountManager(), "STANDARD"));
        String family = family("Fam");
        String rival = competitor(unique("Rival"));
        putWhitespace(accountId, List.of(held(unit, family, UUID.randomUUID().toString(), null, null))).then()
                .statusCode(422).body("errors.field", contains("cells[0].competitorId"));
        putWhitespace(accountId, List.of(cell(unit, family, "COMPETITOR"))).then().statusCode(422)
                .body("errors.field", contains("cells[0].competitorId"));
        putWhitespace(accountId, List.of(held(unit, family, rival, -1.0, null))).then().statusCode(422)
                .body("errors.field", hasItem("cells[0].estimatedAnnualValue"));
        Map<String, Object> inHouseWithRival = cell(unit, family, "IN_HOUSE");
        inHouseWithRival.put("competitorId", rival);
        putWhitespace(accountId, List.of(inHouseWithRival)).then().statusCode(422)
                .body("errors.field", contains("cells[0].status"));
        putWhitespace(accountId, List.of(cell(otherUnit, family, "IN_HOUSE"))).then().statusCode(422)
                .body("errors.field", contains("cells[0].businessUnitId"));
        putWhitespace(accountId, List.of(cell(unit, unique("Nope"), "IN_HOUSE"))).then().statusCode(422)
                .body("errors.field", contains("cells[0].productFamily"));
        putWhitespace(accountId, List.of(cell(unit, "x".repeat(101), "IN_HOUSE"))).then().statusCode(422)
                .body("errors.field", hasItem("cells[0].productFamily"));
        putWhitespace(accountId, List.of(cell(unit, family, "IN_HOUSE"), cell(unit, family, "NONE"))).then()
                .statusCode(422).body("errors.field", contains("cells[1].productFamily"));
        putWhitespace(accountId, List.of(cell(unit, family, "THEIRS"))).then().statusCode(422);
        api().get("/api/v1/accounts/{id}/whitespace", UUID.randomUUID()).then().statusCode(404);

        String stranger = Fixtures.token("ACCOUNT_MANAGER", List.of("accounts:read", "accounts:write"));
        Api.withToken(stranger).body(Map.of("cells", List.of(cell(unit, family, "IN_HOUSE"))))
                .put("/api/v1/accounts/{id}/whitespace", accountId).then().statusCode(403);
        Api.withToken(stranger).get("/api/v1/accounts/{id}/whitespace", accountId).then().statusCode(200);
        String reader = Fixtures.token("MANAGER", List.of("accounts:read"));
        Api.withToken(reader).body(Map.of("cells", List.of())).put("/api/v1/accounts/{id}/whitespace", accountId)
                .then().statusCode(403);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cellOf(Map<String, Object> grid, String unitId, String family) {
        return ((List<Map<String, Object>>) grid.get("cells")).stream()
                .filter(c -> c.get("businessUnitId").equals(unitId) && c.get("productFamily").equals(family))
                .findFirst().orElseThrow();
    }

    @Test
    void offeringGapsRankByTheArrOfTheAccountsUsingThem() {
        String owner = accountManager();
        String small = account(Map.of("ownerId", owner, "arr", 10000));
        String large = account(Map.of("ownerId", owner, "arr", 500000));
        String medium = account(Map.of("ownerId", owner, "arr", 90000));
        String rival = competitor(unique("Rival"));
        String a = gap(rival, "Route optimisation", List.of(small));
        String b = gap(rival, "Dock scheduling", List.of(large, small));
        String c = gap(rival, "Carbon reports", List.of(medium));
        String d = gap(rival, "Nothing yet", List.of());
        api().get("/api/v1/offering-gaps?competitorId={c}", rival).then().statusCode(200)
                .body("items.id", contains(b, c, a, d)).body("items[0].arr", equalTo(510000.0f))
                .body("items[0].accountCount", equalTo(2)).body("items[0].topAccountIds", contains(large, small))
                .body("total", equalTo(4));
        Response first = api().get("/api/v1/offering-gaps?competitorId={c}&limit=2", rival);
        first.then().statusCode(200).body("items.id", contains(b, c));
        api().get("/api/v1/offering-gaps?competitorId={c}&limit=2&cursor={cursor}", rival,
                (String) first.path("nextCursor")).then().statusCode(200).body("items.id", contains(a, d))
                .body("nextCursor", nullValue());
        api().get("/api/v1/offering-gaps?accountId={a}", small).then().body("items.id", contains(b, a));

        // Changing the accounts changes the rank.
        api().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(Map.of("accountIds", List.of(large))).patch("/api/v1/offering-gaps/{id}", c).then()
                .statusCode(200).body("arr", equalTo(500000.0f)).body("version", equalTo(1));
        api().get("/api/v1/offering-gaps?competitorId={c}", rival).then().body("items.id", contains(b, c, a, d));

        api().body(Map.of("competitorId", rival, "offering", "ROUTE OPTIMISATION")).post("/api/v1/offering-gaps")
                .then().statusCode(409).body("existingId", equalTo(a));
        api().body(Map.of("competitorId", UUID.randomUUID().toString(), "offering", "X")).post("/api/v1/offering-gaps")
                .then().statusCode(422).body("errors.field", contains("competitorId"));
        api().body(Map.of("competitorId", rival, "offering", "Y", "accountIds", List.of(UUID.randomUUID().toString())))
                .post("/api/v1/offering-gaps").then().statusCode(422).body("errors.field", contains("accountIds"));
        api().body(Map.of("competitorId", rival, "offering", "y".repeat(201))).post("/api/v1/offering-gaps").then()
                .statusCode(422).body("errors.field", hasItem("offering"));
        Fixtures.signedIn("VIEWER").request().body(Map.of("competitorId", rival, "offering", "Z")).post("/api/v1/offering-gaps")
                .then().statusCode(403);
        api().header("If-Match", "\"0\"").delete("/api/v1/offering-gaps/{id}", d).then().statusCode(204);
        api().get("/api/v1/offering-gaps/{id}", d).then().statusCode(404);
    }

    @Test
    void aGapListsItsTopAccountsAndPagesThemAllWithTotalsThatFollowTheAccounts() {
        String owner = accountManager();
        List<String> accounts = new java.util.ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            accounts.add(account(Map.of("ownerId", owner, "arr", 1000 * i)));
        }
        List<String> largestFirst = new java.util.ArrayList<>(accounts);
        java.util.Collections.reverse(largestFirst);
        String rival = competitor(unique("Rival"));
        String gap = gap(rival, "Fleet telemetry", accounts);
        api().get("/api/v1/offering-gaps/{id}", gap).then().statusCode(200).body("accountCount", equalTo(12))
                .body("arr", equalTo(78000.0f)).body("topAccountIds", contains(largestFirst.subList(0, 10).toArray()))
                .body("$", not(org.hamcrest.Matchers.hasKey("accountIds")));

        // Every account, paged, largest ARR first.
        Response first = api().get("/api/v1/offering-gaps/{id}/accounts?limit=5", gap);
        first.then().statusCode(200).body("total", equalTo(12)).body("items.id",
                contains(largestFirst.subList(0, 5).toArray())).body("items[0].arr", equalTo(12000.0f))
                .body("items[0].archived", equalTo(false));
        List<String> all = new java.util.ArrayList<>(first.path("items.id"));
        String cursor = first.path("nextCursor");
        while (cursor != null) {
            Response next = api().get("/api/v1/offering-gaps/{id}/accounts?limit=5&cursor={c}", gap, cursor);
            next.then().statusCode(200);
            all.addAll(next.path("items.id"));
            cursor = next.path("nextCursor");
        }
        assertThat(all).isEqualTo(largestFirst);
        api().get("/api/v1/offering-gaps/{id}/accounts", UUID.randomUUID()).then().statusCode(404);

        // An account's ARR and its archiving move the totals (V55's triggers) and the order, not the version.
        String smallest = accounts.get(0);
        int version = api().get("/api/v1/accounts/{id}", smallest).path("version");
        api().contentType("application/merge-patch+json").header("If-Match", "\"" + version + "\"")
                .body(Map.of("arr", 100000)).patch("/api/v1/accounts/{id}", smallest).then().statusCode(200);
        api().get("/api/v1/offering-gaps/{id}", gap).then().body("arr", equalTo(177000.0f))
                .body("topAccountIds[0]", equalTo(smallest)).body("version", equalTo(0));
        api().delete("/api/v1/accounts/{id}", smallest).then().statusCode(204);
        api().get("/api/v1/offering-gaps/{id}", gap).then().body("arr", equalTo(77000.0f))
                .body("accountCount", equalTo(12));
        api().get("/api/v1/offering-gaps/{id}/accounts?limit=1", gap).then().body("items[0].archived", equalTo(true));

        // One account added or removed, the others kept; each change is a new version, a repeat changes nothing.
        String another = account(Map.of("ownerId", owner, "arr", 5));
        api().put("/api/v1/offering-gaps/{id}/accounts/{a}", gap, another).then().statusCode(200)
                .body("accountCount", equalTo(13)).body("arr", equalTo(77005.0f)).body("version", equalTo(1));
        api().put("/api/v1/offering-gaps/{id}/accounts/{a}", gap, another).then().statusCode(200)
                .body("accountCount", equalTo(13)).body("version", equalTo(1));
        api().delete("/api/v1/offering-gaps/{id}/accounts/{a}", gap, accounts.get(5)).then().statusCode(204);
        api().delete("/api/v1/offering-gaps/{id}/accounts/{a}", gap, accounts.get(5)).then().statusCode(204);
        api().get("/api/v1/offering-gaps/{id}", gap).then().body("accountCount", equalTo(12))
                .body("arr", equalTo(71005.0f)).body("version", equalTo(2));
        api().put("/api/v1/offering-gaps/{id}/accounts/{a}", gap, UUID.randomUUID()).then().statusCode(404);
        Fixtures.signedIn("VIEWER").request().put("/api/v1/offering-gaps/{id}/accounts/{a}", gap, another).then()
                .statusCode(403);
        // A PATCH of accountIds still replaces them all.
        api().contentType("application/merge-patch+json").header("If-Match", "\"2\"")
                .body(Map.of("accountIds", List.of(another))).patch("/api/v1/offering-gaps/{id}", gap).then()
                .statusCode(200).body("accountCount", equalTo(1)).body("arr", equalTo(5.0f))
                .body("topAccountIds", contains(another));
    }

    static String gap(String competitorId, String offering, List<String> accountIds) {
        return api().body(Map.of("competitorId", competitorId, "offering", offering, "accountIds", accountIds))
                .post("/api/v1/offering-gaps").then().statusCode(201).extract().path("id");
    }

    @Test
    void aSoundAccountHasNoThreatPath() {
        String accountId = account(accountManager(), "STANDARD");
        String unit = People.unit(accountId);
        touchedContact(accountId, unit, 1, "CHAMPION");
        api().get("/api/v1/accounts/{id}/threats", accountId).then().statusCode(200).body("paths.size()", equalTo(0))
                .body("score", equalTo(0)).body("accountId", equalTo(accountId));
    }

    @Test
    void aUnitWithoutARecentTouchIsAThreatPath() {
        String accountId = account(accountManager(), "STANDARD");
        String unit = People.unit(accountId);
        touchedContact(accountId, unit, 140, "USER");
        String unitName = api().get("/api/v1/business-units/{id}", unit).path("name");
        List<Map<String, Object>> paths = threats(accountId);
        assertThat(paths).singleElement().satisfies(p -> {
            assertThat(p).containsEntry("kind", "UNTOUCHED_UNIT").containsEntry("score", 15)
                    .containsEntry("businessUnitId", unit);
            assertThat(p.get("sentence")).isEqualTo("A competitor could enter through " + unitName
                    + ": no contact for 140 days.");
        });
        touchedContact(accountId, unit, 10, "USER");
        assertThat(kinds(accountId)).isEmpty();
    }

    @Test
    void aCompetitorsCellIsAThreatPathThatScoresMoreNearItsContractEnd() {
        String accountId = account(accountManager(), "STANDARD");
        String unit = People.unit(accountId);
        touchedContact(accountId, unit, 1, "USER");
        String family = family("Fam");
        String rivalName = unique("Rival");
        String rival = competitor(rivalName);
        putWhitespace(accountId, List.of(held(unit, family, rival, 40000.0, TODAY.plusDays(75)))).then()
                .statusCode(200);
        assertThat(threats(accountId)).singleElement().satisfies(p -> {
            assertThat(p).containsEntry("kind", "COMPETITOR_HOLDS").containsEntry("score", 35)
                    .containsEntry("competitorId", rival).containsEntry("competitorName", rivalName);
            assertThat((String) p.get("sentence")).startsWith(rivalName + " could enter through ")
                    .endsWith("40,000.00 a year), their contract ends in 75 days.")
                    .contains(": they hold " + family + " (about ");
        });
        putWhitespace(accountId, List.of(held(unit, family, rival, null, TODAY.plusYears(1)))).then().statusCode(200);
        assertThat(threats(accountId)).singleElement().satisfies(p -> assertThat(p).containsEntry("score", 20));
        // Once the account buys the family, the cell is OURS and the path is gone.
        RevenueData.line(accountId, productOf(family), TODAY, "100");
        assertThat(kinds(accountId)).isEmpty();
    }

    @Test
    void anOfferingGapTheAccountUsesIsAThreatPath() {
        String accountId = account(accountManager(), "STANDARD");
        String rival = competitor(unique("Rival"));
        String gapId = gap(rival, "Route optimisation", List.of());
        assertThat(kinds(accountId)).isEmpty();
        api().contentType("application/merge-patch+json").body(Map.of("accountIds", List.of(accountId)))
                .patch("/api/v1/offering-gaps/{id}", gapId).then().statusCode(200);
        assertThat(threats(accountId)).singleElement().satisfies(p -> assertThat(p)
                .containsEntry("kind", "OFFERING_GAP").containsEntry("key", "OFFERING_GAP:" + gapId));
    }

    @Test
    void singleThreadedCoverageAndADepartedSponsorAreThreatPaths() {
        String accountId = account(accountManager(), "KEY");
        assertThat(kinds(accountId)).containsExactly("SINGLE_THREADED");
        String unit = People.unit(accountId);
        String sponsor = touchedContact(accountId, unit, 1, "EXECUTIVE_SPONSOR");
        assertThat(kinds(accountId)).isEmpty();
        People.patchContact(sponsor, Map.of("leftCompanyOn", TODAY.minusDays(3).toString()));
        assertThat(kinds(accountId)).containsExactlyInAnyOrder("SINGLE_THREADED", "DEPARTED_SPONSOR",
                "UNTOUCHED_UNIT");
        String influencer = People.contact(accountId, "INFLUENCER", null);
        People.patchContact(influencer, Map.of("leftCompanyOn", TODAY.minusDays(3).toString()));
        assertThat(kinds(accountId)).filteredOn("DEPARTED_SPONSOR"::equals).hasSize(1);
    }

    @Test
    void failingGradesOnStrategyOrUnderstandingAreAThreatPath() {
        String accountId = account(accountManager(), "STANDARD");
        Surveys.answered(accountId, "A", "C", "C", "A", 9);
        assertThat(kinds(accountId)).isEmpty();
        Surveys.answered(accountId, "C", "A", "A", "D", 9);
        assertThat(threats(accountId)).singleElement().satisfies(p -> {
            assertThat(p).containsEntry("kind", "FAILING_GRADE").containsEntry("score", 20);
            assertThat((String) p.get("sentence")).contains("graded our strategic suggestions C, our understanding"
                    + " of their business D");
        });
    }

    @Test
    void aContractInsideItsNoticePeriodIsAThreatPath() {
        String accountId = account(accountManager(), "STANDARD");
        contract(accountId, TODAY.plusDays(200), 90);
        assertThat(kinds(accountId)).isEmpty();
        contract(accountId, TODAY.plusDays(75), 90);
        assertThat(threats(accountId)).singleElement().satisfies(p -> assertThat(p)
                .containsEntry("kind", "RENEWAL_IN_NOTICE").containsEntry("sentence", "A competitor could step in at"
                        + " renewal: the contract ends in 75 days, its 90-day notice period has begun."));
    }

    static void contract(String accountId, LocalDate end, int noticeDays) {
        api().body(Map.of("startDate", end.minusYears(1).toString(), "endDate", end.toString(), "annualValue", 0,
                "autoRenew", true, "noticeDays", noticeDays)).post("/api/v1/accounts/{id}/contracts", accountId)
                .then().statusCode(201);
    }

    @Test
    void anOpenRevenueAlertIsAThreatPathUntilResolved() {
        String accountId = account(accountManager(), "STANDARD");
        assertThat(kinds(accountId)).isEmpty();
        String alert = openAlert(accountId);
        assertThat(kinds(accountId)).containsExactly("OPEN_ALERT");
        api().contentType("application/merge-patch+json").body(Map.of("status", "RESOLVED", "cause", "BUDGET",
                "resolutionNote", "Budget cut")).patch("/api/v1/revenue-alerts/{id}", alert).then().statusCode(200);
        assertThat(kinds(accountId)).isEmpty();
    }

    @Test
    void aThreatPathBecomesATaskInOneClick() {
        String owner = accountManager();
        String accountId = account(owner, "STANDARD");
        String unit = People.unit(accountId);
        Map<String, Object> path = threats(accountId).get(0);
        Response created = api().body(Map.of("key", path.get("key"))).post("/api/v1/accounts/{id}/threats/tasks",
                accountId);
        created.then().statusCode(201).body("source", equalTo("THREAT")).body("title", equalTo(path.get("title")))
                .body("detail", equalTo(path.get("sentence")))
                .body("assigneeId", equalTo(owner)).body("accountId", equalTo(accountId))
                .body("dueDate", equalTo(TODAY.plusDays(Threats.TASK_DUE_IN_DAYS).toString()));
        assertThat(created.header("Location")).endsWith("/api/v1/tasks/" + created.path("id"));
        api().get("/api/v1/tasks?accountId={a}", accountId).then().body("items.source", contains("THREAT"));
        // Made once: the path knows its task, and a second click (after a reload) answers the same task.
        assertThat(threats(accountId).get(0)).containsEntry("taskId", created.path("id"));
        api().body(Map.of("key", path.get("key"))).post("/api/v1/accounts/{id}/threats/tasks", accountId).then()
                .statusCode(200).body("id", equalTo(created.path("id")));
        api().get("/api/v1/tasks?accountId={a}", accountId).then().body("items", hasSize(1));
        // Once the task is done, the path may have a new one.
        api().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(Map.of("status", "DONE")).patch("/api/v1/tasks/{id}", (String) created.path("id")).then()
                .statusCode(200);
        assertThat(threats(accountId).get(0)).containsEntry("taskId", null);
        api().body(Map.of("key", path.get("key"))).post("/api/v1/accounts/{id}/threats/tasks", accountId).then()
                .statusCode(201);

        api().body(Map.of("key", "UNTOUCHED_UNIT:" + UUID.randomUUID())).post("/api/v1/accounts/{id}/threats/tasks",
                accountId).then().statusCode(422).body("errors.field", contains("key"));
        api().body(Map.of("key", "")).post("/api/v1/accounts/{id}/threats/tasks", accountId).then().statusCode(422);
        String stranger = Fixtures.token("ACCOUNT_MANAGER", List.of("accounts:read", "tasks:write"));
        Api.withToken(stranger).body(Map.of("key", "UNTOUCHED_UNIT:" + unit))
                .post("/api/v1/accounts/{id}/threats/tasks", accountId).then().statusCode(403);
    }

    @Test
    void theExposureReportSumsArrPerKindAndPerCompetitor() {
        String owner = accountManager();
        String held = account(Map.of("ownerId", owner, "arr", 100000));
        String gapped = account(Map.of("ownerId", owner, "arr", 50000));
        String quiet = account(Map.of("ownerId", owner, "arr", 7000));
        touchedContact(quiet, People.unit(quiet), 1, "USER");
        String unit = People.unit(held);
        touchedContact(held, unit, 1, "USER");
        String rivalName = unique("Rival");
        String rival = competitor(rivalName);
        putWhitespace(held, List.of(held(unit, family("Fam"), rival, 30000.0, null))).then().statusCode(200);
        gap(rival, "Route optimisation", List.of(held, gapped));
        Map<String, Object> report = api().post("/api/v1/reports/threat-exposure/refresh?ownerId={o}", owner).then()
                .statusCode(200).body("accounts", equalTo(3)).body("accountsExposed", equalTo(2))
                .body("arrExposed", equalTo(150000.0f)).body("byCompetitor.competitorName", contains(rivalName))
                .body("byCompetitor[0].accounts", equalTo(2)).body("byCompetitor[0].arrExposed", equalTo(150000.0f))
                .body("byCompetitor[0].estimatedAnnualValue", equalTo(30000.0f))
                .body("byKind.kind", hasItem("OPEN_ALERT")).extract().jsonPath().getMap("$");
        assertThat(byKind(report, "COMPETITOR_HOLDS")).containsEntry("accounts", 1)
                .containsEntry("arrExposed", 100000.0f);
        assertThat(byKind(report, "OFFERING_GAP")).containsEntry("accounts", 2).containsEntry("arrExposed", 150000.0f);
        assertThat(byKind(report, "UNTOUCHED_UNIT")).containsEntry("accounts", 0);
        api().get("/api/v1/reports/threat-exposure?ownerId={o}&tier=KEY", owner).then().statusCode(200)
                .body("accounts", equalTo(0)).body("byCompetitor.size()", equalTo(0));
        assertThat(api().get("/api/v1/reports/threat-exposure").then().statusCode(200).extract().<Integer>path(
                "accounts")).isGreaterThanOrEqualTo(3);

        // Read from the snapshot: a new account shows once the snapshot is recomputed, with a later asOf.
        Object asOf = report.get("asOf");
        account(Map.of("ownerId", owner, "arr", 1000));
        api().get("/api/v1/reports/threat-exposure?ownerId={o}", owner).then().statusCode(200)
                .body("accounts", equalTo(3)).body("asOf", equalTo(asOf));
        api().post("/api/v1/reports/threat-exposure/refresh?ownerId={o}", owner).then().statusCode(200)
                .body("accounts", equalTo(4)).body("asOf", not(equalTo(asOf)));
        Api.withToken(Fixtures.token("ACCOUNT_MANAGER", List.of("accounts:read", "accounts:write")))
                .post("/api/v1/reports/threat-exposure/refresh").then().statusCode(403);
        api().get("/api/v1/reports/threat-exposure?tier=GOLD").then().statusCode(400);
        api().get("/api/v1/reports/threat-exposure?ownerId={o}", owner).then()
                .body("byKind.kind", not(hasItem("NONE")));
    }

    @Test
    void withoutASnapshotYetTheReportAsksToRetryAndNeverComputesInline() {
        // A new installation before the job's first run: the request answers at once instead of holding a
        // connection for the whole portfolio's computation.
        RevenueData.run("delete from threat_exposure_snapshot");
        try {
            api().get("/api/v1/reports/threat-exposure").then().statusCode(503)
                    .contentType(startsWith("application/problem+json"))
                    .body("type", equalTo("urn:stratum:problem:report-not-ready"))
                    .body("detail", startsWith("The exposure figures are being computed"))
                    .header("Retry-After", equalTo("30"));
            api().get("/api/v1/reports/threat-exposure").then().statusCode(503);
        } finally {
            api().post("/api/v1/reports/threat-exposure/refresh").then().statusCode(200)
                    .body("asOf", not(nullValue()));
        }
        api().get("/api/v1/reports/threat-exposure").then().statusCode(200);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> byKind(Map<String, Object> report, String kind) {
        return ((List<Map<String, Object>>) report.get("byKind")).stream().filter(k -> k.get("kind").equals(kind))
                .findFirst().orElseThrow();
    }
}
