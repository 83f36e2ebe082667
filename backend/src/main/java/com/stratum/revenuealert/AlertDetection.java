package com.stratum.revenuealert;

import com.stratum.common.BusinessEvent;
import jakarta.enterprise.event.Event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stratum.account.Account;
import com.stratum.common.Deferred;
import com.stratum.common.Text;
import com.stratum.jobs.ClusterJobs;
import com.stratum.notification.NotificationKind;
import com.stratum.notification.Notifications;
import com.stratum.revenue.RevenueIngested;
import com.stratum.revenuealert.AlertRules.Figure;
import com.stratum.revenuealert.AlertRules.Finding;
import com.stratum.task.RevenueAlertTasks;
import com.stratum.tier.Tier;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Finds revenue alerts. An ingest queues its accounts (table revenue_alert_check) in its own transaction, by
 * observing {@link RevenueIngested}; every night every account with revenue in the last 25 months is queued
 * (ClusterJobs: once across the cluster). {@link #drainQueue} claims queued accounts {@value #BATCH} at a time with
 * {@code for update skip locked}, deletes them and checks them in the same transaction, so that two instances never
 * check one account at once and a failed check leaves it queued. Each finding of {@link AlertRules} is inserted
 * with {@code on conflict do nothing} against the unique indexes of V31 (one open alert per account, product and
 * rule; one alert per episode), and only an alert actually inserted opens a task for the owner
 * ({@link RevenueAlertTasks}) and notifies them. An alert stays open until people resolve it, even when the
 * condition clears by itself.
 */
@ApplicationScoped
public class AlertDetection {
    static final String CHECK_JOB = "revenue-alert-check";
    static final String NIGHTLY_JOB = "revenue-alert-nightly";
    /**
     * Accounts claimed and checked in one transaction. A first check may raise dozens of alerts an account, each with
     * its task, notice and events: about 80 statements, each of which waits its turn for a core when the machine is
     * saturated. 100 accounts of freshly ingested lines outlasted the 60 s transaction timeout under the bench's 32
     * connections and were retried without end; 25 still did, five times in one warm-up (2026-11-27, about 2.5 s an
     * account). Five accounts keep a batch near 12 s at that load, and the claim is one statement per batch.
     */
    static final int BATCH = 5;
    private static final int QUEUE_CHUNK = 1000;
    private static final Logger LOG = Logger.getLogger(AlertDetection.class);

    private final EntityManager em;
    private final ClusterJobs jobs;
    private final RevenueAlertTasks tasks;
    private final Notifications notifications;
    private final ObjectMapper json;
    private final Clock clock;

    private final AlertQueries alerts;
    private final Event<BusinessEvent> changes;

    public AlertDetection(EntityManager em, ClusterJobs jobs, RevenueAlertTasks tasks, Notifications notifications,
            ObjectMapper json, Clock clock, AlertQueries alerts, Event<BusinessEvent> changes) {
        this.alerts = alerts;
        this.changes = changes;
        this.em = em;
        this.jobs = jobs;
        this.tasks = tasks;
        this.notifications = notifications;
        this.json = json;
        this.clock = clock;
    }

    /** Queues the ingest's accounts in the ingest's transaction: a rolled-back ingest queues nothing. */
    void ingested(@Observes RevenueIngested event) {
        queue(event.accountIds());
    }

    /** Queues these accounts for a check (once: an account already waiting stays as it is). */
    public void queue(Collection<UUID> accountIds) {
        List<UUID> ids = List.copyOf(accountIds);
        for (int from = 0; from < ids.size(); from += QUEUE_CHUNK) {
            em.createNativeQuery("insert into revenue_alert_check (account_id, queued_at) select a.id, now()"
                            + " from account a where a.id in (:ids) on conflict do nothing")
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + QUEUE_CHUNK))).executeUpdate();
        }
    }

    @Scheduled(identity = CHECK_JOB, every = "${stratum.jobs.revenue-alert-check.every:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledCheck() {
        drainQueue();
    }

    @Scheduled(identity = NIGHTLY_JOB, cron = "${stratum.jobs.revenue-alert-nightly.cron:0 30 2 * * ?}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledNightly() {
        jobs.runOnce(NIGHTLY_JOB, Duration.ofMinutes(30), this::queueAll);
    }

    /** Queues every live account with revenue lines in the months the rules read; how many were queued. */
    public int queueAll() {
        LocalDate from = AlertRules.latestCompleteMonth(LocalDate.now(clock))
                .minusMonths(AlertRules.HISTORY_MONTHS - 1L).atDay(1);
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                insert into revenue_alert_check (account_id, queued_at)
                select a.id, now() from account a
                 where not a.archived and exists (select 1 from revenue_line l where l.account_id = a.id
                                                     and l.period >= :from)
                on conflict do nothing""").setParameter("from", from).executeUpdate());
    }

    /** Checks queued accounts until none is left (another instance may take some); how many were checked here. */
    public int drainQueue() {
        int total = 0;
        int checked;
        do {
            checked = QuarkusTransaction.requiringNew().call(this::checkClaimed);
            total += checked;
        } while (checked > 0);
        if (total > 0) {
            LOG.debugf("Checked %d accounts for revenue alerts", total);
        }
        return total;
    }

    /** Claims up to BATCH queued accounts, deletes them from the queue and checks them (the caller's transaction). */
    private int checkClaimed() {
        @SuppressWarnings("unchecked")
        List<UUID> claimed = em.createNativeQuery("""
                delete from revenue_alert_check where account_id in (
                    select account_id from revenue_alert_check order by queued_at, account_id limit :batch
                       for update skip locked)
                returning account_id""", UUID.class).setParameter("batch", BATCH).getResultList();
        if (!claimed.isEmpty()) {
            ClusterJobs.label(em, CHECK_JOB);
            check(claimed);
        }
        return claimed.size();
    }

    /** An account as the rules and the alerts they raise need it: read as values, so no entity is dirty-checked. */
    private record Checked(UUID id, Tier tier) {
    }

    /** What the unique indexes of V31 key an alert on (product null for REVENUE_DECLINE). */
    private record Key(UUID accountId, UUID productId, AlertRule rule) {
    }

    /** The accounts' alerts as V31's unique indexes see them: the open keys and every key's episodes. */
    private record Raised(Set<Key> open, Map<Key, Set<LocalDate>> episodes) {
        boolean has(Key key, LocalDate episode) {
            return open.contains(key) || episodes.getOrDefault(key, Set.of()).contains(episode);
        }
    }

    /**
     * Runs the rules on these accounts' last 25 months and raises what they find (the caller's transaction). A
     * finding that an alert already holds (open for its key, or raised for its episode) is skipped before any
     * statement: those the accounts' alerts are read for, in one statement, so that a check that finds what is
     * already open (most checks: the nightly run, every ingest after the first) writes nothing. The insert still
     * says on conflict do nothing, for two checks of one account at once.
     */
    void check(List<UUID> accountIds) {
        YearMonth latest = AlertRules.latestCompleteMonth(LocalDate.now(clock));
        LocalDate from = latest.minusMonths(AlertRules.HISTORY_MONTHS - 1L).atDay(1);
        Map<Tier, AlertPolicy> policies = new EnumMap<>(Tier.class);
        PolicyRow.<PolicyRow>listAll().forEach(row -> policies.put(row.tier, row.policy()));
        Map<UUID, Checked> accounts = new HashMap<>();
        em.createQuery("select a.id, a.tier from Account a where a.id in :ids and a.archived = false",
                Object[].class).setParameter("ids", accountIds).getResultList()
                .forEach(r -> accounts.put((UUID) r[0], new Checked((UUID) r[0], (Tier) r[1])));
        if (accounts.isEmpty()) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select account_id, product_id, period, quantity, amount from revenue_line
                 where account_id in (:ids) and period between :from and :to""")
                .setParameter("ids", accounts.keySet()).setParameter("from", from)
                .setParameter("to", latest.atDay(1)).getResultList();
        Map<UUID, Map<UUID, Map<YearMonth, Figure>>> byAccount = new HashMap<>();
        for (Object[] r : rows) {
            YearMonth month = YearMonth.from(toDate(r[2]));
            byAccount.computeIfAbsent((UUID) r[0], k -> new LinkedHashMap<>())
                    .computeIfAbsent((UUID) r[1], k -> new HashMap<>())
                    .put(month, new Figure((BigDecimal) r[3], (BigDecimal) r[4]));
        }
        Raised raised = raised(byAccount.keySet());
        Instant now = Text.now(clock);
        // Each raised alert's event recomputes its account's risk flags: once per account, after its alerts.
        Deferred.batch(() -> byAccount.forEach((accountId, products) -> {
            Checked account = accounts.get(accountId);
            AlertPolicy policy = policies.getOrDefault(account.tier(), AlertPolicy.DEFAULT);
            Map<YearMonth, Figure> totals = new HashMap<>();
            products.forEach((productId, series) -> {
                AlertRules.stoppedBuying(series, latest, policy)
                        .ifPresent(f -> raise(raised, accountId, productId, f, now));
                AlertRules.volumeDrop(series, latest, policy)
                        .ifPresent(f -> raise(raised, accountId, productId, f, now));
                series.forEach((month, figure) -> totals.merge(month, figure,
                        (a, b) -> new Figure(a.quantity().add(b.quantity()), a.amount().add(b.amount()))));
            });
            AlertRules.revenueDecline(totals, latest, policy).ifPresent(f -> raise(raised, accountId, null, f, now));
            // Every statement of a raise flushes first, and a flush dirty-checks every entity the transaction holds:
            // the tasks and notices of the accounts before made each raise slower than the last. One account's
            // entities are written and let go before the next account's.
            em.flush();
            em.clear();
        }));
    }

    /** The alerts of these accounts, by key: which are open and which episodes each key was raised for. */
    private Raised raised(Collection<UUID> accountIds) {
        Set<Key> open = new HashSet<>();
        Map<Key, Set<LocalDate>> episodes = new HashMap<>();
        if (accountIds.isEmpty()) {
            return new Raised(open, episodes);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select account_id, product_id, rule, episode, status <> 'RESOLVED' from revenue_alert
                 where account_id in (:ids)""").setParameter("ids", accountIds).getResultList();
        for (Object[] r : rows) {
            Key key = new Key((UUID) r[0], (UUID) r[1], AlertRule.valueOf((String) r[2]));
            episodes.computeIfAbsent(key, k -> new HashSet<>()).add(toDate(r[3]));
            if ((Boolean) r[4]) {
                open.add(key);
            }
        }
        return new Raised(open, episodes);
    }

    private void raise(Raised raised, UUID accountId, UUID productId, Finding finding, Instant now) {
        Key key = new Key(accountId, productId, finding.rule());
        if (raised.has(key, finding.episode())) {
            return;
        }
        raise(em.find(Account.class, accountId), productId, finding, now);
        raised.open().add(key);
        raised.episodes().computeIfAbsent(key, k -> new HashSet<>()).add(finding.episode());
    }

    /** Inserts the alert unless one is open for its key or was raised for its episode; then its task and notice. */
    private void raise(Account account, UUID productId, Finding finding, Instant now) {
        UUID id = UUID.randomUUID();
        boolean inserted = !em.createNativeQuery("""
                insert into revenue_alert (id, account_id, product_id, rule, episode, status, evidence, amount_at_risk,
                                           detected_at, created_at, updated_at, version)
                values (:id, :account, :product, :rule, :episode, 'NEW', cast(:evidence as jsonb), :atRisk,
                        :now, :now, :now, 0)
                on conflict do nothing
                returning id""").setParameter("id", id).setParameter("account", account.id)
                .setParameter("product", productId).setParameter("rule", finding.rule().name())
                .setParameter("episode", finding.episode()).setParameter("evidence", write(finding.evidence()))
                .setParameter("atRisk", finding.amountAtRisk()).setParameter("now", now).getResultList().isEmpty();
        if (!inserted) {
            return;
        }
        String what = describe(finding.rule(), productId == null ? null : productName(productId));
        UUID taskId = tasks.open(account, "Revenue alert: " + what); // at most 298 characters of the task's 300
        if (taskId != null) {
            em.flush();
            em.createNativeQuery("update revenue_alert set task_id = :task where id = :id")
                    .setParameter("task", taskId).setParameter("id", id).executeUpdate();
        }
        notifications.send(account.ownerId, NotificationKind.REVENUE_ALERT, "Revenue alert on " + account.name + ": "
                + what + ". " + finding.evidence().summary(), "/alerts?accountId=" + account.id);
        em.flush();
        changes.fire(new BusinessEvent(BusinessEvent.Type.REVENUE_ALERT_RAISED, id, alerts.view(id)));
    }

    /** "stopped buying Widget (W-1)", "bought less of Widget (W-1)", "revenue down on a year earlier". */
    static String describe(AlertRule rule, String product) {
        return switch (rule) {
            case STOPPED_BUYING -> "stopped buying " + product;
            case VOLUME_DROP -> "bought less of " + product;
            case REVENUE_DECLINE -> "revenue down on a year earlier";
        };
    }

    private String productName(UUID productId) {
        Object[] row = (Object[]) em.createNativeQuery("select name, sku from product where id = :id")
                .setParameter("id", productId).getSingleResult();
        return row[0] + " (" + row[1] + ")";
    }

    private String write(AlertEvidence evidence) {
        try {
            return json.writeValueAsString(evidence);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("evidence could not be written as JSON", e);
        }
    }

    private static LocalDate toDate(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
