package com.stratum.revenue;

import com.fasterxml.jackson.databind.JsonNode;
import com.stratum.common.ApiProblem;
import com.stratum.common.Validation;
import com.stratum.security.CurrentCaller;
import com.stratum.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a batch from billing in one transaction and a handful of statements whatever its size: the lines are
 * judged ({@link RevenueLines}: fields, then accounts and SKUs in one statement each), the valid ones land in one
 * upsert ({@link RevenueIngest}), and each refused one says why. Managers and admins (integrations' users) send
 * batches.
 */
@ApplicationScoped
public class RevenueBatch {
    private final RevenueLines rules;
    private final RevenueIngest ingest;
    private final Validation validation;

    public RevenueBatch(RevenueLines rules, RevenueIngest ingest, Validation validation) {
        this.rules = rules;
        this.ingest = ingest;
        this.validation = validation;
    }

    @Transactional
    public RevenueBatchResult run(RevenueBatchInput batch) {
        CurrentCaller.requireRole(Role.MANAGER, "Sending revenue lines");
        if (batch == null) {
            throw ApiProblem.badRequest("Send a JSON object with the lines in `lines`.");
        }
        validation.check(batch);
        RevenueLines.Context context = rules.context();
        List<RevenueLine> lines = new ArrayList<>(batch.lines().size());
        for (int index = 0; index < batch.lines().size(); index++) {
            lines.add(rules.read(index, batch.lines().get(index), context));
        }
        rules.resolve(lines);
        List<RevenueLine> valid = lines.stream().filter(l -> !l.refused()).toList();
        RevenueIngest.Written written = ingest.write(valid, context.currency(), RevenueIngest.Kind.BATCH, null,
                lines.size() - valid.size());
        List<RevenueBatchResult.Item> results = new ArrayList<>(lines.size());
        for (RevenueLine line : lines) {
            if (line.refused()) {
                results.add(new RevenueBatchResult.Item(line.index, RevenueBatchResult.Status.REFUSED, null, null,
                        null, problem(line).toProblem()));
            } else {
                Boolean created = written.createdOrUpdated().get(line);
                RevenueBatchResult.Status status = created == null ? RevenueBatchResult.Status.UNCHANGED
                        : created ? RevenueBatchResult.Status.CREATED : RevenueBatchResult.Status.UPDATED;
                results.add(new RevenueBatchResult.Item(line.index, status, line.accountId, line.productId,
                        line.period, null));
            }
        }
        return new RevenueBatchResult(results, written.created(), written.updated(), written.unchanged(),
                lines.size() - valid.size());
    }

    private static ApiProblem problem(RevenueLine line) {
        return ApiProblem.validation(line.errors);
    }
}
