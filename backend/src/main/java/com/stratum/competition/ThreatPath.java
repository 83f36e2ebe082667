package com.stratum.competition;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One way a competitor could take into the account, with its score and the facts behind it.")
public record ThreatPath(
        @Schema(required = true, description = "Names the path within the account while its facts hold; send it to"
                + " POST /api/v1/accounts/{id}/threats/tasks.", examples = "COMPETITOR_HOLDS:0b9c7f5e-8a1d-4c2b-9e3f-1a2b3c4d5e6f:Analytics")
        String key,
        @Schema(required = true) ThreatKind kind,
        @Schema(required = true, minimum = "1", description = "The weight of its rule (ThreatRules, rules.json"
                + " threats.weights), plus its bonus where one applies.") int score,
        @Schema(required = true, description = "The path in a few words: the title of the task made of it.",
                examples = "Rival could enter through Logistics") String title,
        @Schema(required = true, description = "The path as one sentence: its title and the facts behind it.",
                examples = "Rival could enter through Logistics: they hold Analytics (about $40,000.00 a year), their"
                        + " contract ends in 75 days, no contact for 140 days.") String sentence,
        @Schema(required = true, description = "The facts behind it, one per item.") List<String> evidence,
        @Schema(required = true, nullable = true, description = "The competitor, when the path names one.")
        UUID competitorId,
        @Schema(required = true, nullable = true) String competitorName,
        @Schema(required = true, nullable = true, description = "The business unit, when the path goes through one.")
        UUID businessUnitId,
        @Schema(required = true, nullable = true, description = "The OPEN task already made of this path (POST"
                + " /api/v1/accounts/{id}/threats/tasks answers it again), else null.") UUID taskId) {

    /** The same path, with the OPEN task made of it. */
    public ThreatPath withTask(UUID openTaskId) {
        return new ThreatPath(key, kind, score, title, sentence, evidence, competitorId, competitorName,
                businessUnitId, openTaskId);
    }
}
