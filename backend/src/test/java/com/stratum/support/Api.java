package com.stratum.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;

/**
 * The one way tests call the API. Every response is checked against the committed openapi.yaml (requests
 * are not: many tests send invalid ones on purpose). When sign-in arrives, credentials are added here.
 */
public final class Api {
    public static final Path CONTRACT_FILE = Path.of("..", "openapi.yaml").toAbsolutePath().normalize();

    private static final OpenApiValidationFilter CONTRACT = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT_FILE.toUri().toString())
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    private Api() {
    }

    public static RequestSpecification api() {
        return RestAssured.given().filter(CONTRACT).contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
