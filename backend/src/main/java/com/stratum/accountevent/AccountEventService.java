package com.stratum.accountevent;

import com.fasterxml.jackson.databind.JsonNode;
import com.stratum.account.Account;
import com.stratum.account.AccountAccess;
import com.stratum.account.AccountQueries;
import com.stratum.common.ApiProblem;
import com.stratum.common.ETags;
import com.stratum.common.FieldError;
import com.stratum.common.MergePatch;
import com.stratum.common.Text;
import com.stratum.common.Validation;
import com.stratum.contact.Contact;
import com.stratum.notification.NotificationKind;
import com.stratum.notification.Notifications;
import com.stratum.security.Caller;
import com.stratum.security.CurrentCaller;
import com.stratum.security.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Compelling events and their rules: a contact of the same account only, the review (NEW → REVIEWED, NO_ACTION with a
 * note, or OPPORTUNITY_CREATED by creating an opportunity from it; never back to NEW), the review deadline
 * ({@link ReviewDeadline}), the source (API when an integration records it), and what recording one sets off: a
 * {@link NewExecutiveReported} for a NEW_EXECUTIVE, a notification to the account's owner when an integration added
 * it. Opportunities reference events through {@link #requireOfAccount}, {@link #recordForOpportunity} and
 * {@link #opportunityCreated}.
 */
@ApplicationScoped
public class AccountEventService {
    private static final Map<String, String> READ_ONLY = readOnly();

    private final AccountEventQueries queries;
    private final AccountQueries accounts;
    private final AccountAccess access;
    private final Validation validation;
    private final MergePatch mergePatch;
    private final Notifications notifications;
    private final Event<NewExecutiveReported> newExecutive;
    private final Clock clock;

    public AccountEventService(AccountEventQueries queries, AccountQueries accounts, AccountAccess access,
            Validation validation, MergePatch mergePatch, Notifications notifications,
            Event<NewExecutiveReported> newExecutive, Clock clock) {
        this.queries = queries;
        this.accounts = accounts;
        this.access = access;
        this.validation = validation;
        this.mergePatch = mergePatch;
        this.notifications = notifications;
        this.newExecutive = newExecutive;
        this.clock = clock;
    }

    @Transactional
    public EventPage list(UUID accountId, EventFilter.Criteria filter, Instant updatedAfter, String sort, int limit,
            String cursor) {
        accounts.find(accountId);
        return queries.list(filter, updatedAfter, sort, limit, cursor);
    }

    @Transactional
    public EventView create(UUID accountId, EventInput input) {
        Account account = accounts.find(accountId);
        access.requireWorkOn(account, Scope.EVENTS_WRITE);
        validation.check(input);
        if (account.archived) {
            throw ApiProblem.conflict("archived", "Account archived",
                    account.name + " is archived, so it gets no new events. Restore it first.");
        }
        Instant now = now();
        boolean viaToken = CurrentCaller.ofRequest().map(Caller::viaToken).orElse(false);
        AccountEvent event = newEvent(account, now, viaToken ? EventSource.API : EventSource.MANUAL);
        apply(event, input.status() == null ? withStatus(input, EventStatus.NEW) : input, now);
        event.persist();
        if (event.type == CompellingEventType.NEW_EXECUTIVE) {
            newExecutive.fire(new NewExecutiveReported(account.id, event.id, event.contactId, account.ownerId));
        }
        if (event.source == EventSource.API) {
            notifications.send(account.ownerId, NotificationKind.EVENT_ADDED, "An integration added "
                    + article(event.type) + " to " + account.name + (event.description == null ? "."
                    : ": " + event.description.replaceAll("[.!?]+$", "") + "."), "/accounts/" + account.id
                    + "?tab=events");
        }
        return queries.view(event.id);
    }

    @Transactional
    public EventView patch(UUID id, JsonNode patch, String ifMatch) {
        AccountEvent event = queries.find(id);
        access.requireWorkOn(accounts.find(event.accountId), Scope.EVENTS_WRITE);
        ETags.check(ifMatch, event.version);
        EventInput current = writableForm(event);
        EventInput changed = validation.check(mergePatch.apply(current, patch, READ_ONLY, EventInput.class));
        if (!changed.equals(current)) {
            apply(event, changed, now());
        }
        return queries.view(id);
    }

    /**
     * The event an opportunity is about to be created from (or pointed at): it must be one of the account's; else
     * a 422 naming {@code field}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AccountEvent requireOfAccount(UUID eventId, UUID accountId, String field) {
        AccountEvent event = AccountEvent.findById(eventId);
        if (event == null || !event.accountId.equals(accountId)) {
            throw ApiProblem.validation(field, "No compelling event of this account has this id; choose one of the"
                    + " account's events (GET /api/v1/accounts/" + accountId + "/events).");
        }
        return event;
    }

    /**
     * Records the compelling event an opportunity is created with (the inline object of older clients): an account
     * event like any other, already acted on. Call {@link #opportunityCreated} once the opportunity exists.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID recordForOpportunity(Account account, CompellingEventType type, LocalDate occurredOn,
            String description) {
        Instant now = now();
        boolean viaToken = CurrentCaller.ofRequest().map(Caller::viaToken).orElse(false);
        AccountEvent event = newEvent(account, now, viaToken ? EventSource.API : EventSource.MANUAL);
        event.type = type;
        event.occurredOn = occurredOn != null ? occurredOn : LocalDate.ofInstant(now, clock.getZone());
        event.description = Text.trimToNull(description);
        event.status = EventStatus.OPPORTUNITY_CREATED;
        event.reviewedAt = now;
        event.reviewedBy = CurrentCaller.userId().orElse(null);
        event.persist();
        return event.id;
    }

    /**
     * An opportunity was created from the event: it is OPPORTUNITY_CREATED from now on, and names the opportunity
     * unless an earlier one was created from it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void opportunityCreated(UUID eventId, UUID opportunityId) {
        AccountEvent event = queries.find(eventId);
        Instant now = now();
        if (event.status != EventStatus.OPPORTUNITY_CREATED) {
            event.status = EventStatus.OPPORTUNITY_CREATED;
            event.reviewedAt = now;
            event.reviewedBy = CurrentCaller.userId().orElse(null);
        }
        if (event.opportunityId == null) {
            event.opportunityId = opportunityId;
        }
        event.updatedAt = now;
    }

    /** The type, date and description an opportunity's edit gives the event it was created with. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void amend(UUID eventId, CompellingEventType type, LocalDate occurredOn, String description) {
        AccountEvent event = queries.find(eventId);
        LocalDate date = occurredOn != null ? occurredOn : event.occurredOn;
        String text = Text.trimToNull(description);
        if (event.type != type || !event.occurredOn.equals(date) || !Objects.equals(event.description, text)) {
            event.type = type;
            event.occurredOn = date;
            event.description = text;
            event.updatedAt = now();
        }
    }

    private AccountEvent newEvent(Account account, Instant now, EventSource source) {
        AccountEvent event = new AccountEvent();
        event.id = UUID.randomUUID();
        event.accountId = account.id;
        event.source = source;
        event.status = EventStatus.NEW;
        event.reviewDueAt = ReviewDeadline.dueAt(now, account.tier);
        event.createdBy = CurrentCaller.userId().orElse(null);
        event.createdAt = now;
        event.updatedAt = now;
        return event;
    }

    private void apply(AccountEvent event, EventInput input, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (input.contactId() != null && !input.contactId().equals(event.contactId)) {
            Contact contact = Contact.findById(input.contactId());
            if (contact == null || !contact.accountId.equals(event.accountId)) {
                errors.add(new FieldError("contactId", "Choose a contact of this account, or leave the contact"
                        + " out and add the person as a contact first."));
            }
        }
        EventStatus status = input.status();
        String note = Text.trimToNull(input.reviewNote());
        if (status == null) {
            errors.add(new FieldError("status", "Choose a status: NEW, REVIEWED or NO_ACTION."));
        } else if (status != event.status) {
            if (status == EventStatus.OPPORTUNITY_CREATED) {
                errors.add(new FieldError("status", "An event becomes OPPORTUNITY_CREATED when an opportunity is"
                        + " created from it: POST /api/v1/opportunities with its id as compellingEventId."));
            } else if (event.status == EventStatus.OPPORTUNITY_CREATED && event.opportunityId != null) {
                errors.add(new FieldError("status", "An opportunity was created from this event, so its status"
                        + " stays OPPORTUNITY_CREATED."));
            } else if (status == EventStatus.NEW) {
                errors.add(new FieldError("status", "A reviewed event stays reviewed; choose REVIEWED or"
                        + " NO_ACTION."));
            }
        }
        if (status == EventStatus.NO_ACTION && note == null) {
            errors.add(new FieldError("reviewNote", "Say why nothing will be done: NO_ACTION needs a review note."));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.validation(errors);
        }
        if (status != event.status) {
            event.reviewedAt = status == EventStatus.NEW ? null : now;
            event.reviewedBy = status == EventStatus.NEW ? null : CurrentCaller.userId().orElse(null);
            event.status = status;
        }
        event.type = input.type();
        event.occurredOn = input.occurredOn();
        event.description = Text.trimToNull(input.description());
        event.contactId = input.contactId();
        event.reviewNote = note;
        event.updatedAt = now;
    }

    private static EventInput withStatus(EventInput input, EventStatus status) {
        return new EventInput(input.type(), input.occurredOn(), input.description(), input.contactId(), status,
                input.reviewNote());
    }

    private static EventInput writableForm(AccountEvent e) {
        return new EventInput(e.type, e.occurredOn, e.description, e.contactId, e.status, e.reviewNote);
    }

    /** "a funding round", "an acquisition": the type as words in a sentence. */
    static String article(CompellingEventType type) {
        String words = type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return ("aeiou".indexOf(words.charAt(0)) >= 0 ? "an " : "a ") + words;
    }

    private static Map<String, String> readOnly() {
        Map<String, String> readOnly = new HashMap<>(MergePatch.METADATA);
        readOnly.put("accountId", "An event stays with its account; record it on the other account instead.");
        readOnly.put("source", "This property is read-only: it says who recorded the event.");
        readOnly.put("contactName", "This property is read-only; set contactId instead.");
        readOnly.put("reviewDueAt", "This property is read-only: the deadline is set when the event is recorded.");
        readOnly.put("opportunityId", "This property is read-only: create an opportunity from the event with"
                + " POST /api/v1/opportunities and its compellingEventId.");
        for (String derived : List.of("accountName", "accountOwnerId", "reviewOverdue", "reviewedAt",
                "reviewedByName")) {
            readOnly.put(derived, MergePatch.READ_ONLY);
        }
        return Map.copyOf(readOnly);
    }

    private Instant now() {
        return Text.now(clock);
    }
}
