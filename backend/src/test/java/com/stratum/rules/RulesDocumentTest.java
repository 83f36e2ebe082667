package com.stratum.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** rules.json at the repository root is what the SPA reads: it must be exactly what the code owns. */
class RulesDocumentTest {
    private static final Path COMMITTED = Path.of("..", "rules.json").toAbsolutePath().normalize();

    @Test
    void committedRulesMatchTheCode() throws Exception {
        assertThat(Files.readString(COMMITTED))
                .withFailMessage("rules.json at the repository root is out of date: run `make build` and commit it")
                .isEqualTo(RulesDocument.render());
    }

    @Test
    void documentCarriesTheRulesFromTheirOwners() throws Exception {
        JsonNode rules = new ObjectMapper().readTree(RulesDocument.render());
        assertThat(rules.at("/grades/points/B-").decimalValue()).isEqualByComparingTo("2.7");
        assertThat(rules.at("/grades/passing").asText()).isEqualTo("B");
        assertThat(rules.at("/followUp/maxDays").asInt()).isEqualTo(120);
        assertThat(rules.at("/stages/defaultProbability/NEGOTIATION").asInt()).isEqualTo(75);
        assertThat(rules.at("/stages/closed").toString()).isEqualTo("[\"WON\",\"LOST\"]");
        // Limits come from the validation annotations, keyed as the contract names the schema.
        assertThat(rules.at("/limits/AnswerInput/why/maxLength").asInt()).isEqualTo(4000);
        assertThat(rules.at("/limits/ReopenRequest/reason/minLength").asInt()).isEqualTo(3);
        assertThat(rules.at("/limits/FollowUpInput/actions/itemMaxLength").asInt()).isEqualTo(300);
    }
}
