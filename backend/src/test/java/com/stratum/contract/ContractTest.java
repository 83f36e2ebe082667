package com.stratum.contract;

import static com.stratum.support.Api.api;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.stratum.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The committed openapi.yaml is the contract integrators read: it must be exactly what the code serves. */
@QuarkusTest
class ContractTest {
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    @Test
    void committedOpenApiMatchesWhatTheApplicationServes() throws Exception {
        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract()
                .asString();
        String committed = Files.readString(Api.CONTRACT_FILE);
        assertThat(committed)
                .withFailMessage("openapi.yaml at the repository root is out of date: run `make openapi` and commit it")
                .isEqualTo(served);
    }

    @Test
    void everyOperationHasAnIdSummaryTagAndProblemResponses() throws Exception {
        JsonNode document = new ObjectMapper(new YAMLFactory()).readTree(Api.CONTRACT_FILE.toFile());
        List<String> missing = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!METHODS.contains(op.getKey())) {
                return;
            }
            JsonNode operation = op.getValue();
            String name = op.getKey().toUpperCase() + " " + path.getKey();
            if (!operation.hasNonNull("operationId") || !operation.hasNonNull("summary")
                    || !operation.path("tags").isArray() || operation.path("tags").isEmpty()) {
                missing.add(name + ": operationId, summary or tag");
            }
            if (operation.has("requestBody")) {
                operation.get("requestBody").get("content").forEach(media -> {
                    if (!media.has("examples") && !media.has("example")) {
                        missing.add(name + ": request example");
                    }
                });
            }
            operation.get("responses").fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("4")
                        && !response.getValue().path("content").has("application/problem+json")) {
                    missing.add(name + " " + response.getKey() + ": problem+json content");
                }
            });
            if (path.getKey().contains("{") && !operation.get("responses").has("404")) {
                missing.add(name + ": 404");
            }
        }));
        assertThat(missing).isEmpty();
    }

    @Test
    void healthAndSwaggerUiAreServed() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void unknownPathsAndMethodsAreProblems() {
        api().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
        api().put("/api/v1/accounts").then().statusCode(405).contentType("application/problem+json");
        api().contentType("text/plain").body("name=x").post("/api/v1/accounts").then().statusCode(415)
                .contentType("application/problem+json");
    }
}
