package com.stratum.survey;

import static com.stratum.common.SqlValues.instant;

import com.stratum.grade.Grade;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The reasons of each account's last answered QBR, for features that show the customer's "why" beside something
 * else (revenue alerts): one statement for any number of accounts. Each account's last QBR is one read of its
 * answered-QBR index (lateral, limit 1) and its answers one read of theirs: a `distinct on` over every answered QBR
 * of the accounts let the planner hash-join all answers of every QBR (a full scan of qbr_answer, 5× slower at 2,000
 * accounts and growing with the table). The ids are unnested, not looked up in account: those lookups read a
 * quarter of the statement's buffers (98 → 73 for a page of the alerts inbox, docs/performance.md).
 */
@ApplicationScoped
public class LastQbrReasons {
    private final EntityManager em;

    public LastQbrReasons(EntityManager em) {
        this.em = em;
    }

    /** By account id; an account without an answered QBR is absent. */
    public Map<UUID, QbrReasons> of(Collection<UUID> accountIds) {
        Map<UUID, QbrReasons> byAccount = new HashMap<>();
        if (accountIds.isEmpty()) {
            return byAccount;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select acc.id, q.id, q.answered_at, q.overall_grade, sq.text, a.grade, a.why
                  from unnest(cast(:ids as uuid[])) acc(id)
                  cross join lateral (select id, answered_at, overall_grade from qbr
                         where qbr.account_id = acc.id and status = 'ANSWERED'
                         order by answered_at desc, id desc limit 1) q
                  left join qbr_answer a on a.qbr_id = q.id and a.why is not null and btrim(a.why) <> ''
                  left join survey_question sq on sq.id = a.question_id
                 order by acc.id, sq.position""")
                .setParameter("ids", accountIds.stream().distinct().toArray(UUID[]::new)).getResultList();
        Map<UUID, List<QbrReasons.Reason>> reasons = new HashMap<>();
        for (Object[] r : rows) {
            UUID accountId = (UUID) r[0];
            List<QbrReasons.Reason> list = reasons.computeIfAbsent(accountId, k -> new ArrayList<>());
            byAccount.computeIfAbsent(accountId, k -> new QbrReasons((UUID) r[1], instant(r[2]),
                    r[3] == null ? null : Grade.of((String) r[3]), list));
            if (r[6] != null) {
                list.add(new QbrReasons.Reason((String) r[4], r[5] == null ? null : Grade.of((String) r[5]),
                        (String) r[6]));
            }
        }
        return byAccount;
    }
}
