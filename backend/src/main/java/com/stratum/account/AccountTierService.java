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
import com.stratum.tier.TierPolicyService;
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

    public AccountTierService(EntityManager em, Paging paging, UserService users, AccountQueries accounts,
            TierPolicyService policies, QbrCadence cadence, AccountCoverage coverage,
            CapacityReservations reservations, Validation validation,
            Clock clock, Event<BusinessEvent> events) {
        this.events = events;
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
        User owner = users.lockOwner(ownerId, "ownerId");
        Integer limit = policies.policy(tier).maxAccountsPerOwner;
        if (limit == null) {
            return;
        }
        long held = em.createQuery("select count(a) from Account a where a.ownerId = :owner and a.tier = :tier"
                        + " and a.archived = false and a.id <> :self", Long.class)
                .setParameter("owner", ownerId).setParameter("tier", tier).setParameter("self", accountId)
                .getSingleResult();
        long reserved = reservations.count(ownerId, tier, accountId);
        if (held + reserved + 1 > limit) {
            String waiting = reserved == 0 ? "" : " and " + reserved + " more waiting in open handoff"
                    + (reserved == 1 ? "" : "s") + " to them";
            throw ApiProblem.conflict("tier-capacity", "Tier capacity exceeded",
                            owner.name + " already holds " + held + " " + tier + " account" + (held == 1 ? "" : "s")
                                    + waiting + "; the limit is " + limit + " per owner.")
                    .with("ownerId", ownerId).with("tier", tier).with("limit", limit).with("held", held)
                    .with("reserved", reserved);
        }
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
    public void record(UUID accountId, Tier from, Tier to, String reason, Instant at) {
        TierChange change = new TierChange();
        change.id = UUID.randomUUID();
        change.accountId = accountId;
        change.fromTier = from;
        change.toTier = to;
        change.reason = reason;
        change.changedAt = at;
        change.changedBy = CurrentCaller.whoName();
        change.persist();
    }

    @Transactional
    public AccountView changeTier(UUID accountId, TierChangeInput request, String ifMatch) {
        validation.check(request);
        Account account = accounts.find(accountId);
        CurrentCaller.requireAccountWrite(account.ownerId, Scope.ACCOUNTS_WRITE);
        if (account.tier != request.tier() && (account.tier != Tier.STANDARD || request.tier() != Tier.STANDARD)) {
            CurrentCaller.requireRole(Role.MANAGER, "Changing a tier to or from KEY or STRATEGIC");
        }
        ETags.check(ifMatch, account.version);
        if (account.tier == request.tier()) {
            return accounts.view(accountId);
        }
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
        if (account.ownerId != null) {
            ensureMayOwn(account.ownerId, request.tier());
            ensureCapacity(account.ownerId, request.tier(), account.id);
        }
        Instant now = now();
        record(account.id, account.tier, request.tier(), request.reason().trim(), now);
        account.tier = request.tier();
        cadence.schedule(account);
        account.updatedAt = now;
        coverage.refresh(accountId);
        AccountView view = accounts.view(accountId);
        events.fire(new BusinessEvent(BusinessEvent.Type.ACCOUNT_TIER_CHANGED, accountId, view));
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
