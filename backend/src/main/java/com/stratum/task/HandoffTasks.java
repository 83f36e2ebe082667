package com.stratum.task;

import com.stratum.common.Text;
import com.stratum.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What an accepted handoff does to tasks, in the transaction that accepted it: the outgoing owner's open tasks on the
 * account (a follow-up's actions, say) pass to the new owner, and the tasks the handoff plans for them (source
 * HANDOFF; which ones is the handoff's rule, {@code handoff.HandoffTaskPlan}) are opened. Nobody is notified: the new
 * owner is the one who accepted.
 */
@ApplicationScoped
public class HandoffTasks {
    /** One task to open: its title, due date and the record it is about, if any. */
    public record Planned(String title, LocalDate dueDate, UUID contactId, UUID opportunityId, UUID qbrId) {
    }

    private final Clock clock;

    public HandoffTasks(Clock clock) {
        this.clock = clock;
    }

    public void handOver(UUID accountId, UUID fromUserId, UUID assigneeId, List<Planned> planned) {
        Instant now = Text.now(clock);
        Task.update("assigneeId = ?1, updatedAt = ?2, version = version + 1 where accountId = ?3"
                + " and assigneeId = ?4 and status = ?5", assigneeId, now, accountId, fromUserId, TaskStatus.OPEN);
        for (Planned p : planned) {
            Task task = new Task();
            task.id = UUID.randomUUID();
            task.accountId = accountId;
            task.title = p.title();
            task.contactId = p.contactId();
            task.opportunityId = p.opportunityId();
            task.qbrId = p.qbrId();
            task.source = TaskSource.HANDOFF;
            task.status = TaskStatus.OPEN;
            task.assigneeId = assigneeId;
            task.dueDate = p.dueDate();
            task.createdBy = CurrentCaller.userId().orElse(null);
            task.createdAt = now;
            task.updatedAt = now;
            task.persist();
        }
    }
}
