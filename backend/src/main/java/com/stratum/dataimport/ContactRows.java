package com.stratum.dataimport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.stratum.common.ApiProblem;
import com.stratum.common.JsonErrors;
import com.stratum.common.Text;
import com.stratum.contact.ContactInput;
import com.stratum.contact.ContactService;
import com.stratum.contact.ContactUpserts;
import com.stratum.contact.ContactView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Contacts from CSV: the row's account is the one of its account_external_id, otherwise the live account of its
 * account_name (ignoring case; two such accounts refuse the row as ambiguous). Within that account a row matches
 * the contact of its external_id when it has one, otherwise the contact of its email (ignoring case). A new
 * contact goes through {@link ContactService#create}, a known one through {@link ContactService#patch} with the
 * mapped columns only, so every contact rule (and the coverage recount) holds as in the API.
 */
@ApplicationScoped
class ContactRows implements RowWriter {
    static final List<ImportField> FIELDS = List.of(
            ImportField.key("account_external_id", "account id", "company id", "account crm id"),
            ImportField.key("account_name", "account", "company", "company name", "organisation", "organization"),
            ImportField.text("external_id", "externalId", "id", "contact id", "crm id"),
            ImportField.text("name", "name", "full name", "contact", "contact name"),
            ImportField.text("title", "title", "job title", "position"),
            ImportField.text("email", "email", "e-mail", "mail", "email address"),
            ImportField.text("phone", "phone", "telephone", "phone number", "mobile"),
            ImportField.choice("buying_role", "buyingRole", "role"),
            ImportField.number("influence", "influence"),
            ImportField.choice("stance", "stance"),
            ImportField.choice("preferred_channel", "preferredChannel", "channel"),
            ImportField.text("preferred_language", "preferredLanguage", "language"),
            ImportField.text("left_company_on", "leftCompanyOn", "left on"));

    private final ContactService contacts;
    private final EntityManager em;
    private final ObjectMapper json;

    ContactRows(ContactService contacts, EntityManager em, ObjectMapper json) {
        this.contacts = contacts;
        this.em = em;
        this.json = json;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.CONTACTS;
    }

    @Override
    public List<ImportField> fields() {
        return FIELDS;
    }

    @Override
    public List<List<String>> required() {
        return List.of(List.of("account_external_id", "account_name"), List.of("name"));
    }

    @Override
    public String matchKey(Map<String, String> row) {
        String accountExternalId = Text.trimToNull(row.get("account_external_id"));
        String accountName = Text.trimToNull(row.get("account_name"));
        String externalId = Text.trimToNull(row.get("external_id"));
        String email = Text.trimToNull(row.get("email"));
        String contact = externalId != null ? "x:" + externalId
                : email != null ? "e:" + email.toLowerCase(Locale.ROOT) : null;
        if (contact == null) {
            return null;
        }
        String account = accountExternalId != null ? "x:" + accountExternalId
                : accountName != null ? "n:" + accountName.toLowerCase(Locale.ROOT) : "";
        return account + "|" + contact;
    }

    @Override
    public Set<String> uniqueRaces() {
        return ContactUpserts.UNIQUE_RACES;
    }

    @Override
    public Written write(Map<String, String> row) {
        UUID accountId = account(Text.trimToNull(row.get("account_external_id")),
                Text.trimToNull(row.get("account_name")));
        ObjectNode properties = RowWriter.properties(FIELDS, row, json);
        String externalId = Text.trimToNull(row.get("external_id"));
        String email = Text.trimToNull(row.get("email"));
        if (externalId != null) {
            ContactUpserts.takeTurns(em, accountId, externalId);
        }
        Object[] match = externalId != null
                ? one("select id, version from contact where account_id = ?1 and external_id = ?2", accountId,
                        externalId)
                : email != null ? one("select id, version from contact where account_id = ?1"
                        + " and lower(email) = lower(?2)", accountId, email) : null;
        if (match == null) {
            return new Written(Outcome.CREATED, contacts.create(accountId, read(properties)).id());
        }
        long before = ((Number) match[1]).longValue();
        ContactView view = contacts.patch((UUID) match[0], properties, null);
        return new Written(view.version() == before ? Outcome.UNCHANGED : Outcome.UPDATED, view.id());
    }

    private UUID account(String externalId, String name) {
        if (externalId != null) {
            @SuppressWarnings("unchecked")
            List<UUID> found = em.createNativeQuery("select id from account where external_id = ?1")
                    .setParameter(1, externalId).getResultList();
            if (found.isEmpty()) {
                throw ApiProblem.validation("account_external_id", "No account has the external ID " + externalId
                        + "; import or create the account first, or correct the ID.");
            }
            return found.get(0);
        }
        if (name == null) {
            throw ApiProblem.validation("account_name", "This row names no account; give its account_external_id"
                    + " or account_name.");
        }
        @SuppressWarnings("unchecked")
        List<UUID> found = em.createNativeQuery("select id from account where lower(name) = lower(?1)"
                + " and not archived limit 2").setParameter(1, name).getResultList();
        if (found.size() > 1) {
            throw ApiProblem.validation("account_name", "More than one live account is named \"" + name + "\", so"
                    + " this row could mean either; add an account_external_id column to say which.");
        }
        if (found.isEmpty()) {
            throw ApiProblem.validation("account_name", "No live account is named \"" + name + "\"; import or"
                    + " create the account first, or correct the name.");
        }
        return found.get(0);
    }

    private Object[] one(String sql, UUID accountId, String value) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery(sql).setParameter(1, accountId).setParameter(2, value)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    private ContactInput read(ObjectNode properties) {
        try {
            return json.treeToValue(properties, ContactInput.class);
        } catch (JsonProcessingException e) {
            throw JsonErrors.problem(e);
        }
    }
}
