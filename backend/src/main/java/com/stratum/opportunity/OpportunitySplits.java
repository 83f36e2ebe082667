package com.stratum.opportunity;

import com.stratum.account.Account;
import com.stratum.common.ApiProblem;
import com.stratum.common.FieldError;
import com.stratum.common.Validation;
import com.stratum.security.CurrentCaller;
import com.stratum.security.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Credit splits of an expansion opportunity: who shares its credit and how much. The rule: only UPSELL and
 * CROSS_SELL, each member once, active users, shares above 0 with two decimals summing to exactly 100. Written by
 * whoever may change the opportunity, replaced whole. The commission statements read opportunity_split.
 */
@ApplicationScoped
public class OpportunitySplits {
    static final BigDecimal HUNDRED = new BigDecimal("100");

    private final EntityManager em;
    private final OpportunityQueries queries;
    private final Validation validation;

    public OpportunitySplits(EntityManager em, OpportunityQueries queries, Validation validation) {
        this.em = em;
        this.queries = queries;
        this.validation = validation;
    }

    @Transactional
    public SplitsView get(UUID opportunityId) {
        queries.find(opportunityId);
        return view(opportunityId);
    }

    @Transactional
    public SplitsView replace(UUID opportunityId, SplitsInput input) {
        Opportunity opportunity = queries.find(opportunityId);
        Account account = Account.findById(opportunity.accountId);
        CurrentCaller.requireAccountWrite(account.ownerId, Scope.OPPORTUNITIES_WRITE);
        validation.check(input);
        List<SplitsInput.Split> splits = input.splits();
        List<FieldError> errors = new ArrayList<>();
        if (!opportunity.type.expansion() && !splits.isEmpty()) {
            errors.add(new FieldError("splits", "Only UPSELL and CROSS_SELL opportunities earn commission, so a "
                    + opportunity.type + " opportunity cannot be split; send an empty list."));
        }
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < splits.size(); i++) {
            if (!seen.add(splits.get(i).userId())) {
                errors.add(new FieldError("splits[" + i + "].userId", "Name each team member once; this user already"
                        + " has a share above."));
            }
        }
        if (!seen.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<UUID> active = em.createNativeQuery("select id from app_user where active and id in (:ids)",
                    UUID.class).setParameter("ids", seen).getResultList();
            for (int i = 0; i < splits.size(); i++) {
                if (!active.contains(splits.get(i).userId())) {
                    errors.add(new FieldError("splits[" + i + "].userId", "No active user has the id "
                            + splits.get(i).userId() + "; pick a current team member."));
                }
            }
        }
        BigDecimal sum = splits.stream().map(SplitsInput.Split::sharePct).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (!splits.isEmpty() && sum.compareTo(HUNDRED) != 0) {
            errors.add(new FieldError("splits", "The shares add up to " + sum.stripTrailingZeros().toPlainString()
                    + " %; make them add up to exactly 100 %."));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.validation(errors);
        }
        em.createNativeQuery("delete from opportunity_split where opportunity_id = :id")
                .setParameter("id", opportunityId).executeUpdate();
        for (SplitsInput.Split split : splits) {
            em.createNativeQuery("insert into opportunity_split (id, opportunity_id, user_id, share_pct)"
                            + " values (:id, :opportunity, :user, :share)")
                    .setParameter("id", UUID.randomUUID()).setParameter("opportunity", opportunityId)
                    .setParameter("user", split.userId()).setParameter("share", split.sharePct()).executeUpdate();
        }
        return view(opportunityId);
    }

    private SplitsView view(UUID opportunityId) {
        List<SplitsView.Share> shares = new ArrayList<>();
        for (Object row : em.createNativeQuery("""
                select s.user_id, u.name, s.share_pct from opportunity_split s join app_user u on u.id = s.user_id
                 where s.opportunity_id = :id order by s.share_pct desc, u.name, s.user_id""")
                .setParameter("id", opportunityId).getResultList()) {
            Object[] r = (Object[]) row;
            shares.add(new SplitsView.Share((UUID) r[0], (String) r[1],
                    new BigDecimal(r[2].toString()).setScale(2)));
        }
        return new SplitsView(opportunityId, shares);
    }
}
