package com.stratum.contract;

import com.stratum.account.Account;
import com.stratum.common.Text;
import com.stratum.jobs.ClusterJobs;
import com.stratum.opportunity.OpportunityService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Opens each contract's RENEWAL opportunity once, when it is due ({@link RenewalDue}: notice days + the tier's lead
 * time before the end). Due means: no renewal opportunity opened for it yet, worth more than 0 a year, not ended
 * (the end today or later) and its account not archived. A scheduled job (once across the cluster) opens the due
 * ones, claiming each contract with {@code for update skip locked} and marking it in the same transaction, so that
 * two runs never open two; a contract created or changed inside its window gets it at once ({@link #openIfDue}).
 */
@ApplicationScoped
public class RenewalOpportunities {
    static final String JOB = "contract-renewals";
    private static final int BATCH = 200;
    private static final Logger LOG = Logger.getLogger(RenewalOpportunities.class);

    private final EntityManager em;
    private final OpportunityService opportunities;
    private final ClusterJobs jobs;
    private final Clock clock;

    public RenewalOpportunities(EntityManager em, OpportunityService opportunities, ClusterJobs jobs, Clock clock) {
        this.em = em;
        this.opportunities = opportunities;
        this.jobs = jobs;
        this.clock = clock;
    }

    @Scheduled(identity = JOB, every = "${stratum.jobs.contract-renewals.every:1h}",
            delayed = "${stratum.jobs.start-delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        jobs.runOnce(JOB, Duration.ofMinutes(30), this::openDue);
    }

    /** Opens the renewal opportunity of every due contract, in batches of their own transactions; how many. */
    public int openDue() {
        int opened = 0;
        while (true) {
            int batch = QuarkusTransaction.requiringNew().call(this::openBatch);
            opened += batch;
            if (batch < BATCH) {
                if (opened > 0) {
                    LOG.infof("Opened %d renewal opportunities", opened);
                }
                return opened;
            }
        }
    }

    private int openBatch() {
        ClusterJobs.label(em, JOB);
        @SuppressWarnings("unchecked")
        List<UUID> due = em.createNativeQuery("""
                select c.id from contract c
                  join account a on a.id = c.account_id
                  join tier_policy tp on tp.tier = a.tier
                 where c.renewal_created_at is null and c.annual_value > 0 and not a.archived
                   and c.end_date >= :today and c.end_date - (c.notice_days + tp.renewal_lead_days) <= :today
                 order by c.end_date, c.id
                 limit :batch
                   for update of c skip locked""")
                .setParameter("today", LocalDate.now(clock)).setParameter("batch", BATCH).getResultList();
        for (UUID id : due) {
            Contract contract = Contract.findById(id);
            open(contract, Account.findById(contract.accountId));
        }
        return due.size();
    }

    /**
     * In the caller's transaction: opens the contract's renewal opportunity now if it is due (a contract created,
     * or changed, inside its window). The contract's row is written by the caller's flush, which a concurrent job
     * run's claim makes fail rather than open a second one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void openIfDue(Contract contract, Account account) {
        LocalDate today = LocalDate.now(clock);
        int leadDays = ((Number) em.createNativeQuery("select renewal_lead_days from tier_policy where tier = :tier")
                .setParameter("tier", account.tier.name()).getSingleResult()).intValue();
        if (contract.renewalCreatedAt == null && contract.annualValue.signum() > 0 && !account.archived
                && !contract.endDate.isBefore(today)
                && !RenewalDue.on(contract.endDate, contract.noticeDays, leadDays).isAfter(today)) {
            open(contract, account);
        }
    }

    private void open(Contract contract, Account account) {
        Instant now = Text.now(clock);
        contract.renewalOpportunityId = opportunities.createRenewal(account, "Renewal of the contract ending "
                + contract.endDate, contract.annualValue, contract.endDate, "Opened by the contract's renewal rule:"
                + " the contract ends on " + contract.endDate + " with " + contract.noticeDays + " days of notice.");
        contract.renewalCreatedAt = now;
        contract.updatedAt = now;
    }
}
