package com.stratum.account;

import static com.stratum.support.Api.api;
import static org.assertj.core.api.Assertions.assertThat;
import static com.stratum.support.Fixtures.account;
import static com.stratum.support.Fixtures.accountManager;
import static com.stratum.support.Fixtures.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountApiTest {

    @Test
    void createReturnsTheAccountWithLocationEtagAndDefaults() {
        String owner = accountManager();
        String name = unique("Northwind");
        Response created = api().body(Map.of("name", name, "ownerId", owner, "domain", unique("nw") + ".Example.COM",
                        "country", "de", "arr", 1200.5, "tags", List.of("expansion")))
                .post("/api/v1/accounts");
        created.then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("name", equalTo(name))
                .body("tier", equalTo("STANDARD"))
                .body("lifecycle", equalTo("ACTIVE"))
                .body("country", equalTo("DE"))
                .body("domain", endsWith(".example.com"))
                .body("arr", equalTo(1200.5f))
                .body("ownerId", equalTo(owner))
                .body("ownerName", containsString("User-"))
                .body("archived", equalTo(false))
                .body("version", equalTo(0));
        String id = created.path("id");
        created.then().header("Location", endsWith("/api/v1/accounts/" + id));

        api().get("/api/v1/accounts/{id}", id).then().statusCode(200)

                .header("ETag", com.stratum.support.Api.getEtag(0)).body("name", equalTo(name))
                .body("tags", contains("expansion"));
    }

    @Test
    void arrDefaultsToZeroWithTwoDecimals() {
        String id = account(Map.of());
        String body = api().get("/api/v1/accounts/{id}", id).then().statusCode(200).extract().asString();
        assertThat(body).contains("\"arr\":0.00");
    }

    @Test
    void invalidAccountIsRefusedWithEveryFieldNamedAndNothingCreated() {
        String name = unique("Invalid");
        api().body(Map.of("name", " ", "employees", -1, "arr", -5, "country", "Germany", "domain", "not a domain"))
                .post("/api/v1/accounts").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:stratum:problem:validation"))
                .body("status", equalTo(422))
                .body("errors.field", containsInAnyOrder("name", "employees", "arr", "country", "domain"));
        api().body(Map.of("name", name, "country", "XX")).post("/api/v1/accounts").then().statusCode(422)
                .body("errors[0].field", equalTo("country"));
        api().body(Map.of("name", "x".repeat(201))).post("/api/v1/accounts").then().statusCode(422)
                .body("errors[0].field", equalTo("name"));
        api().queryParam("q", name).get("/api/v1/accounts").then().statusCode(200).body("items", empty());
    }

    @Test
    void wrongTypesUnknownPropertiesAndMalformedJsonAreClientErrors() {
        api().body(Map.of("name", "A", "tier", "GOLD")).post("/api/v1/accounts").then().statusCode(422)
                .body("errors[0].field", equalTo("tier"))
                .body("errors[0].message", containsString("STANDARD, KEY, STRATEGIC"));
        api().body(Map.of("name", "A", "renewalDate", "31/03/2027")).post("/api/v1/accounts").then().statusCode(422)
                .body("errors[0].field", equalTo("renewalDate"));
        api().body(Map.of("name", "A", "colour", "blue")).post("/api/v1/accounts").then().statusCode(422)
                .body("errors[0].field", equalTo("colour"))
                .body("errors[0].message", equalTo("This property does not exist here; leave it out."));
        api().body("{\"name\": ").post("/api/v1/accounts").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("not valid JSON"));
        api().body("[1, 2]").post("/api/v1/accounts").then().statusCode(400);
        api().body("").post("/api/v1/accounts").then().statusCode(400);
    }

    @Test
    void valuesAreNeverSilentlyCoercedOrTruncated() {
        api().body(Map.of("name", "A", "employees", 1.5)).post("/api/v1/accounts").then().statusCode(422)
                .body("errors[0].field", equalTo("employees"));
        api().body(Map.of("name", 5)).post("/api/v1/accounts").then().statusCode(422)
                .body("errors[0].field", equalTo("name"));
        api().body(Map.of("name", "A\u0000B")).post("/api/v1/accounts").then().statusCode(422)
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].message", equalTo("Remove the NUL characters: text may not contain them."));
        api().body(Map.of("name", "Far future", "renewalDate", "+99999999-01-01")).post("/api/v1/accounts").then()
                .statusCode(org.hamcrest.Matchers.either(equalTo(400)).or(equalTo(422)));
    }

    @Test
    void unknownOrMalformedIdIsNotFound() {
        api().get("/api/v1/accounts/{id}", "5d1f4a9e-0000-4000-8000-000000000000").then().statusCode(404)
                .contentType("application/problem+json").body("title", equalTo("Not found"));
        api().get("/api/v1/accounts/{id}", "not-a-uuid").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void duplicateDomainIsRefusedCaseInsensitivelyUntilTheHolderIsArchived() {
        String domain = unique("dup") + ".example";
        String holder = unique("Holder");
        String first = account(Map.of("name", holder, "domain", domain));
        api().body(Map.of("name", unique("Copy"), "domain", domain.toUpperCase())).post("/api/v1/accounts")
                .then().statusCode(409)
                .body("type", equalTo("urn:stratum:problem:duplicate"))
                .body("existingId", equalTo(first))
                // A sentence shown as it is: the holder by name, what to do, no id.
                .body("detail", equalTo("Another account, " + holder + ", already has the domain " + domain
                        + "; use another domain, or change " + holder + "'s first."));

        api().delete("/api/v1/accounts/{id}", first).then().statusCode(204);
        account(Map.of("domain", domain));
    }

    @Test
    void duplicateExternalIdIsRefusedOnCreateAndPatch() {
        String externalId = unique("CRM");
        String first = account(Map.of("externalId", externalId));
        api().body(Map.of("name", unique("Copy"), "externalId", externalId)).post("/api/v1/accounts")
                .then().statusCode(409).body("existingId", equalTo(first));
        String second = account(Map.of());
        api().contentType("application/merge-patch+json").body(Map.of("externalId", externalId))
                .patch("/api/v1/accounts/{id}", second).then().statusCode(409).body("existingId", equalTo(first));
    }

    @Test
    void patchMergesChangesAndNullClears() {
        String id = account(Map.of("industry", "Retail", "territory", "APAC", "arr", 100));
        api().contentType("application/merge-patch+json")
                .body("{\"industry\": null, \"arr\": 250.75, \"renewalDate\": \"2027-03-31\"}")
                .patch("/api/v1/accounts/{id}", id).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("industry", nullValue())
                .body("territory", equalTo("APAC"))
                .body("arr", equalTo(250.75f))
                .body("renewalDate", equalTo("2027-03-31"))
                .body("version", equalTo(1));
    }

    @Test
    void patchRefusesReadOnlyAndUnknownPropertiesNamingThemAll() {
        String id = account(Map.of());
        api().contentType("application/merge-patch+json")
                .body(Map.of("tier", "KEY", "version", 7, "id", "x", "archived", true, "shoeSize", 44))
                .patch("/api/v1/accounts/{id}", id).then().statusCode(422)
                .body("errors.field", containsInAnyOrder("tier", "version", "id", "archived", "shoeSize"))
                .body("errors.find { it.field == 'tier' }.message", containsString("/tier"));
        api().get("/api/v1/accounts/{id}", id).then().body("tier", equalTo("STANDARD")).body("version", equalTo(0));
    }

    @Test
    void staleIfMatchIsRefusedAndCurrentOneAccepted() {
        String id = account(Map.of());
        api().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(Map.of("industry", "Energy")).patch("/api/v1/accounts/{id}", id).then().statusCode(200);
        api().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(Map.of("industry", "Retail")).patch("/api/v1/accounts/{id}", id).then().statusCode(412)
                .contentType("application/problem+json").body("currentVersion", equalTo(1));
        api().header("If-Match", "\"0\"").delete("/api/v1/accounts/{id}", id).then().statusCode(412);
        api().get("/api/v1/accounts/{id}", id).then().body("industry", equalTo("Energy"))
                .body("archived", equalTo(false));
    }

    @Test
    void everyLoserOfAnIfMatchRaceGets412() throws Exception {
        String id = account(Map.of("industry", "Energy"));
        int writers = 50;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Response>> results = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String industry = "Industry " + i;
                // Each writer is its own client, as racing users are: one address may only have 32 requests in
                // progress, and 50 from one address would be refused with 429 before they could race.
                String address = "198.51.100." + (i + 1);
                results.add(pool.submit(() -> {
                    start.await();
                    return api().header("X-Forwarded-For", address).contentType("application/merge-patch+json")
                            .header("If-Match", "\"0\"")
                            .body(Map.of("industry", industry)).patch("/api/v1/accounts/{id}", id);
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (var result : results) {
                Response response = result.get(60, java.util.concurrent.TimeUnit.SECONDS);
                statuses.add(response.statusCode());
                if (response.statusCode() != 200) {
                    assertThat(response.contentType()).startsWith("application/problem+json");
                    assertThat(response.<String>path("type")).isEqualTo("urn:stratum:problem:stale-version");
                }
            }
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 412).hasSize(writers - 1);
        } finally {
            pool.shutdownNow();
        }
        api().get("/api/v1/accounts/{id}", id).then().body("version", equalTo(1));
    }

    @Test
    void parentCyclesAreRefused() {
        String grandparent = account(Map.of());
        String parent = account(Map.of("parentId", grandparent));
        String child = account(Map.of("parentId", parent));
        api().get("/api/v1/accounts/{id}", child).then().body("parentId", equalTo(parent))
                .body("parentName", containsString("Account-"));

        api().contentType("application/merge-patch+json").body(Map.of("parentId", child))
                .patch("/api/v1/accounts/{id}", grandparent).then().statusCode(422)
                .body("errors[0].field", equalTo("parentId")).body("errors[0].message", containsString("cycle"));
        api().contentType("application/merge-patch+json").body(Map.of("parentId", parent))
                .patch("/api/v1/accounts/{id}", parent).then().statusCode(422);
        api().body(Map.of("name", "Orphan", "parentId", "5d1f4a9e-0000-4000-8000-000000000000"))
                .post("/api/v1/accounts").then().statusCode(422).body("errors[0].field", equalTo("parentId"));
    }

    @Test
    void ownerMustBeAnActiveUser() {
        api().body(Map.of("name", "Ownerless", "ownerId", "5d1f4a9e-0000-4000-8000-000000000000"))
                .post("/api/v1/accounts").then().statusCode(422).body("errors[0].field", equalTo("ownerId"));
        String owner = accountManager();
        api().contentType("application/merge-patch+json").body(Map.of("active", false))
                .patch("/api/v1/users/{id}", owner).then().statusCode(200);
        api().body(Map.of("name", "Inactive owner", "ownerId", owner)).post("/api/v1/accounts").then()
                .statusCode(422).body("errors[0].message", containsString("inactive"));
    }

    @Test
    void archivingHidesFromDefaultListsButKeepsTheAccountReadable() {
        String owner = accountManager();
        String kept = account(Map.of("ownerId", owner));
        String archived = account(Map.of("ownerId", owner));
        api().delete("/api/v1/accounts/{id}", archived).then().statusCode(204);
        api().delete("/api/v1/accounts/{id}", archived).then().statusCode(204);

        api().get("/api/v1/accounts/{id}", archived).then().statusCode(200).body("archived", equalTo(true));
        api().queryParam("ownerId", owner).get("/api/v1/accounts").then().statusCode(200)
                .body("items.id", contains(kept));
        api().queryParam("ownerId", owner).queryParam("archived", true).get("/api/v1/accounts").then()
                .body("items.id", contains(archived));
    }

    @Test
    void restoreBringsAnArchivedAccountBackUnlessItsDomainOrCapacityIsTaken() {
        com.stratum.support.Api.Session owner = com.stratum.support.Fixtures.signedIn("ACCOUNT_MANAGER");
        String domain = unique("restore").toLowerCase() + ".example";
        String id = account(Map.of("ownerId", owner.userId(), "domain", domain));
        owner.request().delete("/api/v1/accounts/{id}", id).then().statusCode(204);

        com.stratum.support.Fixtures.signedIn("ACCOUNT_MANAGER").request().post("/api/v1/accounts/{id}/restore", id)
                .then().statusCode(403);
        String taker = account(Map.of("domain", domain));
        owner.request().post("/api/v1/accounts/{id}/restore", id).then().statusCode(409)
                .contentType("application/problem+json").body("field", equalTo("domain"))
                .body("existingId", equalTo(taker));
        api().get("/api/v1/accounts/{id}", id).then().body("archived", equalTo(true));

        api().delete("/api/v1/accounts/{id}", taker).then().statusCode(204);
        owner.request().header("If-Match", "\"0\"").post("/api/v1/accounts/{id}/restore", id).then().statusCode(412);
        owner.request().post("/api/v1/accounts/{id}/restore", id).then().statusCode(200)
                .header("ETag", not(nullValue())).body("archived", equalTo(false)).body("domain", equalTo(domain));
        owner.request().post("/api/v1/accounts/{id}/restore", id).then().statusCode(200).body("archived", equalTo(false));
        api().queryParam("ownerId", owner.userId()).get("/api/v1/accounts").then().body("items.id", contains(id));

        String manager = com.stratum.support.Fixtures.user("MANAGER");
        String key = account(Map.of("ownerId", manager, "tier", "STRATEGIC"));
        api().delete("/api/v1/accounts/{id}", key).then().statusCode(204);
        for (int i = 0; i < 3; i++) {
            account(Map.of("ownerId", manager, "tier", "STRATEGIC"));
        }
        api().post("/api/v1/accounts/{id}/restore", key).then().statusCode(409)
                .body("type", equalTo("urn:stratum:problem:tier-capacity"));
    }

    @Test
    void listFiltersCombine() {
        String owner = accountManager();
        String industry = unique("Industry");
        String match = account(Map.of("ownerId", owner, "industry", industry, "territory", "EMEA", "country", "FR",
                "lifecycle", "AT_RISK", "renewalDate", "2027-06-30", "arr", 5000));
        account(Map.of("ownerId", owner, "industry", industry, "territory", "APAC", "country", "JP",
                "lifecycle", "ACTIVE", "renewalDate", "2028-01-31", "arr", 90000));

        Map<String, Object> filters = new HashMap<>();
        filters.put("ownerId", owner);
        filters.put("industry", industry);
        filters.put("territory", "EMEA");
        filters.put("country", "fr");
        filters.put("lifecycle", "AT_RISK");
        filters.put("renewalBefore", "2027-12-31");
        filters.put("renewalAfter", "2027-01-01");
        filters.put("minArr", "1000");
        filters.put("maxArr", "10000");
        filters.put("tier", "STANDARD");
        api().queryParams(filters).get("/api/v1/accounts").then().statusCode(200).body("items.id", contains(match));
        api().queryParam("industry", industry).queryParam("lifecycle", "ACTIVE", "AT_RISK")
                .get("/api/v1/accounts").then().body("items", hasSize(2));
        api().queryParam("industry", industry).queryParam("minArr", 100000).get("/api/v1/accounts").then()
                .body("items", empty());
    }

    @Test
    void industryAndTerritoryFiltersIgnoreCaseAndTakeSeveralValues() {
        String owner = accountManager();
        String software = unique("Software");
        String retail = unique("Retail");
        String a = account(Map.of("ownerId", owner, "industry", software, "territory", "North America"));
        String b = account(Map.of("ownerId", owner, "industry", retail, "territory", "EMEA"));
        account(Map.of("ownerId", owner, "industry", unique("Energy"), "territory", "APAC"));

        api().queryParam("ownerId", owner).queryParam("industry", software.toLowerCase()).get("/api/v1/accounts")
                .then().statusCode(200).body("items.id", contains(a));
        api().queryParam("ownerId", owner).queryParam("industry", software.toUpperCase(), retail.toLowerCase())
                .get("/api/v1/accounts").then().body("items.id", containsInAnyOrder(a, b));
        api().queryParam("ownerId", owner).queryParam("territory", "north america", "emea").get("/api/v1/accounts")
                .then().body("items.id", containsInAnyOrder(a, b));
    }

    @Test
    void freeTextSearchMatchesNameDomainAndExternalId() {
        String token = unique("Zephyr");
        String byName = account(Map.of("name", token + " Holdings"));
        String byDomain = account(Map.of("domain", token.toLowerCase() + ".example"));
        String externalId = unique("EXT");
        String byExternalId = account(Map.of("externalId", externalId));
        api().queryParam("q", token.toLowerCase()).get("/api/v1/accounts").then().statusCode(200)
                .body("items.id", containsInAnyOrder(byName, byDomain));
        api().queryParam("q", externalId).get("/api/v1/accounts").then().body("items.id", contains(byExternalId));
        // LIKE's wildcards are text: a term of no word is looked for inside names and domains as typed.
        api().queryParam("q", "%_%").get("/api/v1/accounts").then().statusCode(200).body("items", empty());
    }

    @Test
    void aSearchAcrossAccountsFindsTheStartsOfWordsInAnyOrderAndFragmentsOnlyWhenNoWordStartsSo() {
        String word = "Xq" + unique("").substring(1);
        String owner = accountManager();
        String kalomi = account(Map.of("name", word + "mi Analytics GmbH", "ownerId", owner));
        String inside = account(Map.of("name", "Endo" + word + " Foods", "ownerId", owner));
        String byDomain = account(Map.of("domain", word.toLowerCase() + "-labs.example"));
        // Each word of the term starts a word of the name or domain, in any order and whatever the case.
        api().queryParam("q", word.toUpperCase()).get("/api/v1/accounts").then().statusCode(200)
                .body("items.id", containsInAnyOrder(kalomi, byDomain)).body("totalIsEstimate", equalTo(false));
        api().queryParam("q", "gmbh " + word).get("/api/v1/accounts").then().body("items.id", contains(kalomi));
        api().queryParam("q", word + "-labs").get("/api/v1/accounts").then().body("items.id", contains(byDomain));
        api().queryParam("q", word + " nobody").get("/api/v1/accounts").then().body("items", empty())
                .body("total", equalTo(0));
        // Only when no word starts so, the term anywhere in a name or domain (three characters at least).
        api().queryParam("q", "do" + word).get("/api/v1/accounts").then().body("items.id", contains(inside));
        // Within an owner's portfolio the term is looked for anywhere, as before: every match.
        api().queryParam("q", word).queryParam("ownerId", owner).get("/api/v1/accounts").then()
                .body("items.id", containsInAnyOrder(kalomi, inside));
        // The words follow a rename (the trigger of V50).
        String renamed = "Yq" + unique("").substring(1);
        api().contentType("application/merge-patch+json").body(Map.of("name", renamed + " Holdings"))
                .patch("/api/v1/accounts/{id}", kalomi).then().statusCode(200);
        api().queryParam("q", "gmbh " + word).get("/api/v1/accounts").then().body("items", empty());
        api().queryParam("q", renamed.toLowerCase()).get("/api/v1/accounts").then().body("items.id", contains(kalomi));
    }

    @Test
    void aSearchAcrossAccountsListsItsFirstMatchesInNameOrderAndSaysWhenMoreMatch() {
        String word = "Zq" + unique("").substring(1);
        int many = AccountQueries.SEARCH_CANDIDATES + 5;
        List<String> names = new ArrayList<>();
        for (int i = 0; i < many; i++) {
            String name = word + " Common " + String.format("%04d", many - i);
            account(Map.of("name", name));
            names.add(name);
        }
        // A whole word's candidates are its first matches in name order: the pages of the default order list the
        // same accounts as they would if every match were sorted, and the total says that more match.
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = api().queryParam("q", word).queryParam("limit", 100);
            Response page = cursor == null ? request.get("/api/v1/accounts")
                    : request.queryParam("cursor", cursor).get("/api/v1/accounts");
            page.then().statusCode(200).body("totalIsEstimate", equalTo(true));
            assertThat(page.<Integer>path("total")).isGreaterThan(AccountQueries.SEARCH_CANDIDATES);
            seen.addAll(page.path("items.name"));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        assertThat(seen).containsExactlyElementsOf(names.stream().sorted().limit(AccountQueries.SEARCH_CANDIDATES)
                .toList());
        // Another order sorts the same candidates.
        List<String> byNewest = api().queryParam("q", word).queryParam("sort", "-createdAt").queryParam("limit", 200)
                .get("/api/v1/accounts").then().statusCode(200).extract().path("items.name");
        assertThat(byNewest).hasSize(AccountQueries.SEARCH_CANDIDATES).containsExactlyInAnyOrderElementsOf(seen);
    }

    @Test
    void keysetPagingWalksEveryAccountOnceInSortOrder() {
        String owner = accountManager();
        int[] arrs = {500, 100, 300, 300, 300, 900, 0};
        List<String> created = new ArrayList<>();
        for (int arr : arrs) {
            created.add(account(Map.of("ownerId", owner, "arr", arr)));
        }
        List<String> seen = new ArrayList<>();
        List<Float> seenArr = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = api().queryParam("ownerId", owner).queryParam("sort", "-arr,name").queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/api/v1/accounts");
            page.then().statusCode(200);
            seen.addAll(page.path("items.id"));
            seenArr.addAll(page.path("items.arr"));
            cursor = page.path("nextCursor");
            pages++;
            // A row inserted behind the cursor mid-walk must not shift or repeat what follows.
            if (pages == 1) {
                account(Map.of("ownerId", owner, "arr", 1000));
            }
        } while (cursor != null);
        assertThat(seen).doesNotHaveDuplicates().containsAll(created);
        assertThat(seenArr).isSortedAccordingTo((a, b) -> Float.compare(b, a));
        assertThat(pages).isEqualTo(4);
    }

    @Test
    void pagingByNullableRenewalDatePutsUndatedLast() {
        String owner = accountManager();
        String undated = account(Map.of("ownerId", owner));
        String later = account(Map.of("ownerId", owner, "renewalDate", "2028-01-01"));
        String sooner = account(Map.of("ownerId", owner, "renewalDate", "2027-01-01"));
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            var request = api().queryParam("ownerId", owner).queryParam("sort", "renewalDate").queryParam("limit", 1);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/api/v1/accounts");
            ids.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        assertThat(ids).containsExactly(sooner, later, undated);
    }

    @Test
    void badListParametersAreBadRequests() {
        api().queryParam("limit", 201).get("/api/v1/accounts").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        api().queryParam("limit", 0).get("/api/v1/accounts").then().statusCode(400);
        api().queryParam("limit", "ten").get("/api/v1/accounts").then().statusCode(400);
        api().queryParam("sort", "password").get("/api/v1/accounts").then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        api().queryParam("cursor", "garbage").get("/api/v1/accounts").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        api().queryParam("tier", "GOLD").get("/api/v1/accounts").then().statusCode(400);
        api().queryParam("ownerId", "me").get("/api/v1/accounts").then().statusCode(400);
        api().queryParam("renewalBefore", "tomorrow").get("/api/v1/accounts").then().statusCode(400);
        api().queryParam("minArr", "lots").get("/api/v1/accounts").then().statusCode(400);
        api().queryParam("archived", "maybe").get("/api/v1/accounts").then().statusCode(400);

        String owner = accountManager();
        account(Map.of("ownerId", owner));
        account(Map.of("ownerId", owner));
        String cursor = api().queryParam("ownerId", owner).queryParam("limit", 1).get("/api/v1/accounts").then()
                .extract().path("nextCursor");
        assertThat(cursor).isNotNull();
        api().queryParam("ownerId", owner).queryParam("sort", "-arr").queryParam("cursor", cursor)
                .get("/api/v1/accounts").then().statusCode(400).body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void listResponsesNeverLeakArchivedAccountsIntoDefaultSearch() {
        String token = unique("Ghost");
        String id = account(Map.of("name", token));
        api().delete("/api/v1/accounts/{id}", id).then().statusCode(204);
        api().queryParam("q", token).get("/api/v1/accounts").then().body("items.id", not(hasItem(id)));
        // The search's words follow the archived flag (V50): archived ones are searched on asking, and a restored
        // account is found again.
        api().queryParam("q", token).queryParam("archived", true).get("/api/v1/accounts").then()
                .body("items.id", contains(id));
        api().post("/api/v1/accounts/{id}/restore", id).then().statusCode(200);
        api().queryParam("q", token).get("/api/v1/accounts").then().body("items.id", contains(id));
    }
}
