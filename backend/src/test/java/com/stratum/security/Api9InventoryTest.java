package com.stratum.security;

import static com.stratum.support.Api.anonymous;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.stratum.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * OWASP API9:2023 Improper Inventory Management: every served /api/v1 operation is in openapi.yaml (the
 * contract test proves the file equals what is served) with its security, and the declaration is enforced:
 * every operation not declared public refuses a request without credentials.
 */
@QuarkusTest
class Api9InventoryTest {
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final Set<String> PUBLIC = Set.of("signIn", "getPublicSurvey", "answerPublicSurvey");

    @Test
    void everyOperationDeclaresItsSecurityAndOnlySignInAndTheSurveyLinkArePublic() throws Exception {
        JsonNode document = new ObjectMapper(new YAMLFactory()).readTree(Api.CONTRACT_FILE.toFile());
        assertThat(document.at("/components/securitySchemes/apiToken/scheme").asText()).isEqualTo("bearer");
        assertThat(document.at("/components/securitySchemes/session/in").asText()).isEqualTo("cookie");
        Set<String> publicOperations = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!METHODS.contains(op.getKey())) {
                return;
            }
            JsonNode operation = op.getValue();
            String id = operation.path("operationId").asText();
            JsonNode security = operation.get("security");
            if (security == null) {
                problems.add(id + ": no security declared");
            } else if (security.isEmpty()) {
                publicOperations.add(id);
            } else {
                boolean token = false;
                boolean session = false;
                for (JsonNode requirement : security) {
                    token |= requirement.has("apiToken");
                    session |= requirement.has("session");
                }
                if (!token || !session) {
                    problems.add(id + ": must accept the apiToken and the session schemes");
                }
                if (!operation.path("responses").has("401") || !operation.path("responses").has("403")) {
                    problems.add(id + ": 401 and 403 responses");
                }
            }
        }));
        assertThat(problems).isEmpty();
        assertThat(publicOperations).isEqualTo(new TreeSet<>(PUBLIC));
    }

    @Test
    void everyNonPublicOperationRefusesARequestWithoutCredentials() throws Exception {
        JsonNode document = new ObjectMapper(new YAMLFactory()).readTree(Api.CONTRACT_FILE.toFile());
        List<String> open = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!METHODS.contains(op.getKey()) || op.getValue().path("security").isEmpty()) {
                return;
            }
            String concrete = path.getKey().replaceAll("\\{tier}", "KEY")
                    .replaceAll("\\{[^}]+}", "00000000-0000-4000-8000-000000000001");
            var request = anonymous();
            if (op.getValue().has("requestBody")) {
                // In the operation's own media type, so that what answers is the access check, not content
                // negotiation (a CSV upload refuses JSON with a 415 before any filter runs).
                String media = op.getValue().path("requestBody").path("content").fieldNames().next();
                request = request.contentType(media).body(media.contains("json") ? "{}" : "");
            }
            int status = request.request(op.getKey().toUpperCase(), concrete).statusCode();
            if (status != 401) {
                open.add(op.getKey().toUpperCase() + " " + path.getKey() + " -> " + status);
            }
        }));
        assertThat(open).isEmpty();
    }
}
