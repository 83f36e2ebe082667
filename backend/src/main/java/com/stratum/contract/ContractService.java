package com.stratum.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.stratum.account.Account;
import com.stratum.account.AccountAccess;
import com.stratum.account.AccountQueries;
import com.stratum.common.ApiProblem;
import com.stratum.common.ETags;
import com.stratum.common.MergePatch;
import com.stratum.common.Text;
import com.stratum.common.Validation;
import com.stratum.security.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Contracts and their rules: the end after the start, a value of 0 or more, 0 to 730 days of notice; written by
 * whoever may work on the account ({@link AccountAccess}: owner, managers, its team today). A contract created or
 * changed inside its renewal window gets its RENEWAL opportunity at once ({@link RenewalOpportunities}).
 */
@ApplicationScoped
public class ContractService {
    private static final Map<String, String> READ_ONLY = readOnly();

    private final EntityManager em;
    private final ContractQueries queries;
    private final AccountQueries accounts;
    private final AccountAccess access;
    private final Validation validation;
    private final MergePatch mergePatch;
    private final RenewalOpportunities renewals;
    private final Clock clock;

    public ContractService(EntityManager em, ContractQueries queries, AccountQueries accounts, AccountAccess access,
            Validation validation, MergePatch mergePatch, RenewalOpportunities renewals, Clock clock) {
        this.em = em;
        this.queries = queries;
        this.accounts = accounts;
        this.access = access;
        this.validation = validation;
        this.mergePatch = mergePatch;
        this.renewals = renewals;
        this.clock = clock;
    }

    @Transactional
    public ContractPage list(UUID accountId, Instant updatedAfter, String sort, int limit, String cursor) {
        accounts.find(accountId);
        return queries.list(accountId, updatedAfter, sort, limit, cursor);
    }

    @Transactional
    public ContractView get(UUID id) {
        return queries.view(id);
    }

    @Transactional
    public ContractView create(UUID accountId, ContractInput input) {
        Account account = accounts.find(accountId);
        access.requireWorkOn(account, Scope.REVENUE_WRITE);
        validation.check(input);
        checkDates(input);
        if (account.archived) {
            throw ApiProblem.conflict("archived", "Account archived",
                    account.name + " is archived, so it gets no new contracts. Restore it first.");
        }
        Instant now = Text.now(clock);
        Contract contract = new Contract();
        contract.id = UUID.randomUUID();
        contract.accountId = account.id;
        contract.createdAt = now;
        apply(contract, input, now);
        contract.persist();
        em.flush(); // the contract's row first: the renewal opportunity it may get is written after it
        renewals.openIfDue(contract, account);
        em.flush();
        return queries.view(contract.id);
    }

    @Transactional
    public ContractView patch(UUID id, JsonNode patch, String ifMatch) {
        Contract contract = queries.find(id);
        Account account = accounts.find(contract.accountId);
        access.requireWorkOn(account, Scope.REVENUE_WRITE);
        ETags.check(ifMatch, contract.version);
        ContractInput current = writable(contract);
        ContractInput changed = validation.check(mergePatch.apply(current, patch, READ_ONLY, ContractInput.class));
        checkDates(changed);
        if (!changed.equals(current)) {
            apply(contract, changed, Text.now(clock));
            renewals.openIfDue(contract, account);
            em.flush();
        }
        return queries.view(id);
    }

    /** Deletes the contract; a RENEWAL opportunity already opened for it stays on the account. */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        Contract contract = queries.find(id);
        access.requireWorkOn(accounts.find(contract.accountId), Scope.REVENUE_WRITE);
        ETags.check(ifMatch, contract.version);
        contract.delete();
    }

    private static void checkDates(ContractInput input) {
        if (!input.endDate().isAfter(input.startDate())) {
            throw ApiProblem.validation("endDate", "Choose an end date after the start date ("
                    + input.startDate() + ").");
        }
    }

    private static void apply(Contract c, ContractInput input, Instant now) {
        c.startDate = input.startDate();
        c.endDate = input.endDate();
        c.annualValue = input.annualValue().setScale(2, RoundingMode.UNNECESSARY);
        c.autoRenew = input.autoRenew();
        c.noticeDays = input.noticeDays();
        c.updatedAt = now;
    }

    private static ContractInput writable(Contract c) {
        return new ContractInput(c.startDate, c.endDate, c.annualValue, c.autoRenew, c.noticeDays);
    }

    private static Map<String, String> readOnly() {
        Map<String, String> readOnly = new HashMap<>(MergePatch.METADATA);
        readOnly.put("accountId", "A contract stays with its account; create it on the other account instead.");
        for (String derived : List.of("renewalDueOn", "renewalOpportunityId", "renewalCreatedAt")) {
            readOnly.put(derived, "This property is read-only: the renewal opportunity is opened by a rule.");
        }
        return Map.copyOf(readOnly);
    }
}
