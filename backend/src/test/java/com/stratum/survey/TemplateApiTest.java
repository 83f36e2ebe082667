package com.stratum.survey;

import static com.stratum.support.Api.api;
import static com.stratum.support.Fixtures.account;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TemplateApiTest {
    private static final Map<String, Object> TEMPLATE = Map.of("name", "Strategic QBR", "questions", List.of(
            Map.of("text", "How would you rate our ability to provide strategic suggestions?", "kind", "GRADE"),
            Map.of("text", "Would you recommend us?", "kind", "NPS")));

    @Test
    void theDefaultTemplateShipsWithTheProduct() {
        api().get("/api/v1/survey-templates/{id}", "00000000-0000-4000-8000-000000000001").then().statusCode(200)
                .body("isDefault", equalTo(true))
                .body("questions", hasSize(6))
                .body("questions[0].text", equalTo("How would you rate our ability to provide strategic suggestions"
                        + " that contribute to your continued growth?"))
                .body("questions[4].kind", equalTo("NPS"))
                .body("questions[5].text", equalTo("What should we do differently?"));
    }

    @Test
    void aTemplateCanChangeUntilAQbrUsesItThenOnlyACopyCan() {
        String id = api().body(TEMPLATE).post("/api/v1/survey-templates").then().statusCode(201)
                .header("ETag", "\"0\"").body("inUse", equalTo(false)).extract().path("id");
        Map<String, Object> changed = Map.of("name", "Strategic QBR v2", "questions", List.of(
                Map.of("text", "Responsiveness?", "kind", "GRADE")));
        api().body(changed).put("/api/v1/survey-templates/{id}", id).then().statusCode(200)
                .body("name", equalTo("Strategic QBR v2")).body("questions", hasSize(1));

        api().body(Map.of("scheduledFor", "2027-01-15", "respondentName", "Jo", "respondentEmail", "jo@x.example",
                "templateId", id)).post("/api/v1/accounts/{id}/qbrs", account(Map.of())).then().statusCode(201)
                .body("questions", hasSize(1));
        api().get("/api/v1/survey-templates/{id}", id).then().body("inUse", equalTo(true));
        api().body(TEMPLATE).put("/api/v1/survey-templates/{id}", id).then().statusCode(409)
                .body("detail", containsString("/copy"));

        String copy = api().post("/api/v1/survey-templates/{id}/copy", id).then().statusCode(201)
                .header("ETag", "\"0\"").body("name", equalTo("Copy of Strategic QBR v2")).body("inUse", equalTo(false))
                .extract().path("id");
        api().body(TEMPLATE).put("/api/v1/survey-templates/{id}", copy).then().statusCode(200);
        api().get("/api/v1/survey-templates").then().statusCode(200).body("items.id", hasItem(copy));
    }

    @Test
    void aTemplateNeedsANameAndAtLeastOneGradeQuestion() {
        api().body(Map.of("name", "", "questions", List.of())).post("/api/v1/survey-templates").then()
                .statusCode(422);
        api().body(Map.of("name", "Text only", "questions", List.of(Map.of("text", "Anything?", "kind", "TEXT"))))
                .post("/api/v1/survey-templates").then().statusCode(422)
                .body("errors[0].message", containsString("GRADE"));
        api().body(Map.of("name", "Bad kind", "questions", List.of(Map.of("text", "?", "kind", "STARS"))))
                .post("/api/v1/survey-templates").then().statusCode(422)
                .body("errors[0].field", equalTo("questions[0].kind"));
        api().get("/api/v1/survey-templates").then().body("items.name", not(hasItem("Text only")));
    }
}
