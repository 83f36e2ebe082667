package com.stratum.support;

import static com.stratum.support.Api.api;

import java.util.HashMap;
import java.util.Map;

/** Business units and contacts for tests, made through the API with unique names. */
public final class People {
    private People() {
    }

    public static String unit(String accountId) {
        return api().body(Map.of("name", Fixtures.unique("Unit"))).post("/api/v1/accounts/{id}/business-units", accountId)
                .then().statusCode(201).extract().path("id");
    }

    /** A contact with a unique name and email plus the given properties; returns its id. */
    public static String contact(String accountId, Map<String, Object> properties) {
        Map<String, Object> body = new HashMap<>();
        String name = Fixtures.unique("Person");
        body.put("name", name);
        body.put("email", name.toLowerCase() + "@customer.example");
        body.putAll(properties);
        return api().body(body).post("/api/v1/accounts/{id}/contacts", accountId).then().statusCode(201).extract()
                .path("id");
    }

    /** A contact with a buying role in a business unit (null: none). */
    public static String contact(String accountId, String buyingRole, String unitId) {
        Map<String, Object> body = new HashMap<>();
        body.put("buyingRole", buyingRole);
        body.put("businessUnitId", unitId);
        return contact(accountId, body);
    }

    public static void patchContact(String contactId, Map<String, Object> patch) {
        api().contentType("application/merge-patch+json").body(patch).patch("/api/v1/contacts/{id}", contactId).then()
                .statusCode(200);
    }
}
