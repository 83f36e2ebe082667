package com.stratum.common;

import static com.stratum.support.Api.api;
import static com.stratum.support.Fixtures.account;
import static com.stratum.support.People.contact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 17: If-None-Match answers 304 wherever an ETag is sent. */
@QuarkusTest
class ConditionalGetApiTest {

    @Test
    void aCurrentEtagIsNotModifiedAndAChangedOneIsAnsweredInFull() {
        String id = account(Map.of());
        String etag = api().get("/api/v1/accounts/{id}", id).then().statusCode(200).extract().header("ETag");
        Response notModified = api().header("If-None-Match", etag).get("/api/v1/accounts/{id}", id);
        notModified.then().statusCode(304).header("ETag", etag);
        assertThat(notModified.asString()).isEmpty();
        api().header("If-None-Match", "W/" + etag + ", \"999\"").get("/api/v1/accounts/{id}", id).then()
                .statusCode(304);
        api().header("If-None-Match", "*").get("/api/v1/accounts/{id}", id).then().statusCode(304);

        api().contentType("application/merge-patch+json").body(Map.of("industry", "Energy"))
                .patch("/api/v1/accounts/{id}", id).then().statusCode(200);
        api().header("If-None-Match", etag).get("/api/v1/accounts/{id}", id).then().statusCode(200)
                .header("ETag", "\"1\"").body("industry", equalTo("Energy"));
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
    void ifNoneMatchDoesNotChangeWritesOrListsWithoutEtag() {
        api().header("If-None-Match", "*").get("/api/v1/accounts").then().statusCode(200);
    }
}
