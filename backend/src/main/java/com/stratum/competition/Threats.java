package com.stratum.competition;

import com.stratum.account.Account;
import com.stratum.account.AccountAccess;
import com.stratum.account.AccountQueries;
import com.stratum.common.ApiProblem;
import com.stratum.common.Text;
import com.stratum.common.Validation;
import com.stratum.security.CurrentCaller;
import com.stratum.security.Scope;
import com.stratum.task.TaskInput;
import com.stratum.task.TaskService;
import com.stratum.task.TaskSource;
import com.stratum.task.TaskView;
import com.stratum.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The threat paths of an account (facts read by {@link ThreatFactsReader}, judged by {@link ThreatRules}) and the
 * one-click task made from one of them (source THREAT, through the task package's rules).
 */
@ApplicationScoped
public class Threats {
    /** A threat's task is due a week after it was created. */
    public static final int TASK_DUE_IN_DAYS = 7;
    private static final int TITLE_MAX = 300;
    private static final int DETAIL_MAX = 2000;

    private final EntityManager em;
    private final AccountQueries accounts;
    private final AccountAccess access;
    private final ThreatFactsReader facts;
    private final TaskService tasks;
    private final Validation validation;
    private final Clock clock;

    public Threats(EntityManager em, AccountQueries accounts, AccountAccess access, ThreatFactsReader facts,
            TaskService tasks, Validation validation, Clock clock) {
        this.em = em;
        this.access = access;
        this.validation = validation;
        this.accounts = accounts;
        this.facts = facts;
        this.tasks = tasks;
        this.clock = clock;
    }

    @Transactional
    public AccountThreats of(UUID accountId) {
        Account account = accounts.find(accountId);
        Known known = known(account.id);
        List<ThreatPath> paths = paths(account, known.currency()).stream()
                .map(p -> p.withTask(known.openTasks().get(p.key()))).toList();
        return new AccountThreats(account.id, account.arr, ThreatRules.score(paths), paths);
    }

    /** The account's threat score (ThreatRules.SCORE_RULE), for features that rank accounts by it. */
    @Transactional
    public int score(UUID accountId) {
        Account account = accounts.find(accountId);
        return ThreatRules.score(paths(account, known(account.id).currency()));
    }

    /**
     * The task for the path {@code input.key()}: the path's OPEN task when one was made of it already (created false),
     * else a new one titled with the path's subject, its whole sentence as the detail, for the account's owner (the
     * caller when the account has no active owner), due in {@link #TASK_DUE_IN_DAYS} days. The account's row is
     * locked first, so two clicks at once make one task.
     */
    @Transactional
    public Made createTask(UUID accountId, ThreatTaskInput input) {
        Account account = accounts.find(accountId);
        access.requireWorkOn(account, Scope.TASKS_WRITE);
        validation.check(input);
        em.createNativeQuery("select id from account where id = :account for update")
                .setParameter("account", account.id).getResultList();
        String wanted = input.key().trim();
        Known known = known(account.id);
        UUID open = known.openTasks().get(wanted);
        if (open != null) {
            return new Made(tasks.get(open), false);
        }
        ThreatPath path = paths(account, known.currency()).stream().filter(p -> p.key().equals(wanted)).findFirst()
                .orElseThrow(() -> ApiProblem.validation("key", account.name + " has no threat path " + wanted
                        + " now (its facts may have changed); reload the threat paths and choose one of them."));
        User owner = account.ownerId == null ? null : User.findById(account.ownerId);
        UUID assignee = owner != null && owner.active ? owner.id : CurrentCaller.userId().orElse(null);
        return new Made(tasks.create(new TaskInput(clip(path.title(), TITLE_MAX), account.id, null, null, null,
                assignee, LocalDate.now(clock).plusDays(TASK_DUE_IN_DAYS), null), TaskSource.THREAT,
                clip(path.sentence(), DETAIL_MAX), wanted), true);
    }

    /** A threat's task, and whether this call made it (else it was there already). */
    public record Made(TaskView task, boolean created) {
    }

    private List<ThreatPath> paths(Account account, Currency currency) {
        return ThreatRules.paths(facts.read(account.id, account.name, account.singleThreadedReasons),
                Text.now(clock), currency);
    }

    /** The company currency and the account's OPEN threat tasks by path key, in one statement. */
    private Known known(UUID accountId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select s.currency, t.threat_key, t.id from company_settings s
                  left join task t on t.account_id = :account and t.threat_key is not null and t.status = 'OPEN'
                 where s.id = 1 order by t.created_at, t.id""").setParameter("account", accountId).getResultList();
        Map<String, UUID> open = new HashMap<>();
        String currency = "USD";
        for (Object[] r : rows) {
            currency = (String) r[0];
            if (r[1] != null) {
                open.putIfAbsent((String) r[1], (UUID) r[2]);
            }
        }
        return new Known(Currency.getInstance(currency), open);
    }

    private record Known(Currency currency, Map<String, UUID> openTasks) {
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
