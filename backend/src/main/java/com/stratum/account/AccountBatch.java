package com.stratum.account;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stratum.common.ApiProblem;
import com.stratum.common.JsonErrors;
import com.stratum.common.Validation;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Runs a batch of accounts from an integration (POST /accounts/batch): each item is an upsert by externalId
 * ({@link AccountUpserts}, the rules of POST and PATCH) in its own transaction, so valid items land even when
 * others are refused, and a refused item changes nothing. Two batches that write the same account at once (a sync
 * sent twice, two workers): the unique index lets one create in, the version check lets one update in (or
 * PostgreSQL breaks their deadlock), and the other's item is tried again in a new transaction, finding the account
 * as the winner left it. An item that loses every attempt is reported refused with the concurrent-modification
 * problem; the batch itself never fails for it.
 */
@ApplicationScoped
public class AccountBatch {
    private static final Set<String> UNIQUE_RACES = Set.of("account_external_id_uq", "account_domain_uq");
    private static final int ATTEMPTS = 3;

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
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> upserts.upsert(externalId, input, null));
            } catch (RuntimeException e) {
                if (!isRace(e)) {
                    throw e;
                }
                if (attempt == ATTEMPTS) {
                    throw ApiProblem.concurrentModification();
                }
            }
        }
    }

    private static boolean isRace(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation
                    && UNIQUE_RACES.contains(violation.getConstraintName())
                    || cause instanceof OptimisticLockException || cause instanceof StaleStateException
                    || cause instanceof SQLException sql && "40P01".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
