package com.stratum.account;

import com.stratum.common.BusinessEvent;
import jakarta.enterprise.event.Event;

import com.fasterxml.jackson.databind.JsonNode;
import com.stratum.common.ApiProblem;
import com.stratum.common.ETags;
import com.stratum.common.FieldError;
import com.stratum.common.Keyset;
import com.stratum.common.MergePatch;
import com.stratum.common.Paging;
import com.stratum.common.QueryBuilder;
import com.stratum.common.SortField;
import com.stratum.common.Text;
import com.stratum.common.Validation;
import com.stratum.security.CurrentCaller;
import com.stratum.security.Problems;
import com.stratum.security.Role;
import com.stratum.security.Scope;
import com.stratum.tier.Tier;
import com.stratum.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** Account writes and their rules: references, uniqueness, hierarchy without cycles, tier capacity. */
@ApplicationScoped
public class AccountService {
    /** The yearly growth target of an account created without one. */
    public static final int DEFAULT_GROWTH_TARGET_PCT = 15;
    /** The countries an account may name: ISO 3166-1 alpha-2 codes, as the JDK keeps them, sorted. */
    public static final List<String> COUNTRIES = Arrays.stream(Locale.getISOCountries()).sorted().toList();
    private static final Set<String> COUNTRY_CODES = Set.copyOf(COUNTRIES);
    private static final Map<String, String> READ_ONLY = readOnly();
    private record OwnerRow(OwnerChange change, String fromName, String toName) {
        OwnerChangeView view() {
            return new OwnerChangeView(change.id, change.fromOwnerId, fromName, change.toOwnerId, toName,
                    change.handoffId, change.reason, change.changedBy, change.changedAt);
        }
    }
    private static final Paging.Query<OwnerRow> OWNER_HISTORY = Paging.Query.ofRows("c, f.name, t.name",
            "OwnerChange c left join User f on f.id = c.fromOwnerId left join User t on t.id = c.toOwnerId",
            r -> new OwnerRow((OwnerChange) r[0], (String) r[1], (String) r[2]));
    private static final List<SortField<OwnerRow>> OWNER_HISTORY_ORDER = List.of(new SortField<>("changedAt",
            "c.changedAt", SortField.ValueType.INSTANT, false, r -> r.change().changedAt));

    private final EntityManager em;
    private final Paging paging;
    private final AccountQueries queries;
    private final AccountTierService tiers;
    private final QbrCadence cadence;
    private final AccountCoverage coverage;
    private final Validation validation;
    private final MergePatch mergePatch;
    private final AccountArr arrs;
    private final Clock clock;
    private final Event<BusinessEvent> events;
    /** The account's ICP fit, recomputed in the transaction of every create and change. */
    @jakarta.inject.Inject
    AccountIcpFit icpFit;

    public AccountService(EntityManager em, Paging paging, AccountQueries queries, AccountTierService tiers,
            QbrCadence cadence, AccountCoverage coverage, Validation validation, MergePatch mergePatch,
            AccountArr arrs, Clock clock, Event<BusinessEvent> events) {
        this.events = events;
        this.arrs = arrs;
        this.em = em;
        this.paging = paging;
        this.queries = queries;
        this.tiers = tiers;
        this.cadence = cadence;
        this.coverage = coverage;
        this.validation = validation;
        this.mergePatch = mergePatch;
        this.clock = clock;
    }

    @Transactional
    public AccountView create(AccountInput input) {
        validation.check(input);
        Instant now = now();
        Account account = new Account();
        account.id = UUID.randomUUID();
        account.tier = input.tier() == null ? Tier.STANDARD : input.tier();
        account.createdAt = now;
        if (input.arrSource() == ArrSource.REVENUE && input.arr() != null) {
            throw typedArrRefused();
        }
        apply(account, input, now);
        requireCreate(account);
        // The budget row first, then the owner: the order every promotion locks in.
        tiers.lockBudgetForEntry(account.tier, input.budgetOverride());
        if (account.ownerId != null) {
            tiers.ensureMayOwn(account.ownerId, account.tier);
            tiers.ensureCapacity(account.ownerId, account.tier, account.id);
        }
        cadence.schedule(account);
        account.persist();
        UUID overrideId = tiers.ensureBudgetOnEntry(account, input.budgetOverride(), AccountTierService.Entry.CREATION);
        GrowthBaseline baseline = GrowthBaseline.ofYear(account, LocalDate.now(clock).getYear());
        if (input.growthBaselineArr() != null) {
            baseline.baselineArr = money(input.growthBaselineArr());
        }
        tiers.record(account.id, null, account.tier, "Account created", now).budgetOverrideId = overrideId;
        if (account.ownerId != null) {
            recordOwnerChange(account.id, null, account.ownerId, null, "Account created", now);
        }
        em.flush();
        coverage.refresh(account.id);
        icpFit.refresh(account.id);
        return fire(BusinessEvent.Type.ACCOUNT_CREATED, queries.view(account.id));
    }

    /** Tells who listens (webhooks) of the change, in this transaction; returns the view. */
    private AccountView fire(BusinessEvent.Type type, AccountView view) {
        events.fire(new BusinessEvent(type, view.id(), view));
        return view;
    }

    @Transactional
    public AccountView patch(UUID id, JsonNode patch, String ifMatch) {
        Account account = queries.find(id);
        CurrentCaller.requireAccountWrite(account.ownerId, Scope.ACCOUNTS_WRITE);
        ETags.check(ifMatch, account.version);
        AccountInput current = writable(account);
        AccountInput changed = validation.check(mergePatch.apply(current, patch, READ_ONLY, AccountInput.class));
        if (changed.equals(current)) {
            return queries.view(id);
        }
        UUID previousOwner = account.ownerId;
        boolean ownerChanges = !Objects.equals(changed.ownerId(), previousOwner);
        if (ownerChanges) {
            requireDirectOwnerChange(account);
            CurrentCaller.requireRole(Role.MANAGER, "Reassigning an account to another owner");
        }
        if (changed.arrSource() == ArrSource.REVENUE && !sameAmount(changed.arr(), current.arr())) {
            throw typedArrRefused();
        }
        Instant now = now();
        Instant previousUpdate = account.updatedAt;
        apply(account, changed, now);
        if (!ownerChanges && sameAmount(changed.growthBaselineArr(), current.growthBaselineArr())
                && sameFacts(writable(account, current.growthBaselineArr()), current)) {
            // Spelled differently (case, spaces, defaults written out) but the same: nothing changes, not even the
            // version, so that a replace (AccountUpserts) of an unchanged account says so. The entity is read
            // again, so that no value the same in substance is written back.
            account.updatedAt = previousUpdate;
            em.refresh(account);
            return queries.view(id);
        }
        if (!Objects.equals(changed.growthBaselineArr(), current.growthBaselineArr())) {
            GrowthBaseline.ofYear(account, LocalDate.now(clock).getYear()).baselineArr =
                    changed.growthBaselineArr() == null ? account.arr : money(changed.growthBaselineArr());
        }
        if (account.ownerId != null && !account.ownerId.equals(previousOwner) && !account.archived) {
            tiers.ensureMayOwn(account.ownerId, account.tier);
            tiers.ensureCapacity(account.ownerId, account.tier, account.id);
        }
        if (ownerChanges) {
            recordOwnerChange(account.id, previousOwner, account.ownerId, null, "Changed directly", now);
        }
        em.flush();
        icpFit.refresh(id);
        return fire(BusinessEvent.Type.ACCOUNT_UPDATED, queries.view(id));
    }

    /**
     * The owner of a KEY or STRATEGIC account that has one changes only by handoff: the incoming owner accepts
     * what they take over. STANDARD accounts, and an account getting its first owner, change at once.
     */
    public static boolean ownerChangesByHandoff(Tier tier, UUID currentOwner) {
        return tier != Tier.STANDARD && currentOwner != null;
    }

    private static void requireDirectOwnerChange(Account account) {
        if (ownerChangesByHandoff(account.tier, account.ownerId)) {
            throw ApiProblem.conflict("owner-change-needs-handoff", "Owner change needs a handoff",
                            account.name + " is a " + account.tier + " account, so its owner changes by handoff:"
                                    + " start one from the account page or POST /api/v1/accounts/" + account.id
                                    + "/handoffs.")
                    .with("accountId", account.id).with("tier", account.tier);
        }
    }

    /**
     * Moves an account to the incoming owner of an accepted handoff: the one place besides a direct change that
     * writes an owner, recorded in the owner history with the handoff. Capacity is not checked again: the open
     * handoff held the place ({@link CapacityReservations}) until this moment, in this transaction.
     */
    @Transactional
    public void handOver(UUID accountId, UUID fromOwnerId, UUID toOwnerId, UUID handoffId, String reason) {
        Account account = queries.find(accountId);
        Instant now = now();
        account.ownerId = toOwnerId;
        account.updatedAt = now;
        recordOwnerChange(accountId, fromOwnerId, toOwnerId, handoffId, reason, now);
        em.flush();
        fire(BusinessEvent.Type.ACCOUNT_UPDATED, queries.view(accountId));
    }

    @Transactional
    public OwnerChangePage ownerHistory(UUID accountId, int limit, String cursor) {
        queries.find(accountId);
        Keyset<OwnerRow> keyset = Keyset.parse(null, "-changedAt", OWNER_HISTORY_ORDER, "c.id", r -> r.change().id);
        QueryBuilder query = new QueryBuilder();
        query.and("c.accountId = " + query.param(accountId));
        return paging.page(OWNER_HISTORY, query, keyset, limit, cursor).map(OwnerRow::view)
                .to(OwnerChangePage::new);
    }

    private void recordOwnerChange(UUID accountId, UUID from, UUID to, UUID handoffId, String reason, Instant at) {
        OwnerChange change = new OwnerChange();
        change.id = UUID.randomUUID();
        change.accountId = accountId;
        change.fromOwnerId = from;
        change.toOwnerId = to;
        change.handoffId = handoffId;
        change.reason = reason;
        change.changedBy = CurrentCaller.whoName();
        change.changedAt = at;
        change.persist();
    }

    /** Archives: the account leaves default lists and frees its domain, but stays readable by id. */
    @Transactional
    public void archive(UUID id, String ifMatch) {
        Account account = queries.find(id);
        CurrentCaller.requireAccountWrite(account.ownerId, Scope.ACCOUNTS_WRITE);
        ETags.check(ifMatch, account.version);
        if (!account.archived) {
            account.archived = true;
            account.updatedAt = now();
            em.flush();
            fire(BusinessEvent.Type.ACCOUNT_ARCHIVED, queries.view(id));
        }
    }

    /**
     * Brings an archived account back into the lists, as long as no live account took its domain meanwhile and its
     * owner still has room in its tier.
     */
    @Transactional
    public AccountView restore(UUID id, String ifMatch, RestoreInput input) {
        BudgetOverrideInput override = input == null ? null : validation.check(input).budgetOverride();
        Account account = queries.find(id);
        CurrentCaller.requireAccountWrite(account.ownerId, Scope.ACCOUNTS_WRITE);
        ETags.check(ifMatch, account.version);
        if (account.archived) {
            // Checked before the entity changes: a query would otherwise flush the change and hit the index first.
            ensureDomainFree(account.id, account.domain);
            // The budget row first, then the owner: the order every promotion locks in.
            tiers.lockBudgetForEntry(account.tier, override);
            if (account.ownerId != null) {
                tiers.ensureMayOwn(account.ownerId, account.tier);
                tiers.ensureCapacity(account.ownerId, account.tier, account.id);
            }
            // An admin's override, when the budget needs one, is recorded with its reason (tier-budget-override).
            tiers.ensureBudgetOnEntry(account, override, AccountTierService.Entry.RESTORE);
            account.archived = false;
            account.updatedAt = now();
            em.flush();
            return fire(BusinessEvent.Type.ACCOUNT_RESTORED, queries.view(id));
        }
        return queries.view(id);
    }

    /**
     * Account managers create accounts owned by themselves (the owner defaults to them) and only in the
     * STANDARD tier: KEY and STRATEGIC are a manager's decision.
     */
    private static void requireCreate(Account account) {
        var caller = CurrentCaller.ofRequest();
        if (caller.isPresent() && caller.get().role() == Role.ACCOUNT_MANAGER && account.ownerId == null) {
            account.ownerId = caller.get().userId();
        }
        CurrentCaller.requireAccountWrite(account.ownerId, Scope.ACCOUNTS_WRITE);
        if (account.tier != Tier.STANDARD) {
            CurrentCaller.requireRole(Role.MANAGER, "Creating a KEY or STRATEGIC account");
        }
    }

    private void apply(Account account, AccountInput input, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        String country = Text.trimToNull(input.country());
        if (country != null && !COUNTRY_CODES.contains(country.toUpperCase(Locale.ROOT))) {
            errors.add(new FieldError("country", "Use an ISO 3166-1 alpha-2 country code such as DE; " + country
                    + " is not one."));
        }
        if (input.ownerId() != null && !input.ownerId().equals(account.ownerId)) {
            User owner = User.findById(input.ownerId());
            if (owner == null) {
                errors.add(new FieldError("ownerId", "No user has this id; choose an existing user as the owner."));
            } else if (!owner.active) {
                errors.add(new FieldError("ownerId", "This user is inactive; reactivate them or choose another owner."));
            }
        }
        if (input.parentId() != null && !input.parentId().equals(account.parentId)) {
            Account parent = Account.findById(input.parentId());
            if (parent == null) {
                errors.add(new FieldError("parentId", "No account has this id; choose an existing parent account."));
            } else if (parent.archived) {
                errors.add(new FieldError("parentId", "The parent account is archived; restore it or choose another parent."));
            } else if (!CurrentCaller.mayChangeAccount(parent.ownerId)) {
                // A subsidiary changes its parent's group: only someone who may change the parent does that.
                throw Problems.forbidden("You may put an account only under a parent account you may change;"
                        + " ask the parent's owner or a manager.");
            } else if (queries.isSelfOrDescendant(input.parentId(), account.id)) {
                errors.add(new FieldError("parentId", "This would make a cycle: the parent is this account or one of"
                        + " its subsidiaries. Choose another parent."));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.validation(errors);
        }
        String domain = Text.trimToNull(input.domain());
        domain = domain == null ? null : domain.toLowerCase(Locale.ROOT);
        String externalId = Text.trimToNull(input.externalId());
        // Checked before the entity changes: a query would otherwise flush the change and hit the index first.
        ensureUnique(account, domain, externalId);
        account.domain = domain;
        account.externalId = externalId;
        account.name = input.name().trim();
        account.industry = Text.trimToNull(input.industry());
        account.territory = Text.trimToNull(input.territory());
        account.country = country == null ? null : country.toUpperCase(Locale.ROOT);
        account.employees = input.employees();
        account.annualRevenue = money(input.annualRevenue());
        account.arrSource = input.arrSource() == null ? ArrSource.MANUAL : input.arrSource();
        account.arr = account.arrSource == ArrSource.REVENUE ? money(arrs.fromRevenue(account.id))
                : input.arr() == null ? money(BigDecimal.ZERO) : money(input.arr());
        account.lifecycle = input.lifecycle() == null ? Lifecycle.ACTIVE : input.lifecycle();
        account.renewalDate = input.renewalDate();
        account.parentId = input.parentId();
        account.ownerId = input.ownerId();
        account.growthTargetPct = input.growthTargetPct() == null ? DEFAULT_GROWTH_TARGET_PCT : input.growthTargetPct();
        account.tags = input.tags() == null ? new ArrayList<>()
                : new ArrayList<>(input.tags().stream().map(String::trim).distinct().toList());
        account.updatedAt = now;
    }

    private void ensureUnique(Account account, String domain, String externalId) {
        if (!account.archived) {
            ensureDomainFree(account.id, domain);
        }
        if (externalId != null) {
            List<Account> same = Account.list("externalId = ?1 and id <> ?2", externalId, account.id);
            if (!same.isEmpty()) {
                throw duplicate("externalId", "external ID", externalId, same.get(0));
            }
        }
    }

    /** A domain belongs to at most one live account. */
    private static void ensureDomainFree(UUID accountId, String domain) {
        if (domain != null) {
            List<Account> same = Account.list("lower(domain) = ?1 and archived = false and id <> ?2", domain,
                    accountId);
            if (!same.isEmpty()) {
                throw duplicate("domain", "domain", domain, same.get(0));
            }
        }
    }

    /** Names the holder rather than its id: the sentence is shown as it is; existingId links to it. */
    private static ApiProblem duplicate(String field, String label, String value, Account holder) {
        return ApiProblem.conflict("duplicate", "Duplicate value",
                        "Another account, " + holder.name + ", already has the " + label + " " + value + "; use another "
                                + label + ", or change " + holder.name + "'s first.")
                .with("field", field).with("existingId", holder.id);
    }

    private AccountInput writable(Account a) {
        return writable(a, GrowthBaseline.ofYear(a, LocalDate.now(clock).getYear()).baselineArr);
    }

    private static AccountInput writable(Account a, BigDecimal baseline) {
        return new AccountInput(a.name, a.domain, a.externalId, a.industry, a.territory, a.country, a.employees,
                a.annualRevenue, a.arr, a.arrSource, a.lifecycle, a.renewalDate, a.parentId, a.ownerId, a.tier,
                List.copyOf(a.tags),
                a.growthTargetPct, baseline, null);
    }

    /** The same writable facts: amounts compared by value (2.5 is 2.50), lists by their elements. */
    private static boolean sameFacts(AccountInput a, AccountInput b) {
        return Objects.equals(a.name(), b.name()) && Objects.equals(a.domain(), b.domain())
                && Objects.equals(a.externalId(), b.externalId()) && Objects.equals(a.industry(), b.industry())
                && Objects.equals(a.territory(), b.territory()) && Objects.equals(a.country(), b.country())
                && Objects.equals(a.employees(), b.employees()) && sameAmount(a.annualRevenue(), b.annualRevenue())
                && sameAmount(a.arr(), b.arr()) && a.arrSource() == b.arrSource() && a.lifecycle() == b.lifecycle()
                && Objects.equals(a.renewalDate(), b.renewalDate()) && Objects.equals(a.parentId(), b.parentId())
                && Objects.equals(a.ownerId(), b.ownerId()) && a.tier() == b.tier()
                && List.copyOf(a.tags() == null ? List.of() : a.tags())
                        .equals(List.copyOf(b.tags() == null ? List.of() : b.tags()))
                && Objects.equals(a.growthTargetPct(), b.growthTargetPct())
                && sameAmount(a.growthBaselineArr(), b.growthBaselineArr());
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** A typed ARR while the account's ARR comes from its revenue lines. */
    private static ApiProblem typedArrRefused() {
        return ApiProblem.validation("arr", "This account's ARR comes from its revenue lines (arrSource REVENUE), so"
                + " it cannot be typed; set arrSource to MANUAL to type it.");
    }

    private static Map<String, String> readOnly() {
        Map<String, String> readOnly = new HashMap<>(MergePatch.METADATA);
        readOnly.put("tier", "The tier is read-only here; change it with PUT /api/v1/accounts/{id}/tier and a reason.");
        readOnly.put("budgetOverride", "A budget override is sent only when an account is created or restored;"
                + " change the tier with PUT /api/v1/accounts/{id}/tier, which takes budgetOverride.");
        readOnly.put("archived", "This property is read-only; DELETE archives an account and POST"
                + " /api/v1/accounts/{id}/restore brings it back.");
        readOnly.put("ownerName", "This property is read-only; set ownerId instead.");
        readOnly.put("parentName", "This property is read-only; set parentId instead.");
        for (String derived : List.of("lastQbrGrade", "lastQbrAt", "nextQbrDue", "qbrOverdue")) {
            readOnly.put(derived, "This property is read-only: it follows the account's QBRs.");
        }
        for (String derived : List.of("singleThreaded", "singleThreadedReasons", "decisionContacts",
                "businessUnitsCovered")) {
            readOnly.put(derived, "This property is read-only: it follows the account's contacts, business units and"
                    + " its tier's coverage rule.");
        }
        for (String derived : List.of("lastTouchAt", "touchDueAt", "touchOverdue")) {
            readOnly.put(derived, "This property is read-only: it follows the account's activities and its tier's"
                    + " touch cadence.");
        }
        return Map.copyOf(readOnly);
    }

    /** Money always carries two decimals; validation has already refused more. */
    private static BigDecimal money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY);
    }


    private Instant now() {
        return Text.now(clock);
    }
}
