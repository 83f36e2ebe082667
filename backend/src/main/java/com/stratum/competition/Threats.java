package com.stratum.competition;

import com.stratum.account.Account;
import com.stratum.account.AccountQueries;
import com.stratum.common.ApiProblem;
import com.stratum.common.Text;
import com.stratum.common.Validation;
import com.stratum.security.CurrentCaller;
import com.stratum.task.TaskInput;
import com.stratum.task.TaskService;
import com.stratum.task.TaskSource;
import com.stratum.task.TaskView;
import com.stratum.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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

    private final AccountQueries accounts;
    private final ThreatFactsReader facts;
    private final TaskService tasks;
    private final Validation validation;
    private final Clock clock;

    public Threats(AccountQueries accounts, ThreatFactsReader facts, TaskService tasks, Validation validation,
            Clock clock) {
        this.validation = validation;
        this.accounts = accounts;
        this.facts = facts;
        this.tasks = tasks;
        this.clock = clock;
    }

    @Transactional
    public AccountThreats of(UUID accountId) {
        Account account = accounts.find(accountId);
        List<ThreatPath> paths = paths(account);
        return new AccountThreats(account.id, account.arr, ThreatRules.score(paths), paths);
    }

    /** The account's threat score (ThreatRules.SCORE_RULE), for features that rank accounts by it. */
    @Transactional
    public int score(UUID accountId) {
        return ThreatRules.score(paths(accounts.find(accountId)));
    }

    /**
     * A task for the path {@code input.key()}, titled with its sentence, for the account's owner (the caller when the account
     * has no active owner), due in {@link #TASK_DUE_IN_DAYS} days.
     */
    @Transactional
    public TaskView createTask(UUID accountId, ThreatTaskInput input) {
        Account account = accounts.find(accountId);
        validation.check(input);
        String wanted = input.key().trim();
        ThreatPath path = paths(account).stream().filter(p -> p.key().equals(wanted)).findFirst()
                .orElseThrow(() -> ApiProblem.validation("key", account.name + " has no threat path " + wanted
                        + " now (its facts may have changed); reload the threat paths and choose one of them."));
        User owner = account.ownerId == null ? null : User.findById(account.ownerId);
        UUID assignee = owner != null && owner.active ? owner.id : CurrentCaller.userId().orElse(null);
        String title = path.sentence().length() <= TITLE_MAX ? path.sentence()
                : path.sentence().substring(0, TITLE_MAX - 1) + "…";
        return tasks.create(new TaskInput(title, account.id, null, null, null, assignee,
                LocalDate.now(clock).plusDays(TASK_DUE_IN_DAYS), null), TaskSource.THREAT);
    }

    private List<ThreatPath> paths(Account account) {
        return ThreatRules.paths(facts.read(account.id, account.name, account.singleThreadedReasons),
                Text.now(clock));
    }
}
