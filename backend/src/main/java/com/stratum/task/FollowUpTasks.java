package com.stratum.task;

import com.stratum.account.Account;
import com.stratum.common.Text;
import com.stratum.security.CurrentCaller;
import com.stratum.survey.Qbr;
import com.stratum.survey.QbrEvent;
import com.stratum.survey.QbrFollowUp;
import com.stratum.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A failing QBR's follow-up becomes tasks, in the transaction that set it (observing survey's
 * {@link QbrEvent.FollowUpSet}); the one home of that rule:
 * <ul>
 * <li>one FOLLOW_UP task per action, in the actions' order (a follow-up without actions gets one task: prepare
 * the follow-up call), assigned to the account's owner (to whoever set the follow-up when the account has no
 * active owner);</li>
 * <li>due dates spread evenly from today (the first action) to the day before the follow-up date (the last; a single
 * action is due that day) ({@link #dueDates}); never in the past;</li>
 * <li>a changed follow-up updates its OPEN tasks' titles and due dates in place (matched by the action's position,
 * never duplicated), adds tasks for new actions and cancels the OPEN tasks of actions removed; DONE and CANCELLED
 * tasks stay as they are.</li>
 * </ul>
 */
@ApplicationScoped
public class FollowUpTasks {
    private final EntityManager em;
    private final TaskAssignments assignments;
    private final Clock clock;

    public FollowUpTasks(EntityManager em, TaskAssignments assignments, Clock clock) {
        this.em = em;
        this.assignments = assignments;
        this.clock = clock;
    }

    void followUpSet(@Observes QbrEvent.FollowUpSet event) {
        QbrFollowUp followUp = QbrFollowUp.findById(event.qbrId());
        Qbr qbr = Qbr.findById(event.qbrId());
        Account account = Account.findById(qbr.accountId);
        UUID setBy = CurrentCaller.userId().orElse(null);
        UUID assignee = assignee(account, setBy);
        List<String> titles = titles(followUp);
        LocalDate today = LocalDate.now(clock);
        List<LocalDate> due = dueDates(today, followUp.targetDate, titles.size());
        Map<Integer, Task> existing = new HashMap<>();
        em.createQuery("select t from Task t where t.qbrId = :qbr and t.source = :source", Task.class)
                .setParameter("qbr", qbr.id).setParameter("source", TaskSource.FOLLOW_UP).getResultList()
                .forEach(t -> existing.put(t.followUpStep, t));
        Instant now = Text.now(clock);
        for (int step = 0; step < titles.size(); step++) {
            Task task = existing.remove(step);
            if (task == null) {
                if (assignee == null) {
                    continue; // no owner and no caller: nobody to give it to (never through the API)
                }
                task = new Task();
                task.id = UUID.randomUUID();
                task.accountId = account.id;
                task.qbrId = qbr.id;
                task.source = TaskSource.FOLLOW_UP;
                task.followUpStep = step;
                task.status = TaskStatus.OPEN;
                task.assigneeId = assignee;
                task.createdBy = setBy;
                task.createdAt = now;
                task.title = titles.get(step);
                task.dueDate = due.get(step);
                task.updatedAt = now;
                task.persist();
                assignments.assigned(task, account);
            } else if (task.status == TaskStatus.OPEN
                    && (!task.title.equals(titles.get(step)) || !task.dueDate.equals(due.get(step)))) {
                task.title = titles.get(step);
                task.dueDate = due.get(step);
                task.updatedAt = now;
            }
        }
        for (Task removed : existing.values()) {
            if (removed.status == TaskStatus.OPEN) {
                removed.status = TaskStatus.CANCELLED;
                removed.updatedAt = now;
            }
        }
        em.flush();
    }

    /**
     * The due dates of {@code count} follow-up tasks: spread evenly from today (the first action starts now) to the
     * day before the follow-up date (the last); a single task is due that day before. Never before today. With the
     * follow-up 14 to 120 days away (FollowUpPolicy), no two tasks of up to 10 actions share a day.
     */
    public static List<LocalDate> dueDates(LocalDate today, LocalDate followUpDate, int count) {
        long span = Math.max(0, ChronoUnit.DAYS.between(today, followUpDate.minusDays(1)));
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            dates.add(count == 1 ? today.plusDays(span) : today.plusDays(span * i / (count - 1)));
        }
        return dates;
    }

    private static List<String> titles(QbrFollowUp followUp) {
        if (followUp.actions == null || followUp.actions.isEmpty()) {
            return List.of("Prepare the follow-up call: reach " + followUp.targetGrade.label() + " by "
                    + followUp.targetDate + ".");
        }
        return followUp.actions;
    }

    private static UUID assignee(Account account, UUID setBy) {
        if (account.ownerId != null) {
            User owner = User.findById(account.ownerId);
            if (owner != null && owner.active) {
                return owner.id;
            }
        }
        return setBy;
    }
}
