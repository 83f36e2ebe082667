package com.stratum.tier;

import com.stratum.common.ApiProblem;
import com.stratum.common.ETags;
import com.stratum.common.Text;
import com.stratum.common.Validation;
import com.stratum.security.CurrentCaller;
import com.stratum.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * The tier budgets (KEY and STRATEGIC; STANDARD has none): read by everyone, changed by admins. Whoever counts an
 * account into a budgeted tier locks the tier's budget row first ({@link #lock}), so that concurrent promotions are
 * checked one after the other and never pass the budget together; the count itself is account's.
 */
@ApplicationScoped
public class TierBudgetService {
    public static final List<Tier> BUDGETED = List.of(Tier.KEY, Tier.STRATEGIC);

    private final EntityManager em;
    private final Validation validation;
    private final Clock clock;

    public TierBudgetService(EntityManager em, Validation validation, Clock clock) {
        this.em = em;
        this.validation = validation;
        this.clock = clock;
    }

    public static boolean budgeted(Tier tier) {
        return BUDGETED.contains(tier);
    }

    /** The tier's budget, or null for STANDARD. */
    @Transactional(Transactional.TxType.MANDATORY)
    public TierBudget budget(Tier tier) {
        return budgeted(tier) ? em.find(TierBudget.class, tier) : null;
    }

    /** The tier's budget, its row locked until the transaction ends; null for STANDARD. */
    @Transactional(Transactional.TxType.MANDATORY)
    public TierBudget lock(Tier tier) {
        return budgeted(tier) ? em.find(TierBudget.class, tier, LockModeType.PESSIMISTIC_WRITE) : null;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public TierBudget update(Tier tier, TierBudgetInput input, String ifMatch) {
        CurrentCaller.requireRole(Role.ADMIN, "Changing the tier budget");
        if (!budgeted(tier)) {
            throw ApiProblem.badParameter("tier", "must be KEY or STRATEGIC: STANDARD has no budget");
        }
        validation.check(input);
        if ((input.maxSharePct() == null) == (input.maxCount() == null)) {
            throw ApiProblem.validation("maxSharePct", "Give exactly one of maxSharePct (a share of live accounts,"
                    + " in percent) and maxCount (a number of accounts), and leave the other out.");
        }
        TierBudget budget = lock(tier);
        ETags.check(ifMatch, budget.version);
        budget.maxSharePct = input.maxSharePct();
        budget.maxCount = input.maxCount();
        budget.updatedAt = Text.now(clock);
        em.flush();
        return budget;
    }
}
