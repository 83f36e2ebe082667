package com.stratum.contact;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.stratum.common.ApiProblem;
import com.stratum.common.BatchItems;
import com.stratum.common.JsonErrors;
import com.stratum.common.Validation;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Runs a batch of contacts (POST /contacts/batch): each item an upsert by (accountId, externalId) through
 * {@link ContactUpserts} in its own transaction ({@link BatchItems}), so valid items land and a refused one changes
 * nothing.
 */
@ApplicationScoped
public class ContactBatch {
    private final ContactUpserts upserts;
    private final ObjectMapper mapper;
    private final Validation validation;

    public ContactBatch(ContactUpserts upserts, ObjectMapper mapper, Validation validation) {
        this.upserts = upserts;
        this.mapper = mapper;
        this.validation = validation;
    }

    public ContactBatchResult run(ContactBatchInput batch) {
        validation.check(batch);
        List<ContactBatchResult.Item> results = new ArrayList<>(batch.items().size());
        for (int index = 0; index < batch.items().size(); index++) {
            JsonNode node = batch.items().get(index);
            String externalId = node != null && node.path("externalId").isTextual()
                    ? node.path("externalId").asText() : null;
            UUID accountId = null;
            try {
                if (node == null || !node.isObject()) {
                    throw ApiProblem.badRequest("Each item must be a JSON object with accountId, externalId and the"
                            + " contact's properties.");
                }
                accountId = accountId(node);
                if (externalId == null) {
                    throw ApiProblem.validation("externalId", "Each item needs its externalId, the contact's id in"
                            + " your system, to be matched on.");
                }
                ContactInput input = read((ObjectNode) node);
                UUID account = accountId;
                ContactUpserts.Upserted done = upsert(account, externalId, input);
                results.add(new ContactBatchResult.Item(index, accountId, externalId,
                        ContactBatchResult.Status.valueOf(done.outcome().name()), done.contact().id(),
                        done.contact().version(), null));
            } catch (ApiProblem refused) {
                results.add(new ContactBatchResult.Item(index, accountId, externalId,
                        ContactBatchResult.Status.REFUSED, null, null, refused.toProblem()));
            }
        }
        return ContactBatchResult.of(results);
    }

    private static UUID accountId(JsonNode node) {
        JsonNode value = node.path("accountId");
        try {
            if (value.isTextual()) {
                return UUID.fromString(value.asText());
            }
        } catch (IllegalArgumentException malformed) {
            // refused below
        }
        throw ApiProblem.validation("accountId", "Each item needs the id of the contact's account (a UUID).");
    }

    private ContactInput read(ObjectNode node) {
        ObjectNode contact = node.deepCopy();
        contact.remove("accountId");
        try {
            return mapper.treeToValue(contact, ContactInput.class);
        } catch (JsonProcessingException e) {
            throw JsonErrors.problem(e);
        }
    }

    private ContactUpserts.Upserted upsert(UUID accountId, String externalId, ContactInput input) {
        return BatchItems.inOwnTransaction(() -> upserts.upsert(accountId, externalId, input, null),
                ContactUpserts.UNIQUE_RACES);
    }
}
