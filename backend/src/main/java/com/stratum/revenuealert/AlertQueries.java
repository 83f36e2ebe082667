package com.stratum.revenuealert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stratum.common.ApiProblem;
import com.stratum.common.Keyset;
import com.stratum.common.Paging;
import com.stratum.common.QueryBuilder;
import com.stratum.common.SortField;
import com.stratum.common.SortField.ValueType;
import com.stratum.common.Sync;
import com.stratum.survey.LastQbrReasons;
import com.stratum.survey.QbrReasons;
import com.stratum.tier.Tier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads of revenue alerts: one statement per page (and its count), plus one for the last QBR reasons of its
 * accounts, whatever the number of rows.
 */
@ApplicationScoped
public class AlertQueries {
    private static final String FROM = "RevenueAlert x join Account a on a.id = x.accountId"
            + " left join User o on o.id = a.ownerId left join User ack on ack.id = x.acknowledgedBy"
            + " left join User res on res.id = x.resolvedBy left join Product p on p.id = x.productId";
    // The alert's columns as values, never the managed entity (nothing to dirty-check at commit), its product's
    // beside them, and the evidence as its JSON text, read straight into AlertEvidence.
    private static final String COLUMNS = "x.id, x.accountId, a.name, a.ownerId, o.name, a.tier, x.productId, p.sku,"
            + " p.name, x.rule, x.status, cast(x.evidence as String), x.amountAtRisk, x.taskId, x.cause, x.competitor,"
            + " x.competitorId, x.resolutionNote, x.acknowledgedAt, ack.name, x.resolvedAt, res.name, x.detectedAt,"
            + " x.createdAt, x.updatedAt, x.version";
    private static final Paging.Query<Row> LIST = Paging.Query.ofRows(COLUMNS, FROM, Row::of);
    /**
     * Without a tier or owner filter the count reads the alerts alone (every alert has its account; the users and
     * the product are left joins): the inbox's count walks revenue_alert_status_idx instead of joining every account.
     */
    private static final Paging.Query<Row> LIST_COUNTED_ALONE = LIST.countedFrom("RevenueAlert x");

    /** A row as read: the view without its evidence and last QBR reasons, and the evidence as JSON text. */
    private record Row(AlertView read, String evidence) {
        static Row of(Object[] v) {
            return new Row(new AlertView((UUID) v[0], (UUID) v[1], (String) v[2], (UUID) v[3], (String) v[4],
                    (Tier) v[5], (UUID) v[6], (String) v[7], (String) v[8], (AlertRule) v[9], (AlertStatus) v[10],
                    null, (BigDecimal) v[12], (UUID) v[13], (AlertCause) v[14], (String) v[15], (UUID) v[16],
                    (String) v[17], (Instant) v[18], (String) v[19], (Instant) v[20], (String) v[21], (Instant) v[22],
                    null, (Instant) v[23], (Instant) v[24], ((Number) v[25]).longValue()), (String) v[11]);
        }
    }

    private static final List<SortField<Row>> SORTS = List.of(
            new SortField<>("detectedAt", "x.detectedAt", ValueType.INSTANT, false, r -> r.read.detectedAt()),
            new SortField<>("amountAtRisk", "x.amountAtRisk", ValueType.DECIMAL, false, r -> r.read.amountAtRisk()),
            new SortField<>("updatedAt", "x.updatedAt", ValueType.INSTANT, false, r -> r.read.updatedAt()));

    private final EntityManager em;
    private final Paging paging;
    private final Sync sync;
    private final LastQbrReasons reasons;
    private final ObjectMapper json;

    public AlertQueries(EntityManager em, Paging paging, Sync sync, LastQbrReasons reasons, ObjectMapper json) {
        this.em = em;
        this.paging = paging;
        this.sync = sync;
        this.reasons = reasons;
        this.json = json;
    }

    @Transactional
    public AlertPage list(AlertFilter.Criteria filter, Instant updatedAfter, String sort, int limit, String cursor) {
        Keyset<Row> keyset = Keyset.parse(Sync.sort(updatedAfter, sort), "-detectedAt", SORTS, "x.id", r -> r.read.id());
        QueryBuilder query = new QueryBuilder();
        sync.bound(updatedAfter, "x.updatedAt", query);
        // Literals: a generic plan (from the sixth run of the statement) then estimates the status as a custom one.
        query.inConstants("x.status", filter.statuses());
        query.inConstants("x.rule", filter.rules());
        query.in("a.tier", filter.tiers());
        query.in("a.ownerId", filter.ownerIds());
        query.in("x.accountId", filter.accountIds());
        Paging.Query<Row> list = filter.tiers().isEmpty() && filter.ownerIds().isEmpty() ? LIST_COUNTED_ALONE : LIST;
        Paging.Slice<Row> slice = paging.page(list, query, keyset, limit, cursor);
        Map<UUID, QbrReasons> lastQbr = lastQbr(slice.items());
        return slice.map(row -> view(row, lastQbr)).to(AlertPage::new);
    }

    @Transactional
    public AlertView view(UUID id) {
        List<Object[]> rows = em.createQuery("select " + COLUMNS + " from " + FROM + " where x.id = :id",
                Object[].class).setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            throw ApiProblem.notFound("revenue alert", id);
        }
        Row row = Row.of(rows.get(0));
        return view(row, lastQbr(List.of(row)));
    }

    public RevenueAlert find(UUID id) {
        RevenueAlert alert = RevenueAlert.findById(id);
        if (alert == null) {
            throw ApiProblem.notFound("revenue alert", id);
        }
        return alert;
    }

    /** The last QBR reasons of the rows' accounts, in one statement. */
    private Map<UUID, QbrReasons> lastQbr(List<Row> rows) {
        return reasons.of(rows.stream().map(r -> r.read.accountId()).collect(Collectors.toSet()));
    }

    private AlertView view(Row row, Map<UUID, QbrReasons> lastQbr) {
        return row.read.with(evidence(row.read.id(), row.evidence), lastQbr.get(row.read.accountId()));
    }

    private AlertEvidence evidence(UUID id, String evidence) {
        try {
            return json.readValue(evidence, AlertEvidence.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the evidence of alert " + id + " is not readable", e);
        }
    }
}
