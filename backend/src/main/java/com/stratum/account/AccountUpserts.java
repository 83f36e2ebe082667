package com.stratum.account;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.stratum.common.ApiProblem;
import com.stratum.common.BatchItems;
import com.stratum.common.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;

/**
 * Create or replace an account by the integrator's id (PUT /accounts/by-external-id/{externalId} and each item of
 * POST /accounts/batch). It adds no rule of its own: a new account goes through {@link AccountService#create}, a
 * known one through {@link AccountService#patch} with every writable property (one left out goes back to its
 * default, as in a create), so validation, tier capacity, owner and handoff rules and the audit hold exactly as
 * for POST and PATCH. The tier is kept when left out; a different one is refused as in PATCH (it changes with a
 * reason through PUT /accounts/{id}/tier). The growth baseline is kept when left out.
 */
@ApplicationScoped
public class AccountUpserts {
    public static final int MAX_EXTERNAL_ID = 200;
    /** The unique indexes two writers of one new account can race on (see {@link BatchItems}). */
    public static final Set<String> UNIQUE_RACES = Set.of("account_external_id_uq", "account_domain_uq");

    /** What became of the upserted account. */
    public enum Outcome { CREATED, UPDATED, UNCHANGED }

    public record Upserted(Outcome outcome, AccountView account) {
    }

    private final AccountService accounts;
    private final ObjectMapper json;
    private final EntityManager em;

    public AccountUpserts(AccountService accounts, ObjectMapper json, EntityManager em) {
        this.accounts = accounts;
        this.json = json;
        this.em = em;
    }

    /** Waits for any other writer of this external id (an upsert, a batch item, an import row) to finish. */
    public static void takeTurns(EntityManager em, String externalId) {
        BatchItems.takeTurns(em, "account", externalId);
    }

    @Transactional
    public Upserted upsert(String externalId, AccountInput input, String ifMatch) {
        String key = externalId(externalId);
        if (input == null) {
            throw ApiProblem.badRequest("Send the account as a JSON object.");
        }
        String given = Text.trimToNull(input.externalId());
        if (given != null && !given.equals(key)) {
            throw ApiProblem.validation("externalId", "The body's externalId " + given + " differs from the one in"
                    + " the path, " + key + "; leave it out or send the same. To change an account's external ID,"
                    + " use PATCH /api/v1/accounts/{id}.");
        }
        AccountInput keyed = new AccountInput(input.name(), input.domain(), key, input.industry(), input.territory(),
                input.country(), input.employees(), input.annualRevenue(), input.arr(), input.arrSource(),
                input.lifecycle(), input.renewalDate(), input.parentId(), input.ownerId(), input.tier(), input.tags(),
                input.growthTargetPct(), input.growthBaselineArr(), input.budgetOverride());
        takeTurns(em, key);
        List<Account> found = Account.list("externalId", key);
        if (found.isEmpty()) {
            if (ifMatch != null && !ifMatch.isBlank()) {
                throw new ApiProblem(412, "stale-version", "Precondition failed", "No account has the external ID "
                        + key + " yet, so If-Match cannot match; send the request without If-Match to create it.",
                        null);
            }
            return new Upserted(Outcome.CREATED, accounts.create(keyed));
        }
        Account account = found.get(0);
        long before = account.version;
        ObjectNode patch = json.valueToTree(keyed);
        if (input.tier() == null || input.tier() == account.tier) {
            patch.remove("tier");
        }
        patch.remove("budgetOverride"); // a create's only: the tier does not change here
        if (input.growthBaselineArr() == null) {
            patch.remove("growthBaselineArr");
        }
        if (input.arr() == null && input.arrSource() == ArrSource.REVENUE) {
            patch.remove("arr");
        }
        AccountView view = accounts.patch(account.id, patch, ifMatch);
        return new Upserted(view.version() == before ? Outcome.UNCHANGED : Outcome.UPDATED, view);
    }

    /** The external id of a path or batch item: 1 to 200 characters, without surrounding spaces. */
    static String externalId(String externalId) {
        String key = Text.trimToNull(externalId);
        if (key == null || key.length() > MAX_EXTERNAL_ID || !key.equals(externalId)) {
            throw ApiProblem.validation("externalId", "The external ID must be 1 to " + MAX_EXTERNAL_ID
                    + " characters without leading or trailing spaces, such as CRM-00042.");
        }
        return key;
    }
}
