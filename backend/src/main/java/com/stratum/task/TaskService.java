package com.stratum.task;

import com.fasterxml.jackson.databind.JsonNode;
import com.stratum.account.Account;
import com.stratum.account.AccountAccess;
import com.stratum.common.ApiProblem;
import com.stratum.common.ETags;
import com.stratum.common.FieldError;
import com.stratum.common.MergePatch;
import com.stratum.common.Text;
import com.stratum.common.Validation;
import com.stratum.contact.Contact;
import com.stratum.opportunity.Opportunity;
import com.stratum.security.Caller;
import com.stratum.security.CurrentCaller;
import com.stratum.security.Problems;
import com.stratum.security.Scope;
import com.stratum.survey.Qbr;
import com.stratum.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Task writes and their rules, the one home of them:
 * <ul>
 * <li>who creates a task: whoever may work on its account ({@link AccountAccess#requireWorkOn}); who changes one:
 * those, plus its assignee;</li>
 * <li>the assignee is an active user who may work on the account ({@link AccountAccess#mayWorkOn});</li>
 * <li>the contact, opportunity and QBR it points at belong to the same account; a follow-up task stays with its
 * QBR;</li>
 * <li>a new or changed due date is today or later; an archived account gets no new tasks;</li>
 * <li>DONE sets completedAt and completedBy, any other status clears them (reopening is setting OPEN); a DONE or
 * CANCELLED task changes nothing but its status until it is reopened.</li>
 * </ul>
 */
@ApplicationScoped
public class TaskService {
    private static final Map<String, String> READ_ONLY = readOnly();

    private final EntityManager em;
    private final TaskQueries queries;
    private final AccountAccess access;
    private final Validation validation;
    private final MergePatch mergePatch;
    private final TaskAssignments assignments;
    private final Clock clock;

    public TaskService(EntityManager em, TaskQueries queries, AccountAccess access, Validation validation,
            MergePatch mergePatch, TaskAssignments assignments, Clock clock) {
        this.em = em;
        this.assignments = assignments;
        this.queries = queries;
        this.access = access;
        this.validation = validation;
        this.mergePatch = mergePatch;
        this.clock = clock;
    }

    @Transactional
    public TaskView create(TaskInput input) {
        return create(input, TaskSource.MANUAL);
    }

    /** A task another feature offers to create on someone's click (THREAT), under the same rules as a MANUAL one. */
    @Transactional
    public TaskView create(TaskInput input, TaskSource source) {
        return create(input, source, null, null);
    }

    /**
     * A THREAT task with why it was made ({@code detail}) and the threat path it was made of ({@code threatKey}):
     * the same rules as a MANUAL one.
     */
    @Transactional
    public TaskView create(TaskInput input, TaskSource source, String detail, String threatKey) {
        validation.check(input);
        Account account = Account.findById(input.accountId());
        if (account == null) {
            throw ApiProblem.validation("accountId", "No account has this id; choose an existing account.");
        }
        access.requireWorkOn(account, Scope.TASKS_WRITE);
        if (account.archived) {
            throw ApiProblem.conflict("archived", "Account archived",
                    account.name + " is archived, so it gets no new tasks. Restore it first.");
        }
        Instant now = Text.now(clock);
        Task task = new Task();
        task.id = UUID.randomUUID();
        task.accountId = account.id;
        task.source = source;
        task.status = TaskStatus.OPEN;
        task.createdBy = CurrentCaller.userId().orElse(null);
        task.createdAt = now;
        task.detail = detail;
        task.threatKey = threatKey;
        apply(task, account, input, now, true);
        task.persist();
        em.flush();
        return queries.view(task.id);
    }

    @Transactional
    public TaskView patch(UUID id, JsonNode patch, String ifMatch) {
        Task task = queries.find(id);
        Account account = em.find(Account.class, task.accountId);
        requireMayChange(task, account);
        ETags.check(ifMatch, task.version);
        TaskInput current = form(task);
        TaskInput changed = validation.check(mergePatch.apply(current, patch, READ_ONLY, TaskInput.class));
        if (!changed.equals(current)) {
            apply(task, account, changed, Text.now(clock), false);
            em.flush();
        }
        return queries.view(id);
    }

    @Transactional
    public TaskPage list(TaskFilter.Criteria filter, Instant updatedAfter, String sort, int limit, String cursor) {
        return queries.list(filter, updatedAfter, sort, limit, cursor);
    }

    /** The whole filtered list as CSV: read when the body is written, in its own transaction. */
    public jakarta.ws.rs.core.Response csv(TaskFilter.Criteria filter, Instant updatedAfter, String sort) {
        return queries.csv(filter, updatedAfter, sort);
    }

    @Transactional
    public TaskView get(UUID id) {
        return queries.view(id);
    }

    /** Its assignee (with the scope), or whoever may work on the account. */
    private void requireMayChange(Task task, Account account) {
        Caller caller = CurrentCaller.ofRequest().orElse(null);
        if (caller != null && caller.userId().equals(task.assigneeId)) {
            if (!caller.can(Scope.TASKS_WRITE)) {
                throw Problems.missingScope(Scope.TASKS_WRITE);
            }
            return;
        }
        access.requireWorkOn(account, Scope.TASKS_WRITE);
    }

    private void apply(Task task, Account account, TaskInput input, Instant now, boolean isNew) {
        TaskStatus status = input.status() == null ? (isNew ? TaskStatus.OPEN : null) : input.status();
        if (status == null) {
            throw ApiProblem.validation("status", "Set status to OPEN, DONE or CANCELLED.");
        }
        if (!isNew && task.status != TaskStatus.OPEN && status == task.status
                && !sameApartFromStatus(input, form(task))) {
            throw ApiProblem.conflict("task-closed", "Task closed", "This task is " + task.status
                    + ", so it no longer changes; reopen it (status OPEN) to change it.");
        }
        List<FieldError> errors = new ArrayList<>();
        if (input.contactId() != null && !input.contactId().equals(task.contactId)) {
            Contact contact = Contact.findById(input.contactId());
            if (contact == null || !contact.accountId.equals(account.id)) {
                errors.add(new FieldError("contactId", account.name + " has no contact with this id; choose one of"
                        + " its own contacts."));
            }
        }
        if (input.opportunityId() != null && !input.opportunityId().equals(task.opportunityId)) {
            Opportunity opportunity = Opportunity.findById(input.opportunityId());
            if (opportunity == null || !opportunity.accountId.equals(account.id)) {
                errors.add(new FieldError("opportunityId", account.name + " has no opportunity with this id; choose"
                        + " one of its own opportunities."));
            }
        }
        if (!Objects.equals(input.qbrId(), task.qbrId)) {
            if (task.source == TaskSource.FOLLOW_UP) {
                errors.add(new FieldError("qbrId", "A follow-up task stays linked to the QBR whose follow-up it"
                        + " comes from; create a new task for another QBR."));
            } else if (input.qbrId() != null) {
                Qbr qbr = Qbr.findById(input.qbrId());
                if (qbr == null || !qbr.accountId.equals(account.id)) {
                    errors.add(new FieldError("qbrId", account.name + " has no QBR with this id; choose one of its"
                            + " own QBRs."));
                }
            }
        }
        if (isNew || !input.assigneeId().equals(task.assigneeId)) {
            User assignee = User.findById(input.assigneeId());
            if (assignee == null) {
                errors.add(new FieldError("assigneeId", "No user has this id; choose an existing user."));
            } else if (!assignee.active) {
                errors.add(new FieldError("assigneeId", assignee.name + " is inactive; reactivate them or choose"
                        + " another assignee."));
            } else if (!access.mayWorkOn(account, assignee)) {
                errors.add(new FieldError("assigneeId", assignee.name + " may not work on " + account.name
                        + "; choose its owner, a manager or a member of its team."));
            }
        }
        LocalDate today = LocalDate.now(clock);
        if ((isNew || !input.dueDate().equals(task.dueDate)) && input.dueDate().isBefore(today)) {
            errors.add(new FieldError("dueDate", "Choose today (" + today + ") or a later day as the due date."));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.validation(errors);
        }
        task.title = input.title().trim();
        task.contactId = input.contactId();
        task.opportunityId = input.opportunityId();
        task.qbrId = input.qbrId();
        boolean newAssignee = isNew || !input.assigneeId().equals(task.assigneeId);
        task.assigneeId = input.assigneeId();
        task.dueDate = input.dueDate();
        if (status != task.status || isNew) {
            boolean done = status == TaskStatus.DONE;
            task.completedAt = done ? now : null;
            task.completedBy = done ? CurrentCaller.userId().orElse(null) : null;
        }
        task.status = status;
        task.updatedAt = now;
        if (newAssignee && status == TaskStatus.OPEN) {
            assignments.assigned(task, account);
        }
    }

    private static boolean sameApartFromStatus(TaskInput a, TaskInput b) {
        return a.equals(new TaskInput(b.title(), b.accountId(), b.contactId(), b.opportunityId(), b.qbrId(),
                b.assigneeId(), b.dueDate(), a.status()));
    }

    private static TaskInput form(Task t) {
        return new TaskInput(t.title, t.accountId, t.contactId, t.opportunityId, t.qbrId, t.assigneeId, t.dueDate,
                t.status);
    }

    private static Map<String, String> readOnly() {
        Map<String, String> readOnly = new HashMap<>(MergePatch.METADATA);
        readOnly.put("accountId", "A task stays with its account; create one on the other account instead.");
        for (String name : List.of("accountName", "contactName", "opportunityTitle", "assigneeName", "completedByName",
                "createdByName")) {
            readOnly.put(name, "This property is read-only; set the id beside it instead.");
        }
        readOnly.put("overdue", "This property is read-only: it follows the due date and the status.");
        readOnly.put("source", "This property is read-only: it says where the task came from.");
        readOnly.put("followUpStep", "This property is read-only: it follows the QBR's follow-up.");
        readOnly.put("completedAt", "This property is read-only; set status to DONE instead.");
        readOnly.put("completedById", "This property is read-only; set status to DONE instead.");
        readOnly.put("createdById", MergePatch.READ_ONLY);
        return Map.copyOf(readOnly);
    }
}
