package com.stratum.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stratum.common.Keyset;
import com.stratum.common.Paging;
import com.stratum.common.QueryBuilder;
import com.stratum.common.SortField;
import com.stratum.security.CurrentCaller;
import com.stratum.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads the audit log; nothing in the application writes or changes it (the database triggers do). */
@ApplicationScoped
public class AuditService {
    /** The record types the log knows, as the database triggers name them (AuditTriggersTest keeps them equal). */
    public static final List<String> ENTITY_TYPES = List.of("account", "tier-change", "growth-baseline", "user",
            "tier-policy", "survey-template", "survey-question", "qbr", "qbr-answer", "qbr-follow-up", "opportunity",
            "opportunity-stage-change", "api-token", "session", "business-unit", "contact", "qbr-respondent",
            "account-team-member", "handoff", "owner-change", "task",
            "company-settings", "activity", "activity-contact", "account-event", "product", "revenue-ingest",
            "contract", "revenue-alert", "revenue-alert-policy", "account-plan", "plan-review", "plan-objective",
            "plan-measurement", "plan-milestone", "data-import", "owner-target", "commission-plan", "opportunity-split",
            "commission-period", "commission-line", "icp-profile", "icp-fit-profile", "tier-budget",
            "tier-budget-override");

    private static final List<SortField<AuditEvent>> SORTS = List.of(
            new SortField<>("occurredAt", "e.occurredAt", SortField.ValueType.INSTANT, false, e -> e.occurredAt));
    private static final Paging.Query<AuditEvent> LIST = Paging.Query.of("e", "AuditEvent e", AuditEvent.class);

    private final Paging paging;
    private final ObjectMapper json;
    private final AuditRecords records;

    public AuditService(Paging paging, ObjectMapper json, AuditRecords records) {
        this.paging = paging;
        this.json = json;
        this.records = records;
    }

    public record Filter(String entityType, String entityId, UUID actorId, Instant from, Instant to) {
    }

    @Transactional
    public AuditPage list(Filter filter, String sort, int limit, String cursor) {
        CurrentCaller.requireRole(Role.ADMIN, "Reading the audit log");
        Keyset<AuditEvent> keyset = Keyset.parse(sort, "-occurredAt", SORTS, "e.id", e -> e.id);
        QueryBuilder query = new QueryBuilder();
        if (filter.entityType() != null) {
            query.and("e.entityType = " + query.param(filter.entityType()));
        }
        if (filter.entityId() != null) {
            query.and("e.entityId = " + query.param(filter.entityId()));
        }
        if (filter.actorId() != null) {
            query.and("e.actorId = " + query.param(filter.actorId()));
        }
        if (filter.from() != null) {
            query.and("e.occurredAt >= " + query.param(filter.from()));
        }
        if (filter.to() != null) {
            query.and("e.occurredAt < " + query.param(filter.to()));
        }
        Paging.Slice<AuditEvent> page = paging.page(LIST, query, keyset, limit, cursor);
        Map<UUID, AuditRecords.Details> details = records.of(page.items().stream().map(e -> e.id).toList());
        return page.map(e -> view(e, details.get(e.id))).to(AuditPage::new);
    }

    private AuditEventView view(AuditEvent event, AuditRecords.Details details) {
        List<AuditEventView.Change> changes = new ArrayList<>();
        try {
            JsonNode node = json.readTree(event.changes);
            node.fields().forEachRemaining(field -> changes.add(new AuditEventView.Change(camel(field.getKey()),
                    nullIfJsonNull(field.getValue().get("before")), nullIfJsonNull(field.getValue().get("after")))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit_event " + event.id + " holds invalid JSON", e);
        }
        changes.sort(java.util.Comparator.comparing(AuditEventView.Change::field));
        return new AuditEventView(event.id, event.occurredAt, event.actorId, details.actorName(), event.tokenId,
                event.action, event.entityType, event.entityId, details.recordType(), details.recordId(),
                details.recordName(), event.transactionId == null ? null : event.transactionId.toString(), changes);
    }

    private static JsonNode nullIfJsonNull(JsonNode node) {
        return node == null || node.isNull() ? null : node;
    }

    /** Columns are snake_case; the API speaks camelCase. */
    static String camel(String column) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
