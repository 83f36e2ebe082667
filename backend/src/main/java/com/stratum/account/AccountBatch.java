package com.stratum.account;

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

/**
 * Runs a batch of accounts from an integration (POST /accounts/batch): each item is an upsert by externalId
 * ({@link AccountUpserts}, the rules of POST and PATCH) in its own transaction ({@link BatchItems}), so valid items
 * land even when others are refused, and a refused item changes nothing.
 */
@ApplicationScoped
public class AccountBatch {
    private final AccountUpserts upserts;
    private final ObjectMapper mapper;
    private final Validation validation;

    public AccountBatch(AccountUpserts upserts, ObjectMapper mapper, Validation validation) {
        this.upserts = upserts;
        this.mapper = mapper;
        this.validation = validation;
    }

    public AccountBatchResult run(AccountBatchInput batch) {
        validation.check(batch);
        List<AccountBatchResult.Item> results = new ArrayList<>(batch.items().size());
        for (int index = 0; index < batch.items().size(); index++) {
            JsonNode node = batch.items().get(index);
            String externalId = node != null && node.path("externalId").isTextual()
                    ? node.path("externalId").asText() : null;
            try {
                if (node == null || !node.isObject()) {
                    throw ApiProblem.badRequest("Each item must be a JSON object with the account's externalId and"
                            + " its properties.");
                }
                if (externalId == null) {
                    throw ApiProblem.validation("externalId", "Each item needs its externalId, the account's id in"
                            + " your system, to be matched on.");
                }
                AccountInput input = read(node);
                AccountUpserts.Upserted done = upsert(externalId, input);
                results.add(new AccountBatchResult.Item(index, externalId,
                        AccountBatchResult.Status.valueOf(done.outcome().name()), done.account().id(),
                        done.account().version(), null));
            } catch (ApiProblem refused) {
                results.add(new AccountBatchResult.Item(index, externalId, AccountBatchResult.Status.REFUSED, null,
                        null, refused.toProblem()));
            }
        }
        return AccountBatchResult.of(results);
    }

    private AccountInput read(JsonNode node) {
        try {
            return mapper.treeToValue(node, AccountInput.class);
        } catch (JsonProcessingException e) {
            throw JsonErrors.problem(e);
        }
    }

    private AccountUpserts.Upserted upsert(String externalId, AccountInput input) {
        return BatchItems.inOwnTransaction(() -> upserts.upsert(externalId, input, null),
                AccountUpserts.UNIQUE_RACES);
    }
}
