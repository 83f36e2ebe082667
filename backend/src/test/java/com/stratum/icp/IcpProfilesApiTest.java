package com.stratum.icp;

import static com.stratum.support.Api.api;
import static com.stratum.support.Fixtures.account;
import static com.stratum.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import com.stratum.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 19: several named ICP profiles. An account's fit is the best over the active ones and names the profile
 * that gave it; every profile write recomputes every fit; the last profile stays; GET/PUT /icp-profile reads and
 * writes the default (oldest) one.
 */
@QuarkusTest
class IcpProfilesApiTest {

    /** Only the default profile stays, active, so that each test and the other classes see one profile. */
    @BeforeEach
    @AfterEach
    void onlyTheDefaultProfile() {
        List<Map<String, Object>> items = api().get("/api/v1/icp-profiles").then().statusCode(200).extract()
                .path("items");
        for (Map<String, Object> item : items.subList(1, items.size())) {
            api().delete("/api/v1/icp-profiles/{id}", item.get("id")).then().statusCode(204);
        }
        Map<String, Object> first = items.get(0);
        if (!Boolean.TRUE.equals(first.get("active"))) {
            Map<String, Object> body = new HashMap<>(first);
            body.put("active", true);
            api().body(body).put("/api/v1/icp-profiles/{id}", first.get("id")).then().statusCode(200);
        }
    }

    private static Map<String, Object> profile(String name, Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("active", true);
        body.put("industries", List.of());
        body.put("countries", List.of());
        body.put("industryWeight", 0);
        body.put("employeesWeight", 0);
        body.put("revenueWeight", 0);
        body.put("countryWeight", 0);
        body.putAll(overrides);
        return body;
    }

    private static void defaultProfile(Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>(profile("ignored", overrides));
        body.remove("name");
        body.remove("active");
        body.put("reviewLowFit", 40);
        body.put("reviewHighFit", 75);
        body.put("reviewMonths", 6);
        api().body(body).put("/api/v1/icp-profile").then().statusCode(200);
    }

    private static int count() {
        return api().get("/api/v1/icp-profiles").then().statusCode(200).extract().path("items.size()");
    }

    @Test
    void managersCreateEditAndDeleteProfiles() {
        String name = unique("DACH");
        Response created = api().body(profile(name, Map.of("countries", List.of("de", "AT"), "countryWeight", 100)))
                .post("/api/v1/icp-profiles");
        created.then().statusCode(201).header("Location", notNullValue()).header("ETag", notNullValue())
                .body("name", equalTo(name)).body("active", equalTo(true)).body("isDefault", equalTo(false))
                .body("countries", equalTo(List.of("DE", "AT")));
        String id = created.path("id");
        api().get("/api/v1/icp-profiles").then().statusCode(200)
                .body("items[0].isDefault", equalTo(true))
                .body("items.name", hasItem(name));
        api().get("/api/v1/icp-profiles/{id}", id).then().statusCode(200).body("version", equalTo(0));

        // An account manager reads, but does not write.
        Fixtures.signedIn("ACCOUNT_MANAGER").request().body(profile(unique("AM"), Map.of("industryWeight", 10)))
                .post("/api/v1/icp-profiles").then().statusCode(403);

        String renamed = unique("Benelux");
        api().header("If-Match", "\"0\"").body(profile(renamed, Map.of("countries", List.of("NL"),
                "countryWeight", 100, "active", false))).put("/api/v1/icp-profiles/{id}", id).then().statusCode(200)
                .body("name", equalTo(renamed)).body("active", equalTo(false)).body("version", equalTo(1));
        api().header("If-Match", "\"0\"").body(profile(renamed, Map.of("countryWeight", 10)))
                .put("/api/v1/icp-profiles/{id}", id).then().statusCode(412);

        // A name is unique whatever its case.
        api().body(profile(renamed.toUpperCase(), Map.of("countryWeight", 10))).post("/api/v1/icp-profiles").then()
                .statusCode(409).body("type", equalTo("urn:stratum:problem:duplicate"))
                .body("field", equalTo("name")).body("existingId", equalTo(id));

        api().delete("/api/v1/icp-profiles/{id}", id).then().statusCode(204);
        api().get("/api/v1/icp-profiles/{id}", id).then().statusCode(404);
        api().delete("/api/v1/icp-profiles/{id}", id).then().statusCode(404);
    }

    @Test
    void badInputIsRefusedInWholeSentencesAndChangesNothing() {
        int before = count();
        List<Map<String, Object>> bad = List.of(
                profile(" ", Map.of("industryWeight", 10)),
                profile(unique("Negative"), Map.of("employeesMin", -1, "industryWeight", 10)),
                profile(unique("Negative"), Map.of("revenueMax", -5, "industryWeight", 10)),
                profile(unique("Reversed"), Map.of("employeesMin", 500, "employeesMax", 100, "employeesWeight", 10)),
                profile(unique("Reversed"), Map.of("revenueMin", 500, "revenueMax", 100, "revenueWeight", 10)),
                profile(unique("Heavy"), Map.of("industryWeight", 101)),
                profile(unique("Light"), Map.of("countryWeight", -1)),
                profile(unique("Weightless"), Map.of()),
                profile("x".repeat(101), Map.of("industryWeight", 10)),
                profile(unique("Long"), Map.of("industries", List.of("y".repeat(101)), "industryWeight", 10)),
                profile(unique("Country"), Map.of("countries", List.of("XX"), "countryWeight", 10)));
        List<String> fields = List.of("name", "employeesMin", "revenueMax", "employeesMax", "revenueMax",
                "industryWeight", "countryWeight", "industryWeight", "name", "industries", "countries");
        for (int i = 0; i < bad.size(); i++) {
            api().body(bad.get(i)).post("/api/v1/icp-profiles").then().statusCode(422)
                    .body("errors[0].field", containsString(fields.get(i)))
                    .body("errors[0].message", endsWith("."));
        }
        Map<String, Object> noActive = profile(unique("Null"), Map.of("industryWeight", 10));
        noActive.remove("active");
        api().body(noActive).post("/api/v1/icp-profiles").then().statusCode(422)
                .body("errors[0].field", equalTo("active"));
        api().body("{\"name\": ").post("/api/v1/icp-profiles").then().statusCode(400);
        assertThat(count()).isEqualTo(before);

        // The same rules on a change; the profile stays as it was.
        String id = api().body(profile(unique("Valid"), Map.of("industryWeight", 10))).post("/api/v1/icp-profiles")
                .then().statusCode(201).extract().path("id");
        api().body(bad.get(3)).put("/api/v1/icp-profiles/{id}", id).then().statusCode(422)
                .body("errors[0].message", containsString("at least the smallest"));
        api().get("/api/v1/icp-profiles/{id}", id).then().body("version", equalTo(0));
    }

    @Test
    void theFitIsTheBestOverTheActiveProfilesAndFollowsEveryProfileChange() {
        String industry = unique("Machinery");
        defaultProfile(Map.of("industries", List.of(industry), "industryWeight", 50, "countries", List.of("FR"),
                "countryWeight", 50));
        String defaultName = api().get("/api/v1/icp-profile").then().statusCode(200).extract().path("profileName");
        String id = account(Map.of("industry", industry, "country", "DE"));
        api().get("/api/v1/accounts/{id}/icp-fit", id).then().statusCode(200)
                .body("fit", equalTo(50)).body("profileName", equalTo(defaultName))
                .body("summary", containsString(defaultName));

        // A new profile that fits better gives the fit, and the explanation names it.
        String dach = unique("DACH");
        String dachId = api().body(profile(dach, Map.of("countries", List.of("DE"), "countryWeight", 100)))
                .post("/api/v1/icp-profiles").then().statusCode(201).extract().path("id");
        api().get("/api/v1/accounts/{id}/icp-fit", id).then()
                .body("fit", equalTo(100)).body("profileId", equalTo(dachId)).body("profileName", equalTo(dach))
                .body("summary", containsString(dach))
                .body("criteria.outcome", equalTo(List.of("NOT_SET", "NOT_SET", "NOT_SET", "MATCH")))
                .body("criteria[3].points", equalTo(100.0f))
                .body("criteria[3].sentence", containsString("DE fits the profile (DE)"));

        // Inactive, it does not count.
        api().body(profile(dach, Map.of("countries", List.of("DE"), "countryWeight", 100, "active", false)))
                .put("/api/v1/icp-profiles/{id}", dachId).then().statusCode(200);
        api().get("/api/v1/accounts/{id}/icp-fit", id).then().body("fit", equalTo(50))
                .body("profileName", equalTo(defaultName));

        // Active again but changed so that it fits worse: the default's fit is the best.
        api().body(profile(dach, Map.of("countries", List.of("AT"), "countryWeight", 100)))
                .put("/api/v1/icp-profiles/{id}", dachId).then().statusCode(200);
        api().get("/api/v1/accounts/{id}/icp-fit", id).then().body("fit", equalTo(50))
                .body("profileName", equalTo(defaultName));

        // An account change is recomputed against every active profile.
        api().contentType("application/merge-patch+json").body(Map.of("country", "AT"))
                .patch("/api/v1/accounts/{id}", id).then().statusCode(200);
        api().get("/api/v1/accounts/{id}/icp-fit", id).then().body("fit", equalTo(100))
                .body("profileName", equalTo(dach));

        // Deleted, it gives no fit any more.
        api().delete("/api/v1/icp-profiles/{id}", dachId).then().statusCode(204);
        api().get("/api/v1/accounts/{id}/icp-fit", id).then().body("fit", equalTo(50))
                .body("profileName", equalTo(defaultName));
    }

    @Test
    void theLastProfileCannotBeDeleted() {
        List<Map<String, Object>> items = api().get("/api/v1/icp-profiles").then().extract().path("items");
        assertThat(items).hasSize(1);
        Object onlyId = items.get(0).get("id");
        String only = (String) items.get(0).get("name");
        api().delete("/api/v1/icp-profiles/{id}", onlyId).then().statusCode(409)
                .body("type", equalTo("urn:stratum:problem:last-icp-profile"))
                .body("detail", containsString(only + " is the only one left"))
                .body("detail", endsWith("."));
        api().get("/api/v1/icp-profiles/{id}", onlyId).then().statusCode(200);

        // With another one it may go; the other becomes the default that GET /icp-profile reads, and is the last.
        String spare = unique("Spare");
        String spareId = api().body(profile(spare, Map.of("industryWeight", 10))).post("/api/v1/icp-profiles")
                .then().statusCode(201).extract().path("id");
        api().delete("/api/v1/icp-profiles/{id}", onlyId).then().statusCode(204);
        api().get("/api/v1/icp-profile").then().statusCode(200).body("profileId", equalTo(spareId))
                .body("profileName", equalTo(spare));
        api().get("/api/v1/icp-profiles").then().body("items[0].isDefault", equalTo(true))
                .body("items.id", not(hasItem(onlyId)));
        api().delete("/api/v1/icp-profiles/{id}", spareId).then().statusCode(409)
                .body("type", equalTo("urn:stratum:problem:last-icp-profile"));
    }
}
