package com.stratum.support;

import static com.stratum.support.Api.api;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Builds the data a test needs through the API, with unique values so tests never depend on each other. */
public final class Fixtures {
    private Fixtures() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String user(String role) {
        String name = unique("User");
        return api().body(Map.of("name", name, "email", name.toLowerCase() + "@test.example", "role", role))
                .post("/api/v1/users").then().statusCode(201).extract().path("id");
    }

    public static final String PASSWORD = "fixture-password-123";

    /** A user of the role with {@link #PASSWORD}; returns the id. */
    public static String userWithPassword(String role, String email) {
        return api().body(Map.of("name", unique("User"), "email", email, "role", role, "password", PASSWORD))
                .post("/api/v1/users").then().statusCode(201).extract().path("id");
    }

    /** A new user of the role, signed in. */
    public static Api.Session signedIn(String role) {
        String email = unique("user").toLowerCase() + "@test.example";
        userWithPassword(role, email);
        return Api.Session.signIn(email, PASSWORD);
    }

    /** An API token of a new user of the role, with the given scopes. */
    public static String token(String role, java.util.List<String> scopes) {
        return signedIn(role).createToken(unique("token"), scopes);
    }

    public static String accountManager() {
        return user("ACCOUNT_MANAGER");
    }

    /** Creates an account with a unique name plus the given properties and returns its id. */
    public static String account(Map<String, Object> properties) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", unique("Account"));
        body.putAll(properties);
        return api().body(body).post("/api/v1/accounts").then().statusCode(201).extract().path("id");
    }

    public static String account(String ownerId, String tier) {
        return account(Map.of("ownerId", ownerId, "tier", tier));
    }

    /** Creates an open opportunity and returns its id. */
    public static String opportunity(String accountId, String type, double amount, String expectedCloseDate) {
        return api().body(Map.of("accountId", accountId, "type", type, "title", unique("Deal"), "amount", amount,
                        "expectedCloseDate", expectedCloseDate))
                .post("/api/v1/opportunities").then().statusCode(201).extract().path("id");
    }

    public static void moveStage(String opportunityId, String stage) {
        Map<String, Object> body = new HashMap<>();
        body.put("stage", stage);
        if ("LOST".equals(stage)) {
            body.put("lossReason", "Chose a competitor");
        }
        api().body(body).post("/api/v1/opportunities/{id}/stage", opportunityId).then().statusCode(200);
    }

    /** A tier change; a promotion to KEY or STRATEGIC carries the reason code REVENUE (required since issue 19). */
    public static Map<String, Object> tierChange(String tier, String reason) {
        return "STANDARD".equals(tier) ? Map.of("tier", tier, "reason", reason)
                : Map.of("tier", tier, "reason", reason, "reasonCode", "REVENUE");
    }
}
