package com.stratum.task;

import com.stratum.account.Account;
import com.stratum.accountevent.NewExecutiveReported;
import com.stratum.common.Text;
import com.stratum.contact.Contact;
import com.stratum.security.CurrentCaller;
import com.stratum.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A NEW_EXECUTIVE event opens a "meet the new executive" task (source EVENT), in the transaction that recorded it:
 * for the account's owner (whoever recorded it when the account has no active owner), due
 * {@link #DUE_IN_DAYS} days later, linked to the person when they are a contact already.
 */
@ApplicationScoped
public class NewExecutiveTasks {
    /** Meet them while they are new: two weeks. */
    public static final int DUE_IN_DAYS = 14;

    private final TaskAssignments assignments;
    private final Clock clock;

    public NewExecutiveTasks(TaskAssignments assignments, Clock clock) {
        this.assignments = assignments;
        this.clock = clock;
    }

    void newExecutive(@Observes NewExecutiveReported event) {
        Account account = Account.findById(event.accountId());
        UUID assignee = event.ownerId();
        User owner = assignee == null ? null : User.findById(assignee);
        if (owner == null || !owner.active) {
            assignee = CurrentCaller.userId().orElse(null);
        }
        if (assignee == null) {
            return; // no owner and no person recording it: nobody to give it to
        }
        Contact contact = event.contactId() == null ? null : Contact.findById(event.contactId());
        Instant now = Text.now(clock);
        Task task = new Task();
        task.id = UUID.randomUUID();
        task.accountId = account.id;
        task.contactId = contact == null ? null : contact.id;
        task.title = contact == null ? "Meet the new executive" : "Meet the new executive, " + contact.name;
        task.source = TaskSource.EVENT;
        task.status = TaskStatus.OPEN;
        task.assigneeId = assignee;
        task.dueDate = LocalDate.now(clock).plusDays(DUE_IN_DAYS);
        task.createdBy = CurrentCaller.userId().orElse(null);
        task.createdAt = now;
        task.updatedAt = now;
        task.persist();
        assignments.assigned(task, account);
    }
}
