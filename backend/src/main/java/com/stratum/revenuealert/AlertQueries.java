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
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads of revenue alerts: one statement per page (and its count), plus one for the page's products and one for
 * the last QBR reasons of its accounts, whatever the number of rows.
 */
@ApplicationScoped
public class AlertQueries {
    private static final String FROM = "RevenueAlert x join Account a on a.id = x.accountId"
            + " left join User o on o.id = a.ownerId left join User ack on ack.id = x.acknowledgedBy"
            + " left join User res on res.id = x.resolvedBy";
    private static final String COLUMNS = "x, a.name, a.ownerId, o.name, a.tier, ack.name, res.name";
    private static final Paging.Query<Row> LIST = Paging.Query.ofRows(COLUMNS, FROM, Row::of);
    /**
     * Without a tier or owner filter the count reads the alerts alone (every alert has its account; the users are
     * left joins): the inbox's count walks revenue_alert_status_idx instead of joining every account.
     */
    private static final Paging.Query<Row> LIST_COUNTED_ALONE = LIST.countedFrom("RevenueAlert x");

    private record Row(RevenueAlert alert, String accountName, UUID ownerId, String ownerName, Tier tier,
            String acknowledgedBy, String resolvedBy) {
        static Row of(Object[] r) {
            return new Row((RevenueAlert) r[0], (String) r[1], (UUID) r[2], (String) r[3], (Tier) r[4],
                    (String) r[5], (String) r[6]);
        }
    }

    private record Product(String sku, String name) {
    }

    private static final List<SortField<Row>> SORTS = List.of(
            new SortField<>("detectedAt", "x.detectedAt", ValueType.INSTANT, false, r -> r.alert.detectedAt),
            new SortField<>("amountAtRisk", "x.amountAtRisk", ValueType.DECIMAL, false, r -> r.alert.amountAtRisk),
            new SortField<>("updatedAt", "x.updatedAt", ValueType.INSTANT, false, r -> r.alert.updatedAt));

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
        Keyset<Row> keyset = Keyset.parse(Sync.sort(updatedAfter, sort), "-detectedAt", SORTS, "x.id", r -> r.alert.id);
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
        return slice.map(views(slice.items())::get).to(AlertPage::new);
    }

    @Transactional
    public AlertView view(UUID id) {
        List<Object[]> rows = em.createQuery("select " + COLUMNS + " from " + FROM + " where x.id = :id",
                Object[].class).setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            throw ApiProblem.notFound("revenue alert", id);
        }
        Row row = Row.of(rows.get(0));
        return views(List.of(row)).get(row);
    }

    public RevenueAlert find(UUID id) {
        RevenueAlert alert = RevenueAlert.findById(id);
        if (alert == null) {
            throw ApiProblem.notFound("revenue alert", id);
        }
        return alert;
    }

    private Map<Row, AlertView> views(List<Row> rows) {
        Map<Row, AlertView> views = new HashMap<>();
        if (rows.isEmpty()) {
            return views;
        }
        Map<UUID, Product> products = products(rows.stream().map(r -> r.alert.productId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        Map<UUID, QbrReasons> lastQbr = reasons.of(rows.stream().map(r -> r.alert.accountId)
                .collect(Collectors.toSet()));
        for (Row r : rows) {
            RevenueAlert x = r.alert;
            Product p = x.productId == null ? null : products.get(x.productId);
            views.put(r, new AlertView(x.id, x.accountId, r.accountName, r.ownerId, r.ownerName, r.tier, x.productId,
                    p == null ? null : p.sku, p == null ? null : p.name, x.rule, x.status, evidence(x), x.amountAtRisk,
                    x.taskId, x.cause, x.competitor, x.competitorId, x.resolutionNote, x.acknowledgedAt, r.acknowledgedBy,
                    x.resolvedAt, r.resolvedBy, x.detectedAt, lastQbr.get(x.accountId), x.createdAt, x.updatedAt,
                    x.version));
        }
        return views;
    }

    private Map<UUID, Product> products(Set<UUID> ids) {
        Map<UUID, Product> products = new HashMap<>();
        if (ids.isEmpty()) {
            return products;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, sku, name from product where id in (:ids)")
                .setParameter("ids", ids).getResultList();
        rows.forEach(r -> products.put((UUID) r[0], new Product((String) r[1], (String) r[2])));
        return products;
    }

    private AlertEvidence evidence(RevenueAlert alert) {
        try {
            return json.treeToValue(alert.evidence, AlertEvidence.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the evidence of alert " + alert.id + " is not readable", e);
        }
    }
}
