package com.stratum.dataimport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.stratum.account.AccountInput;
import com.stratum.account.AccountService;
import com.stratum.account.AccountUpserts;
import com.stratum.account.AccountView;
import com.stratum.common.ApiProblem;
import com.stratum.common.JsonErrors;
import com.stratum.common.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Accounts from CSV: a row matches the account of its external_id when it has one (whether or not it is found: an
 * unknown one is a new account), otherwise the live account of its name, ignoring case (two such accounts: the row
 * is refused as ambiguous). A new account goes through {@link AccountService#create}, a known one through
 * {@link AccountService#patch} with the mapped columns only, so every account rule holds as in the API.
 */
@ApplicationScoped
class AccountRows implements RowWriter {
    static final List<ImportField> FIELDS = List.of(
            ImportField.text("external_id", "externalId", "id", "crm id", "account id", "account external id"),
            ImportField.text("name", "name", "account", "account name", "company", "company name", "organisation",
                    "organization"),
            ImportField.text("domain", "domain", "website", "web", "url"),
            ImportField.text("industry", "industry", "sector"),
            ImportField.text("territory", "territory", "region"),
            ImportField.text("country", "country", "country code"),
            ImportField.number("employees", "employees", "employee count", "headcount"),
            ImportField.number("annual_revenue", "annualRevenue", "revenue", "turnover"),
            ImportField.number("arr", "arr", "annual recurring revenue"),
            ImportField.choice("lifecycle", "lifecycle", "stage", "status"),
            ImportField.text("renewal_date", "renewalDate", "renewal", "renews on"),
            ImportField.list("tags", "tags", "labels"),
            ImportField.number("growth_target_pct", "growthTargetPct", "growth target"));

    private final AccountService accounts;
    private final EntityManager em;
    private final ObjectMapper json;

    AccountRows(AccountService accounts, EntityManager em, ObjectMapper json) {
        this.accounts = accounts;
        this.em = em;
        this.json = json;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.ACCOUNTS;
    }

    @Override
    public List<ImportField> fields() {
        return FIELDS;
    }

    @Override
    public List<List<String>> required() {
        return List.of(List.of("name"));
    }

    @Override
    public String matchKey(Map<String, String> row) {
        String externalId = Text.trimToNull(row.get("external_id"));
        String name = Text.trimToNull(row.get("name"));
        return externalId != null ? "x:" + externalId : name != null ? "n:" + name.toLowerCase(Locale.ROOT) : null;
    }

    @Override
    public Set<String> uniqueRaces() {
        return AccountUpserts.UNIQUE_RACES;
    }

    @Override
    public Written write(Map<String, String> row) {
        ObjectNode properties = RowWriter.properties(FIELDS, row, json);
        String externalId = Text.trimToNull(row.get("external_id"));
        if (externalId != null) {
            AccountUpserts.takeTurns(em, externalId);
        }
        Object[] match = externalId != null ? byExternalId(externalId) : byName(Text.trimToNull(row.get("name")));
        if (match == null) {
            return new Written(Outcome.CREATED, accounts.create(read(properties)).id());
        }
        long before = ((Number) match[1]).longValue();
        AccountView view = accounts.patch((UUID) match[0], properties, null);
        return new Written(view.version() == before ? Outcome.UNCHANGED : Outcome.UPDATED, view.id());
    }

    private Object[] byExternalId(String externalId) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("select id, version from account where external_id = ?1")
                .setParameter(1, externalId).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    private Object[] byName(String name) {
        if (name == null) {
            return null;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("select id, version from account where lower(name) = lower(?1)"
                + " and not archived limit 2").setParameter(1, name).getResultList();
        if (found.size() > 1) {
            throw ApiProblem.validation("name", "More than one live account is named \"" + name + "\", so this row"
                    + " could mean either; add an external_id column to say which, or rename one of them first.");
        }
        return found.isEmpty() ? null : found.get(0);
    }

    private AccountInput read(ObjectNode properties) {
        try {
            return json.treeToValue(properties, AccountInput.class);
        } catch (JsonProcessingException e) {
            throw JsonErrors.problem(e);
        }
    }
}
