package com.stratum.handoff;

import com.stratum.account.Account;
import com.stratum.account.AccountService;
import com.stratum.account.AccountTierService;
import com.stratum.common.ApiProblem;
import com.stratum.common.ETags;
import com.stratum.common.Text;
import com.stratum.common.Validation;
import com.stratum.security.Caller;
import com.stratum.security.CurrentCaller;
import com.stratum.security.Problems;
import com.stratum.security.Role;
import com.stratum.security.Scope;
import com.stratum.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import com.stratum.notification.NotificationKind;
import com.stratum.notification.Notifications;
import com.stratum.task.HandoffTasks;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Handoffs of KEY and STRATEGIC accounts, the one home of their rules:
 * <ul>
 * <li>the account's owner or a manager starts one, for a live KEY or STRATEGIC account with an owner, to an active
 * user who is not a VIEWER and not the owner; at most one is OPEN per account (the account row is locked while
 * this is checked);</li>
 * <li>while OPEN it reserves a place in the incoming owner's capacity for the tier, checked and counted by
 * {@link AccountTierService#ensureCapacity} under the incoming owner's lock, so two handoffs racing for the last
 * place cannot both pass;</li>
 * <li>only the incoming owner accepts or declines (a manager cannot accept on their behalf: accepting says they
 * read the checklist); accepting moves the account through {@link AccountService#handOver}, provided it is still
 * live and still has the owner and tier the handoff started with, passes the outgoing owner's open tasks on it to
 * the new owner and opens their tasks from the checklist ({@link HandoffTaskPlan});</li>
 * <li>who started it, the account's current owner or a manager cancels it.</li>
 * </ul>
 */
@ApplicationScoped
public class HandoffService {
    private final EntityManager em;
    private final HandoffQueries queries;
    private final HandoffChecklist checklists;
    private final AccountService accounts;
    private final AccountTierService tiers;
    private final Validation validation;
    private final Clock clock;
    private final Notifications notifications;
    private final HandoffTaskPlan taskPlan;
    private final HandoffTasks tasks;

    public HandoffService(EntityManager em, HandoffQueries queries, HandoffChecklist checklists,
            AccountService accounts, AccountTierService tiers, Validation validation, Clock clock,
            Notifications notifications, HandoffTaskPlan taskPlan, HandoffTasks tasks) {
        this.em = em;
        this.taskPlan = taskPlan;
        this.tasks = tasks;
        this.notifications = notifications;
        this.queries = queries;
        this.checklists = checklists;
        this.accounts = accounts;
        this.tiers = tiers;
        this.validation = validation;
        this.clock = clock;
    }

    @Transactional
    public HandoffView create(UUID accountId, HandoffInput input) {
        validation.check(input);
        Account account = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            throw ApiProblem.notFound("account", accountId);
        }
        CurrentCaller.requireAccountWrite(account.ownerId, Scope.ACCOUNTS_WRITE);
        if (account.archived) {
            throw ApiProblem.conflict("archived", "Account archived",
                    account.name + " is archived, so it cannot be handed over. Restore it first.");
        }
        if (!AccountService.ownerChangesByHandoff(account.tier, account.ownerId)) {
            throw ApiProblem.conflict("handoff-not-needed", "No handoff needed", account.ownerId == null
                    ? account.name + " has no owner yet, so it gets one directly: set ownerId with PATCH"
                            + " /api/v1/accounts/" + account.id + "."
                    : account.name + " is a " + account.tier + " account, so its owner changes at once: set ownerId"
                            + " with PATCH /api/v1/accounts/" + account.id + ".");
        }
        open(account.id).ifPresent(existing -> {
            throw ApiProblem.conflict("handoff-open", "Handoff already open",
                            account.name + " already has an open handoff to " + userName(existing.toUserId)
                                    + ", started " + existing.createdAt.toString().substring(0, 10)
                                    + ". Cancel it before starting another.")
                    .with("existingId", existing.id);
        });
        User to = User.findById(input.toUserId());
        if (to == null) {
            throw ApiProblem.validation("toUserId", "No user has this id; choose an existing user as the new owner.");
        } else if (!to.active) {
            throw ApiProblem.validation("toUserId", to.name + " is inactive; reactivate them or choose another new"
                    + " owner.");
        } else if (to.role == Role.VIEWER) {
            throw ApiProblem.validation("toUserId", to.name + " is a VIEWER and cannot own accounts; choose an"
                    + " account manager or a manager.");
        } else if (to.id.equals(account.ownerId)) {
            throw ApiProblem.validation("toUserId", to.name + " already owns " + account.name
                    + "; choose someone else to hand it over to.");
        }
        tiers.ensureMayOwn(to.id, account.tier);
        tiers.ensureCapacity(to.id, account.tier, account.id);

        Instant now = now();
        Handoff handoff = new Handoff();
        handoff.id = UUID.randomUUID();
        handoff.accountId = account.id;
        handoff.tier = account.tier;
        handoff.fromUserId = account.ownerId;
        handoff.toUserId = to.id;
        handoff.status = HandoffStatus.OPEN;
        handoff.note = Text.trimToNull(input.note());
        handoff.checklist = queries.write(checklists.build(account.id, input.sectionNotes()));
        handoff.createdBy = CurrentCaller.userId().orElse(null);
        handoff.createdAt = now;
        handoff.updatedAt = now;
        handoff.persist();
        em.flush();
        notifications.send(to.id, NotificationKind.HANDOFF_OFFERED, userName(account.ownerId) + " offers you "
                + account.name + " (" + account.tier + "); accept or decline the handoff.", link(handoff));
        return queries.view(handoff.id);
    }

    @Transactional
    public HandoffView accept(UUID id, String ifMatch) {
        Handoff handoff = lock(id);
        requireIncomingOwner(handoff, "accept");
        ETags.check(ifMatch, handoff.version);
        requireOpen(handoff, "accepted");
        Account account = em.find(Account.class, handoff.accountId);
        if (account.archived) {
            throw ApiProblem.conflict("archived", "Account archived", account.name + " was archived after this"
                    + " handoff started, so it cannot be accepted. Ask for it to be restored, or cancel the handoff.");
        }
        if (!Objects.equals(account.ownerId, handoff.fromUserId) || account.tier != handoff.tier) {
            throw ApiProblem.conflict("account-changed", "Account changed", account.name
                    + " no longer has the owner and tier this handoff started with, so it cannot be accepted as it"
                    + " is. Cancel it and start a new one if the account should still change hands.");
        }
        // The incoming owner's level may have dropped to JUNIOR since the handoff started.
        tiers.ensureMayOwn(handoff.toUserId, account.tier);
        decide(handoff, HandoffStatus.ACCEPTED);
        em.flush();
        accounts.handOver(account.id, handoff.fromUserId, handoff.toUserId, handoff.id,
                "By handoff, accepted by " + userName(handoff.toUserId));
        tasks.handOver(account.id, handoff.fromUserId, handoff.toUserId, taskPlan.plan(queries.checklist(handoff)));
        String accepted = userName(handoff.toUserId) + " accepted the handoff of " + account.name
                + " and owns it from now on.";
        notifications.send(handoff.fromUserId, NotificationKind.HANDOFF_ACCEPTED, accepted, link(handoff));
        if (handoff.createdBy != null && !handoff.createdBy.equals(handoff.fromUserId)) {
            notifications.send(handoff.createdBy, NotificationKind.HANDOFF_ACCEPTED, accepted, link(handoff));
        }
        return queries.view(id);
    }

    @Transactional
    public HandoffView decline(UUID id, DeclineInput input, String ifMatch) {
        validation.check(input);
        Handoff handoff = lock(id);
        requireIncomingOwner(handoff, "decline");
        ETags.check(ifMatch, handoff.version);
        requireOpen(handoff, "declined");
        decide(handoff, HandoffStatus.DECLINED);
        handoff.declineReason = input.reason().trim();
        em.flush();
        return queries.view(id);
    }

    @Transactional
    public HandoffView cancel(UUID id, String ifMatch) {
        Handoff handoff = lock(id);
        if (!CurrentCaller.isSystem()) {
            Caller caller = CurrentCaller.ofRequest().orElseThrow();
            Account account = em.find(Account.class, handoff.accountId);
            boolean mayCancel = caller.atLeast(Role.MANAGER) || caller.userId().equals(handoff.createdBy)
                    || caller.userId().equals(account.ownerId);
            if (!mayCancel) {
                throw Problems.forbidden("Only who started this handoff, " + account.name
                        + "'s owner or a manager can cancel it.");
            }
        }
        ETags.check(ifMatch, handoff.version);
        requireOpen(handoff, "cancelled");
        decide(handoff, HandoffStatus.CANCELLED);
        em.flush();
        return queries.view(id);
    }

    /** The checklist a handoff of the account would carry if started now; for those who may start one. */
    @Transactional
    public ChecklistPreview preview(UUID accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw ApiProblem.notFound("account", accountId);
        }
        CurrentCaller.requireAccountWrite(account.ownerId, Scope.ACCOUNTS_WRITE);
        return new ChecklistPreview(checklists.build(accountId, null));
    }

    @Transactional
    public HandoffView get(UUID id) {
        return queries.view(id);
    }

    @Transactional
    public HandoffPage list(HandoffQueries.Criteria criteria, Instant updatedAfter, int limit, String cursor) {
        return queries.list(criteria, updatedAfter, limit, cursor);
    }

    @Transactional
    public HandoffPage history(UUID accountId, List<HandoffStatus> statuses, Instant updatedAfter, int limit,
            String cursor) {
        if (em.find(Account.class, accountId) == null) {
            throw ApiProblem.notFound("account", accountId);
        }
        return queries.list(new HandoffQueries.Criteria(accountId, List.of(), List.of(), statuses), updatedAfter, limit,
                cursor);
    }

    private Optional<Handoff> open(UUID accountId) {
        return Handoff.<Handoff>find("accountId = ?1 and status = ?2", accountId, HandoffStatus.OPEN)
                .firstResultOptional();
    }

    private Handoff lock(UUID id) {
        Handoff handoff = em.find(Handoff.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (handoff == null) {
            throw ApiProblem.notFound("handoff", id);
        }
        return handoff;
    }

    private void requireIncomingOwner(Handoff handoff, String what) {
        if (CurrentCaller.isSystem()) {
            return;
        }
        Caller caller = CurrentCaller.ofRequest().orElseThrow();
        if (!caller.userId().equals(handoff.toUserId)) {
            throw Problems.forbidden("Only " + userName(handoff.toUserId) + ", the incoming owner, can " + what
                    + " this handoff: they take the account over.");
        }
    }

    private static void requireOpen(Handoff handoff, String action) {
        if (handoff.status != HandoffStatus.OPEN) {
            throw ApiProblem.conflict("handoff-closed", "Handoff closed", "This handoff was already "
                            + handoff.status + " on " + handoff.decidedAt.toString().substring(0, 10)
                            + ", so it cannot be " + action + ".")
                    .with("handoffStatus", handoff.status);
        }
    }

    private void decide(Handoff handoff, HandoffStatus status) {
        Instant now = now();
        handoff.status = status;
        handoff.decidedBy = CurrentCaller.userId().orElse(null);
        handoff.decidedAt = now;
        handoff.updatedAt = now;
    }

    private static String link(Handoff handoff) {
        return "/handoffs/" + handoff.id;
    }

    private static String userName(UUID id) {
        User user = User.findById(id);
        return user == null ? "a removed user" : user.name;
    }

    private Instant now() {
        return Text.now(clock);
    }
}
