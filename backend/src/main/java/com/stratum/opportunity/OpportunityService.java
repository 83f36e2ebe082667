package com.stratum.opportunity;

import com.stratum.common.BusinessEvent;
import jakarta.enterprise.event.Event;

import com.fasterxml.jackson.databind.JsonNode;
import com.stratum.account.Account;
import com.stratum.accountevent.AccountEvent;
import com.stratum.accountevent.AccountEventService;
import com.stratum.common.ApiProblem;
import com.stratum.common.ETags;
import com.stratum.common.MergePatch;
import com.stratum.common.Text;
import com.stratum.common.Validation;
import com.stratum.security.CurrentCaller;
import com.stratum.security.Role;
import com.stratum.security.Scope;
import com.stratum.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Opportunity rules: defaults, stage transitions with history, closed-is-frozen and reopen. */
@ApplicationScoped
public class OpportunityService {
    private static final Map<String, String> READ_ONLY = readOnly();
    private static final String NO_ACCOUNT = "No account has this id; choose an existing account.";
    private static final String BOTH_EVENTS = "Send either compellingEvent (a new event to record on the account)"
            + " or compellingEventId (an event the account already has), not both.";

    private final EntityManager em;
    private final OpportunityQueries queries;
    private final Validation validation;
    private final MergePatch mergePatch;
    private final AccountEventService events;
    private final Clock clock;
    private final Event<BusinessEvent> changes;
    private final CompetitorDirectory competitors;

    public OpportunityService(EntityManager em, OpportunityQueries queries, Validation validation,
            MergePatch mergePatch, AccountEventService events, Clock clock, Event<BusinessEvent> changes,
            CompetitorDirectory competitors) {
        this.changes = changes;
        this.competitors = competitors;
        this.em = em;
        this.events = events;
        this.queries = queries;
        this.validation = validation;
        this.mergePatch = mergePatch;
        this.clock = clock;
    }

    @Transactional
    public OpportunityView create(OpportunityInput input) {
        validation.check(input);
        Account account = Account.findById(input.accountId());
        if (account == null) {
            throw ApiProblem.validation("accountId", NO_ACCOUNT);
        }
        CurrentCaller.requireAccountWrite(account.ownerId, Scope.OPPORTUNITIES_WRITE);
        if (account.archived) {
            throw ApiProblem.conflict("archived", "Account archived",
                    account.name + " is archived, so it gets no new opportunities. Restore it first.");
        }
        Stage stage = input.stage() == null ? Stage.IDENTIFIED : input.stage();
        if (stage.closed()) {
            throw ApiProblem.validation("stage", "Create the opportunity in an open stage, then close it with"
                    + " POST /api/v1/opportunities/{id}/stage.");
        }
        if (input.compellingEvent() != null && input.compellingEventId() != null) {
            throw ApiProblem.validation("compellingEventId", BOTH_EVENTS);
        }
        Instant now = now();
        Opportunity opportunity = new Opportunity();
        opportunity.id = UUID.randomUUID();
        opportunity.accountId = account.id;
        opportunity.stage = stage;
        opportunity.createdAt = now;
        UUID owner = input.ownerId() != null ? input.ownerId() : activeOwner(account);
        apply(opportunity, new OpportunityInput(input.accountId(), input.type(), input.title(), input.product(),
                input.amount(), stage, input.probability(), input.expectedCloseDate(), owner,
                input.compellingEvent(), input.compellingEventId(), input.nextStep()), account.ownerId, now);
        // The event is written before the opportunity that references it, and told of it afterwards.
        if (input.compellingEventId() != null) {
            opportunity.compellingEventId = events.requireOfAccount(input.compellingEventId(), account.id,
                    "compellingEventId").id;
        } else if (input.compellingEvent() != null) {
            CompellingEvent event = input.compellingEvent();
            opportunity.compellingEventId = events.recordForOpportunity(account, event.type(), event.occurredOn(),
                    event.description());
        }
        opportunity.persist();
        record(opportunity.id, null, stage, "Created", null, now);
        if (opportunity.compellingEventId != null) {
            events.opportunityCreated(opportunity.compellingEventId, opportunity.id);
        }
        em.flush();
        return fire(BusinessEvent.Type.OPPORTUNITY_CREATED, queries.view(opportunity.id));
    }

    /** Tells who listens (webhooks) of the change, in this transaction; returns the view. */
    private OpportunityView fire(BusinessEvent.Type type, OpportunityView view) {
        changes.fire(new BusinessEvent(type, view.id(), view));
        return view;
    }

    /**
     * A RENEWAL opportunity opened by a rule (a contract's renewal, in the caller's transaction): IDENTIFIED,
     * closing on {@code expectedCloseDate}, held by the account's owner while they are active. No caller check: the
     * rule decided. Returns its id.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID createRenewal(Account account, String title, java.math.BigDecimal amount,
            LocalDate expectedCloseDate, String note) {
        Instant now = now();
        Opportunity opportunity = new Opportunity();
        opportunity.id = UUID.randomUUID();
        opportunity.accountId = account.id;
        opportunity.type = OpportunityType.RENEWAL;
        opportunity.title = title;
        opportunity.amount = amount.setScale(2, RoundingMode.UNNECESSARY);
        opportunity.stage = Stage.IDENTIFIED;
        opportunity.probability = Stage.IDENTIFIED.defaultProbability();
        opportunity.expectedCloseDate = expectedCloseDate;
        opportunity.ownerId = activeOwner(account);
        opportunity.createdAt = now;
        opportunity.updatedAt = now;
        opportunity.persist();
        record(opportunity.id, null, Stage.IDENTIFIED, note, null, now);
        em.flush();
        fire(BusinessEvent.Type.OPPORTUNITY_CREATED, queries.view(opportunity.id));
        return opportunity.id;
    }

    @Transactional
    public OpportunityView patch(UUID id, JsonNode patch, String ifMatch) {
        Opportunity opportunity = queries.find(id);
        Account account = requireWrite(opportunity.accountId);
        ETags.check(ifMatch, opportunity.version);
        ensureOpen(opportunity);
        if (patch != null && patch.has("compellingEvent") && patch.has("compellingEventId")) {
            throw ApiProblem.validation("compellingEventId", BOTH_EVENTS);
        }
        OpportunityInput current = writable(opportunity);
        OpportunityInput changed = validation.check(mergePatch.apply(current, patch, READ_ONLY,
                OpportunityInput.class));
        if (!changed.equals(current)) {
            apply(opportunity, changed, account.ownerId, now());
            relink(opportunity, account, current, changed);
            em.flush();
            return fire(BusinessEvent.Type.OPPORTUNITY_UPDATED, queries.view(id));
        }
        return queries.view(id);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Opportunity opportunity = queries.find(id);
        requireWrite(opportunity.accountId);
        ETags.check(ifMatch, opportunity.version);
        ensureOpen(opportunity);
        fire(BusinessEvent.Type.OPPORTUNITY_DELETED, queries.view(id));
        em.createQuery("delete from StageChange c where c.opportunityId = :id").setParameter("id", id).executeUpdate();
        opportunity.delete();
    }

    @Transactional
    public OpportunityView moveStage(UUID id, StageChangeInput request, String ifMatch) {
        validation.check(request);
        Opportunity opportunity = queries.find(id);
        requireWrite(opportunity.accountId);
        ETags.check(ifMatch, opportunity.version);
        ensureOpen(opportunity);
        if (request.stage() == Stage.LOST && blank(request.lossReason())) {
            throw ApiProblem.validation("lossReason", "Say why the opportunity was lost: a LOST opportunity needs a loss"
                    + " reason.");
        }
        checkLossCompetitor(request);
        if (request.stage() == opportunity.stage) {
            return queries.view(id);
        }
        Instant now = now();
        String lossReason = request.stage() == Stage.LOST ? request.lossReason().trim() : null;
        record(id, opportunity.stage, request.stage(), Text.trimToNull(request.note()), lossReason, now);
        opportunity.stage = request.stage();
        opportunity.probability = request.stage().defaultProbability();
        if (request.stage().closed()) {
            opportunity.closedAt = now;
        }
        if (lossReason != null) {
            // Kept through a reopen (and a later win): why it was lost last time stays on the opportunity.
            opportunity.lossReason = lossReason;
            opportunity.lossCompetitorId = request.lossCompetitorId();
        }
        opportunity.updatedAt = now;
        em.flush();
        return fire(request.stage().closed() ? BusinessEvent.Type.OPPORTUNITY_CLOSED
                : BusinessEvent.Type.OPPORTUNITY_STAGE_CHANGED, queries.view(id));
    }

    @Transactional
    public OpportunityView reopen(UUID id, ReopenInput request, String ifMatch) {
        validation.check(request);
        Opportunity opportunity = queries.find(id);
        requireWrite(opportunity.accountId);
        ETags.check(ifMatch, opportunity.version);
        if (!opportunity.stage.closed()) {
            throw ApiProblem.conflict("opportunity-open", "Opportunity open",
                    "This opportunity is " + opportunity.stage + ", not closed; there is nothing to reopen.");
        }
        Stage target = request.stage() != null ? request.stage() : stageBeforeClosing(id);
        if (target.closed()) {
            throw ApiProblem.validation("stage", "Reopen to an open stage: " + String.join(", ",
                    Arrays.stream(Stage.values()).filter(s -> !s.closed()).map(Stage::name).toList()) + ".");
        }
        Instant now = now();
        record(id, opportunity.stage, target, "Reopened: " + request.reason().trim(), null, now);
        opportunity.stage = target;
        opportunity.probability = target.defaultProbability();
        opportunity.closedAt = null;
        opportunity.updatedAt = now;
        em.flush();
        return fire(BusinessEvent.Type.OPPORTUNITY_REOPENED, queries.view(id));
    }

    private Stage stageBeforeClosing(UUID id) {
        List<Stage> stages = em.createQuery("select c.fromStage from StageChange c where c.opportunityId = :id"
                        + " and c.toStage in (:won, :lost) order by c.changedAt desc", Stage.class)
                .setParameter("id", id).setParameter("won", Stage.WON).setParameter("lost", Stage.LOST)
                .setMaxResults(1).getResultList();
        Stage before = stages.isEmpty() ? null : stages.get(0);
        return before == null || before.closed() ? Stage.NEGOTIATION : before;
    }

    /** The account's owner as the default owner, unless they can no longer take work. */
    private static UUID activeOwner(Account account) {
        if (account.ownerId == null) {
            return null;
        }
        User owner = User.findById(account.ownerId);
        return owner != null && owner.active ? owner.id : null;
    }

    private void apply(Opportunity o, OpportunityInput input, UUID accountOwner, Instant now) {
        if (input.ownerId() != null && !input.ownerId().equals(o.ownerId)) {
            requireHolder(input.ownerId(), accountOwner);
        }
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (!o.stage.closed() && !input.expectedCloseDate().equals(o.expectedCloseDate)
                && input.expectedCloseDate().isBefore(today)) {
            throw ApiProblem.validation("expectedCloseDate", "Choose today or a later date: an open opportunity"
                    + " cannot close in the past.");
        }
        o.type = input.type();
        o.title = input.title().trim();
        o.product = Text.trimToNull(input.product());
        o.amount = input.amount().setScale(2, RoundingMode.UNNECESSARY);
        o.probability = input.probability() != null ? input.probability() : o.stage.defaultProbability();
        o.expectedCloseDate = input.expectedCloseDate();
        o.ownerId = input.ownerId();
        o.nextStep = Text.trimToNull(input.nextStep());
        o.updatedAt = now;
    }

    /**
     * Who may hold an account's opportunities: the account's owner, or a manager (the account team joins them
     * once teams exist). Anyone else would own work on an account they cannot change.
     */
    private static void requireHolder(UUID ownerId, UUID accountOwner) {
        User owner = User.findById(ownerId);
        if (owner == null) {
            throw ApiProblem.validation("ownerId", "No user has this id; choose the account's owner or a manager.");
        }
        if (!owner.active) {
            throw ApiProblem.validation("ownerId", "This user is inactive; choose an active owner.");
        }
        if (!owner.id.equals(accountOwner) && owner.role != Role.MANAGER) {
            throw ApiProblem.validation("ownerId", "Choose the account's owner or a manager: " + owner.name
                    + " is " + owner.role + " and does not own this account.");
        }
    }

    private void record(UUID opportunityId, Stage from, Stage to, String note, String lossReason, Instant at) {
        StageChange change = new StageChange();
        change.changedBy = CurrentCaller.whoName();
        change.id = UUID.randomUUID();
        change.opportunityId = opportunityId;
        change.fromStage = from;
        change.toStage = to;
        change.note = note;
        change.lossReason = lossReason;
        change.changedAt = at;
        change.persist();
    }

    private static void ensureOpen(Opportunity opportunity) {
        if (opportunity.stage.closed()) {
            throw ApiProblem.conflict("opportunity-closed", "Opportunity closed",
                    "This opportunity is " + opportunity.stage + "; a closed opportunity changes only through"
                            + " POST /api/v1/opportunities/" + opportunity.id + "/reopen.");
        }
    }

    /**
     * A patch's compelling event: a new compellingEventId points at another event of the account (which becomes
     * OPPORTUNITY_CREATED); a changed inline compellingEvent amends the event the opportunity was created with, or
     * records a new one; null for either lets go of the event (which stays on the account as it is).
     */
    private void relink(Opportunity o, Account account, OpportunityInput current, OpportunityInput changed) {
        if (!Objects.equals(changed.compellingEventId(), current.compellingEventId())) {
            o.compellingEventId = changed.compellingEventId() == null ? null
                    : events.requireOfAccount(changed.compellingEventId(), account.id, "compellingEventId").id;
            if (o.compellingEventId != null) {
                events.opportunityCreated(o.compellingEventId, o.id);
            }
        } else if (!Objects.equals(changed.compellingEvent(), current.compellingEvent())) {
            CompellingEvent event = changed.compellingEvent();
            AccountEvent linked = o.compellingEventId == null ? null : AccountEvent.findById(o.compellingEventId);
            if (event == null) {
                o.compellingEventId = null;
            } else if (linked != null && o.id.equals(linked.opportunityId)) {
                events.amend(linked.id, event.type(), event.occurredOn(), event.description());
            } else {
                o.compellingEventId = events.recordForOpportunity(account, event.type(), event.occurredOn(),
                        event.description());
                events.opportunityCreated(o.compellingEventId, o.id);
            }
        }
    }

    private static OpportunityInput writable(Opportunity o) {
        AccountEvent linked = o.compellingEventId == null ? null : AccountEvent.findById(o.compellingEventId);
        CompellingEvent event = linked == null ? null
                : new CompellingEvent(linked.type, linked.occurredOn, linked.description);
        return new OpportunityInput(o.accountId, o.type, o.title, o.product, o.amount, o.stage, o.probability,
                o.expectedCloseDate, o.ownerId, event, o.compellingEventId, o.nextStep);
    }

    private static Map<String, String> readOnly() {
        Map<String, String> readOnly = new HashMap<>(MergePatch.METADATA);
        readOnly.put("stage", "The stage is read-only here; move it with POST /api/v1/opportunities/{id}/stage.");
        readOnly.put("accountId", "This property is read-only: an opportunity stays with its account.");
        for (String derived : List.of("accountName", "ownerName", "weightedAmount", "closed", "closedAt",
                "lossReason", "lossCompetitorId")) {
            readOnly.put(derived, MergePatch.READ_ONLY);
        }
        return Map.copyOf(readOnly);
    }

    private void checkLossCompetitor(StageChangeInput request) {
        if (request.lossCompetitorId() == null) {
            return;
        }
        if (request.stage() != Stage.LOST) {
            throw ApiProblem.validation("lossCompetitorId", "Name the competitor only when the opportunity is LOST;"
                    + " leave lossCompetitorId out for " + request.stage() + ".");
        }
        if (competitors.name(request.lossCompetitorId()).isEmpty()) {
            throw ApiProblem.validation("lossCompetitorId", "No competitor has the id " + request.lossCompetitorId()
                    + "; choose one from GET /api/v1/competitors, or ask a manager to add it.");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }


    private Instant now() {
        return Text.now(clock);
    }

    /** Opportunities are changed by whoever may change their account. */
    private static Account requireWrite(UUID accountId) {
        Account account = Account.findById(accountId);
        if (account == null) {
            throw ApiProblem.validation("accountId", NO_ACCOUNT);
        }
        CurrentCaller.requireAccountWrite(account.ownerId, Scope.OPPORTUNITIES_WRITE);
        return account;
    }
}
