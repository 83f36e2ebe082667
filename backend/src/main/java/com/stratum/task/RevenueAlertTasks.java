package com.stratum.task;

import com.stratum.account.Account;
import com.stratum.common.Text;
import com.stratum.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A revenue alert opens a task (source REVENUE_ALERT) for the account's owner, due {@link #DUE_IN_DAYS} days later,
 * in the transaction that raises the alert. Called by revenuealert, which keeps the task's id on the alert and tells
 * the owner of both in one notification (REVENUE_ALERT), so no TASK_ASSIGNED is sent for it.
 */
@ApplicationScoped
public class RevenueAlertTasks {
    /** Talk to the customer within a week of the alert. */
    public static final int DUE_IN_DAYS = 7;

    private final Clock clock;

    public RevenueAlertTasks(Clock clock) {
        this.clock = clock;
    }

    /** The task's id, or null when the account has no active owner to give it to. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID open(Account account, String title) {
        User owner = account.ownerId == null ? null : User.findById(account.ownerId);
        if (owner == null || !owner.active) {
            return null;
        }
        Instant now = Text.now(clock);
        Task task = new Task();
        task.id = UUID.randomUUID();
        task.accountId = account.id;
        task.title = title;
        task.source = TaskSource.REVENUE_ALERT;
        task.status = TaskStatus.OPEN;
        task.assigneeId = owner.id;
        task.dueDate = LocalDate.now(clock).plusDays(DUE_IN_DAYS);
        task.createdAt = now;
        task.updatedAt = now;
        task.persist();
        return task.id;
    }
}
