package com.stratum.contact;

import com.stratum.common.BusinessEvent;

import com.fasterxml.jackson.databind.JsonNode;
import com.stratum.account.Account;
import com.stratum.account.AccountAccess;
import com.stratum.account.AccountCoverage;
import com.stratum.account.AccountQueries;
import com.stratum.common.ApiProblem;
import com.stratum.common.ETags;
import com.stratum.common.FieldError;
import com.stratum.common.MergePatch;
import com.stratum.common.Text;
import com.stratum.common.Validation;
import com.stratum.security.Scope;
import com.stratum.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Contact writes and their rules: the account's own units and contacts only, reports-to without cycles, an active
 * relationship owner, an ISO 639-1 language, no leaving date in the future, one email per account. Every write
 * recounts the account's coverage ({@link AccountCoverage}) in the same transaction.
 */
@ApplicationScoped
public class ContactService {
    /** The languages a contact may prefer: ISO 639-1 codes, as the JDK keeps them, sorted. */
    public static final List<String> LANGUAGES = Arrays.stream(Locale.getISOLanguages()).sorted().toList();
    private static final Set<String> LANGUAGE_CODES = Set.copyOf(LANGUAGES);
    private static final Map<String, String> READ_ONLY = readOnly();

    private final EntityManager em;
    private final ContactQueries queries;
    private final AccountQueries accounts;
    private final AccountAccess access;
    private final AccountCoverage coverage;
    private final Validation validation;
    private final MergePatch mergePatch;
    private final Event<ContactDeleting> deleting;
    private final Clock clock;
    private final Event<BusinessEvent> changes;

    public ContactService(EntityManager em, ContactQueries queries, AccountQueries accounts, AccountAccess access,
            AccountCoverage coverage, Validation validation, MergePatch mergePatch, Event<ContactDeleting> deleting,
            Clock clock, Event<BusinessEvent> changes) {
        this.changes = changes;
        this.em = em;
        this.queries = queries;
        this.accounts = accounts;
        this.access = access;
        this.coverage = coverage;
        this.validation = validation;
        this.mergePatch = mergePatch;
        this.deleting = deleting;
        this.clock = clock;
    }

    @Transactional
    public ContactPage list(UUID accountId, ContactFilter.Criteria filter, Instant updatedAfter, String sort, int limit,
            String cursor) {
        ContactPage page = queries.list(filter, updatedAfter, sort, limit, cursor);
        if (page.items().isEmpty()) {
            accounts.find(accountId); // an unknown account is a 404, not an empty list; contacts prove it exists
        }
        return page;
    }

    @Transactional
    public ContactView create(UUID accountId, ContactInput input) {
        Account account = writable(accountId);
        validation.check(input);
        if (account.archived) {
            throw archived(account);
        }
        Instant now = now();
        Contact contact = new Contact();
        contact.id = UUID.randomUUID();
        contact.accountId = accountId;
        contact.createdAt = now;
        apply(contact, input, now);
        contact.persist();
        coverage.refresh(accountId);
        return fire(BusinessEvent.Type.CONTACT_CREATED, queries.view(contact.id));
    }

    /** Tells who listens (webhooks) of the change, in this transaction; returns the view. */
    private ContactView fire(BusinessEvent.Type type, ContactView view) {
        changes.fire(new BusinessEvent(type, view.id(), view));
        return view;
    }

    @Transactional
    public ContactView patch(UUID id, JsonNode patch, String ifMatch) {
        Contact contact = queries.find(id);
        writable(contact.accountId);
        ETags.check(ifMatch, contact.version);
        ContactInput current = writableForm(contact);
        ContactInput changed = validation.check(mergePatch.apply(current, patch, READ_ONLY, ContactInput.class));
        if (!changed.equals(current)) {
            apply(contact, changed, now());
            coverage.refresh(contact.accountId);
            em.flush();
            return fire(BusinessEvent.Type.CONTACT_UPDATED, queries.view(id));
        }
        return queries.view(id);
    }

    /**
     * Deletes the contact. Those who reported to it report to nobody afterwards (their reportsToId is cleared, their
     * version moves); a contact a QBR names as a respondent is refused (409): set leftCompanyOn instead.
     */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        Contact contact = queries.find(id);
        writable(contact.accountId);
        ETags.check(ifMatch, contact.version);
        deleting.fire(new ContactDeleting(contact.id, contact.name));
        fire(BusinessEvent.Type.CONTACT_DELETED, queries.view(id));
        Instant now = now();
        // One statement for all who reported to it, rather than one per contact.
        em.createQuery("update Contact c set c.reportsToId = null, c.updatedAt = :now, c.version = c.version + 1"
                        + " where c.reportsToId = :id")
                .setParameter("now", now).setParameter("id", id).executeUpdate();
        contact.delete();
        coverage.refresh(contact.accountId);
    }

    @Transactional
    public BusinessUnitPage units(UUID accountId, Instant updatedAfter, String sort, int limit, String cursor) {
        accounts.find(accountId);
        return queries.units(accountId, updatedAfter, sort, limit, cursor);
    }

    @Transactional
    public BusinessUnitView createUnit(UUID accountId, BusinessUnitInput input) {
        Account account = writable(accountId);
        validation.check(input);
        if (account.archived) {
            throw archived(account);
        }
        Instant now = now();
        BusinessUnit unit = new BusinessUnit();
        unit.id = UUID.randomUUID();
        unit.accountId = accountId;
        unit.createdAt = now;
        apply(unit, input, now);
        unit.persist();
        em.flush();
        return queries.unitView(unit.id);
    }

    @Transactional
    public BusinessUnitView patchUnit(UUID id, JsonNode patch, String ifMatch) {
        BusinessUnit unit = queries.findUnit(id);
        writable(unit.accountId);
        ETags.check(ifMatch, unit.version);
        BusinessUnitInput current = new BusinessUnitInput(unit.name, unit.parentId, unit.relevance);
        BusinessUnitInput changed = validation.check(mergePatch.apply(current, patch, UNIT_READ_ONLY,
                BusinessUnitInput.class));
        if (!changed.equals(current)) {
            apply(unit, changed, now());
            em.flush();
        }
        return queries.unitView(id);
    }

    /** Refused (409, with the counts) while contacts are in the unit or sub-units name it as their parent. */
    @Transactional
    public void deleteUnit(UUID id, String ifMatch) {
        BusinessUnit unit = queries.findUnit(id);
        writable(unit.accountId);
        ETags.check(ifMatch, unit.version);
        long contacts = Contact.count("businessUnitId", id);
        long children = BusinessUnit.count("parentId", id);
        if (contacts > 0 || children > 0) {
            List<String> holders = new ArrayList<>();
            if (contacts > 0) {
                holders.add(contacts + (contacts == 1 ? " contact is" : " contacts are") + " in it");
            }
            if (children > 0) {
                holders.add(children + (children == 1 ? " business unit belongs" : " business units belong")
                        + " to it");
            }
            throw ApiProblem.conflict("business-unit-in-use", "Business unit in use",
                            "The business unit " + unit.name + " cannot be deleted while " + String.join(" and ", holders)
                                    + ". Move them to another unit (or none) first.")
                    .with("contacts", contacts).with("childUnits", children);
        }
        unit.delete();
        em.flush();
    }

    /** The account, locked for the recount, once the caller is known to be allowed to work on its people. */
    private Account writable(UUID accountId) {
        Account account = accounts.find(accountId);
        access.requireWorkOn(account, Scope.CONTACTS_WRITE);
        coverage.lockForRecount(account);
        return account;
    }

    private void apply(Contact contact, ContactInput input, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (input.businessUnitId() != null && !input.businessUnitId().equals(contact.businessUnitId)) {
            BusinessUnit unit = BusinessUnit.findById(input.businessUnitId());
            if (unit == null || !unit.accountId.equals(contact.accountId)) {
                errors.add(new FieldError("businessUnitId", "This account has no business unit with this id; choose"
                        + " one of its own units."));
            }
        }
        if (input.reportsToId() != null && !input.reportsToId().equals(contact.reportsToId)) {
            Contact manager = Contact.findById(input.reportsToId());
            if (manager == null || !manager.accountId.equals(contact.accountId)) {
                errors.add(new FieldError("reportsToId", "This account has no contact with this id; choose one of"
                        + " its own contacts."));
            } else if (manager.id.equals(contact.id)) {
                errors.add(new FieldError("reportsToId", "A contact cannot report to themselves; choose another"
                        + " contact."));
            } else if (queries.reportsToChainReaches(manager.id, contact.id)) {
                errors.add(new FieldError("reportsToId", "This would make a cycle: " + manager.name + " already"
                        + " reports to " + contact.name + ", directly or through others. Choose another contact."));
            }
        }
        if (input.relationshipOwnerId() != null && !input.relationshipOwnerId().equals(contact.relationshipOwnerId)) {
            User owner = User.findById(input.relationshipOwnerId());
            if (owner == null) {
                errors.add(new FieldError("relationshipOwnerId", "No user has this id; choose an existing user."));
            } else if (!owner.active) {
                errors.add(new FieldError("relationshipOwnerId", "This user is inactive; reactivate them or choose"
                        + " another user."));
            }
        }
        String language = Text.trimToNull(input.preferredLanguage());
        if (language != null && !LANGUAGE_CODES.contains(language.toLowerCase(Locale.ROOT))) {
            errors.add(new FieldError("preferredLanguage", "Use an ISO 639-1 language code such as de; " + language
                    + " is not one."));
        }
        if (input.leftCompanyOn() != null && input.leftCompanyOn().isAfter(LocalDate.now(clock))) {
            errors.add(new FieldError("leftCompanyOn", "Enter the day the person left, today or earlier; set it once"
                    + " they have left."));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.validation(errors);
        }
        String email = Text.trimToNull(input.email());
        // Checked before the entity changes: a query would otherwise flush the change and hit the index first.
        if (email != null) {
            List<Contact> same = Contact.list("accountId = ?1 and lower(email) = ?2 and id <> ?3", contact.accountId,
                    email.toLowerCase(Locale.ROOT), contact.id);
            if (!same.isEmpty()) {
                Contact holder = same.get(0);
                throw ApiProblem.conflict("duplicate", "Duplicate value", "Another contact of this account, "
                                + holder.name + ", already has the email " + email + "; use another email, or change "
                                + holder.name + "'s first.")
                        .with("field", "email").with("existingId", holder.id);
            }
        }
        String externalId = Text.trimToNull(input.externalId());
        if (externalId != null) {
            List<Contact> same = Contact.list("accountId = ?1 and externalId = ?2 and id <> ?3", contact.accountId,
                    externalId, contact.id);
            if (!same.isEmpty()) {
                Contact holder = same.get(0);
                throw ApiProblem.conflict("duplicate", "Duplicate value", "Another contact of this account, "
                                + holder.name + ", already has the external ID " + externalId + "; use another external"
                                + " ID, or change " + holder.name + "'s first.")
                        .with("field", "externalId").with("existingId", holder.id);
            }
        }
        contact.externalId = externalId;
        contact.name = input.name().trim();
        contact.title = Text.trimToNull(input.title());
        contact.email = email;
        contact.phone = Text.trimToNull(input.phone());
        contact.businessUnitId = input.businessUnitId();
        contact.buyingRole = input.buyingRole();
        contact.influence = input.influence();
        contact.stance = input.stance();
        contact.preferredChannel = input.preferredChannel();
        contact.preferredLanguage = language == null ? null : language.toLowerCase(Locale.ROOT);
        contact.reportsToId = input.reportsToId();
        contact.relationshipOwnerId = input.relationshipOwnerId();
        contact.leftCompanyOn = input.leftCompanyOn();
        contact.updatedAt = now;
    }

    private void apply(BusinessUnit unit, BusinessUnitInput input, Instant now) {
        if (input.parentId() != null && !input.parentId().equals(unit.parentId)) {
            BusinessUnit parent = BusinessUnit.findById(input.parentId());
            if (parent == null || !parent.accountId.equals(unit.accountId)) {
                throw ApiProblem.validation("parentId", "This account has no business unit with this id; choose one"
                        + " of its own units as the parent.");
            }
            if (queries.unitChainReaches(parent.id, unit.id)) {
                throw ApiProblem.validation("parentId", "This would make a cycle: the parent is this unit or one of"
                        + " its sub-units. Choose another parent.");
            }
        }
        String name = input.name().trim();
        // Checked before the entity changes: a query would otherwise flush the change and hit the index first.
        List<BusinessUnit> same = BusinessUnit.list("accountId = ?1 and lower(name) = ?2 and id <> ?3",
                unit.accountId, name.toLowerCase(Locale.ROOT), unit.id);
        if (!same.isEmpty()) {
            throw ApiProblem.conflict("duplicate", "Duplicate value", "This account already has a business unit"
                            + " named " + same.get(0).name + "; use another name, or change that unit instead.")
                    .with("field", "name").with("existingId", same.get(0).id);
        }
        unit.name = name;
        unit.parentId = input.parentId();
        unit.relevance = input.relevance() == null ? Relevance.MEDIUM : input.relevance();
        unit.updatedAt = now;
    }

    private static ContactInput writableForm(Contact c) {
        return new ContactInput(c.name, c.title, c.email, c.phone, c.businessUnitId, c.buyingRole, c.influence,
                c.stance, c.preferredChannel, c.preferredLanguage, c.reportsToId, c.relationshipOwnerId,
                c.leftCompanyOn, c.externalId);
    }

    private static ApiProblem archived(Account account) {
        return ApiProblem.conflict("archived", "Account archived",
                account.name + " is archived, so it gets no new contacts or business units. Restore it first.");
    }

    private static final Map<String, String> UNIT_READ_ONLY = unitReadOnly();

    private static Map<String, String> unitReadOnly() {
        Map<String, String> readOnly = new HashMap<>(MergePatch.METADATA);
        readOnly.put("accountId", "A business unit stays with its account; create one on the other account instead.");
        readOnly.put("parentName", "This property is read-only; set parentId instead.");
        readOnly.put("currentContacts", "This property is read-only: it counts the unit's contacts.");
        return Map.copyOf(readOnly);
    }

    private static Map<String, String> readOnly() {
        Map<String, String> readOnly = new HashMap<>(MergePatch.METADATA);
        readOnly.put("accountId", "A contact stays with its account; create the person on the other account"
                + " instead.");
        readOnly.put("accountName", "This property is read-only: a contact stays with its account.");
        readOnly.put("businessUnitName", "This property is read-only; set businessUnitId instead.");
        readOnly.put("reportsToName", "This property is read-only; set reportsToId instead.");
        readOnly.put("relationshipOwnerName", "This property is read-only; set relationshipOwnerId instead.");
        readOnly.put("lastTouchAt", "This property is read-only: it follows the account's timeline.");
        return Map.copyOf(readOnly);
    }

    private Instant now() {
        return Text.now(clock);
    }
}
