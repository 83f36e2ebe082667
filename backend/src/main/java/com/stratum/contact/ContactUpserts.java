package com.stratum.contact;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.stratum.account.AccountQueries;
import com.stratum.common.ApiProblem;
import com.stratum.common.BatchItems;
import com.stratum.common.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Create or replace a contact of an account by the integrator's id (PUT
 * /accounts/{accountId}/contacts/by-external-id/{externalId} and each item of POST /contacts/batch). No rule of its
 * own: a new contact goes through {@link ContactService#create}, a known one through {@link ContactService#patch}
 * with every writable property (one left out is cleared, as in a create), so every contact rule, the coverage
 * recount and the audit hold exactly as for POST and PATCH.
 */
@ApplicationScoped
public class ContactUpserts {
    public static final int MAX_EXTERNAL_ID = 200;
    /** The unique indexes two writers of one new contact can race on (see {@link BatchItems}). */
    public static final Set<String> UNIQUE_RACES = Set.of("contact_external_id_uq", "contact_email_uq");

    public enum Outcome { CREATED, UPDATED, UNCHANGED }

    public record Upserted(Outcome outcome, ContactView contact) {
    }

    private final ContactService contacts;
    private final AccountQueries accounts;
    private final ObjectMapper json;
    private final EntityManager em;

    public ContactUpserts(ContactService contacts, AccountQueries accounts, ObjectMapper json, EntityManager em) {
        this.contacts = contacts;
        this.accounts = accounts;
        this.json = json;
        this.em = em;
    }

    /** Waits for any other writer of this account's external id (an upsert, a batch item, an import row). */
    public static void takeTurns(EntityManager em, UUID accountId, String externalId) {
        BatchItems.takeTurns(em, "contact", accountId + ":" + externalId);
    }

    @Transactional
    public Upserted upsert(UUID accountId, String externalId, ContactInput input, String ifMatch) {
        String key = Text.trimToNull(externalId);
        if (key == null || key.length() > MAX_EXTERNAL_ID || !key.equals(externalId)) {
            throw ApiProblem.validation("externalId", "The external ID must be 1 to " + MAX_EXTERNAL_ID
                    + " characters without leading or trailing spaces, such as CRM-C-0042.");
        }
        if (input == null) {
            throw ApiProblem.badRequest("Send the contact as a JSON object.");
        }
        String given = Text.trimToNull(input.externalId());
        if (given != null && !given.equals(key)) {
            throw ApiProblem.validation("externalId", "The body's externalId " + given + " differs from the one in"
                    + " the path, " + key + "; leave it out or send the same. To change a contact's external ID, use"
                    + " PATCH /api/v1/contacts/{id}.");
        }
        takeTurns(em, accountId, key); // first: the account is read after the wait
        accounts.find(accountId);
        ContactInput keyed = new ContactInput(input.name(), input.title(), input.email(), input.phone(),
                input.businessUnitId(), input.buyingRole(), input.influence(), input.stance(),
                input.preferredChannel(), input.preferredLanguage(), input.reportsToId(), input.relationshipOwnerId(),
                input.leftCompanyOn(), key);
        List<Contact> found = Contact.list("accountId = ?1 and externalId = ?2", accountId, key);
        if (found.isEmpty()) {
            if (ifMatch != null && !ifMatch.isBlank()) {
                throw new ApiProblem(412, "stale-version", "Precondition failed", "This account has no contact with"
                        + " the external ID " + key + " yet, so If-Match cannot match; send the request without"
                        + " If-Match to create it.", null);
            }
            return new Upserted(Outcome.CREATED, contacts.create(accountId, keyed));
        }
        Contact contact = found.get(0);
        long before = contact.version;
        ObjectNode patch = json.valueToTree(keyed);
        ContactView view = contacts.patch(contact.id, patch, ifMatch);
        return new Upserted(view.version() == before ? Outcome.UNCHANGED : Outcome.UPDATED, view);
    }
}
