package com.stratum.contact;

import com.stratum.common.SearchWords;

import static com.stratum.support.Api.api;
import static com.stratum.support.Fixtures.account;
import static com.stratum.support.Fixtures.accountManager;
import static com.stratum.support.Fixtures.unique;
import static com.stratum.support.People.contact;
import static com.stratum.support.People.patchContact;
import static com.stratum.support.People.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.stratum.support.Api;
import com.stratum.support.Fixtures;
import com.stratum.support.Surveys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ContactApiTest {
    private static final String SENTENCE = "^[A-Z].*[.]$";
    private static final String PATCH = "application/merge-patch+json";

    @Inject
    DataSource dataSource;

    private static String today() {
        return LocalDate.now(ZoneOffset.UTC).toString();
    }

    @Test
    void aContactIsCreatedReadChangedAndDeletedWithNamesJoinedIn() {
        String owner = accountManager();
        String accountId = account(Map.of("ownerId", owner));
        String unitId = unit(accountId);
        String boss = contact(accountId, Map.of("name", "Avery Boss"));
        Map<String, Object> body = new HashMap<>();
        body.put("name", "  Jordan Lee ");
        body.put("title", "VP Operations");
        body.put("email", "Jordan.Lee@Customer.example");
        body.put("phone", "+49 30 1234567");
        body.put("businessUnitId", unitId);
        body.put("buyingRole", "DECISION_MAKER");
        body.put("influence", 4);
        body.put("stance", "ALLY");
        body.put("preferredChannel", "VIDEO");
        body.put("preferredLanguage", "DE");
        body.put("reportsToId", boss);
        body.put("relationshipOwnerId", owner);
        Response created = api().body(body).post("/api/v1/accounts/{id}/contacts", accountId);
        created.then().statusCode(201).header("ETag", "\"0\"")
                .body("name", equalTo("Jordan Lee"))
                .body("accountId", equalTo(accountId))
                .body("accountName", containsString("Account-"))
                .body("businessUnitName", containsString("Unit-"))
                .body("reportsToName", equalTo("Avery Boss"))
                .body("relationshipOwnerName", containsString("User-"))
                .body("preferredLanguage", equalTo("de"))
                .body("leftCompanyOn", nullValue())
                .body("lastTouchAt", nullValue());
        String id = created.path("id");
        created.then().header("Location", endsWith("/api/v1/contacts/" + id));

        api().get("/api/v1/contacts/{id}", id).then().statusCode(200).header("ETag", com.stratum.support.Api.getEtag(0))
                .body("email", equalTo("Jordan.Lee@Customer.example"));
        api().contentType(PATCH).header("If-Match", "\"0\"").body(Map.of("title", "COO"))
                .patch("/api/v1/contacts/{id}", id).then().statusCode(200).header("ETag", "\"1\"")
                .body("title", equalTo("COO")).body("influence", equalTo(4));
        api().contentType(PATCH).header("If-Match", "\"0\"").body(Map.of("title", "CEO"))
                .patch("/api/v1/contacts/{id}", id).then().statusCode(412);
        api().contentType(PATCH).body(Map.of("accountId", accountId, "reportsToName", "x", "nickname", "J"))
                .patch("/api/v1/contacts/{id}", id).then().statusCode(422)
                .body("errors.field", containsInAnyOrder("accountId", "reportsToName", "nickname"));

        api().header("If-Match", "\"0\"").delete("/api/v1/contacts/{id}", id).then().statusCode(412);
        api().header("If-Match", "\"1\"").delete("/api/v1/contacts/{id}", id).then().statusCode(204);
        api().get("/api/v1/contacts/{id}", id).then().statusCode(404);
        api().get("/api/v1/accounts/{id}/contacts", accountId).then().statusCode(200)
                .body("items.name", contains("Avery Boss")).body("total", equalTo(1));
    }

    @Test
    void everyInvalidValueIsRefusedInAWholeSentenceAndNothingIsCreated() {
        String accountId = account(Map.of());
        String otherUnit = unit(account(Map.of()));
        String inactive = api().body(Map.of("name", unique("Gone"), "email", unique("gone") + "@test.example",
                "role", "ACCOUNT_MANAGER", "active", false)).post("/api/v1/users").then().statusCode(201).extract()
                .path("id");
        Map<String, Object> body = new HashMap<>();
        body.put("name", " ");
        body.put("email", "not-an-email");
        body.put("phone", "call me");
        body.put("influence", 6);
        Response refused = api().body(body).post("/api/v1/accounts/{id}/contacts", accountId);
        refused.then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("name", "email", "phone", "influence"));
        assertThat(refused.<List<String>>path("errors.message")).allSatisfy(m -> assertThat(m).matches(SENTENCE));

        body = new HashMap<>();
        body.put("name", "Valid Name");
        body.put("preferredLanguage", "xx");
        body.put("leftCompanyOn", LocalDate.now(ZoneOffset.UTC).plusDays(1).toString());
        body.put("businessUnitId", otherUnit);
        body.put("relationshipOwnerId", inactive);
        body.put("reportsToId", "00000000-0000-4000-8000-00000000dead");
        refused = api().body(body).post("/api/v1/accounts/{id}/contacts", accountId);
        refused.then().statusCode(422).body("errors.field", containsInAnyOrder("preferredLanguage", "leftCompanyOn",
                "businessUnitId", "relationshipOwnerId", "reportsToId"));
        assertThat(refused.<List<String>>path("errors.message")).allSatisfy(m -> assertThat(m).matches(SENTENCE));
        assertThat(refused.<List<String>>path("errors.message")).contains(
                "Use an ISO 639-1 language code such as de; xx is not one.");
        api().get("/api/v1/accounts/{id}/contacts", accountId).then().statusCode(200).body("total", equalTo(0));
        api().body(Map.of("name", "Somebody")).post("/api/v1/accounts/{id}/contacts",
                "00000000-0000-4000-8000-00000000beef").then().statusCode(404);
    }

    @Test
    void anEmailBelongsToOneContactPerAccountIgnoringCase() {
        String accountId = account(Map.of());
        String first = contact(accountId, Map.of("email", "sam@shared.example"));
        api().body(Map.of("name", "Sam Again", "email", "SAM@Shared.Example"))
                .post("/api/v1/accounts/{id}/contacts", accountId).then().statusCode(409)
                .body("existingId", equalTo(first)).body("field", equalTo("email"))
                .body("detail", containsString("already has the email"));
        String second = contact(accountId, Map.of("email", "other@shared.example"));
        api().contentType(PATCH).body(Map.of("email", "Sam@shared.example")).patch("/api/v1/contacts/{id}", second)
                .then().statusCode(409).body("existingId", equalTo(first));
        // Another account may know the same person.
        contact(account(Map.of()), Map.of("email", "sam@shared.example"));
    }

    @Test
    void reportsToStaysWithinTheAccountAndNeverMakesACycle() {
        String accountId = account(Map.of());
        String ceo = contact(accountId, Map.of("name", "Casey CEO"));
        String vp = contact(accountId, Map.of("name", "Val VP", "reportsToId", ceo));
        String lead = contact(accountId, Map.of("name", "Lee Lead", "reportsToId", vp));
        String stranger = contact(account(Map.of()), Map.of());

        api().contentType(PATCH).body(Map.of("reportsToId", ceo)).patch("/api/v1/contacts/{id}", ceo).then()
                .statusCode(422).body("errors[0].field", equalTo("reportsToId"))
                .body("errors[0].message", equalTo("A contact cannot report to themselves; choose another contact."));
        api().contentType(PATCH).body(Map.of("reportsToId", lead)).patch("/api/v1/contacts/{id}", ceo).then()
                .statusCode(422).body("errors[0].message", equalTo("This would make a cycle: Lee Lead already reports"
                        + " to Casey CEO, directly or through others. Choose another contact."));
        api().contentType(PATCH).body(Map.of("reportsToId", stranger)).patch("/api/v1/contacts/{id}", lead).then()
                .statusCode(422).body("errors[0].field", equalTo("reportsToId"));
        // Moving a branch elsewhere in the tree is fine.
        patchContact(lead, Map.of("reportsToId", ceo));
    }

    @Test
    void deletingAManagerLeavesTheirReportsReportingToNobody() {
        String accountId = account(Map.of());
        String boss = contact(accountId, Map.of());
        String report = contact(accountId, Map.of("reportsToId", boss));
        api().delete("/api/v1/contacts/{id}", boss).then().statusCode(204);
        api().get("/api/v1/contacts/{id}", report).then().statusCode(200).body("reportsToId", nullValue())
                .body("version", equalTo(1));
    }

    @Test
    void businessUnitsHaveUniqueNamesAParentOfTheirOwnAccountAndNoCycles() {
        String accountId = account(Map.of());
        Response created = api().body(Map.of("name", "Operations", "relevance", "HIGH"))
                .post("/api/v1/accounts/{id}/business-units", accountId);
        created.then().statusCode(201).header("ETag", "\"0\"").body("relevance", equalTo("HIGH"))
                .body("currentContacts", equalTo(0));
        String ops = created.path("id");
        created.then().header("Location", endsWith("/api/v1/business-units/" + ops));
        String logistics = api().body(Map.of("name", "Logistics", "parentId", ops))
                .post("/api/v1/accounts/{id}/business-units", accountId).then().statusCode(201)
                .body("parentName", equalTo("Operations")).body("relevance", equalTo("MEDIUM")).extract().path("id");

        api().body(Map.of("name", "OPERATIONS")).post("/api/v1/accounts/{id}/business-units", accountId).then()
                .statusCode(409).body("existingId", equalTo(ops)).body("field", equalTo("name"));
        api().contentType(PATCH).body(Map.of("parentId", logistics)).patch("/api/v1/business-units/{id}", ops).then()
                .statusCode(422).body("errors[0].field", equalTo("parentId"))
                .body("errors[0].message", containsString("cycle"));
        api().contentType(PATCH).body(Map.of("parentId", ops)).patch("/api/v1/business-units/{id}", ops).then()
                .statusCode(422).body("errors[0].field", equalTo("parentId"));
        api().contentType(PATCH).body(Map.of("parentId", unit(account(Map.of()))))
                .patch("/api/v1/business-units/{id}", logistics).then().statusCode(422)
                .body("errors[0].message", matchesSentence());
        api().body(Map.of("name", "Operations")).post("/api/v1/accounts/{id}/business-units", account(Map.of()))
                .then().statusCode(201);

        api().contentType(PATCH).header("If-Match", "\"0\"").body(Map.of("relevance", "LOW"))
                .patch("/api/v1/business-units/{id}", logistics).then().statusCode(200).header("ETag", "\"1\"")
                .body("relevance", equalTo("LOW"));
        api().get("/api/v1/accounts/{id}/business-units", accountId).then().statusCode(200)
                .body("items.name", contains("Logistics", "Operations")).body("total", equalTo(2));
    }

    @Test
    void aBusinessUnitIsDeletedOnlyOnceNoContactOrUnitPointsAtIt() {
        String accountId = account(Map.of());
        String parent = unit(accountId);
        String child = api().body(Map.of("name", unique("Child"), "parentId", parent))
                .post("/api/v1/accounts/{id}/business-units", accountId).then().statusCode(201).extract().path("id");
        String first = contact(accountId, "USER", child);
        String second = contact(accountId, "USER", child);
        api().get("/api/v1/business-units/{id}", child).then().body("currentContacts", equalTo(2));

        api().delete("/api/v1/business-units/{id}", child).then().statusCode(409)
                .body("contacts", equalTo(2)).body("detail", containsString("2 contacts are in it"));
        api().delete("/api/v1/business-units/{id}", parent).then().statusCode(409)
                .body("childUnits", equalTo(1)).body("detail", containsString("1 business unit belongs to it"));
        patchContact(first, Map.of("leftCompanyOn", today()));
        api().get("/api/v1/business-units/{id}", child).then().body("currentContacts", equalTo(1));
        Map<String, Object> none = new HashMap<>();
        none.put("businessUnitId", null);
        patchContact(first, none);
        patchContact(second, none);
        api().delete("/api/v1/business-units/{id}", child).then().statusCode(204);
        api().delete("/api/v1/business-units/{id}", parent).then().statusCode(204);
        api().get("/api/v1/business-units/{id}", parent).then().statusCode(404);
    }

    @Test
    void contactsAreSearchedByNameOrEmailAcrossAccountsAndPaged() {
        String label = unique("Zephyr").toLowerCase();
        String a = account(Map.of());
        String b = account(Map.of());
        contact(a, Map.of("name", label + " Adams", "buyingRole", "CHAMPION"));
        contact(a, Map.of("name", "Bea Brown", "email", label + "@b.example", "buyingRole", "USER"));
        contact(b, Map.of("name", label + " Carter", "buyingRole", "CHAMPION"));

        Response first = api().queryParam("q", label.toUpperCase()).queryParam("limit", 2).get("/api/v1/contacts");
        first.then().statusCode(200).body("items.name", contains("Bea Brown", label + " Adams"))
                .body("total", equalTo(3)).body("nextCursor", notNullValue());
        api().queryParam("q", label).queryParam("limit", 2).queryParam("cursor", first.<String>path("nextCursor"))
                .get("/api/v1/contacts").then().statusCode(200).body("items.name", contains(label + " Carter"))
                .body("nextCursor", nullValue());
        api().queryParam("q", label).queryParam("accountId", b).get("/api/v1/contacts").then()
                .body("items.name", contains(label + " Carter"));
        api().queryParam("q", label).queryParam("buyingRole", "CHAMPION").queryParam("sort", "-name")
                .get("/api/v1/contacts").then().body("items.name", contains(label + " Carter", label + " Adams"));
        // Inside a word, across all accounts: from three characters (the trigram indexes serve nothing shorter).
        String inside = label.substring(2);
        api().queryParam("q", inside).get("/api/v1/contacts").then().statusCode(200).body("total", equalTo(3));
        String twoInside = "Bea Brown".substring(5, 7); // "ro": starts no word of anyone's name
        api().queryParam("q", twoInside).queryParam("buyingRole", "USER").get("/api/v1/contacts").then()
                .statusCode(200).body("items.name", not(hasItem("Bea Brown")));
        api().queryParam("q", twoInside).queryParam("accountId", a).get("/api/v1/contacts").then().statusCode(200)
                .body("items.name", contains("Bea Brown"));
        api().queryParam("q", label).queryParam("buyingRole", "CEO").get("/api/v1/contacts").then().statusCode(400);
        api().queryParam("accountId", "nope").get("/api/v1/contacts").then().statusCode(400);
        api().queryParam("q", label).queryParam("leftCompany", "false").get("/api/v1/accounts/{id}/contacts", a)
                .then().statusCode(200).body("items", hasSize(2));
    }

    @Test
    void aSearchAcrossAccountsListsABoundedSetOfMatchesAndSaysWhenMoreMatch() throws Exception {
        String label = unique("Quokka").toLowerCase();
        String a = account(Map.of());
        int many = ContactQueries.SEARCH_CANDIDATES + 5;
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement("""
                insert into contact (id, account_id, name, created_at, updated_at)
                select gen_random_uuid(), ?::uuid, ? || ' ' || lpad(i::text, 4, '0'), now(), now()
                  from generate_series(1, ?) i""")) {
            insert.setString(1, a);
            insert.setString(2, label);
            insert.setInt(3, many);
            insert.executeUpdate();
        }
        // More match than a search lists: the pages walk the first SEARCH_CANDIDATES found, sorted, and the total
        // says that more match.
        Set<String> seen = new HashSet<>();
        String cursor = null;
        do {
            var request = api().queryParam("q", label).queryParam("limit", 100);
            Response page = cursor == null ? request.get("/api/v1/contacts")
                    : request.queryParam("cursor", cursor).get("/api/v1/contacts");
            page.then().statusCode(200).body("totalIsEstimate", equalTo(true));
            assertThat(page.<Integer>path("total")).isGreaterThan(ContactQueries.SEARCH_CANDIDATES);
            List<String> names = page.path("items.name");
            assertThat(names).isSorted();
            seen.addAll(names);
            cursor = page.path("nextCursor");
        } while (cursor != null);
        assertThat(seen).hasSize(ContactQueries.SEARCH_CANDIDATES);
        // Within the account every match is listed and counted.
        api().queryParam("q", label).queryParam("accountId", a).queryParam("limit", 1).get("/api/v1/contacts").then()
                .statusCode(200).body("total", equalTo(many)).body("totalIsEstimate", equalTo(false));
        // Across all accounts a contact is found by the start of its words, each word of the term in any order,
        // even by one letter; only when no word starts so, by the term anywhere in its name or email.
        String b = account(Map.of());
        String start = "Xq" + label.substring(label.length() - 4);
        contact(b, Map.of("name", start + "ta Nakamura-Berg", "email", "n.berg@" + start + "corp.example"));
        contact(b, Map.of("name", "Endo" + start));
        api().queryParam("q", start.toUpperCase()).get("/api/v1/contacts").then().statusCode(200)
                .body("items.name", containsInAnyOrder(start + "ta Nakamura-Berg"));
        api().queryParam("q", "berg " + start).get("/api/v1/contacts").then().statusCode(200)
                .body("items.name", contains(start + "ta Nakamura-Berg"));
        api().queryParam("q", start + "corp.example").get("/api/v1/contacts").then().statusCode(200)
                .body("items.name", contains(start + "ta Nakamura-Berg"));
        api().queryParam("q", "do" + start).get("/api/v1/contacts").then().statusCode(200)
                .body("items.name", contains("Endo" + start));
        api().queryParam("q", start + " nobody").get("/api/v1/contacts").then().statusCode(200)
                .body("items", hasSize(0)).body("total", equalTo(0));
        // An account's list is empty for an account without a match, and a 404 for no account at all.
        api().queryParam("q", "nobody").get("/api/v1/accounts/{id}/contacts", b).then().statusCode(200)
                .body("items", hasSize(0));
        api().get("/api/v1/accounts/{id}/contacts", java.util.UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void aSearchTermIsSplitIntoWordsAsTheDatabaseSplitsNamesAndEmails() throws Exception {
        for (String text : List.of("Ava Berg-Lund", "ava.berg.0@Customer12.example.com", "Jürgen MÜLLER  o'Brien",
                "Øst_Åsa 李明 x2", "  --  ", "ÉCOLE été")) {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement split = connection.prepareStatement("select search_words(?)")) {
                split.setString(1, text);
                try (ResultSet words = split.executeQuery()) {
                    words.next();
                    assertThat(SearchWords.of(text)).as(text)
                            .containsExactlyInAnyOrder((String[]) words.getArray(1).getArray());
                }
            }
        }
    }

    @Test
    void onlyThoseWhoMayWorkOnTheAccountChangeItsPeople() {
        Api.Session owner = Fixtures.signedIn("ACCOUNT_MANAGER");
        String accountId = account(Map.of("ownerId", owner.userId()));
        owner.request().body(Map.of("name", "Owner's Contact")).post("/api/v1/accounts/{id}/contacts", accountId)
                .then().statusCode(201);
        owner.request().body(Map.of("name", unique("Unit"))).post("/api/v1/accounts/{id}/business-units", accountId)
                .then().statusCode(201);

        Api.Session otherManager = Fixtures.signedIn("ACCOUNT_MANAGER");
        otherManager.request().body(Map.of("name", "Not Mine")).post("/api/v1/accounts/{id}/contacts", accountId)
                .then().statusCode(403);
        String existing = contact(accountId, Map.of());
        otherManager.request().contentType(PATCH).body(Map.of("title", "x")).patch("/api/v1/contacts/{id}", existing)
                .then().statusCode(403);
        otherManager.request().delete("/api/v1/contacts/{id}", existing).then().statusCode(403);
        otherManager.request().body(Map.of("name", unique("Unit"))).post("/api/v1/accounts/{id}/business-units",
                accountId).then().statusCode(403);
        otherManager.request().get("/api/v1/contacts/{id}", existing).then().statusCode(200);

        String readOnly = owner.createToken(unique("read"), List.of("accounts:read", "contacts:read"));
        Api.withToken(readOnly).body(Map.of("name", "Via Token")).post("/api/v1/accounts/{id}/contacts", accountId)
                .then().statusCode(403);
        Api.withToken(readOnly).get("/api/v1/accounts/{id}/contacts", accountId).then().statusCode(200);
        String noContacts = owner.createToken(unique("accounts"), List.of("accounts:read", "accounts:write"));
        Api.withToken(noContacts).get("/api/v1/contacts/{id}", existing).then().statusCode(403);

        Fixtures.signedIn("VIEWER").request().body(Map.of("name", "Viewer's")).post("/api/v1/accounts/{id}/contacts",
                accountId).then().statusCode(403);
        api().get("/api/v1/contacts/{id}", existing).then().statusCode(200).body("title", nullValue());
    }

    @Test
    void anArchivedAccountGetsNoNewPeople() {
        String accountId = account(Map.of());
        api().delete("/api/v1/accounts/{id}", accountId).then().statusCode(204);
        api().body(Map.of("name", "Late")).post("/api/v1/accounts/{id}/contacts", accountId).then().statusCode(409)
                .body("detail", containsString("Restore it first."));
        api().body(Map.of("name", "Late")).post("/api/v1/accounts/{id}/business-units", accountId).then()
                .statusCode(409);
    }

    @Test
    void aQbrIsSentToCurrentContactsOfItsAccountAndTheLinkNamesThem() {
        String accountId = account(Map.of());
        String jordan = contact(accountId, Map.of("name", "Jordan Lee"));
        String sam = contact(accountId, Map.of("name", "Sam Park"));
        String gone = contact(accountId, Map.of("name", "Gone Person", "leftCompanyOn", today()));
        String stranger = contact(account(Map.of()), Map.of());
        Map<String, Object> base = Map.of("scheduledFor", "2027-01-15", "respondentName", "Jordan Lee",
                "respondentEmail", "jordan@customer.example");

        Map<String, Object> bad = new HashMap<>(base);
        bad.put("respondentContactIds", List.of(jordan, stranger, gone, jordan));
        Response refused = api().body(bad).post("/api/v1/accounts/{id}/qbrs", accountId);
        refused.then().statusCode(422).body("errors.field", contains("respondentContactIds[1]",
                "respondentContactIds[2]", "respondentContactIds[3]"));
        assertThat(refused.<List<String>>path("errors.message")).allSatisfy(m -> assertThat(m).matches(SENTENCE));
        api().queryParam("accountId", accountId).get("/api/v1/qbrs").then().body("total", equalTo(0));

        Map<String, Object> good = new HashMap<>(base);
        good.put("respondentContactIds", List.of(sam, jordan));
        String qbr = api().body(good).post("/api/v1/accounts/{id}/qbrs", accountId).then().statusCode(201)
                .body("respondents.name", contains("Sam Park", "Jordan Lee"))
                .body("respondents.contactId", contains(sam, jordan)).extract().path("id");
        api().get("/api/v1/qbrs/{id}", qbr).then().body("respondents.name", contains("Sam Park", "Jordan Lee"));
        String token = Surveys.invite(qbr);
        Api.anonymous().get("/api/v1/public/surveys/{token}", token).then().statusCode(200)
                .body("sentTo", contains("Sam Park", "Jordan Lee"));

        api().delete("/api/v1/contacts/{id}", sam).then().statusCode(409)
                .body("detail", containsString("set leftCompanyOn instead"));
        api().get("/api/v1/contacts/{id}", sam).then().statusCode(200);

        String plain = Surveys.schedule(accountId);
        api().get("/api/v1/qbrs/{id}", plain).then().body("respondents", hasSize(0));
        Api.anonymous().get("/api/v1/public/surveys/{token}", Surveys.invite(plain)).then()
                .body("sentTo", contains("Jordan Lee"));
    }

    private static org.hamcrest.Matcher<String> matchesSentence() {
        return org.hamcrest.Matchers.matchesPattern(SENTENCE);
    }
}
