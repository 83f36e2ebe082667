package com.stratum.account;

import com.stratum.grade.Grade;
import com.stratum.tier.Tier;
import com.stratum.tier.TierCadenceChanged;
import com.stratum.tier.TierPolicyService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * When an account's next QBR is due, and the only writer of {@code account.next_qbr_due}: a tier's cadence after
 * the last QBR held (answered through the link or recorded from a call), or after the account's creation when
 * none was; a failing QBR's follow-up date books it earlier when that date comes first. Sending a survey link is
 * not holding the QBR and moves nothing.
 */
@ApplicationScoped
public class QbrCadence {
    /** Accounts rewritten per statement when a whole tier's cadence changes. */
    private static final int BATCH = 1000;

    private final EntityManager em;
    private final TierPolicyService policies;

    public QbrCadence(EntityManager em, TierPolicyService policies) {
        this.em = em;
        this.policies = policies;
    }

    /**
     * The one formula: the cadence date (the UTC day of the last QBR held, or of the account's creation, plus the
     * tier's cadence), or the follow-up date when that is earlier.
     */
    public static LocalDate nextDue(Instant lastHeldOrCreated, int cadenceDays, LocalDate followUpDue) {
        LocalDate cadenceDate = LocalDate.ofInstant(lastHeldOrCreated, ZoneOffset.UTC).plusDays(cadenceDays);
        return followUpDue != null && followUpDue.isBefore(cadenceDate) ? followUpDue : cadenceDate;
    }

    /** Sets the account's next QBR from its own facts and its tier's cadence: on creation and tier changes. */
    public void schedule(Account account) {
        account.nextQbrDue = nextDue(account.lastQbrAt != null ? account.lastQbrAt : account.createdAt,
                policies.policy(account.tier).qbrCadenceDays, account.followUpDue);
    }

    /**
     * A QBR was held: its grade is the account's last, and the cadence starts again from it. The account's row is
     * locked and re-read rather than checked against a version, so a customer's answer never fails on an account
     * manager editing the account; the version still moves, so the manager's stale write is the one refused.
     */
    public void held(UUID accountId, Instant at, Grade grade) {
        Account account = locked(accountId);
        account.lastQbrGrade = grade.label();
        account.lastQbrAt = at;
        account.followUpDue = null;
        schedule(account);
        account.updatedAt = at;
    }

    /** The last QBR held failed and its follow-up is set for {@code date}: the next QBR is due then at the latest. */
    public void followUpBooked(UUID accountId, LocalDate date, Instant at) {
        Account account = locked(accountId);
        if (!date.equals(account.followUpDue)) {
            account.followUpDue = date;
            schedule(account);
            account.updatedAt = at;
        }
    }

    /**
     * A tier's cadence changed: every account of the tier gets the new date. The rows are read once and written
     * back in batches of one statement each, whatever the number of accounts.
     */
    void cadenceChanged(@Observes TierCadenceChanged changed) {
        reschedule(changed.tier());
    }

    /**
     * Recomputes the next QBR of every account of {@code tier}, archived ones included. Written past the
     * persistence context: accounts already loaded in this transaction keep their old date in memory.
     */
    public void reschedule(Tier tier) {
        em.flush();
        int cadenceDays = policies.policy(tier).qbrCadenceDays;
        List<Object[]> rows = em.createQuery("select a.id, coalesce(a.lastQbrAt, a.createdAt), a.followUpDue,"
                        + " a.nextQbrDue from Account a where a.tier = :tier", Object[].class)
                .setParameter("tier", tier).getResultList();
        List<String> ids = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        for (Object[] row : rows) {
            LocalDate due = nextDue((Instant) row[1], cadenceDays, (LocalDate) row[2]);
            if (!due.equals(row[3])) {
                ids.add(row[0].toString());
                dates.add(due.toString());
            }
        }
        for (int from = 0; from < ids.size(); from += BATCH) {
            int to = Math.min(ids.size(), from + BATCH);
            em.createNativeQuery("update account a set next_qbr_due = d.due"
                            + " from unnest(cast(string_to_array(:ids, ',') as uuid[]),"
                            + " cast(string_to_array(:dates, ',') as date[])) as d(id, due) where a.id = d.id")
                    .setParameter("ids", String.join(",", ids.subList(from, to)))
                    .setParameter("dates", String.join(",", dates.subList(from, to))).executeUpdate();
        }
    }

    private Account locked(UUID accountId) {
        Account account = em.find(Account.class, accountId);
        em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
        return account;
    }
}
