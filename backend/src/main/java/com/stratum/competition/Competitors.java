package com.stratum.competition;

import com.fasterxml.jackson.databind.JsonNode;
import com.stratum.common.ApiProblem;
import com.stratum.common.ETags;
import com.stratum.common.Keyset;
import com.stratum.common.MergePatch;
import com.stratum.common.Paging;
import com.stratum.common.QueryBuilder;
import com.stratum.common.SortField;
import com.stratum.common.SortField.ValueType;
import com.stratum.common.SqlValues;
import com.stratum.common.Sync;
import com.stratum.common.Text;
import com.stratum.common.Validation;
import com.stratum.opportunity.CompetitorDirectory;
import com.stratum.security.CurrentCaller;
import com.stratum.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The competitors list: managers write it (the name unique whatever its case); a competitor named by a whitespace
 * cell, an offering gap, a LOST opportunity or a revenue alert stays (409 with the counts). Also the
 * {@link CompetitorDirectory} through which opportunity and revenuealert, below this package, check the ids they
 * store.
 */
@ApplicationScoped
public class Competitors implements CompetitorDirectory {
    private static final Paging.Query<Competitor> LIST = Paging.Query.of("c", "Competitor c", Competitor.class);
    private static final List<SortField<Competitor>> SORTS = List.of(
            new SortField<>("name", "c.name", ValueType.STRING, false, c -> c.name),
            new SortField<>("updatedAt", "c.updatedAt", ValueType.INSTANT, false, c -> c.updatedAt));

    private final EntityManager em;
    private final Paging paging;
    private final Validation validation;
    private final MergePatch mergePatch;
    private final Clock clock;
    private final Sync sync;

    public Competitors(EntityManager em, Paging paging, Validation validation, MergePatch mergePatch, Clock clock,
            Sync sync) {
        this.em = em;
        this.sync = sync;
        this.paging = paging;
        this.validation = validation;
        this.mergePatch = mergePatch;
        this.clock = clock;
    }

    @Override
    public Optional<String> name(UUID id) {
        Competitor competitor = em.find(Competitor.class, id);
        return competitor == null ? Optional.empty() : Optional.of(competitor.name);
    }

    @Transactional
    public CompetitorPage list(String q, Instant updatedAfter, int limit, String cursor) {
        Keyset<Competitor> keyset = Keyset.parse(Sync.sort(updatedAfter, null), "name", SORTS, "c.id", c -> c.id);
        QueryBuilder query = new QueryBuilder();
        sync.bound(updatedAfter, "c.updatedAt", query);
        String text = Text.trimToNull(q);
        if (text != null) {
            query.and("lower(c.name) like :q").bind("q", "%" + text.toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        Paging.Slice<Competitor> slice = paging.page(LIST, query, keyset, limit, cursor);
        Map<UUID, CompetitorView.Usage> usage = usage(slice.items().stream().map(c -> c.id).toList());
        return slice.map(c -> view(c, usage.get(c.id))).to(CompetitorPage::new);
    }

    @Transactional
    public CompetitorView get(UUID id) {
        Competitor competitor = find(id);
        return view(competitor, usage(List.of(id)).get(id));
    }

    @Transactional
    public CompetitorView create(CompetitorInput input) {
        CurrentCaller.requireRole(Role.MANAGER, "Maintaining the competitors");
        validation.check(input);
        Instant now = Text.now(clock);
        Competitor competitor = new Competitor();
        competitor.id = UUID.randomUUID();
        competitor.createdAt = now;
        apply(competitor, input, now);
        competitor.persist();
        em.flush();
        return get(competitor.id);
    }

    @Transactional
    public CompetitorView patch(UUID id, JsonNode patch, String ifMatch) {
        CurrentCaller.requireRole(Role.MANAGER, "Maintaining the competitors");
        Competitor competitor = find(id);
        ETags.check(ifMatch, competitor.version);
        CompetitorInput current = new CompetitorInput(competitor.name, competitor.website, competitor.notes);
        CompetitorInput changed = validation.check(mergePatch.apply(current, patch, READ_ONLY,
                CompetitorInput.class));
        if (!changed.equals(current)) {
            apply(competitor, changed, Text.now(clock));
            em.flush();
        }
        return get(id);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        CurrentCaller.requireRole(Role.MANAGER, "Maintaining the competitors");
        Competitor competitor = find(id);
        ETags.check(ifMatch, competitor.version);
        CompetitorView.Usage usage = usage(List.of(id)).get(id);
        if (usage.any()) {
            throw ApiProblem.conflict("competitor-in-use", "Competitor in use", competitor.name + " is named by "
                            + namedBy(usage) + ", so it stays on the list; change those records first, or rename it.")
                    .with("whitespaceCells", usage.whitespaceCells()).with("offeringGaps", usage.offeringGaps())
                    .with("lostOpportunities", usage.lostOpportunities())
                    .with("revenueAlerts", usage.revenueAlerts());
        }
        competitor.delete();
    }

    /** "1 whitespace cell and 2 revenue alerts": the records that name it, each count with its own plural. */
    static String namedBy(CompetitorView.Usage usage) {
        List<String> parts = new ArrayList<>();
        count(parts, usage.whitespaceCells(), "whitespace cell", "whitespace cells");
        count(parts, usage.offeringGaps(), "offering gap", "offering gaps");
        count(parts, usage.lostOpportunities(), "lost opportunity", "lost opportunities");
        count(parts, usage.revenueAlerts(), "revenue alert", "revenue alerts");
        return parts.size() == 1 ? parts.get(0) : String.join(", ", parts.subList(0, parts.size() - 1)) + " and "
                + parts.get(parts.size() - 1);
    }

    private static void count(List<String> parts, long n, String one, String many) {
        if (n > 0) {
            parts.add(n + " " + (n == 1 ? one : many));
        }
    }

    Competitor find(UUID id) {
        Competitor competitor = em.find(Competitor.class, id);
        if (competitor == null) {
            throw ApiProblem.notFound("competitor", id);
        }
        return competitor;
    }

    private static final Map<String, String> READ_ONLY = readOnly();

    private static Map<String, String> readOnly() {
        Map<String, String> readOnly = new HashMap<>(MergePatch.METADATA);
        readOnly.put("usage", MergePatch.READ_ONLY);
        return Map.copyOf(readOnly);
    }

    private void apply(Competitor competitor, CompetitorInput input, Instant now) {
        String name = input.name().trim();
        List<Competitor> same = Competitor.list("lower(name) = ?1 and id <> ?2", name.toLowerCase(Locale.ROOT),
                competitor.id);
        if (!same.isEmpty()) {
            Competitor holder = same.get(0);
            throw ApiProblem.conflict("duplicate", "Duplicate value", "The competitor " + holder.name
                            + " is on the list already (names are the same whatever their case); use that one, or"
                            + " choose another name.")
                    .with("field", "name").with("existingId", holder.id);
        }
        competitor.name = name;
        competitor.website = Text.trimToNull(input.website());
        competitor.notes = Text.trimToNull(input.notes());
        competitor.updatedAt = now;
    }

    /** How many records name each competitor: one statement for a page. */
    private Map<UUID, CompetitorView.Usage> usage(Collection<UUID> ids) {
        Map<UUID, CompetitorView.Usage> usage = new HashMap<>();
        if (ids.isEmpty()) {
            return usage;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select c.id,
                       (select count(*) from whitespace_cell w where w.competitor_id = c.id),
                       (select count(*) from offering_gap g where g.competitor_id = c.id),
                       (select count(*) from opportunity o where o.loss_competitor_id = c.id),
                       (select count(*) from revenue_alert r where r.competitor_id = c.id)
                  from competitor c where c.id in (:ids)""").setParameter("ids", List.copyOf(ids)).getResultList();
        for (Object[] r : rows) {
            usage.put((UUID) r[0], new CompetitorView.Usage(SqlValues.count(r[1]), SqlValues.count(r[2]),
                    SqlValues.count(r[3]), SqlValues.count(r[4])));
        }
        return usage;
    }

    private static CompetitorView view(Competitor c, CompetitorView.Usage usage) {
        return new CompetitorView(c.id, c.name, c.website, c.notes, usage, c.createdAt, c.updatedAt, c.version);
    }
}
