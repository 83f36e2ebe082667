package com.stratum.risk;

import com.stratum.account.AccountRiskFlags;
import com.stratum.account.RiskFlag;
import com.stratum.activity.ActivityView;
import com.stratum.common.BusinessEvent;
import com.stratum.common.Deferred;
import com.stratum.common.Text;
import com.stratum.contact.ContactView;
import com.stratum.opportunity.OpportunityView;
import com.stratum.revenuealert.AlertView;
import com.stratum.survey.QbrView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Keeps account_risk_flag (V41) in step with the rules: {@link #recompute} judges one account and writes its rows
 * (a flag that still holds keeps its raised_at). Called in the change's own transaction for every business event
 * that names an account (QBRs answered and judged, contacts, activities, revenue alerts, account changes,
 * opportunities); the inputs that change without one are queued in risk_dirty by V41's triggers and recomputed by
 * {@link RiskRefresh}.
 */
@ApplicationScoped
public class RiskFlags {
    private final EntityManager em;
    private final RiskFactsReader facts;
    private final AccountRiskFlags stored;
    private final Clock clock;

    public RiskFlags(EntityManager em, RiskFactsReader facts, AccountRiskFlags stored, Clock clock) {
        this.em = em;
        this.facts = facts;
        this.stored = stored;
        this.clock = clock;
    }

    /** Recomputes the account the event names: at once, or once at the end of a {@link Deferred#batch}. */
    void changed(@Observes BusinessEvent event) {
        UUID accountId = accountOf(event);
        if (accountId != null && !Deferred.defer(new Recompute(accountId), () -> recompute(accountId))) {
            recompute(accountId);
        }
    }

    /** The key of an account's deferred recompute. */
    private record Recompute(UUID accountId) {
    }

    /** A failing QBR's follow-up was set or changed (no business event says so). */
    void followUpSet(@Observes com.stratum.survey.QbrEvent.FollowUpSet event) {
        @SuppressWarnings("unchecked")
        List<UUID> account = em.createNativeQuery("select account_id from qbr where id = :id", UUID.class)
                .setParameter("id", event.qbrId()).getResultList();
        account.forEach(this::recompute);
    }

    static UUID accountOf(BusinessEvent event) {
        Object r = event.resource();
        if (r instanceof com.stratum.account.AccountView a) {
            return a.id();
        }
        if (r instanceof QbrView q) {
            return q.accountId();
        }
        if (r instanceof ContactView c) {
            return c.accountId();
        }
        if (r instanceof ActivityView a) {
            return a.accountId();
        }
        if (r instanceof AlertView a) {
            return a.accountId();
        }
        if (r instanceof OpportunityView o) {
            return o.accountId();
        }
        return null;
    }

    /**
     * Judges the account and writes its flags; the rows of flags that no longer hold are deleted. The flags that count
     * now are stored on the account in the same transaction (V48, {@link AccountRiskFlags#project}).
     */
    @Transactional
    public List<RiskRules.Raised> recompute(UUID accountId) {
        Instant now = Text.now(clock);
        RiskFacts f = facts.read(accountId).orElse(null);
        // The account's row first, before its queue entry and flag rows, as the risk-refresh job claims them: two
        // recomputes of one account (or one and the job) wait for each other, never on each other crosswise.
        em.createNativeQuery("select id from account where id = :id for no key update").setParameter("id", accountId)
                .getResultList();
        em.createNativeQuery("delete from risk_dirty where account_id = :id").setParameter("id", accountId)
                .executeUpdate();
        if (f == null) {
            return List.of();
        }
        List<RiskRules.Raised> raised = RiskRules.judge(f, now, threshold());
        String[] kept = raised.stream().map(r -> r.flag().name()).toArray(String[]::new);
        em.createNativeQuery("delete from account_risk_flag where account_id = :id and not (flag = any (:kept))")
                .setParameter("id", accountId).setParameter("kept", kept).executeUpdate();
        for (RiskRules.Raised r : raised) {
            native_("""
                    insert into account_risk_flag as f (account_id, flag, active_from, active_until, evidence,
                        clears_when, reason_qbr_id, reason_question, reason_grade, reason_why, raised_at)
                    values (:id, :flag, :from, :until, :evidence, :clears, :qbr, :question, :grade, :why, :now)
                    on conflict (account_id, flag) do update set active_from = excluded.active_from,
                        active_until = excluded.active_until, evidence = excluded.evidence,
                        clears_when = excluded.clears_when, reason_qbr_id = excluded.reason_qbr_id,
                        reason_question = excluded.reason_question, reason_grade = excluded.reason_grade,
                        reason_why = excluded.reason_why""")
                    .setParameter("id", accountId).setParameter("flag", r.flag().name())
                    .setParameter("from", r.activeFrom()).setParameter("until", r.activeUntil(), Instant.class)
                    .setParameter("evidence", r.evidence()).setParameter("clears", RiskRules.CLEARS_WHEN.get(r.flag()))
                    .setParameter("qbr", f.reason() == null ? null : f.reason().qbrId(), UUID.class)
                    .setParameter("question", f.reason() == null ? null : cut(f.reason().question(), 500),
                            String.class)
                    .setParameter("grade", f.reason() == null || f.reason().grade() == null ? null
                            : f.reason().grade().label(), String.class)
                    .setParameter("why", f.reason() == null ? null : f.reason().why(), String.class)
                    .setParameter("now", now).executeUpdate();
        }
        stored.project(accountId, now);
        return raised;
    }

    /** The threshold above which a threat score raises THREAT_PATH. */
    int threshold() {
        return ((Number) em.createNativeQuery("select threat_threshold from risk_settings where id = 1")
                .getSingleResult()).intValue();
    }

    /** Whether the flag is one the account carries now (its row exists and its moment has come). */
    boolean carries(UUID accountId, RiskFlag flag) {
        return !em.createNativeQuery("select 1 from account_risk_flag where account_id = :id and flag = :flag"
                        + " and active_from <= :at and (active_until is null or active_until > :at)")
                .setParameter("id", accountId).setParameter("flag", flag.name()).setParameter("at", Text.now(clock))
                .getResultList().isEmpty();
    }

    private org.hibernate.query.NativeQuery<?> native_(String sql) {
        return em.createNativeQuery(sql).unwrap(org.hibernate.query.NativeQuery.class);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
