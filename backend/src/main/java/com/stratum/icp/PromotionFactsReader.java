package com.stratum.icp;

import com.stratum.account.Account;
import com.stratum.account.AccountQueries;
import com.stratum.account.AccountTierService;
import com.stratum.account.TierBudgets;
import com.stratum.common.Validation;
import com.stratum.competition.Threats;
import com.stratum.tier.TierBudgetService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** The facts of a promotion (fit, ARR, potential, threat score, budgets), and the tier review's bulk save. */
@ApplicationScoped
public class PromotionFactsReader {
    private final EntityManager em;
    private final AccountQueries accounts;
    private final Threats threats;
    private final TierBudgets budgets;
    private final AccountTierService tiers;
    private final Validation validation;

    public PromotionFactsReader(EntityManager em, AccountQueries accounts, Threats threats, TierBudgets budgets,
            AccountTierService tiers, Validation validation) {
        this.em = em;
        this.accounts = accounts;
        this.threats = threats;
        this.budgets = budgets;
        this.tiers = tiers;
        this.validation = validation;
    }

    @Transactional
    public PromotionFacts facts(UUID accountId) {
        Account account = accounts.find(accountId);
        @SuppressWarnings("unchecked")
        List<Object> fit = em.createNativeQuery("select fit from account_icp_fit where account_id = :id")
                .setParameter("id", accountId).getResultList();
        BigDecimal potential = (BigDecimal) em.createNativeQuery("select coalesce(sum(weighted_amount(o.amount,"
                        + " o.probability)), 0) from opportunity o where o.account_id = :id"
                        + " and o.stage not in ('WON', 'LOST') and o.type in ('UPSELL', 'CROSS_SELL')")
                .setParameter("id", accountId).getSingleResult();
        return new PromotionFacts(account.id, account.tier,
                fit.isEmpty() || fit.get(0) == null ? null : ((Number) fit.get(0)).intValue(), account.arr,
                potential.setScale(2, java.math.RoundingMode.HALF_UP), threats.score(accountId),
                TierBudgetService.BUDGETED.stream().map(budgets::view).toList());
    }

    @Transactional
    public TierReviewDecisionsView decide(TierReviewDecisionsInput input) {
        validation.check(input);
        return new TierReviewDecisionsView(tiers.changeTiers(input.decisions()));
    }
}
