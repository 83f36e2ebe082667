package com.stratum.account;

import com.stratum.tier.Tier;
import com.stratum.tier.TierBudget;
import com.stratum.tier.TierBudgetInput;
import com.stratum.tier.TierBudgetService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The tier budgets with their use: the limits are tier's, the counts of live accounts account's (one statement). */
@ApplicationScoped
public class TierBudgets {
    private final EntityManager em;
    private final TierBudgetService budgets;
    private final Clock clock;

    public TierBudgets(EntityManager em, TierBudgetService budgets, Clock clock) {
        this.em = em;
        this.budgets = budgets;
        this.clock = clock;
    }

    @Transactional
    public TierBudgetPage list() {
        List<TierBudgetView> items = TierBudgetService.BUDGETED.stream().map(this::view).toList();
        return new TierBudgetPage(items, null, items.size(), false);
    }

    @Transactional
    public TierBudgetView update(Tier tier, TierBudgetInput input, String ifMatch) {
        budgets.update(tier, input, ifMatch);
        return view(tier);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public TierBudgetView view(Tier tier) {
        TierBudget budget = budgets.budget(tier);
        Object[] counts = (Object[]) em.createNativeQuery("select count(*),"
                        + " count(*) filter (where a.tier = :tier and not exists (select 1 from tier_budget_override o"
                        + " where o.account_id = a.id and o.tier = a.tier and o.expires_on >= :today)),"
                        + " count(*) filter (where a.tier = :tier)"
                        + " from account a where not a.archived")
                .setParameter("tier", tier.name()).setParameter("today", LocalDate.now(clock)).getSingleResult();
        long live = ((Number) counts[0]).longValue();
        long used = ((Number) counts[1]).longValue();
        long inTier = ((Number) counts[2]).longValue();
        return new TierBudgetView(tier, budget.maxSharePct, budget.maxCount, budget.limit(live), used,
                inTier - used, live, budget.version);
    }

    /** Budget use per budgeted tier, for the tier review's header. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<Tier, TierBudgetView> views() {
        Map<Tier, TierBudgetView> views = new HashMap<>();
        TierBudgetService.BUDGETED.forEach(t -> views.put(t, view(t)));
        return views;
    }
}
