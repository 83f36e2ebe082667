package com.stratum.contact;

import static com.stratum.support.Api.api;
import static com.stratum.support.Fixtures.account;
import static com.stratum.support.Fixtures.accountManager;
import static com.stratum.support.Fixtures.tierChange;
import static com.stratum.support.People.contact;
import static com.stratum.support.People.patchContact;
import static com.stratum.support.People.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The coverage rule per tier: when an account is single-threaded, and that the stored value stays true. */
@QuarkusTest
class CoverageApiTest {
    private static final String NO_DECISION_KEY = "No contact has a decision role (executive sponsor, decision maker"
            + " or economic buyer); KEY accounts need 1.";
    private static final String NO_UNIT_KEY = "No business unit has a current contact; KEY accounts need contacts in 1.";

    @Inject
    DataSource dataSource;

    private static Response view(String accountId) {
        return api().get("/api/v1/accounts/{id}", accountId);
    }

    private static String today() {
        return LocalDate.now(ZoneOffset.UTC).toString();
    }

    @Test
    void aKeyAccountIsSingleThreadedUntilItKnowsADecisionMakerInAUnitAndAgainWhenTheyLeave() {
        String accountId = account(Map.of("ownerId", accountManager(), "tier", "KEY"));
        view(accountId).then().statusCode(200).body("singleThreaded", equalTo(true))
                .body("singleThreadedReasons", contains(NO_DECISION_KEY, NO_UNIT_KEY))
                .body("decisionContacts", equalTo(0)).body("businessUnitsCovered", equalTo(0));

        String unitId = unit(accountId);
        String user = contact(accountId, "USER", unitId);
        view(accountId).then().body("singleThreaded", equalTo(true))
                .body("singleThreadedReasons", contains(NO_DECISION_KEY)).body("businessUnitsCovered", equalTo(1));

        String buyer = contact(accountId, "ECONOMIC_BUYER", null);
        view(accountId).then().body("singleThreaded", equalTo(false)).body("singleThreadedReasons", empty())
                .body("decisionContacts", equalTo(1));

        patchContact(buyer, Map.of("leftCompanyOn", today()));
        view(accountId).then().body("singleThreaded", equalTo(true))
                .body("singleThreadedReasons", contains(NO_DECISION_KEY));
        Map<String, Object> back = new HashMap<>();
        back.put("leftCompanyOn", null);
        patchContact(buyer, back);
        view(accountId).then().body("singleThreaded", equalTo(false));

        patchContact(user, Map.of("leftCompanyOn", today()));
        view(accountId).then().body("singleThreaded", equalTo(true)).body("singleThreadedReasons", contains(NO_UNIT_KEY));
        patchContact(buyer, Map.of("businessUnitId", unitId));
        view(accountId).then().body("singleThreaded", equalTo(false));
        api().delete("/api/v1/contacts/{id}", buyer).then().statusCode(204);
        view(accountId).then().body("singleThreaded", equalTo(true))
                .body("singleThreadedReasons", contains(NO_DECISION_KEY, NO_UNIT_KEY));
    }

    @Test
    void aStrategicAccountNeedsTwoDecisionContactsInTwoUnits() {
        String accountId = account(Map.of("tier", "STRATEGIC"));
        String first = unit(accountId);
        String second = unit(accountId);
        contact(accountId, "EXECUTIVE_SPONSOR", first);
        view(accountId).then().body("singleThreadedReasons", contains(
                "Only 1 contact has a decision role (executive sponsor, decision maker or economic buyer); STRATEGIC"
                        + " accounts need 2.",
                "Only 1 business unit has a current contact; STRATEGIC accounts need contacts in 2."));
        String maker = contact(accountId, "DECISION_MAKER", first);
        view(accountId).then().body("singleThreaded", equalTo(true)).body("singleThreadedReasons", contains(
                "Only 1 business unit has a current contact; STRATEGIC accounts need contacts in 2."));
        patchContact(maker, Map.of("businessUnitId", second));
        view(accountId).then().body("singleThreaded", equalTo(false)).body("decisionContacts", equalTo(2))
                .body("businessUnitsCovered", equalTo(2));
        patchContact(maker, Map.of("buyingRole", "CHAMPION"));
        view(accountId).then().body("singleThreaded", equalTo(true)).body("decisionContacts", equalTo(1));
    }

    @Test
    void aTierChangeJudgesTheAccountByItsNewTiersRule() {
        String accountId = account(Map.of());
        view(accountId).then().body("singleThreaded", equalTo(false));
        api().body(tierChange("KEY", "Bigger deal")).put("/api/v1/accounts/{id}/tier", accountId).then()
                .statusCode(200).body("singleThreaded", equalTo(true))
                .body("singleThreadedReasons", contains(NO_DECISION_KEY, NO_UNIT_KEY));
        api().body(tierChange("STANDARD", "Smaller again")).put("/api/v1/accounts/{id}/tier", accountId).then()
                .statusCode(200).body("singleThreaded", equalTo(false));
    }

    @Test
    void aChangedCoverageRuleJudgesEveryAccountOfTheTierAgain() {
        String owner = accountManager();
        String covered = account(Map.of("ownerId", owner, "tier", "KEY"));
        contact(covered, "DECISION_MAKER", unit(covered));
        view(covered).then().body("singleThreaded", equalTo(false));
        try {
            api().body(Map.of("maxAccountsPerOwner", 8, "qbrCadenceDays", 90, "minDecisionContacts", 2, "touchCadenceDays", 45))
                    .put("/api/v1/tier-policies/KEY").then().statusCode(200)
                    .body("minDecisionContacts", equalTo(2)).body("minBusinessUnits", equalTo(1));
            view(covered).then().body("singleThreaded", equalTo(true)).body("singleThreadedReasons", contains(
                    "Only 1 contact has a decision role (executive sponsor, decision maker or economic buyer); KEY"
                            + " accounts need 2."));
            api().queryParam("ownerId", owner).queryParam("singleThreaded", true).get("/api/v1/accounts").then()
                    .body("items.id", contains(covered));
        } finally {
            api().body(Map.of("maxAccountsPerOwner", 8, "qbrCadenceDays", 90, "minDecisionContacts", 1,
                    "minBusinessUnits", 1, "touchCadenceDays", 45)).put("/api/v1/tier-policies/KEY").then().statusCode(200);
        }
        view(covered).then().body("singleThreaded", equalTo(false));
        api().get("/api/v1/tier-policies").then()
                .body("items.find { it.tier == 'STRATEGIC' }.minDecisionContacts", equalTo(2))
                .body("items.find { it.tier == 'STANDARD' }.minBusinessUnits", equalTo(0));
        api().body(Map.of("qbrCadenceDays", 90, "minDecisionContacts", 101, "minBusinessUnits", -1))
                .put("/api/v1/tier-policies/KEY").then().statusCode(422)
                .body("errors.field", containsInAnyOrder("minDecisionContacts", "minBusinessUnits"));
    }

    @Test
    void theAccountsListFiltersOnSingleThreadedAndTheWorkloadCountsThem() {
        String owner = accountManager();
        String thin = account(Map.of("ownerId", owner, "tier", "KEY", "name", "A thin"));
        String covered = account(Map.of("ownerId", owner, "tier", "KEY", "name", "B covered"));
        String standard = account(Map.of("ownerId", owner, "name", "C standard"));
        contact(covered, "DECISION_MAKER", unit(covered));
        api().queryParam("ownerId", owner).queryParam("singleThreaded", "true").get("/api/v1/accounts").then()
                .statusCode(200).body("items.id", contains(thin)).body("total", equalTo(1));
        api().queryParam("ownerId", owner).queryParam("singleThreaded", "false").get("/api/v1/accounts").then()
                .body("items.id", contains(covered, standard));
        api().queryParam("singleThreaded", "maybe").get("/api/v1/accounts").then().statusCode(400);
        api().queryParam("ownerId", owner).get("/api/v1/workload").then().statusCode(200)
                .body("items[0].total.singleThreaded", equalTo(1))
                .body("items[0].tiers.find { it.tier == 'KEY' }.figures.singleThreaded", equalTo(1))
                .body("items[0].tiers.find { it.tier == 'STANDARD' }.figures.singleThreaded", equalTo(0));
        api().contentType("application/merge-patch+json").body(Map.of("singleThreaded", false))
                .patch("/api/v1/accounts/{id}", thin).then().statusCode(422)
                .body("errors[0].field", equalTo("singleThreaded"));
    }

    /** The SQL rule names the decision roles; BuyingRole (and so rules.json) must name the same. */
    @Test
    void exactlyTheDecisionRolesOfBuyingRoleCount() {
        for (BuyingRole role : BuyingRole.values()) {
            String accountId = account(Map.of("tier", "KEY"));
            contact(accountId, role.name(), unit(accountId));
            Boolean singleThreaded = view(accountId).path("singleThreaded");
            assertThat(singleThreaded).as("%s", role).isEqualTo(!BuyingRole.DECISION_ROLES.contains(role));
        }
        assertThat(BuyingRole.DECISION_ROLES).containsExactlyInAnyOrder(BuyingRole.EXECUTIVE_SPONSOR,
                BuyingRole.DECISION_MAKER, BuyingRole.ECONOMIC_BUYER);
    }

    /**
     * After a mix of changes, every stored value equals both the SQL rule computed from scratch and a count made
     * here from the contacts the API lists.
     */
    @Test
    void theStoredCoverageMatchesARecountFromScratchAfterAMixOfChanges() throws Exception {
        String owner = accountManager();
        List<String> accounts = new ArrayList<>();
        for (String tier : List.of("STRATEGIC", "KEY", "KEY", "STANDARD")) {
            accounts.add(account(Map.of("ownerId", owner, "tier", tier)));
        }
        String[] roles = {"DECISION_MAKER", "USER", "ECONOMIC_BUYER", "CHAMPION", "EXECUTIVE_SPONSOR"};
        List<String> contacts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String accountId = accounts.get(i % accounts.size());
            String unitId = i % 3 == 0 ? null : unit(accountId);
            contacts.add(contact(accountId, roles[i % roles.length], unitId));
        }
        patchContact(contacts.get(0), Map.of("leftCompanyOn", today()));
        patchContact(contacts.get(5), Map.of("buyingRole", "DECISION_MAKER"));
        api().delete("/api/v1/contacts/{id}", contacts.get(6)).then().statusCode(204);
        api().body(tierChange("STRATEGIC", "Promoted")).put("/api/v1/accounts/{id}/tier", accounts.get(3)).then()
                .statusCode(200);
        api().body(tierChange("STANDARD", "Demoted")).put("/api/v1/accounts/{id}/tier", accounts.get(1)).then()
                .statusCode(200);

        for (String accountId : accounts) {
            Response account = view(accountId);
            Map<String, Integer> expected = recount(accountId);
            assertThat(account.<Integer>path("decisionContacts")).as(accountId).isEqualTo(expected.get("decision"));
            assertThat(account.<Integer>path("businessUnitsCovered")).as(accountId).isEqualTo(expected.get("units"));
            Map<String, Integer> rule = policy(account.path("tier"));
            assertThat(account.<Boolean>path("singleThreaded")).as(accountId).isEqualTo(
                    expected.get("decision") < rule.get("decision") || expected.get("units") < rule.get("units"));
        }
        try (Connection connection = dataSource.getConnection();
                ResultSet differing = connection.createStatement().executeQuery("""
                        select count(*) from account a join account_coverage c on c.account_id = a.id
                         where (a.decision_contacts, a.business_units_covered, a.single_threaded_reasons)
                               is distinct from (c.decision_contacts, c.business_units_covered, c.reasons)
                            or a.single_threaded <> (cardinality(c.reasons) > 0)""")) {
            differing.next();
            assertThat(differing.getLong(1)).as("accounts whose stored coverage differs from the rule").isZero();
        }
    }

    /** Decision contacts and covered units counted here from the account's contacts, as the API lists them. */
    private static Map<String, Integer> recount(String accountId) {
        List<Map<String, Object>> items = api().queryParam("limit", 200).get("/api/v1/accounts/{id}/contacts",
                accountId).then().statusCode(200).extract().path("items");
        int decision = 0;
        Set<Object> units = new HashSet<>();
        for (Map<String, Object> c : items) {
            if (c.get("leftCompanyOn") != null) {
                continue;
            }
            if (c.get("buyingRole") != null
                    && BuyingRole.DECISION_ROLES.contains(BuyingRole.valueOf((String) c.get("buyingRole")))) {
                decision++;
            }
            if (c.get("businessUnitId") != null) {
                units.add(c.get("businessUnitId"));
            }
        }
        return Map.of("decision", decision, "units", units.size());
    }

    private static Map<String, Integer> policy(String tier) {
        Response policies = api().get("/api/v1/tier-policies");
        return Map.of("decision", policies.path("items.find { it.tier == '" + tier + "' }.minDecisionContacts"),
                "units", policies.path("items.find { it.tier == '" + tier + "' }.minBusinessUnits"));
    }
}
