package com.stratum.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.stratum.account.Account;
import com.stratum.account.AccountAccess;
import com.stratum.account.AccountPlanReview;
import com.stratum.account.AccountQueries;
import com.stratum.common.ApiProblem;
import com.stratum.common.ETags;
import com.stratum.common.FieldError;
import com.stratum.common.MergePatch;
import com.stratum.common.Text;
import com.stratum.common.Validation;
import com.stratum.security.CurrentCaller;
import com.stratum.security.Scope;
import com.stratum.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Account plans, their objectives, measurements, milestones and reviews: written by whoever may work on the account
 * ({@link AccountAccess}: its owner, managers, its team today), checked by {@link PlanRules}. Every write that moves
 * the ACTIVE plan's review day tells the account ({@link AccountPlanReview}) with the account's row locked first,
 * so one ACTIVE plan per account holds under concurrent writes (the unique index of V39 says the same).
 */
@ApplicationScoped
public class PlanService {
    private static final Map<String, String> PLAN_READ_ONLY = planReadOnly();
    private static final Map<String, String> OBJECTIVE_READ_ONLY = objectiveReadOnly();
    private static final Map<String, String> MILESTONE_READ_ONLY = milestoneReadOnly();
    private static final String GROWTH_TITLE = "Grow ARR to the year's growth target";

    private final EntityManager em;
    private final PlanQueries queries;
    private final AccountQueries accounts;
    private final AccountAccess access;
    private final AccountPlanReview planReview;
    private final Validation validation;
    private final MergePatch mergePatch;
    private final Clock clock;

    public PlanService(EntityManager em, PlanQueries queries, AccountQueries accounts, AccountAccess access,
            AccountPlanReview planReview, Validation validation, MergePatch mergePatch, Clock clock) {
        this.em = em;
        this.queries = queries;
        this.accounts = accounts;
        this.access = access;
        this.planReview = planReview;
        this.validation = validation;
        this.mergePatch = mergePatch;
        this.clock = clock;
    }

    @Transactional
    public PlanPage list(UUID accountId, java.time.Instant updatedAfter, String sort, int limit, String cursor) {
        accounts.find(accountId);
        return queries.list(accountId, updatedAfter, sort, limit, cursor);
    }

    @Transactional
    public PlanView get(UUID id) {
        return queries.view(id);
    }

    /** A new plan, with the account's growth target as its first objective. */
    @Transactional
    public PlanView create(UUID accountId, PlanInput input) {
        Account account = accounts.find(accountId);
        access.requireWorkOn(account, Scope.ACCOUNTS_WRITE);
        validation.check(input);
        checkPeriod(input);
        if (account.archived) {
            throw ApiProblem.conflict("archived", "Account archived",
                    account.name + " is archived, so it gets no new plans. Restore it first.");
        }
        planReview.lock(account);
        Instant now = Text.now(clock);
        AccountPlan plan = new AccountPlan();
        plan.id = UUID.randomUUID();
        plan.accountId = account.id;
        plan.createdAt = now;
        plan.status = PlanStatus.DRAFT;
        apply(plan, input, account, now);
        plan.persist();

        PlanObjective growth = new PlanObjective();
        growth.id = UUID.randomUUID();
        growth.planId = plan.id;
        growth.accountId = account.id;
        growth.kind = ObjectiveKind.GROWTH;
        growth.position = 0;
        growth.title = GROWTH_TITLE;
        growth.ownerId = account.ownerId;
        growth.sharedWithCustomer = false;
        growth.createdAt = now;
        growth.updatedAt = now;
        growth.persist();
        em.flush();
        planReview.set(account.id, PlanQueries.reviewedOn(plan));
        return queries.view(plan.id);
    }

    @Transactional
    public PlanView patch(UUID id, JsonNode patch, String ifMatch) {
        AccountPlan plan = queries.find(id);
        Account account = accounts.find(plan.accountId);
        access.requireWorkOn(account, Scope.ACCOUNTS_WRITE);
        ETags.check(ifMatch, plan.version);
        PlanInput current = writable(plan);
        PlanInput changed = validation.check(mergePatch.apply(current, patch, PLAN_READ_ONLY, PlanInput.class));
        checkPeriod(changed);
        if (!changed.equals(current)) {
            checkObjectivesInside(plan.id, changed.periodStart(), changed.periodEnd());
            planReview.lock(account);
            apply(plan, changed, account, Text.now(clock));
            em.flush();
            planReview.set(account.id, PlanQueries.reviewedOn(plan));
        }
        return queries.view(id);
    }

    /** Records a review of the plan: the review due with each QBR. */
    @Transactional
    public PlanView review(UUID id, ReviewInput input) {
        AccountPlan plan = queries.find(id);
        Account account = accounts.find(plan.accountId);
        access.requireWorkOn(account, Scope.ACCOUNTS_WRITE);
        validation.check(input);
        if (plan.status == PlanStatus.ARCHIVED) {
            throw ApiProblem.conflict("plan-archived", "Plan archived", "This plan is archived, so it is not"
                    + " reviewed any more. Review the account's ACTIVE plan instead.");
        }
        planReview.lock(account);
        Instant now = Text.now(clock);
        PlanReview review = new PlanReview();
        review.id = UUID.randomUUID();
        review.planId = plan.id;
        review.accountId = plan.accountId;
        review.reviewedAt = now;
        review.reviewedBy = CurrentCaller.userId().orElseThrow();
        review.note = input.note().strip();
        review.persist();
        plan.lastReviewedAt = now;
        plan.updatedAt = now;
        em.flush();
        planReview.set(account.id, PlanQueries.reviewedOn(plan));
        return queries.view(id);
    }

    @Transactional
    public ObjectiveView addObjective(UUID planId, ObjectiveInput input) {
        AccountPlan plan = writablePlan(planId);
        validation.check(input);
        long existing = PlanObjective.count("planId", plan.id);
        String full = PlanRules.roomFor((int) existing);
        if (full != null) {
            throw ApiProblem.conflict("too-many-objectives", "Too many objectives", full);
        }
        checkSmart(input, plan);
        checkPeople(input, plan.accountId);
        Instant now = Text.now(clock);
        PlanObjective objective = new PlanObjective();
        objective.id = UUID.randomUUID();
        objective.planId = plan.id;
        objective.accountId = plan.accountId;
        objective.kind = ObjectiveKind.CUSTOM;
        objective.position = ((Number) em.createQuery("select coalesce(max(o.position), 0) + 1 from PlanObjective o"
                + " where o.planId = :plan").setParameter("plan", plan.id).getSingleResult()).intValue();
        objective.createdAt = now;
        apply(objective, input, now);
        objective.persist();
        em.flush();
        return queries.objective(objective.id);
    }

    @Transactional
    public ObjectiveView patchObjective(UUID id, JsonNode patch, String ifMatch) {
        PlanObjective objective = queries.findObjective(id);
        AccountPlan plan = writablePlan(objective.planId);
        ETags.check(ifMatch, objective.version);
        boolean growth = objective.kind == ObjectiveKind.GROWTH;
        PlanRules.Measure measure = growth ? queries.growthMeasure(plan.id) : null;
        ObjectiveInput current = writable(objective, measure);
        ObjectiveInput changed = validation.check(mergePatch.apply(current, patch, OBJECTIVE_READ_ONLY,
                ObjectiveInput.class));
        if (growth) {
            if (!Objects.equals(changed.metric(), current.metric()) || !Objects.equals(changed.unit(), current.unit())
                    || !same(changed.baseline(), current.baseline()) || !same(changed.target(), current.target())
                    || !Objects.equals(changed.dueOn(), current.dueOn())) {
                throw growthFollows();
            }
        } else {
            checkSmart(changed, plan);
            if (!Objects.equals(changed.dueOn(), current.dueOn())) {
                List<PlanMilestone> later = PlanMilestone.<PlanMilestone>list("objectiveId = ?1 and dueOn > ?2"
                        + " order by dueOn", objective.id, changed.dueOn());
                if (!later.isEmpty()) {
                    throw ApiProblem.validation("dueOn", "The milestone \"" + later.get(0).title + "\" is due on "
                            + later.get(0).dueOn + ", after " + changed.dueOn() + ": move or remove it first, or"
                            + " choose a later due date.");
                }
            }
        }
        checkPeople(changed, plan.accountId);
        if (!changed.equals(current)) {
            Instant now = Text.now(clock);
            if (growth) {
                objective.title = changed.title().strip();
                objective.ownerId = changed.ownerId();
                objective.sharedWithCustomer = changed.sharedWithCustomer();
                objective.opportunityIds = ids(changed.opportunityIds());
                objective.taskIds = ids(changed.taskIds());
                objective.updatedAt = now;
            } else {
                apply(objective, changed, now);
            }
            em.flush();
        }
        return queries.objective(id);
    }

    @Transactional
    public void deleteObjective(UUID id, String ifMatch) {
        PlanObjective objective = queries.findObjective(id);
        writablePlan(objective.planId);
        ETags.check(ifMatch, objective.version);
        if (objective.kind == ObjectiveKind.GROWTH) {
            throw growthFollows();
        }
        objective.delete();
    }

    /** Records a value of the objective's metric; its status follows from the latest. */
    @Transactional
    public ObjectiveView measure(UUID objectiveId, MeasurementInput input) {
        PlanObjective objective = queries.findObjective(objectiveId);
        writablePlan(objective.planId);
        validation.check(input);
        if (objective.kind == ObjectiveKind.GROWTH) {
            throw growthFollows();
        }
        FieldError day = PlanRules.measuredOn(input.measuredOn(), queries.find(objective.planId).periodStart,
                LocalDate.now(clock));
        if (day != null) {
            throw ApiProblem.validation(List.of(day));
        }
        PlanMeasurement m = new PlanMeasurement();
        m.id = UUID.randomUUID();
        m.objectiveId = objective.id;
        m.accountId = objective.accountId;
        m.measuredOn = input.measuredOn();
        m.value = input.value();
        m.note = Text.trimToNull(input.note());
        m.recordedAt = Text.now(clock);
        m.recordedBy = CurrentCaller.userId().orElseThrow();
        m.persist();
        em.flush();
        return queries.objective(objectiveId);
    }

    @Transactional
    public ObjectiveView addMilestone(UUID objectiveId, MilestoneInput input) {
        PlanObjective objective = queries.findObjective(objectiveId);
        AccountPlan plan = writablePlan(objective.planId);
        validation.check(input);
        checkMilestoneDue(input.dueOn(), plan, objective);
        Instant now = Text.now(clock);
        PlanMilestone m = new PlanMilestone();
        m.id = UUID.randomUUID();
        m.objectiveId = objective.id;
        m.accountId = objective.accountId;
        m.title = input.title().strip();
        m.dueOn = input.dueOn();
        m.done = Boolean.TRUE.equals(input.done());
        m.createdAt = now;
        m.updatedAt = now;
        m.persist();
        em.flush();
        return queries.objective(objectiveId);
    }

    @Transactional
    public ObjectiveView patchMilestone(UUID id, JsonNode patch, String ifMatch) {
        PlanMilestone milestone = queries.findMilestone(id);
        PlanObjective objective = queries.findObjective(milestone.objectiveId);
        AccountPlan plan = writablePlan(objective.planId);
        ETags.check(ifMatch, milestone.version);
        MilestoneInput current = new MilestoneInput(milestone.title, milestone.dueOn, milestone.done);
        MilestoneInput changed = validation.check(mergePatch.apply(current, patch, MILESTONE_READ_ONLY,
                MilestoneInput.class));
        if (!Objects.equals(changed.dueOn(), current.dueOn())) {
            checkMilestoneDue(changed.dueOn(), plan, objective);
        }
        if (!changed.equals(current)) {
            milestone.title = changed.title().strip();
            milestone.dueOn = changed.dueOn();
            milestone.done = Boolean.TRUE.equals(changed.done());
            milestone.updatedAt = Text.now(clock);
            em.flush();
        }
        return queries.objective(objective.id);
    }

    @Transactional
    public void deleteMilestone(UUID id, String ifMatch) {
        PlanMilestone milestone = queries.findMilestone(id);
        writablePlan(queries.findObjective(milestone.objectiveId).planId);
        ETags.check(ifMatch, milestone.version);
        milestone.delete();
    }

    /** The plan, once the caller may work on its account. */
    private AccountPlan writablePlan(UUID planId) {
        AccountPlan plan = queries.find(planId);
        access.requireWorkOn(accounts.find(plan.accountId), Scope.ACCOUNTS_WRITE);
        return plan;
    }

    private static ApiProblem growthFollows() {
        return ApiProblem.conflict("growth-objective", "Growth objective", "The growth objective follows the"
                + " account's growth target, its year's baseline and its ARR: change those on the account instead.");
    }

    private static void checkPeriod(PlanInput input) {
        if (!input.periodEnd().isAfter(input.periodStart())) {
            throw ApiProblem.validation("periodEnd", "Choose an end of the period after its start ("
                    + input.periodStart() + ").");
        }
    }

    private void checkObjectivesInside(UUID planId, LocalDate start, LocalDate end) {
        List<PlanObjective> outside = PlanObjective.<PlanObjective>list("planId = ?1 and kind = ?2"
                + " and (dueOn < ?3 or dueOn > ?4) order by position", planId, ObjectiveKind.CUSTOM, start, end);
        if (!outside.isEmpty()) {
            throw ApiProblem.validation("periodEnd", "The objective \"" + outside.get(0).title + "\" is due on "
                    + outside.get(0).dueOn + ", outside " + start + " to " + end
                    + ": move its due date first, or choose a period that holds it.");
        }
    }

    /** A milestone is due inside the plan's period, not after its objective (PlanRules.milestoneDue). */
    private void checkMilestoneDue(LocalDate dueOn, AccountPlan plan, PlanObjective objective) {
        LocalDate objectiveDue = objective.kind == ObjectiveKind.GROWTH ? queries.growthMeasure(plan.id).dueOn()
                : objective.dueOn;
        FieldError refusal = PlanRules.milestoneDue(dueOn, plan.periodStart, plan.periodEnd, objectiveDue);
        if (refusal != null) {
            throw ApiProblem.validation(List.of(refusal));
        }
    }

    private static void checkSmart(ObjectiveInput input, AccountPlan plan) {
        List<FieldError> errors = PlanRules.smart(new PlanRules.Measure(input.metric(), input.baseline(),
                input.target(), input.dueOn()), plan.periodStart, plan.periodEnd);
        if (!errors.isEmpty()) {
            throw ApiProblem.validation(errors);
        }
    }

    /** The owner is a user; the links are opportunities and tasks of the plan's account. */
    private void checkPeople(ObjectiveInput input, UUID accountId) {
        List<FieldError> errors = new ArrayList<>();
        if (input.ownerId() != null && User.findById(input.ownerId()) == null) {
            errors.add(new FieldError("ownerId", "Choose an existing user as the objective's owner."));
        }
        if (!ofAccount("opportunity", ids(input.opportunityIds()), accountId)) {
            errors.add(new FieldError("opportunityIds", "Link only opportunities of this plan's account."));
        }
        if (!ofAccount("task", ids(input.taskIds()), accountId)) {
            errors.add(new FieldError("taskIds", "Link only tasks of this plan's account."));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.validation(errors);
        }
    }

    private boolean ofAccount(String table, List<UUID> ids, UUID accountId) {
        if (ids.isEmpty()) {
            return true;
        }
        Number found = (Number) em.createNativeQuery("select count(*) from " + table
                        + " where id in (:ids) and account_id = :account")
                .setParameter("ids", ids).setParameter("account", accountId).getSingleResult();
        return found.intValue() == ids.size();
    }

    private static List<UUID> ids(List<UUID> ids) {
        return ids == null ? new ArrayList<>() : new ArrayList<>(new LinkedHashSet<>(ids));
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private void apply(AccountPlan plan, PlanInput input, Account account, Instant now) {
        PlanStatus status = input.status() == null ? plan.status : input.status();
        if (status == PlanStatus.ACTIVE && plan.status != PlanStatus.ACTIVE) {
            List<AccountPlan> active = AccountPlan.<AccountPlan>list("accountId = ?1 and status = ?2 and id <> ?3",
                    account.id, PlanStatus.ACTIVE, plan.id);
            if (!active.isEmpty()) {
                throw ApiProblem.conflict("plan-active", "Account has an active plan", account.name
                        + " already has an ACTIVE plan (" + active.get(0).periodStart + " to "
                        + active.get(0).periodEnd + "). Archive it first, then activate this one.");
            }
            plan.activatedOn = LocalDate.now(clock);
        }
        plan.status = status;
        plan.periodStart = input.periodStart();
        plan.periodEnd = input.periodEnd();
        plan.whyTheyBought = Text.trimToNull(input.whyTheyBought());
        plan.customerGoals = Text.trimToNull(input.customerGoals());
        plan.initiatives = Text.trimToNull(input.initiatives());
        plan.risks = Text.trimToNull(input.risks());
        plan.updatedAt = now;
    }

    private static void apply(PlanObjective o, ObjectiveInput input, Instant now) {
        o.title = input.title().strip();
        o.metric = input.metric().strip();
        o.unit = Text.trimToNull(input.unit());
        o.baseline = input.baseline();
        o.target = input.target();
        o.dueOn = input.dueOn();
        o.ownerId = input.ownerId();
        o.sharedWithCustomer = input.sharedWithCustomer();
        o.opportunityIds = ids(input.opportunityIds());
        o.taskIds = ids(input.taskIds());
        o.updatedAt = now;
    }

    private static PlanInput writable(AccountPlan p) {
        return new PlanInput(p.periodStart, p.periodEnd, p.status, p.whyTheyBought, p.customerGoals, p.initiatives,
                p.risks);
    }

    private static ObjectiveInput writable(PlanObjective o, PlanRules.Measure growth) {
        if (growth != null) {
            return new ObjectiveInput(o.title, growth.metric(), null, growth.baseline(), growth.target(),
                    growth.dueOn(), o.ownerId, o.sharedWithCustomer, List.copyOf(o.opportunityIds),
                    List.copyOf(o.taskIds));
        }
        return new ObjectiveInput(o.title, o.metric, o.unit, o.baseline, o.target, o.dueOn, o.ownerId,
                o.sharedWithCustomer, List.copyOf(o.opportunityIds), List.copyOf(o.taskIds));
    }

    private static Map<String, String> planReadOnly() {
        Map<String, String> readOnly = new HashMap<>(MergePatch.METADATA);
        readOnly.put("accountId", "A plan stays with its account; write one on the other account instead.");
        for (String derived : List.of("accountName", "activatedOn", "lastReview", "reviewDueOn", "reviewOverdue")) {
            readOnly.put(derived, "This property is read-only: it follows from the plan's status and reviews.");
        }
        readOnly.put("objectives", "Objectives change at /api/v1/plan-objectives/{id}; add one with POST"
                + " /api/v1/plans/{id}/objectives.");
        return Map.copyOf(readOnly);
    }

    private static Map<String, String> objectiveReadOnly() {
        Map<String, String> readOnly = new HashMap<>(MergePatch.METADATA);
        for (String derived : List.of("planId", "kind", "position", "ownerName", "currentValue", "currentOn",
                "progressPct", "expectedValue", "status", "measurements", "milestones")) {
            readOnly.put(derived, "This property is read-only: record measurements and milestones instead.");
        }
        return Map.copyOf(readOnly);
    }

    private static Map<String, String> milestoneReadOnly() {
        Map<String, String> readOnly = new HashMap<>(MergePatch.METADATA);
        readOnly.put("objectiveId", "A milestone stays under its objective.");
        return Map.copyOf(readOnly);
    }
}
