package com.stratum.activity;

import com.stratum.common.BusinessEvent;
import jakarta.enterprise.event.Event;

import com.fasterxml.jackson.databind.JsonNode;
import com.stratum.account.Account;
import com.stratum.account.AccountAccess;
import com.stratum.account.AccountQueries;
import com.stratum.account.AccountTouch;
import com.stratum.common.ApiProblem;
import com.stratum.common.BatchItems;
import com.stratum.common.ETags;
import com.stratum.common.FieldError;
import com.stratum.common.MergePatch;
import com.stratum.common.Text;
import com.stratum.common.Validation;
import com.stratum.opportunity.Opportunity;
import com.stratum.security.Caller;
import com.stratum.security.CurrentCaller;
import com.stratum.security.Problems;
import com.stratum.security.Role;
import com.stratum.security.Scope;
import com.stratum.survey.Qbr;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Activity writes and their rules: who may log one (whoever may work on the account, {@link AccountAccess}), who may
 * change or delete one (its author or a manager), contacts, opportunity and QBR of the activity's own account, never
 * in the future. Every write locks the account first and recomputes the last touch of the account and its contacts
 * ({@link AccountTouch}) in the same transaction.
 */
@ApplicationScoped
public class ActivityService {
    static final Map<String, String> READ_ONLY = readOnly();

    private final EntityManager em;
    private final ActivityQueries queries;
    private final AccountQueries accounts;
    private final AccountAccess access;
    private final AccountTouch touch;
    private final Validation validation;
    private final MergePatch mergePatch;
    private final Clock clock;
    private final Event<BusinessEvent> changes;

    public ActivityService(EntityManager em, ActivityQueries queries, AccountQueries accounts, AccountAccess access,
            AccountTouch touch, Validation validation, MergePatch mergePatch, Clock clock,
            Event<BusinessEvent> changes) {
        this.changes = changes;
        this.em = em;
        this.queries = queries;
        this.accounts = accounts;
        this.access = access;
        this.touch = touch;
        this.validation = validation;
        this.mergePatch = mergePatch;
        this.clock = clock;
    }

    @Transactional
    public ActivityPage list(UUID accountId, Instant updatedAfter, String sort, int limit, String cursor) {
        accounts.find(accountId);
        return queries.list(List.of(accountId), updatedAfter, sort, limit, cursor);
    }

    @Transactional
    public ActivityView create(UUID accountId, ActivityInput input) {
        return queries.view(insert(accountId, input, null, null).id);
    }

    @Transactional
    public ActivityView patch(UUID id, JsonNode patch, String ifMatch) {
        Activity activity = queries.find(id);
        Account account = editable(activity);
        ETags.check(ifMatch, activity.version);
        ActivityInput current = form(activity);
        ActivityInput changed = validation.check(mergePatch.apply(current, patch, READ_ONLY, ActivityInput.class));
        if (!same(changed, current)) {
            touch.lockForTouch(account);
            update(activity, changed);
        }
        return queries.view(id);
    }

    /** Deletes the activity; its audit record keeps every value it had. The last touch is recomputed. */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        Activity activity = queries.find(id);
        Account account = editable(activity);
        ETags.check(ifMatch, activity.version);
        touch.lockForTouch(account);
        fire(BusinessEvent.Type.ACTIVITY_DELETED, activity.id);
        activity.delete();
        touch.refresh(account.id);
    }

    /**
     * One item of a batch, in the caller's transaction: created when its (source, externalId) is new, updated when
     * it is known and differs (only by its author or a manager), unchanged when it is known and the same.
     */
    @Transactional
    public Upserted upsert(ActivityBatchItem item) {
        validation.check(item);
        String source = item.source().trim();
        String externalId = item.externalId().trim();
        BatchItems.takeTurns(em, "activity", source + ":" + externalId);
        List<Activity> known = Activity.list("source = ?1 and externalId = ?2", source, externalId);
        if (known.isEmpty()) {
            return new Upserted(ActivityBatchResult.Status.CREATED,
                    insert(item.accountId(), item.input(), source, externalId).id);
        }
        Activity activity = known.get(0);
        if (!activity.accountId.equals(item.accountId())) {
            throw ApiProblem.conflict("activity-on-other-account", "Activity on another account", "The activity "
                    + externalId + " from " + source + " is logged on another account; an activity stays with its"
                    + " account. Send it with accountId " + activity.accountId + ", or under a new externalId.")
                    .with("existingId", activity.id);
        }
        ActivityInput input = validation.check(item.input());
        if (same(input, form(activity))) {
            return new Upserted(ActivityBatchResult.Status.UNCHANGED, activity.id);
        }
        Account account = editable(activity);
        touch.lockForTouch(account);
        update(activity, input);
        return new Upserted(ActivityBatchResult.Status.UPDATED, activity.id);
    }

    /** What a batch item did, and to which activity. */
    public record Upserted(ActivityBatchResult.Status status, UUID activityId) {
    }

    private Activity insert(UUID accountId, ActivityInput input, String source, String externalId) {
        Account account = accounts.find(accountId);
        access.requireWorkOn(account, Scope.ACTIVITIES_WRITE);
        validation.check(input);
        if (account.archived) {
            throw ApiProblem.conflict("archived", "Account archived", account.name + " is archived, so no activities"
                    + " are logged on it. Restore it first.");
        }
        touch.lockForTouch(account);
        check(accountId, input);
        Instant now = Text.now(clock);
        Activity activity = new Activity();
        activity.id = UUID.randomUUID();
        activity.accountId = accountId;
        activity.authorId = CurrentCaller.userId().orElse(null);
        activity.source = source;
        activity.externalId = externalId;
        activity.createdAt = now;
        apply(activity, input, now);
        activity.persist();
        em.flush();
        writeContacts(activity.id, input.contacts());
        touch.refresh(accountId);
        fire(BusinessEvent.Type.ACTIVITY_CREATED, activity.id);
        return activity;
    }

    /** Tells who listens (webhooks) of the change, in this transaction, with the activity as the API returns it. */
    private void fire(BusinessEvent.Type type, UUID id) {
        changes.fire(new BusinessEvent(type, id, queries.view(id)));
    }

    private void update(Activity activity, ActivityInput input) {
        check(activity.accountId, input);
        apply(activity, input, Text.now(clock));
        em.flush();
        em.createNativeQuery("delete from activity_contact where activity_id = :id").setParameter("id", activity.id)
                .executeUpdate();
        writeContacts(activity.id, input.contacts());
        touch.refresh(activity.accountId);
        fire(BusinessEvent.Type.ACTIVITY_UPDATED, activity.id);
    }

    /** The account of an activity its caller may change: its author's, or any for managers and admins. */
    private Account editable(Activity activity) {
        Account account = accounts.find(activity.accountId);
        if (CurrentCaller.isSystem()) {
            return account;
        }
        Caller caller = CurrentCaller.ofRequest().orElseThrow();
        if (!caller.can(Scope.ACTIVITIES_WRITE)) {
            throw Problems.missingScope(Scope.ACTIVITIES_WRITE);
        }
        if (caller.atLeast(Role.MANAGER) || caller.userId().equals(activity.authorId)) {
            return account;
        }
        throw Problems.forbidden("Only the author of an activity or a manager can change or delete it.");
    }

    /** The rules that need the database: contacts, opportunity and QBR of the same account; no future time. */
    private void check(UUID accountId, ActivityInput input) {
        List<FieldError> errors = new ArrayList<>();
        if (input.occurredAt().isAfter(Instant.now(clock))) {
            errors.add(new FieldError("occurredAt", "Enter when it happened, now or earlier: an activity cannot be"
                    + " logged in the future."));
        }
        List<UUID> contacts = input.contacts();
        Set<UUID> distinct = new LinkedHashSet<>(contacts);
        if (distinct.size() < contacts.size()) {
            errors.add(new FieldError("contactIds", "Name each contact once."));
        } else if (!distinct.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<UUID> own = em.createNativeQuery("select id from contact where account_id = :account and id in (:ids)",
                    UUID.class).setParameter("account", accountId).setParameter("ids", distinct).getResultList();
            Set<UUID> missing = new LinkedHashSet<>(distinct);
            missing.removeAll(new HashSet<>(own));
            if (!missing.isEmpty()) {
                errors.add(new FieldError("contactIds", (missing.size() == 1 ? "This account has no contact with the"
                        + " id " : "This account has no contacts with the ids ") + String.join(", ",
                        missing.stream().map(UUID::toString).toList()) + "; choose the account's own contacts."));
            }
        }
        if (input.opportunityId() != null) {
            Opportunity opportunity = Opportunity.findById(input.opportunityId());
            if (opportunity == null || !opportunity.accountId.equals(accountId)) {
                errors.add(new FieldError("opportunityId", "This account has no opportunity with this id; choose one"
                        + " of its own opportunities."));
            }
        }
        if (input.qbrId() != null) {
            Qbr qbr = Qbr.findById(input.qbrId());
            if (qbr == null || !qbr.accountId.equals(accountId)) {
                errors.add(new FieldError("qbrId", "This account has no QBR with this id; choose one of its own QBRs."));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.validation(errors);
        }
    }

    private static void apply(Activity activity, ActivityInput input, Instant now) {
        activity.type = input.type();
        activity.occurredAt = input.occurredAt().truncatedTo(ChronoUnit.MICROS); // what PostgreSQL keeps
        activity.summary = input.summary().trim();
        activity.body = input.body() == null || input.body().isBlank() ? null : input.body();
        activity.opportunityId = input.opportunityId();
        activity.qbrId = input.qbrId();
        activity.updatedAt = now;
    }

    private void writeContacts(UUID activityId, List<UUID> contacts) {
        if (contacts.isEmpty()) {
            return;
        }
        // One statement for all the contacts, rather than one per contact.
        em.createNativeQuery("insert into activity_contact (activity_id, contact_id)"
                        + " select :activity, unnest(cast(:contacts as uuid[]))")
                .setParameter("activity", activityId)
                .setParameter("contacts", contacts.stream().map(UUID::toString).toArray(String[]::new))
                .executeUpdate();
    }

    private ActivityInput form(Activity a) {
        List<UUID> contacts = queries.contacts(List.of(a.id)).getOrDefault(a.id, List.of()).stream()
                .map(ActivityView.ContactRef::id).toList();
        return new ActivityInput(a.type, a.occurredAt, a.summary, a.body, contacts, a.opportunityId, a.qbrId);
    }

    /** The same activity, whatever the order of its contacts, the summary's outer spaces or a blank body. */
    private static boolean same(ActivityInput a, ActivityInput b) {
        return a.type() == b.type()
                && a.occurredAt().truncatedTo(ChronoUnit.MICROS).equals(b.occurredAt().truncatedTo(ChronoUnit.MICROS))
                && Objects.equals(a.summary().trim(), b.summary().trim())
                && Objects.equals(Text.trimToNull(a.body()) == null ? null : a.body(),
                        Text.trimToNull(b.body()) == null ? null : b.body())
                && new HashSet<>(a.contacts()).equals(new HashSet<>(b.contacts()))
                && a.contacts().size() == b.contacts().size()
                && Objects.equals(a.opportunityId(), b.opportunityId()) && Objects.equals(a.qbrId(), b.qbrId());
    }

    private static Map<String, String> readOnly() {
        Map<String, String> readOnly = new HashMap<>(MergePatch.METADATA);
        readOnly.put("accountId", "An activity stays with its account; log it on the other account instead.");
        readOnly.put("contacts", "This property is read-only; set contactIds instead.");
        readOnly.put("opportunityTitle", "This property is read-only; set opportunityId instead.");
        readOnly.put("authorId", "This property is read-only: the author is whoever logged the activity.");
        readOnly.put("authorName", "This property is read-only: the author is whoever logged the activity.");
        readOnly.put("source", "This property is read-only: it is set by the integration that sent the activity.");
        readOnly.put("externalId", "This property is read-only: it is set by the integration that sent the"
                + " activity.");
        return Map.copyOf(readOnly);
    }
}
