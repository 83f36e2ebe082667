package com.stratum.task;

import com.stratum.account.Account;
import com.stratum.notification.NotificationKind;
import com.stratum.notification.Notifications;
import jakarta.enterprise.context.ApplicationScoped;

/** Tells an assignee of a task given to them, by a person or by a rule (nobody is told of what they did themselves). */
@ApplicationScoped
public class TaskAssignments {
    private final Notifications notifications;

    public TaskAssignments(Notifications notifications) {
        this.notifications = notifications;
    }

    void assigned(Task task, Account account) {
        String title = task.title.strip();
        boolean ended = title.endsWith(".") || title.endsWith("!") || title.endsWith("?");
        notifications.send(task.assigneeId, NotificationKind.TASK_ASSIGNED, "You have a new task on " + account.name
                + ", due " + task.dueDate + ": " + title + (ended ? "" : "."), "/tasks");
    }
}
