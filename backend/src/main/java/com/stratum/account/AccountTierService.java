package com.stratum.account;

import com.stratum.common.BusinessEvent;
import jakarta.enterprise.event.Event;

import com.stratum.common.ApiProblem;
import com.stratum.common.ETags;
import com.stratum.common.Keyset;
import com.stratum.common.Paging;
import com.stratum.common.QueryBuilder;
import com.stratum.common.SortField;
import com.stratum.common.Text;
import com.stratum.common.Validation;
import com.stratum.security.CurrentCaller;
import com.stratum.security.Role;
import com.stratum.security.Scope;
import com.stratum.tier.Tier;
import com.stratum.tier.TierPolicy;
import com.stratum.tier.TierBudget;
import com.stratum.tier.TierBudgetService;
import com.stratum.tier.TierPolicyService;
import com.stratum.tier.TierReasonCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import com.stratum.user.Level;
import com.stratum.user.LevelChanging;
import com.stratum.user.User;
import com.stratum.user.UserService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An account's tier: changes and their history, capacity per owner and the workload view. */
@ApplicationScoped
public class AccountTierService {
    private static final List<SortField<TierChange>> HISTORY_ORDER = List.of(
            new SortField<>("changedAt", "c.changedAt", SortField.ValueType.INSTANT, false, c -> c.changedAt));
    private static final List<SortField<User>> OWNER_ORDER = List.of(
            new SortField<>("ownerName", "u.name", SortField.ValueType.STRING, false, u -> u.name));
    private static final Paging.Query<TierChange> HISTORY = Paging.Query.of("c", "TierChange c", TierChange.class);
    /** How many swap candidates a refusal offers. */
    static final int SWAP_CANDIDATES = 5;
    private static final Paging.Query<User> OWNERS = Paging.Query.of("u", "User u", User.class);

    private final EntityManager em;
    private final Paging paging;
    private final UserService users;
    private final AccountQueries accounts;
    private final TierPolicyService policies;
    private final QbrCadence cadence;
    private final AccountCoverage coverage;
    private final CapacityReservations reservations;
    private final Validation validation;
    private final Clock clock;

    private final Event<BusinessEvent> events;
    private final TierBudgetService budgets;

    public AccountTierService(EntityManager em, Paging paging, UserService users, AccountQueries accounts,
            TierPolicyService policies, QbrCadence cadence, AccountCoverage coverage,
            CapacityReservations reservations, Validation validation,
            Clock clock, Event<BusinessEvent> events, TierBudgetService budgets) {
        this.events = events;
        this.budgets = budgets;
        this.em = em;
        this.paging = paging;
        this.users = users;
        this.accounts = accounts;
        this.policies = policies;
        this.cadence = cadence;
        this.coverage = coverage;
        this.reservations = reservations;
        this.validation = validation;
        this.clock = clock;
    }

    /**
     * Refuses to give {@code ownerId} one more account of {@code tier} beyond the tier's limit: the live accounts
     * they hold plus the places open handoffs reserve for them ({@link CapacityReservations}). The owner's row is
     * locked first, so concurrent requests for the same owner (creates, tier changes, owner changes, handoffs) are
     * checked one after the other and cannot slip past the limit together.
     */
    public void ensureCapacity(UUID ownerId, Tier tier, UUID accountId) {
        ApiProblem refused = capacityRefusal(ownerId, tier, accountId, null);
        if (refused != null) {
            throw refused;
        }
    }

    /**
     * The refusal {@link #ensureCapacity} throws, or null when the owner has room. With {@code promoted}, the refusal
     * of a tier change: it offers a swap (this account in, one of the owner's out, one request).
     */
    private ApiProblem capacityRefusal(UUID ownerId, Tier tier, UUID accountId, Account promoted) {
        User owner = users.lockOwner(ownerId, "ownerId");
        Integer limit = policies.policy(tier).maxAccountsPerOwner;
        if (limit == null) {
            return null;
        }
        long held = em.createQuery("select count(a) from Account a where a.ownerId = :owner and a.tier = :tier"
                        + " and a.archived = false and a.id <> :self", Long.class)
                .setParameter("owner", ownerId).setParameter("tier", tier).setParameter("self", accountId)
                .getSingleResult();
        long reserved = reservations.count(ownerId, tier, accountId);
        if (held + reserved + 1 <= limit) {
            return null;
        }
        String waiting = reserved == 0 ? "" : " and " + reserved + " more waiting in open handoff"
                + (reserved == 1 ? "" : "s") + " to them";
        String swap = promoted == null || held == 0 ? "" : " Swap instead: promote " + promoted.name + " and demote"
                + " one of theirs in one request (POST /api/v1/accounts/" + promoted.id + "/tier-swap with"
                + " demoteAccountId, one of swapCandidates).";
        ApiProblem problem = ApiProblem.conflict("tier-capacity", "Tier capacity exceeded",
                        owner.name + " already holds " + held + " " + tier + " account" + (held == 1 ? "" : "s")
                                + waiting + "; the limit is " + limit + " per owner." + swap)
                .with("ownerId", ownerId).with("tier", tier).with("limit", limit).with("held", held)
                .with("reserved", reserved);
        if (promoted != null) {
            problem.with("swapCandidates", swapCandidates(ownerId, tier, accountId));
        }
        return problem;
    }

    /** The owner's live accounts in the tier another could take the place of: lowest fit first, then lowest ARR. */
    List<SwapCandidate> swapCandidates(UUID ownerId, Tier tier, UUID except) {
        if (ownerId == null) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select a.id, a.name, a.arr, f.fit from account a"
                        + " left join account_icp_fit f on f.account_id = a.id"
                        + " where a.owner_id = :owner and a.tier = :tier and not a.archived and a.id <> :self"
                        + " order by f.fit asc nulls first, a.arr asc nulls first, a.id limit " + SWAP_CANDIDATES)
                .setParameter("owner", ownerId).setParameter("tier", tier.name()).setParameter("self", except)
                .getResultList();
        return rows.stream().map(r -> new SwapCandidate((UUID) r[0], (String) r[1], (BigDecimal) r[2],
                r[3] == null ? null : ((Number) r[3]).intValue())).toList();
    }

    /**
     * Refuses a move of the account into a budgeted tier that would put more live accounts in it than its budget
     * allows (409 {@code tier-budget}), unless an admin sent an override, which is recorded and returned. Accounts
     * under an override that has not expired do not count. The caller has locked the tier's budget row
     * ({@link TierBudgetService#lock}), so concurrent promotions count one after the other.
     */
    private UUID ensureBudget(Account account, Tier tier, BudgetOverrideInput override, boolean offerSwap) {
        return ensureBudget(account, tier, override, offerSwap, Entry.PROMOTION);
    }

    /** How an account enters a budgeted tier: the refusal says which, and whether an override can be sent. */
    public enum Entry {
        PROMOTION("be promoted to", true), CREATION("be created as", true), RESTORE("be restored as", true);

        final String verb;
        final boolean overridable;

        Entry(String verb, boolean overridable) {
            this.verb = verb;
            this.overridable = overridable;
        }
    }

    /**
     * Locks the budget row of the tier an account enters by creation or restore, before any owner is locked (the
     * order every promotion locks in: budget rows, then the owner). Checks the override's sender and expiry as a
     * tier change does. Call {@link #ensureBudgetOnEntry} once the account is persisted.
     */
    public void lockBudgetForEntry(Tier tier, BudgetOverrideInput override) {
        requireOverrideAllowed(override);
        budgets.lock(tier);
    }

    /**
     * The tier budget for an account created in or restored into a budgeted tier: the same rule, count and 409
     * {@code tier-budget} as a promotion ({@link #ensureBudget}); an admin's override is recorded
     * and returned for the tier history. Nothing for STANDARD.
     */
    public UUID ensureBudgetOnEntry(Account account, BudgetOverrideInput override, Entry entry) {
        if (!TierBudgetService.budgeted(account.tier)) {
            return null;
        }
        return ensureBudget(account, account.tier, entry.overridable ? override : null, false, entry);
    }

    private UUID ensureBudget(Account account, Tier tier, BudgetOverrideInput override, boolean offerSwap,
            Entry entry) {
        TierBudget budget = budgets.lock(tier);
        if (budget == null) {
            return null;
        }
        em.flush();
        LocalDate today = LocalDate.now(clock);
        long live = ((Number) em.createNativeQuery("select count(*) from account where not archived")
                .getSingleResult()).longValue();
        long used = ((Number) em.createNativeQuery("select count(*) from account a where not a.archived"
                        + " and a.tier = :tier and a.id <> :self and not exists (select 1 from tier_budget_override o"
                        + " where o.account_id = a.id and o.tier = a.tier and o.expires_on >= :today)")
                .setParameter("tier", tier.name()).setParameter("self", account.id).setParameter("today", today)
                .getSingleResult()).longValue();
        long limit = budget.limit(live);
        if (used + 1 <= limit) {
            return null;
        }
        if (override != null) {
            TierBudgetOverride granted = new TierBudgetOverride();
            granted.id = UUID.randomUUID();
            granted.accountId = account.id;
            granted.tier = tier;
            granted.reason = override.reason().trim();
            granted.expiresOn = override.expiresOn();
            granted.grantedBy = CurrentCaller.userId().orElse(null);
            granted.grantedAt = now();
            granted.persist();
            return granted.id;
        }
        String swap = offerSwap && account.ownerId != null ? " A swap keeps the count: promote it and demote another"
                + " of its owner's " + tier + " accounts in one request (POST /api/v1/accounts/" + account.id
                + "/tier-swap)." : "";
        ApiProblem problem = ApiProblem.conflict("tier-budget", "Tier budget reached",
                        "The " + tier + " budget is " + budget.describe() + ", " + limit + " of the " + live
                                + " live accounts, and " + used + " " + (used == 1 ? "is" : "are") + " " + tier
                                + " already, so " + account.name + " cannot " + entry.verb + " " + tier + ". Demote"
                                + " another " + tier + " account first, or " + (entry.overridable ? "ask an admin to"
                                + " send budgetOverride with a reason and an expiry date." : "ask an admin to raise"
                                + " the " + tier + " budget.") + swap)
                .with("tier", tier).with("budget", budget.describe()).with("limit", limit).with("used", used)
                .with("live", live);
        if (budget.maxSharePct != null) {
            problem.with("maxSharePct", budget.maxSharePct);
        } else {
            problem.with("maxCount", budget.maxCount);
        }
        if (offerSwap) {
            problem.with("swapCandidates", swapCandidates(account.ownerId, tier, account.id));
        }
        throw problem;
    }

    /**
     * Refuses an owner whose level may not own an account of {@code tier}: a JUNIOR user may not own a STRATEGIC
     * account (409 {@code junior-owner}). The one home of that rule, asked wherever an owner and a tier come
     * together: an account's creation, a new owner, a tier change, a restore, a handoff, and a user's level change
     * (through {@link #levelChanging}).
     */
    public void ensureMayOwn(UUID ownerId, Tier tier) {
        if (ownerId == null || tier == null || Arrays.stream(Level.values()).allMatch(level -> mayOwn(level, tier))) {
            return;
        }
        User owner = em.find(User.class, ownerId);
        if (owner == null) {
            return; // the owner's reference is checked where it is set
        }
        // Locked and read afresh, as a level change locks it: one of the two waits for the other and sees it.
        em.refresh(owner, LockModeType.PESSIMISTIC_WRITE);
        if (!mayOwn(owner.level, tier)) {
            throw ApiProblem.conflict("junior-owner", "Owner too junior for the tier",
                            owner.name + " is at the " + owner.level + " level, and a " + owner.level + " user may not"
                                    + " own a " + tier + " account; choose a MID or SENIOR owner, or raise "
                                    + owner.name + "'s level first.")
                    .with("ownerId", ownerId).with("tier", tier).with("level", owner.level);
        }
    }

    /** The rule itself: which levels may own which tiers. */
    static boolean mayOwn(Level level, Tier tier) {
        return !(level == Level.JUNIOR && tier == Tier.STRATEGIC);
    }

    /** A user's level is changing: refused while they own live accounts the new level may not own. */
    void levelChanging(@Observes LevelChanging change) {
        List<Tier> refused = Arrays.stream(Tier.values()).filter(t -> !mayOwn(change.level(), t)).toList();
        if (refused.isEmpty()) {
            return;
        }
        QueryBuilder live = new QueryBuilder().and("a.archived = false");
        live.and("a.ownerId = " + live.param(change.userId())).in("a.tier", refused);
        List<Object[]> held = live.create(em, "select a.tier, count(a) from Account a" + live.where()
                + " group by a.tier order by a.tier", Object[].class).getResultList();
        if (!held.isEmpty()) {
            Tier tier = (Tier) held.get(0)[0];
            long count = (Long) held.get(0)[1];
            throw ApiProblem.conflict("junior-owner", "Owner too junior for the tier",
                            change.userName() + " owns " + count + " " + tier + " account" + (count == 1 ? "" : "s")
                                    + ", and a " + change.level() + " user may not own a " + tier + " account; give "
                                    + (count == 1 ? "it" : "them") + " to another owner first, or choose another"
                                    + " level.")
                    .with("ownerId", change.userId()).with("tier", tier).with("level", change.level())
                    .with("held", count);
        }
    }

    /** Appends to the account's tier history. */
    public TierChange record(UUID accountId, Tier from, Tier to, String reason, Instant at) {
        TierChange change = new TierChange();
        change.id = UUID.randomUUID();
        change.accountId = accountId;
        change.fromTier = from;
        change.toTier = to;
        change.reason = reason;
        change.changedAt = at;
        change.changedBy = CurrentCaller.whoName();
        change.persist();
        return change;
    }

    @Transactional
    public AccountView changeTier(UUID accountId, TierChangeInput request, String ifMatch) {
        validation.check(request);
        Account account = accounts.find(accountId);
        authorize(account, request.tier());
        ETags.check(ifMatch, account.version);
        if (account.tier == request.tier()) {
            return accounts.view(accountId);
        }
        requireReasonCode(account, request.tier(), request.reasonCode(), "reasonCode");
        requireOverrideAllowed(request.budgetOverride());
        requireChangeable(account);
        budgets.lock(request.tier());
        if (account.ownerId != null) {
            ensureMayOwn(account.ownerId, request.tier());
            ApiProblem refused = capacityRefusal(account.ownerId, request.tier(), account.id, account);
            if (refused != null) {
                throw refused;
            }
        }
        UUID overrideId = ensureBudget(account, request.tier(), request.budgetOverride(), true);
        return move(account, request.tier(), request.reasonCode(), request.reason(), null, overrideId, now());
    }

    /**
     * A tier swap: the account moves up into {@code tier} and another account of the same owner leaves it, in one
     * transaction; both changes carry the same swapId in the tier history. The demotion goes first, so that the
     * promotion finds the place it frees in the owner's capacity and in the tier budget.
     */
    @Transactional
    public TierSwapView swap(UUID accountId, TierSwapInput request) {
        validation.check(request);
        Account up = accounts.find(accountId);
        if (request.demoteAccountId().equals(accountId)) {
            throw ApiProblem.validation("demoteAccountId", "Name another account to demote: an account cannot take"
                    + " its own place.");
        }
        Account down = accounts.find(request.demoteAccountId());
        Tier demoteTo = request.demoteTo() == null ? Tier.STANDARD : request.demoteTo();
        if (request.tier() == Tier.STANDARD || up.tier.ordinal() >= request.tier().ordinal()) {
            throw ApiProblem.validation("tier", "A swap promotes: choose a tier above " + up.name + "'s " + up.tier
                    + " (KEY or STRATEGIC).");
        }
        if (down.tier != request.tier()) {
            throw ApiProblem.validation("demoteAccountId", down.name + " is " + down.tier + ", not " + request.tier()
                    + ": demote one of the owner's " + request.tier() + " accounts, so that it frees the place.");
        }
        if (demoteTo.ordinal() >= request.tier().ordinal()) {
            throw ApiProblem.validation("demoteTo", "The demoted account must go below " + request.tier()
                    + ": choose " + (request.tier() == Tier.STRATEGIC ? "KEY or STANDARD" : "STANDARD") + ".");
        }
        if (up.ownerId == null || !up.ownerId.equals(down.ownerId)) {
            throw ApiProblem.validation("demoteAccountId", down.name + " has another owner than " + up.name
                    + ": a swap demotes one of the same owner's accounts.");
        }
        authorize(up, request.tier());
        authorize(down, demoteTo);
        requireChangeable(up);
        requireChangeable(down);
        // Budget rows first, in tier order, then the owner: the order every promotion locks in.
        for (Tier tier : Tier.values()) {
            if (tier == request.tier() || tier == demoteTo) {
                budgets.lock(tier);
            }
        }
        Instant now = now();
        UUID swapId = UUID.randomUUID();
        ensureMayOwn(down.ownerId, demoteTo);
        ensureCapacity(down.ownerId, demoteTo, down.id);
        if (TierBudgetService.budgeted(demoteTo)) {
            ensureBudget(down, demoteTo, null, false);
        }
        AccountView demoted = move(down, demoteTo, null, request.demoteReason(), swapId, null, now);
        ensureMayOwn(up.ownerId, request.tier());
        ensureCapacity(up.ownerId, request.tier(), up.id);
        ensureBudget(up, request.tier(), null, false);
        AccountView promoted = move(up, request.tier(), request.reasonCode(), request.reason(), swapId, null, now);
        return new TierSwapView(swapId, promoted, accounts.view(demoted.id()));
    }

    /**
     * Several tier changes at once (a tier review), all or none: demotions first, then promotions, each checked as a
     * single change would be (capacity, level, budget). A refusal names the decision at fault ({@code index},
     * {@code accountId}) and rolls every change back.
     */
    @Transactional
    public List<AccountView> changeTiers(List<TierDecision> decisions) {
        TierBudgetService.BUDGETED.forEach(budgets::lock);
        Instant now = now();
        List<Integer> order = new java.util.ArrayList<>(java.util.stream.IntStream.range(0, decisions.size())
                .boxed().toList());
        Map<UUID, Account> found = new HashMap<>();
        for (TierDecision decision : decisions) {
            if (found.put(decision.accountId(), accounts.find(decision.accountId())) != null) {
                throw ApiProblem.validation("decisions", "Each account may appear once; "
                        + decision.accountId() + " appears more than once.");
            }
        }
        order.sort(java.util.Comparator.comparingInt(i -> decisions.get(i).tier().ordinal()
                - found.get(decisions.get(i).accountId()).tier.ordinal()));
        java.util.Map<UUID, AccountView> views = new java.util.LinkedHashMap<>();
        for (int i : order) {
            TierDecision decision = decisions.get(i);
            Account account = found.get(decision.accountId());
            try {
                authorize(account, decision.tier());
                if (account.tier == decision.tier()) {
                    continue;
                }
                requireReasonCode(account, decision.tier(), decision.reasonCode(), "decisions[" + i + "].reasonCode");
                requireChangeable(account);
                if (account.ownerId != null) {
                    ensureMayOwn(account.ownerId, decision.tier());
                    ensureCapacity(account.ownerId, decision.tier(), account.id);
                }
                ensureBudget(account, decision.tier(), null, false);
            } catch (ApiProblem refused) {
                throw refused.with("index", i).with("accountId", account.id);
            }
            views.put(account.id, move(account, decision.tier(), decision.reasonCode(), decision.reason(), null,
                    null, now));
        }
        return decisions.stream().map(d -> views.containsKey(d.accountId()) ? views.get(d.accountId())
                : accounts.view(d.accountId())).toList();
    }

    /** Who may move the account to the tier: its writers, and managers for KEY and STRATEGIC either way. */
    private static void authorize(Account account, Tier to) {
        CurrentCaller.requireAccountWrite(account.ownerId, Scope.ACCOUNTS_WRITE);
        if (account.tier != to && (account.tier != Tier.STANDARD || to != Tier.STANDARD)) {
            CurrentCaller.requireRole(Role.MANAGER, "Changing a tier to or from KEY or STRATEGIC");
        }
    }

    /** Whether the move raises the account into KEY or STRATEGIC: a promotion, which needs a reason code. */
    public static boolean promotes(Tier from, Tier to) {
        return TierBudgetService.budgeted(to) && (from == null || to.ordinal() > from.ordinal());
    }

    private static void requireReasonCode(Account account, Tier to, TierReasonCode code, String field) {
        if (code == null && promotes(account.tier, to)) {
            throw ApiProblem.validation(field, "A promotion to " + to + " needs a reason code: send reasonCode,"
                    + " one of " + Arrays.toString(TierReasonCode.values()).replaceAll("[\\[\\]]", "")
                    + ", with the text in reason.");
        }
    }

    private void requireOverrideAllowed(BudgetOverrideInput override) {
        if (override == null) {
            return;
        }
        CurrentCaller.requireRole(Role.ADMIN, "Overriding the tier budget");
        LocalDate today = LocalDate.now(clock);
        if (!override.expiresOn().isAfter(today) || override.expiresOn().isAfter(today.plusDays(366))) {
            throw ApiProblem.validation("budgetOverride.expiresOn", "Choose an expiry date after today and at most"
                    + " 366 days ahead (by " + today.plusDays(366) + ").");
        }
    }

    private void requireChangeable(Account account) {
        if (account.archived) {
            throw ApiProblem.conflict("archived", "Account archived",
                    account.name + " is archived, so its tier cannot change. Restore it first.");
        }
        reservations.of(account.id).ifPresent(open -> {
            throw ApiProblem.conflict("handoff-open", "Handoff open",
                            account.name + " has an open handoff to " + open.ownerName() + ", so its tier cannot"
                                    + " change now. Cancel the handoff, or wait until " + open.ownerName()
                                    + " accepts or declines it.")
                    .with("handoffId", open.handoffId());
        });
    }

    /** Moves the account: its tier history (with the reason code on a promotion), cadence, coverage, the event. */
    private AccountView move(Account account, Tier to, TierReasonCode code, String reason, UUID swapId,
            UUID overrideId, Instant now) {
        TierChange change = record(account.id, account.tier, to, reason.trim(), now);
        change.reasonCode = promotes(account.tier, to) ? code : null;
        change.swapId = swapId;
        change.budgetOverrideId = overrideId;
        account.tier = to;
        cadence.schedule(account);
        account.updatedAt = now;
        coverage.refresh(account.id);
        AccountView view = accounts.view(account.id);
        events.fire(new BusinessEvent(BusinessEvent.Type.ACCOUNT_TIER_CHANGED, account.id, view));
        return view;
    }

    @Transactional
    public TierChangePage history(UUID accountId, int limit, String cursor) {
        accounts.find(accountId);
        Keyset<TierChange> keyset = Keyset.parse(null, "-changedAt", HISTORY_ORDER, "c.id", c -> c.id);
        QueryBuilder query = new QueryBuilder();
        query.and("c.accountId = " + query.param(accountId));
        return paging.page(HISTORY, query, keyset, limit, cursor).map(TierChangeView::of).to(TierChangePage::new);
    }

    /** The workload view: owners who are active or hold live accounts, each with used / limit per tier. */
    @Transactional
    public OwnerCapacityPage capacity(List<UUID> ownerIds, List<UUID> managerIds, int limit, String cursor) {
        Keyset<User> keyset = Keyset.parse(null, "ownerName", OWNER_ORDER, "u.id", u -> u.id);
        QueryBuilder query = new QueryBuilder()
                .and("(u.active = true or exists (select 1 from Account a where a.ownerId = u.id and a.archived = false))");
        if (!ownerIds.isEmpty()) {
            query.in("u.id", ownerIds);
        }
        if (!managerIds.isEmpty()) {
            String managers = query.oneOf(managerIds);
            query.and("(u.managerId" + managers + " or u.id" + managers + ")");
        }
        Paging.Slice<User> page = paging.page(OWNERS, query, keyset, limit, cursor);

        Map<UUID, Map<Tier, Long>> held = new HashMap<>();
        if (!page.items().isEmpty()) {
            QueryBuilder live = new QueryBuilder().and("a.archived = false")
                    .in("a.ownerId", page.items().stream().map(u -> u.id).toList());
            live.create(em, "select a.ownerId, a.tier, count(a) from Account a" + live.where()
                            + " group by a.ownerId, a.tier", Object[].class)
                    .getResultList()
                    .forEach(row -> held.computeIfAbsent((UUID) row[0], k -> new HashMap<>())
                            .put((Tier) row[1], (Long) row[2]));
        }
        Map<UUID, Map<Tier, Long>> reserved = reservations.byOwner(page.items().stream().map(u -> u.id).toList());
        Map<Tier, TierPolicy> policyOf = new HashMap<>();
        TierPolicy.<TierPolicy>listAll().forEach(p -> policyOf.put(p.tier, p));

        return page.map(owner -> {
            List<OwnerCapacity.TierUsage> usage = Arrays.stream(Tier.values()).map(tier -> {
                long used = held.getOrDefault(owner.id, Map.of()).getOrDefault(tier, 0L);
                long waiting = reserved.getOrDefault(owner.id, Map.of()).getOrDefault(tier, 0L);
                Integer max = policyOf.get(tier).maxAccountsPerOwner;
                return new OwnerCapacity.TierUsage(tier, used, waiting, max, max != null && used + waiting > max);
            }).toList();
            boolean over = usage.stream().anyMatch(OwnerCapacity.TierUsage::overCapacity);
            return new OwnerCapacity(owner.id, owner.name, over, usage);
        }).to(OwnerCapacityPage::new);
    }

    private Instant now() {
        return Text.now(clock);
    }
}
