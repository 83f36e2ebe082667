package com.stratum.web;

import static com.stratum.support.Api.api;
import static org.assertj.core.api.Assertions.assertThat;

import com.stratum.support.Api;
import com.stratum.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An operation whose success has no body (a 204) lists only application/problem+json responses in the contract,
 * so a generated client sends "Accept: application/problem+json". That Accept must not be answered 406: the
 * success has no body to negotiate, and an error comes as the problem the client asked for.
 */
@QuarkusTest
class BodilessAcceptTest {
    private static final String PROBLEM = "application/problem+json";

    @Test
    void everyOperationWithoutASuccessBodyTakesAProblemOnlyAccept() {
        OpenAPI contract = new OpenAPIV3Parser().read(Api.CONTRACT_FILE.toUri().toString());
        List<String> checked = new ArrayList<>();
        contract.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            boolean bodiless = operation.getResponses().entrySet().stream()
                    .filter(response -> response.getKey().startsWith("2"))
                    .allMatch(response -> response.getValue().getContent() == null
                            || response.getValue().getContent().isEmpty());
            if (!bodiless || "/api/v1/auth/logout".equals(path)) {
                return; // signing out has no id to miss; it is covered below
            }
            var request = api().accept(PROBLEM);
            if (operation.getRequestBody() != null) {
                request = request.contentType(operation.getRequestBody().getContent().keySet().iterator().next())
                        .body("{}");
            }
            // A fresh id: the answer is a 404 or 422 problem, which is what the client accepts.
            Response response = request.request(method.name(), fill(path, operation));
            assertThat(response.statusCode()).as(method + " " + path).isNotEqualTo(406).isBetween(400, 499);
            assertThat(response.contentType()).as(method + " " + path).startsWith(PROBLEM);
            checked.add(method + " " + path);
        }));
        assertThat(checked).hasSizeGreaterThan(10);
    }

    @Test
    void aDeleteWithAProblemOnlyAcceptSucceeds() {
        String id = api().body(Map.of("name", Fixtures.unique("Bodiless"))).post("/api/v1/accounts")
                .then().statusCode(201).extract().path("id");
        api().accept(PROBLEM).delete("/api/v1/accounts/{id}", id).then().statusCode(204);
        // With an API token signing out changes nothing, so the suite's token can be used.
        api().accept(PROBLEM).post("/api/v1/auth/logout").then().statusCode(204);
    }

    private static String fill(String path, Operation operation) {
        String filled = path;
        for (Parameter parameter : operation.getParameters() == null ? List.<Parameter>of() : operation.getParameters()) {
            if ("path".equals(parameter.getIn())) {
                filled = filled.replace("{" + parameter.getName() + "}", UUID.randomUUID().toString());
            }
        }
        return filled;
    }
}
