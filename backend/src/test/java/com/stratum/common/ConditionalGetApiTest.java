package com.stratum.common;

import static com.stratum.support.Api.api;
import static com.stratum.support.Fixtures.account;
import static com.stratum.support.Fixtures.accountManager;
import static com.stratum.support.People.contact;
import static com.stratum.support.People.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.stratum.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: If-None-Match answers 304 wherever a GET sends an ETag, and only while the representation is the same:
 * the tag is the version and a hash of the body (ETags), so a derived field that changes without a new version is a
 * 200 with the new body. If-Match still compares the version.
 */
@QuarkusTest
class ConditionalGetApiTest {
    private static final String PATCH = "application/merge-patch+json";

    @Test
    void aCurrentEtagIsNotModifiedAndAChangedOneIsAnsweredInFull() {
        String id = account(Map.of());
        String etag = api().get("/api/v1/accounts/{id}", id).then().statusCode(200).header("ETag", Api.getEtag(0))
                .extract().header("ETag");
        Response notModified = api().header("If-None-Match", etag).get("/api/v1/accounts/{id}", id);
        notModified.then().statusCode(304).header("ETag", etag);
        assertThat(notModified.asString()).isEmpty();
        api().header("If-None-Match", "W/" + etag + ", \"999\"").get("/api/v1/accounts/{id}", id).then()
                .statusCode(304);
        api().header("If-None-Match", "*").get("/api/v1/accounts/{id}", id).then().statusCode(304);
        // The version alone does not validate a representation.
        api().header("If-None-Match", "\"0\"").get("/api/v1/accounts/{id}", id).then().statusCode(200);

        api().contentType(PATCH).body(Map.of("industry", "Energy")).patch("/api/v1/accounts/{id}", id).then()
                .statusCode(200);
        api().header("If-None-Match", etag).get("/api/v1/accounts/{id}", id).then().statusCode(200)
                .header("ETag", Api.getEtag(1)).body("industry", equalTo("Energy"));
    }

    /** The case that withdrew the version-only validator: a contact change makes the account single-threaded. */
    @Test
    void aDerivedFieldThatChangesWithoutANewVersionIsAnsweredInFull() {
        String id = account(Map.of("ownerId", accountManager(), "tier", "KEY"));
        String unit = unit(id);
        String buyer = contact(id, "ECONOMIC_BUYER", unit);
        Response covered = api().get("/api/v1/accounts/{id}", id);
        covered.then().statusCode(200).body("singleThreaded", equalTo(false));
        String etag = covered.header("ETag");
        int version = covered.path("version");

        // The buyer leaves: the account is single-threaded again, its own version unchanged.
        api().contentType(PATCH).body(Map.of("leftCompanyOn", LocalDate.now(ZoneOffset.UTC).toString()))
                .patch("/api/v1/contacts/{id}", buyer).then().statusCode(200);
        Response revalidated = api().header("If-None-Match", etag).get("/api/v1/accounts/{id}", id);
        revalidated.then().statusCode(200).body("singleThreaded", equalTo(true)).body("version", equalTo(version))
                .header("ETag", Api.getEtag(version));
        assertThat(revalidated.header("ETag")).isNotEqualTo(etag);
        api().header("If-None-Match", revalidated.header("ETag")).get("/api/v1/accounts/{id}", id).then()
                .statusCode(304);
    }

    @Test
    void ifMatchComparesTheVersionOfEitherFormOfTheTag() {
        String id = account(Map.of());
        String etag = api().get("/api/v1/accounts/{id}", id).then().extract().header("ETag");
        api().contentType(PATCH).header("If-Match", etag).body(Map.of("industry", "Energy"))
                .patch("/api/v1/accounts/{id}", id).then().statusCode(200).header("ETag", "\"1\"");
        api().contentType(PATCH).header("If-Match", etag).body(Map.of("industry", "Retail"))
                .patch("/api/v1/accounts/{id}", id).then().statusCode(412);
        api().contentType(PATCH).header("If-Match", "\"1\"").body(Map.of("industry", "Retail"))
                .patch("/api/v1/accounts/{id}", id).then().statusCode(200);
        String current = api().get("/api/v1/accounts/{id}", id).then().header("ETag", Api.getEtag(2)).extract()
                .header("ETag");
        api().header("If-Match", current).delete("/api/v1/accounts/{id}", id).then().statusCode(204);
    }

    @Test
    void otherVersionedResourcesAnswer304Too() {
        String accountId = account(Map.of());
        String contactId = contact(accountId, Map.of());
        String etag = api().get("/api/v1/contacts/{id}", contactId).then().statusCode(200).extract().header("ETag");
        assertThat(etag).isNotNull();
        api().header("If-None-Match", etag).get("/api/v1/contacts/{id}", contactId).then().statusCode(304)
                .header("ETag", etag);
    }

    @Test
    void ifNoneMatchDoesNotChangeListsWithoutEtag() {
        api().header("If-None-Match", "*").get("/api/v1/accounts").then().statusCode(200);
    }
}
