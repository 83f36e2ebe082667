package com.stratum.common;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The parts of the contract that every integration relies on and no resource declares itself, added by
 * {@link ProblemResponsesFilter}: the optional Idempotency-Key on every POST of a signed-in caller
 * (idempotency/IdempotencyFilter) and the conditional GET (If-None-Match, 304) wherever a GET answers with an
 * ETag ({@link ConditionalGet}).
 */
final class IntegrationContract {
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** The streamed uploads (web/RequestGate), whose body is not there to compare: they refuse the header. */
    static final java.util.Set<String> STREAMED_UPLOADS = java.util.Set.of("/api/v1/revenue-imports",
            "/api/v1/imports");

    private IntegrationContract() {
    }

    /** Before the problem responses get their content: the 409 and 422 this adds are problems too. */
    static void idempotencyKey(String path, PathItem.HttpMethod method, Operation operation, APIResponses responses,
            boolean secured) {
        if (method != PathItem.HttpMethod.POST || !secured || STREAMED_UPLOADS.contains(path)) {
            return;
        }
        if (operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> IDEMPOTENCY_KEY.equalsIgnoreCase(p.getName()))) {
            return; // the filter runs at build and at start
        }
        operation.addParameter(OASFactory.createParameter().name(IDEMPOTENCY_KEY).in(Parameter.In.HEADER)
                .required(false).description("Makes a retry safe: 1 to 255 visible ASCII characters (a UUID, say),"
                        + " new for each new request. The same key with the same request within 24 hours answers"
                        + " what the first answered (status, body, Location, ETag; marked Idempotent-Replayed: true)"
                        + " without doing the work again; the same key with another request is refused with 422;"
                        + " while the first is still running, a duplicate gets 409. Keys belong to the caller (API"
                        + " token or signed-in user). Only a successful answer is kept: after an error, the same key"
                        + " runs the request again.")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).minLength(1)
                        .maxLength(255).pattern("^[\\x20-\\x7E]+$")).example("5f0c3a7e-8d2b-4c1e-9a6f-2b7d4e8c1a90"));
        add(responses, "400", "A header or the body is malformed (an Idempotency-Key that is empty or longer than"
                + " 255 characters, for instance)");
        add(responses, "409", "A request with the same Idempotency-Key is still running, or the request conflicts"
                + " with the resource's state");
        add(responses, "422", "The body breaks a rule, or the Idempotency-Key was used with another request");
        responses.getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("2") && (response.getHeaders() == null
                    || !response.getHeaders().containsKey(IdempotencyHeaders.REPLAYED))) {
                var content = response.getContent();
                response.setContent(null);
                response.addHeader(IdempotencyHeaders.REPLAYED, OASFactory.createHeader()
                        .description("true when this is the stored answer to an earlier request with the same"
                                + " Idempotency-Key").schema(OASFactory.createSchema()
                                .type(List.of(Schema.SchemaType.STRING)).enumeration(List.of("true"))));
                response.setContent(content);
            }
        });
    }

    /** After the ETag headers are declared: a GET whose answer carries one also answers 304 to If-None-Match. */
    static void conditionalGet(PathItem.HttpMethod method, Operation operation, APIResponses responses) {
        if (method != PathItem.HttpMethod.GET) {
            return;
        }
        APIResponse ok = responses.getAPIResponse("200");
        if (ok == null || ok.getHeaders() == null || !ok.getHeaders().containsKey("ETag")) {
            return;
        }
        if (operation.getParameters() == null
                || operation.getParameters().stream().noneMatch(p -> "If-None-Match".equalsIgnoreCase(p.getName()))) {
            operation.addParameter(OASFactory.createParameter().name("If-None-Match").in(Parameter.In.HEADER)
                    .required(false).description("The ETag of the last GET (\"<version>-<hash>\", or several"
                            + " separated by commas); when the representation is still the same the answer is 304 Not"
                            + " Modified without a body.")
                    .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))));
        }
        if (!responses.hasAPIResponse("304")) {
            responses.addAPIResponse("304", OASFactory.createAPIResponse()
                    .description("Not modified: If-None-Match names the current representation; no body")
                    .addHeader("ETag", OASFactory.createHeader()
                            .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))));
        }
    }

    private static void add(APIResponses responses, String code, String description) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }

    /** The response header names, shared with the filter that sends them. */
    static final class IdempotencyHeaders {
        static final String REPLAYED = "Idempotent-Replayed";

        private IdempotencyHeaders() {
        }
    }
}
