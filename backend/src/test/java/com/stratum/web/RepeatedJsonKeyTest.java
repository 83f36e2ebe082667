package com.stratum.web;

import static com.stratum.support.Api.anonymous;
import static com.stratum.support.Api.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.stratum.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A property given twice in a JSON body is a 400 problem naming it, on every operation that takes a body. */
@QuarkusTest
class RepeatedJsonKeyTest {
    @Test
    void signInWithARepeatedKeyIs400NamingIt() {
        anonymous().header("X-Forwarded-For", "198.51.100.77")
                .body("{\"email\":\"a@example.com\",\"password\":\"x\",\"email\":\"a@example.com\"}")
                .post("/api/v1/auth/login").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("email")).body("detail", containsString("'email'"));
    }

    @Test
    void thePublicSurveyAnswerWithARepeatedKeyIs400() {
        anonymous().header("X-Forwarded-For", "198.51.100.78").body("{\"answers\":null,\"answers\":null}")
                .post("/api/v1/public/surveys/{token}/responses", "no-such-link").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("answers"));
    }

    /**
     * Every operation in the contract with a JSON body: the first property of its schema, given twice. The
     * value is null so that the type check of the first occurrence cannot answer before the repetition is
     * seen.
     */
    @Test
    void everyOperationWithABodyRefusesARepeatedKey() {
        OpenAPI contract = new OpenAPIV3Parser().read(Api.CONTRACT_FILE.toUri().toString());
        List<String> checked = new ArrayList<>();
        contract.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            if (operation.getRequestBody() == null) {
                return;
            }
            var media = operation.getRequestBody().getContent().entrySet().iterator().next();
            if (!media.getKey().contains("json")) {
                return; // a CSV upload has no keys to repeat
            }
            String property = firstProperty(contract, media.getValue().getSchema());
            String body = "{\"" + property + "\":null,\"" + property + "\":null}";
            Response response = api().contentType(media.getKey()).body(body)
                    .request(method.name(), fill(path, operation));
            assertThat(response.statusCode()).as(method + " " + path + " " + body).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.<String>path("errors[0].field")).as(method + " " + path).isEqualTo(property);
            checked.add(method + " " + path);
        }));
        assertThat(checked).hasSizeGreaterThan(15);
    }

    private static String firstProperty(OpenAPI contract, Schema<?> schema) {
        Schema<?> resolved = schema;
        if (schema.get$ref() != null) {
            resolved = contract.getComponents().getSchemas().get(schema.get$ref().replace("#/components/schemas/", ""));
        }
        Map<String, Schema> properties = resolved.getProperties();
        return properties == null || properties.isEmpty() ? "anything" : properties.keySet().iterator().next();
    }

    /** The path with each parameter filled in: an enum's first value, else a fresh id. */
    private static String fill(String path, Operation operation) {
        String filled = path;
        for (Parameter parameter : operation.getParameters() == null ? List.<Parameter>of() : operation.getParameters()) {
            if (!"path".equals(parameter.getIn())) {
                continue;
            }
            Schema<?> schema = parameter.getSchema();
            String value = schema != null && schema.getEnum() != null && !schema.getEnum().isEmpty()
                    ? String.valueOf(schema.getEnum().get(0)) : UUID.randomUUID().toString();
            filled = filled.replace("{" + parameter.getName() + "}", value);
        }
        return filled;
    }
}
