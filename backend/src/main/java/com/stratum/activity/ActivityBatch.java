package com.stratum.activity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stratum.common.ApiProblem;
import com.stratum.common.BatchItems;
import com.stratum.common.JsonErrors;
import com.stratum.common.Validation;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs a batch from an integration: each item in its own transaction ({@link BatchItems}), so that valid items land
 * even when others are refused, and a refused item changes nothing. Items are read one by one (a malformed item is
 * refused alone).
 */
@ApplicationScoped
public class ActivityBatch {
    private final ActivityService activities;
    private final ObjectMapper mapper;
    private final Validation validation;

    public ActivityBatch(ActivityService activities, ObjectMapper mapper, Validation validation) {
        this.activities = activities;
        this.mapper = mapper;
        this.validation = validation;
    }

    public ActivityBatchResult run(ActivityBatchInput batch) {
        validation.check(batch);
        List<ActivityBatchResult.Item> results = new ArrayList<>();
        for (int index = 0; index < batch.items().size(); index++) {
            JsonNode node = batch.items().get(index);
            String source = text(node, "source");
            String externalId = text(node, "externalId");
            try {
                ActivityService.Upserted done = upsert(read(node));
                results.add(new ActivityBatchResult.Item(index, source, externalId, done.status(), done.activityId(),
                        null));
            } catch (ApiProblem refused) {
                results.add(new ActivityBatchResult.Item(index, source, externalId,
                        ActivityBatchResult.Status.REFUSED, null, refused.toProblem()));
            }
        }
        return ActivityBatchResult.of(results);
    }

    private ActivityBatchItem read(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw ApiProblem.badRequest("Each item must be a JSON object with source, externalId, accountId and the"
                    + " activity's properties.");
        }
        try {
            return mapper.treeToValue(node, ActivityBatchItem.class);
        } catch (JsonProcessingException e) {
            throw JsonErrors.problem(e);
        }
    }

    private ActivityService.Upserted upsert(ActivityBatchItem item) {
        return BatchItems.inOwnTransaction(() -> activities.upsert(item), Set.of("activity_source_external_uq"));
    }

    private static String text(JsonNode node, String field) {
        return node != null && node.path(field).isTextual() ? node.path(field).asText() : null;
    }
}
