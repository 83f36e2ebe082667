package com.stratum.icp;

import static com.stratum.support.Api.api;
import static com.stratum.support.Fixtures.account;
import static com.stratum.support.Fixtures.accountManager;
import static com.stratum.support.Fixtures.tierChange;
import static com.stratum.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.stratum.support.Api;
import com.stratum.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Issue 19: ICP fit, the tier budget and its override, reason codes, tier swaps and the tier review. */
@QuarkusTest
class TierGovernanceApiTest {

    @AfterEach
    void noPracticalBudget() {
        // The test database starts without a practical budget (the Flyway placeholders of %test); put it back.
        budget("KEY", Map.of("maxSharePct", 100));
        budget("STRATEGIC", Map.of("maxSharePct", 100));
    }

    /** Sets the ICP profile: industries, countries, ranges and weights as given, review thresholds 40 and 75. */
    static void profile(Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>();
        body.put("industries", List.of());
        body.put("countries", List.of());
        body.put("industryWeight", 0);
        body.put("employeesWeight", 0);
        body.put("revenueWeight", 0);
        body.put("countryWeight", 0);
        body.put("reviewLowFit", 40);
        body.put("reviewHighFit", 75);
        body.put("reviewMonths", 6);
        body.putAll(overrides);
        api().body(body).put("/api/v1/icp-profile").then().statusCode(200);
    }

    static void budget(String tier, Map<String, Object> body) {
        api().body(body).put("/api/v1/tier-budgets/{tier}", tier).then().statusCode(200);
    }

    /** The KEY budget as a count: exactly the accounts counted now plus {@code room}. */
    static int keyBudgetWithRoom(int room) {
        int used = api().get("/api/v1/tier-budgets").then().statusCode(200).extract()
                .path("items.find { it.tier == 'KEY' }.used");
        budget("KEY", Map.of("maxCount", used + room));
        return used + room;
    }

    @Test
    void fitWeighsEachCriterionAndFollowsTheAccountAndTheProfile() {
        String industry = unique("Software");
        profile(Map.of("industries", List.of(industry, "Fintech"), "countries", List.of("DE", "AT"),
                "employeesMin", 100, "employeesMax", 1000, "revenueMin", 10_000_000, "industryWeight", 40,
                "employeesWeight", 20, "revenueWeight", 20, "countryWeight", 20));
        String full = account(Map.of("industry", industry.toUpperCase(), "country", "DE", "employees", 1000,
                "annualRevenue", 10_000_000));
        api().get("/api/v1/accounts/{id}/icp-fit", full).then().statusCode(200)
                .body("fit", equalTo(100))
                .body("criteria.criterion", contains("INDUSTRY", "EMPLOYEES", "REVENUE", "COUNTRY"))
                .body("criteria.outcome", everyItem(equalTo("MATCH")))
                .body("criteria[0].points", equalTo(40.0f))
                .body("criteria[0].sentence", containsString("fits the profile"));

        String partial = account(Map.of("industry", "Retail", "country", "DE", "annualRevenue", 5_000_000));
        api().get("/api/v1/accounts/{id}/icp-fit", partial).then()
                .body("fit", equalTo(20))
                .body("criteria.outcome", contains("MISS", "UNKNOWN", "MISS", "MATCH"))
                .body("criteria[1].sentence", containsString("fill it in on the account"))
                .body("criteria[3].points", equalTo(20.0f));

        // An account change recomputes the fit in its own transaction: read at once.
        api().contentType("application/merge-patch+json").body(Map.of("industry", "fintech", "employees", 50))
                .patch("/api/v1/accounts/{id}", partial).then().statusCode(200);
        api().get("/api/v1/accounts/{id}/icp-fit", partial).then().body("fit", equalTo(60))
                .body("criteria.outcome", contains("MATCH", "MISS", "MISS", "MATCH"));

        // A profile change recomputes every account; an open criterion does not count.
        profile(Map.of("countries", List.of("DE"), "employeesMax", 60, "employeesWeight", 30, "countryWeight", 10,
                "industryWeight", 50));
        api().get("/api/v1/accounts/{id}/icp-fit", partial).then().body("fit", equalTo(100))
                .body("criteria.outcome", contains("NOT_SET", "MATCH", "NOT_SET", "MATCH"))
                .body("criteria[0].points", equalTo(0));
        api().get("/api/v1/accounts/{id}/icp-fit", full).then().body("fit", equalTo(25));

        // No criterion set: no fit.
        profile(Map.of("industryWeight", 10));
        api().get("/api/v1/accounts/{id}/icp-fit", full).then().body("fit", nullValue())
                .body("criteria.outcome", everyItem(equalTo("NOT_SET")));
    }

    @Test
    void aPromotionNeedsAReasonCodeKeptInTheHistory() {
        String id = account(accountManager(), "STANDARD");
        api().body(Map.of("tier", "KEY", "reason", "Signed the platform deal")).put("/api/v1/accounts/{id}/tier", id)
                .then().statusCode(422)
                .body("errors[0].field", equalTo("reasonCode"))
                .body("errors[0].message", containsString("send reasonCode, one of REVENUE, GROWTH_POTENTIAL"));
        api().body(Map.of("tier", "KEY", "reason", "Signed", "reasonCode", "LUCK"))
                .put("/api/v1/accounts/{id}/tier", id).then().statusCode(422);
        api().body(Map.of("tier", "KEY", "reason", "New region's first reference", "reasonCode",
                "STRATEGIC_REFERENCE")).put("/api/v1/accounts/{id}/tier", id).then().statusCode(200);
        // A demotion needs none.
        api().body(tierChange("STANDARD", "Spend went flat")).put("/api/v1/accounts/{id}/tier", id).then()
                .statusCode(200);
        api().get("/api/v1/accounts/{id}/tier-history", id).then()
                .body("items.reasonCode", contains(nullValue(), equalTo("STRATEGIC_REFERENCE"), nullValue()));
    }

    @Test
    void concurrentPromotionsNeverPassTheBudget() throws Exception {
        List<String> candidates = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            candidates.add(account(accountManager(), "STANDARD"));
        }
        int limit = keyBudgetWithRoom(2);
        ExecutorService pool = Executors.newFixedThreadPool(candidates.size());
        List<Integer> statuses = new ArrayList<>();
        List<String> types = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<io.restassured.response.Response>> results = new ArrayList<>();
            for (String id : candidates) {
                results.add(pool.submit(() -> {
                    start.await();
                    return api().body(tierChange("KEY", "Race")).put("/api/v1/accounts/{id}/tier", id);
                }));
            }
            start.countDown();
            for (Future<io.restassured.response.Response> result : results) {
                statuses.add(result.get().statusCode());
                if (result.get().statusCode() == 409) {
                    types.add(result.get().path("type"));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(2);
        assertThat(types).containsOnly("urn:stratum:problem:tier-budget");
        api().get("/api/v1/tier-budgets").then()
                .body("items.find { it.tier == 'KEY' }.used", equalTo(limit))
                .body("items.find { it.tier == 'KEY' }.limit", equalTo(limit));
    }

    @Test
    void overTheBudgetIsRefusedUnlessAnAdminOverrides() {
        String owner = accountManager();
        String key = account(owner, "KEY");
        String id = account(owner, "STANDARD");
        int limit = keyBudgetWithRoom(0);
        api().body(tierChange("KEY", "Big deal")).put("/api/v1/accounts/{id}/tier", id).then().statusCode(409)
                .body("type", equalTo("urn:stratum:problem:tier-budget"))
                .body("tier", equalTo("KEY"))
                .body("maxCount", equalTo(limit))
                .body("limit", equalTo(limit))
                .body("used", equalTo(limit))
                .body("detail", containsString("The KEY budget is " + limit + " account"))
                .body("detail", containsString("budgetOverride"))
                .body("swapCandidates.accountId", contains(key));

        String expires = LocalDate.now(ZoneOffset.UTC).plusDays(30).toString();
        Map<String, Object> override = Map.of("tier", "KEY", "reason", "Board decision", "reasonCode", "NEW_MARKET",
                "budgetOverride", Map.of("reason", "Reference customer for the region", "expiresOn", expires));
        // Only admins override.
        Api.Session manager = Fixtures.signedIn("MANAGER");
        manager.request().body(override).put("/api/v1/accounts/{id}/tier", id).then().statusCode(403);
        // The expiry is after today.
        api().body(Map.of("tier", "KEY", "reason", "Board decision", "reasonCode", "NEW_MARKET", "budgetOverride",
                        Map.of("reason", "Reference", "expiresOn", LocalDate.now(ZoneOffset.UTC).toString())))
                .put("/api/v1/accounts/{id}/tier", id).then().statusCode(422)
                .body("errors[0].field", equalTo("budgetOverride.expiresOn"));

        // Other tests' overrides may still run: this one adds one.
        int overriddenBefore = api().get("/api/v1/tier-budgets").then().extract()
                .path("items.find { it.tier == 'KEY' }.overridden");
        api().body(override).put("/api/v1/accounts/{id}/tier", id).then().statusCode(200).body("tier", equalTo("KEY"));
        api().get("/api/v1/accounts/{id}/tier-history", id).then()
                .body("items[0].budgetOverrideId", notNullValue())
                .body("items[0].reasonCode", equalTo("NEW_MARKET"));
        // Overridden, it does not count: the budget is still exactly used.
        api().get("/api/v1/tier-budgets").then()
                .body("items.find { it.tier == 'KEY' }.used", equalTo(limit))
                .body("items.find { it.tier == 'KEY' }.overridden", equalTo(overriddenBefore + 1));
    }

    @Test
    void aCapacityRefusalOffersASwapThatChangesBothOrNeither() {
        String owner = accountManager();
        List<String> strategic = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            strategic.add(account(owner, "STRATEGIC"));
        }
        String rising = account(owner, "KEY");
        api().body(tierChange("STRATEGIC", "Board-level deal")).put("/api/v1/accounts/{id}/tier", rising).then()
                .statusCode(409)
                .body("type", equalTo("urn:stratum:problem:tier-capacity"))
                .body("detail", containsString("/tier-swap"))
                .body("swapCandidates", hasSize(3))
                .body("swapCandidates.accountId", hasItem(strategic.get(0)));

        String falling = strategic.get(0);
        Map<String, Object> swap = Map.of("tier", "STRATEGIC", "reasonCode", "REVENUE", "reason",
                "Board-level deal", "demoteAccountId", falling, "demoteTo", "KEY", "demoteReason", "Spend flat");

        // Refused after the demotion was made (the budget, lowered below what is in the tier): neither changes.
        budget("STRATEGIC", Map.of("maxCount", 0));
        api().body(swap).post("/api/v1/accounts/{id}/tier-swap", rising).then().statusCode(409)
                .body("type", equalTo("urn:stratum:problem:tier-budget"));
        api().get("/api/v1/accounts/{id}", falling).then().body("tier", equalTo("STRATEGIC"));
        api().get("/api/v1/accounts/{id}/tier-history", falling).then().body("items", hasSize(1));
        budget("STRATEGIC", Map.of("maxSharePct", 100));

        String swapId = api().body(swap).post("/api/v1/accounts/{id}/tier-swap", rising).then().statusCode(200)
                .body("promoted.tier", equalTo("STRATEGIC"))
                .body("demoted.tier", equalTo("KEY"))
                .extract().path("swapId");
        api().get("/api/v1/accounts/{id}/tier-history", rising).then()
                .body("items[0].swapId", equalTo(swapId)).body("items[0].reasonCode", equalTo("REVENUE"));
        api().get("/api/v1/accounts/{id}/tier-history", falling).then()
                .body("items[0].swapId", equalTo(swapId)).body("items[0].toTier", equalTo("KEY"));

        // Bad swaps: the same account, one of another owner, a tier that is not above.
        String other = account(accountManager(), "STRATEGIC");
        String standard = account(owner, "STANDARD");
        api().body(Map.of("tier", "STRATEGIC", "reasonCode", "REVENUE", "reason", "Deal", "demoteAccountId", other,
                        "demoteReason", "Flat")).post("/api/v1/accounts/{id}/tier-swap", standard).then()
                .statusCode(422).body("errors[0].field", equalTo("demoteAccountId"));
        api().body(Map.of("tier", "STRATEGIC", "reasonCode", "REVENUE", "reason", "Deal", "demoteAccountId", standard,
                        "demoteReason", "Flat")).post("/api/v1/accounts/{id}/tier-swap", standard).then()
                .statusCode(422);
        api().body(Map.of("tier", "STANDARD", "reasonCode", "REVENUE", "reason", "Deal", "demoteAccountId", rising,
                        "demoteReason", "Flat")).post("/api/v1/accounts/{id}/tier-swap", standard).then()
                .statusCode(422).body("errors[0].field", equalTo("tier"));
        api().body(Map.of("tier", "STRATEGIC")).post("/api/v1/accounts/{id}/tier-swap", standard).then()
                .statusCode(422);
    }

    @Test
    void theTierReviewListsMisfitsAndSavesDecisionsAllOrNone() {
        String industry = unique("Review industry");
        profile(Map.of("industries", List.of(industry), "industryWeight", 100));
        String owner = accountManager();
        String lowKey = account(Map.of("ownerId", owner, "tier", "KEY", "industry", "Elsewhere", "arr", 1000));
        String highStandard = account(Map.of("ownerId", owner, "industry", industry, "arr", 2000));
        account(Map.of("ownerId", owner, "tier", "KEY", "industry", industry)); // fits: not listed
        account(Map.of("ownerId", owner, "industry", "Elsewhere")); // STANDARD, low fit: not listed

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate start = LocalDate.of(today.getYear(), today.getMonthValue() <= 6 ? 1 : 7, 1);
        api().queryParam("ownerId", owner).get("/api/v1/tier-reviews/current").then().statusCode(200)
                .body("items.accountId", org.hamcrest.Matchers.containsInAnyOrder(lowKey, highStandard))
                .body("items.find { it.accountId == '" + lowKey + "' }.suggestion", equalTo("DEMOTE"))
                .body("items.find { it.accountId == '" + lowKey + "' }.icpFit", equalTo(0))
                .body("items.find { it.accountId == '" + highStandard + "' }.suggestion", equalTo("PROMOTE"))
                .body("total", equalTo(2))
                .body("periodStart", equalTo(start.toString()))
                .body("periodEnd", equalTo(start.plusMonths(6).minusDays(1).toString()))
                .body("lowFit", equalTo(40)).body("highFit", equalTo(75));
        String cursor = api().queryParam("ownerId", owner).queryParam("limit", 1).queryParam("sort", "-arr")
                .get("/api/v1/tier-reviews/current").then().body("items.accountId", contains(highStandard))
                .body("total", equalTo(2)).extract().path("nextCursor");
        api().queryParam("ownerId", owner).queryParam("limit", 1).queryParam("sort", "-arr")
                .queryParam("cursor", cursor).get("/api/v1/tier-reviews/current").then()
                .body("items.accountId", contains(lowKey)).body("total", equalTo(2));
        api().queryParam("ownerId", owner).queryParam("suggestion", "PROMOTE").get("/api/v1/tier-reviews/current")
                .then().body("items.accountId", contains(highStandard));
        // Sync: rows follow the account's updatedAt, up to the settle window; another sort is refused.
        api().queryParam("ownerId", owner).queryParam("updatedAfter", "2020-01-01T00:00:00Z")
                .get("/api/v1/tier-reviews/current").then().statusCode(200)
                .header("Stratum-Synced-Through", notNullValue());
        api().queryParam("updatedAfter", "2020-01-01T00:00:00Z").queryParam("sort", "name")
                .get("/api/v1/tier-reviews/current").then().statusCode(400);

        // Over the budget: nothing is saved, and the refusal names the decision.
        List<Map<String, Object>> decisions = List.of(
                Map.of("accountId", highStandard, "tier", "KEY", "reasonCode", "GROWTH_POTENTIAL", "reason",
                        "Tier review: fits the profile"),
                Map.of("accountId", lowKey, "tier", "STANDARD", "reason", "Tier review: outside the profile"));
        budget("KEY", Map.of("maxCount", 0));
        api().body(Map.of("decisions", decisions)).post("/api/v1/tier-reviews/current/decisions").then()
                .statusCode(409).body("type", equalTo("urn:stratum:problem:tier-budget"))
                .body("index", equalTo(0)).body("accountId", equalTo(highStandard));
        api().get("/api/v1/accounts/{id}", lowKey).then().body("tier", equalTo("KEY"));

        // A promotion without its reason code: 422, nothing saved.
        budget("KEY", Map.of("maxSharePct", 100));
        api().body(Map.of("decisions", List.of(Map.of("accountId", highStandard, "tier", "KEY", "reason", "Fits"))))
                .post("/api/v1/tier-reviews/current/decisions").then().statusCode(422)
                .body("errors[0].field", equalTo("decisions[0].reasonCode"));

        // Within the budget (the demotion first frees the place it takes): both saved.
        keyBudgetWithRoom(0);
        api().body(Map.of("decisions", decisions)).post("/api/v1/tier-reviews/current/decisions").then()
                .statusCode(200).body("items.tier", contains("KEY", "STANDARD"));
        api().queryParam("ownerId", owner).get("/api/v1/tier-reviews/current").then().body("items", hasSize(0));
    }

    @Test
    void promotionFactsShowFitArrPotentialThreatAndBudgets() {
        profile(Map.of("countries", List.of("FR"), "countryWeight", 10));
        String id = account(Map.of("country", "FR", "arr", 50000));
        Fixtures.opportunity(id, "UPSELL", 10000, "2031-01-31");
        api().get("/api/v1/accounts/{id}/promotion-facts", id).then().statusCode(200)
                .body("icpFit", equalTo(100))
                .body("arr", equalTo(50000.0f))
                .body("potential", equalTo(1000.0f))
                .body("threatScore", notNullValue())
                .body("budgets.tier", contains("KEY", "STRATEGIC"));
    }

    @Test
    void badInputIsRefusedWithASentence() {
        Map<String, Object> body = new HashMap<>(Map.of("industries", List.of(), "countries", List.of("XX"),
                "industryWeight", 10, "employeesWeight", 0, "revenueWeight", 0, "countryWeight", 0,
                "reviewLowFit", 80, "reviewHighFit", 70, "reviewMonths", 5));
        body.put("employeesMin", 500);
        body.put("employeesMax", 100);
        api().body(body).put("/api/v1/icp-profile").then().statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("employeesMax", "countries",
                        "reviewHighFit", "reviewMonths"));
        api().body(Map.of("industries", List.of(), "countries", List.of(), "industryWeight", 101,
                        "employeesWeight", 0, "revenueWeight", 0, "countryWeight", 0, "reviewLowFit", 40,
                        "reviewHighFit", 75, "reviewMonths", 6)).put("/api/v1/icp-profile").then().statusCode(422)
                .body("errors[0].field", equalTo("industryWeight"));
        api().body(Map.of("maxSharePct", 10, "maxCount", 3)).put("/api/v1/tier-budgets/KEY").then().statusCode(422);
        api().body(Map.of()).put("/api/v1/tier-budgets/KEY").then().statusCode(422);
        api().body(Map.of("maxSharePct", 0)).put("/api/v1/tier-budgets/KEY").then().statusCode(422);
        api().body(Map.of("maxCount", 3)).put("/api/v1/tier-budgets/STANDARD").then().statusCode(400);
        api().body(Map.of("maxCount", 3)).put("/api/v1/tier-budgets/GOLD").then().statusCode(404);
        Fixtures.signedIn("MANAGER").request().body(Map.of("maxCount", 3)).put("/api/v1/tier-budgets/KEY").then()
                .statusCode(403);
        api().queryParam("suggestion", "MAYBE").get("/api/v1/tier-reviews/current").then().statusCode(400);
        api().body(Map.of("decisions", List.of())).post("/api/v1/tier-reviews/current/decisions").then()
                .statusCode(422);
        Fixtures.signedIn("ACCOUNT_MANAGER").request().body(Map.of("industries", List.of(), "countries", List.of(),
                        "industryWeight", 10, "employeesWeight", 0, "revenueWeight", 0, "countryWeight", 0,
                        "reviewLowFit", 40, "reviewHighFit", 75, "reviewMonths", 6)).put("/api/v1/icp-profile")
                .then().statusCode(403);
    }
}
