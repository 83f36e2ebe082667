package com.stratum.revenuealert;

import com.stratum.settings.SettingsService;
import com.stratum.tier.Tier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** The revenue at risk report (definition in {@link RevenueAtRisk}): one statement, grouping sets by owner and tier. */
@ApplicationScoped
public class RevenueAtRiskReport {
    private final EntityManager em;
    private final SettingsService settings;

    public RevenueAtRiskReport(EntityManager em, SettingsService settings) {
        this.em = em;
        this.settings = settings;
    }

    @Transactional
    public RevenueAtRisk report(List<UUID> ownerIds, List<Tier> tiers) {
        String filters = (ownerIds.isEmpty() ? "" : " and a.owner_id in (:owners)")
                + (tiers.isEmpty() ? "" : " and a.tier in (:tiers)");
        var query = em.createNativeQuery("""
                with per_product as (
                    select x.account_id, a.owner_id, a.tier, x.product_id, count(*) as alerts,
                           max(x.amount_at_risk) filter (where x.product_id is not null) as product_risk,
                           max(x.amount_at_risk) filter (where x.product_id is null) as decline_risk
                      from revenue_alert x join account a on a.id = x.account_id
                     where x.status in ('NEW', 'ACKNOWLEDGED')%s
                     group by x.account_id, a.owner_id, a.tier, x.product_id
                ), per_account as (
                    select account_id, owner_id, tier, sum(alerts) as alerts,
                           greatest(coalesce(sum(product_risk), 0), coalesce(max(decline_risk), 0)) as at_risk
                      from per_product group by account_id, owner_id, tier
                )
                select p.owner_id, u.name, p.tier, grouping(p.owner_id, u.name) as by_tier_or_total,
                       grouping(p.tier) as by_owner_or_total, coalesce(sum(p.alerts), 0), count(*),
                       coalesce(sum(p.at_risk), 0)
                  from per_account p left join app_user u on u.id = p.owner_id
                 group by grouping sets ((p.owner_id, u.name), (p.tier), ())""".formatted(filters));
        if (!ownerIds.isEmpty()) {
            query.setParameter("owners", ownerIds);
        }
        if (!tiers.isEmpty()) {
            query.setParameter("tiers", tiers.stream().map(Enum::name).toList());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        RevenueAtRisk.Figures total = new RevenueAtRisk.Figures(0, 0, BigDecimal.ZERO.setScale(2));
        List<RevenueAtRisk.OwnerRow> byOwner = new ArrayList<>();
        List<RevenueAtRisk.TierRow> byTier = new ArrayList<>();
        for (Object[] r : rows) {
            RevenueAtRisk.Figures figures = new RevenueAtRisk.Figures(((Number) r[5]).longValue(),
                    ((Number) r[6]).longValue(), ((BigDecimal) r[7]).setScale(2));
            boolean ownerGrouped = ((Number) r[3]).intValue() != 0;
            boolean tierGrouped = ((Number) r[4]).intValue() != 0;
            if (ownerGrouped && tierGrouped) {
                total = figures;
            } else if (tierGrouped) {
                byOwner.add(new RevenueAtRisk.OwnerRow((UUID) r[0], (String) r[1], figures));
            } else {
                byTier.add(new RevenueAtRisk.TierRow(Tier.valueOf((String) r[2]), figures));
            }
        }
        byOwner.sort(Comparator.comparing((RevenueAtRisk.OwnerRow o) -> o.figures().amountAtRisk()).reversed()
                .thenComparing(o -> o.ownerName() == null ? "" : o.ownerName()));
        byTier.sort(Comparator.comparing(RevenueAtRisk.TierRow::tier));
        return new RevenueAtRisk(settings.currency(), total, byOwner, byTier);
    }
}
