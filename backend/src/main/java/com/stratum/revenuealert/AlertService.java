package com.stratum.revenuealert;

import com.stratum.common.BusinessEvent;
import jakarta.enterprise.event.Event;

import com.fasterxml.jackson.databind.JsonNode;
import com.stratum.account.Account;
import com.stratum.account.AccountAccess;
import com.stratum.common.ApiProblem;
import com.stratum.common.ETags;
import com.stratum.common.FieldError;
import com.stratum.common.MergePatch;
import com.stratum.common.Text;
import com.stratum.common.Validation;
import com.stratum.opportunity.CompetitorDirectory;
import com.stratum.security.CurrentCaller;
import com.stratum.security.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What people do with an alert, the one home of its life: NEW -> ACKNOWLEDGED -> RESOLVED (NEW -> RESOLVED too),
 * never back; resolving needs a cause and a note, COMPETITOR a competitor's name (and only COMPETITOR one); a resolved
 * alert changes no more (409). Whoever may work on the account (account/AccountAccess: owner, team, managers) with
 * revenue:write.
 */
@ApplicationScoped
public class AlertService {
    /** The statuses an alert may move to from each status (rules.json `revenueAlerts.nextStatuses`). */
    public static final Map<String, List<String>> NEXT_STATUSES = nextStatuses();
    /** The cause that names the competitor (and the only one that may). */
    public static final AlertCause CAUSE_NAMING_COMPETITOR = AlertCause.COMPETITOR;
    private static final Map<String, String> READ_ONLY = readOnly();

    private final AlertQueries queries;
    private final AccountAccess access;
    private final Validation validation;
    private final MergePatch mergePatch;
    private final EntityManager em;
    private final Clock clock;
    private final CompetitorDirectory competitors;

    private final Event<BusinessEvent> changes;

    public AlertService(AlertQueries queries, AccountAccess access, Validation validation, MergePatch mergePatch,
            EntityManager em, Clock clock, Event<BusinessEvent> changes, CompetitorDirectory competitors) {
        this.changes = changes;
        this.competitors = competitors;
        this.queries = queries;
        this.access = access;
        this.validation = validation;
        this.mergePatch = mergePatch;
        this.em = em;
        this.clock = clock;
    }

    @Transactional
    public AlertView patch(UUID id, JsonNode patch, String ifMatch) {
        RevenueAlert alert = queries.find(id);
        Account account = em.find(Account.class, alert.accountId);
        access.requireWorkOn(account, Scope.REVENUE_WRITE);
        ETags.check(ifMatch, alert.version);
        AlertInput current = new AlertInput(alert.status, alert.cause, alert.competitor, alert.competitorId,
                alert.resolutionNote);
        AlertInput changed = validation.check(mergePatch.apply(current, patch, READ_ONLY, AlertInput.class));
        if (changed.equals(current)) {
            return queries.view(id);
        }
        if (alert.status == AlertStatus.RESOLVED) {
            throw ApiProblem.conflict("alert-resolved", "Alert resolved", "This alert was resolved on "
                    + alert.resolvedAt + " and stays as it was resolved. If the figures still worry you, the next"
                    + " check raises a new alert when the customer's buying changes again.");
        }
        apply(alert, changed);
        em.flush();
        AlertView view = queries.view(id);
        if (alert.status == AlertStatus.RESOLVED) {
            changes.fire(new BusinessEvent(BusinessEvent.Type.REVENUE_ALERT_RESOLVED, id, view));
        }
        return view;
    }

    private void apply(RevenueAlert alert, AlertInput input) {
        List<FieldError> errors = new ArrayList<>();
        AlertStatus status = input.status();
        String note = Text.trimToNull(input.resolutionNote());
        String competitor = Text.trimToNull(input.competitor());
        if (input.competitorId() != null) {
            java.util.Optional<String> named = competitors.name(input.competitorId());
            if (named.isEmpty()) {
                errors.add(new FieldError("competitorId", "No competitor has the id " + input.competitorId()
                        + "; choose one from GET /api/v1/competitors, or leave competitorId out and name it."));
            } else if (competitor == null) {
                competitor = named.get();
            }
        }
        if (status == null) {
            errors.add(new FieldError("status", "Choose a status: ACKNOWLEDGED or RESOLVED."));
        } else if (status != alert.status && !NEXT_STATUSES.get(alert.status.name()).contains(status.name())) {
            errors.add(new FieldError("status", "An acknowledged alert cannot go back to NEW; resolve it when you"
                    + " know the cause."));
        }
        boolean resolving = status == AlertStatus.RESOLVED;
        if (resolving) {
            if (input.cause() == null) {
                errors.add(new FieldError("cause", "Choose the cause to resolve the alert: COMPETITOR, BUDGET,"
                        + " PROJECT_ENDED, SEASONAL, DATA_ERROR, PRICE, QUALITY or OTHER."));
            }
            if (note == null) {
                errors.add(new FieldError("resolutionNote", "Write a note saying what happened to resolve the"
                        + " alert."));
            }
            if (input.cause() == CAUSE_NAMING_COMPETITOR && competitor == null) {
                errors.add(new FieldError("competitor", "Name the competitor the customer went to."));
            }
        } else {
            if (input.cause() != null) {
                errors.add(new FieldError("cause", "Give a cause only when you resolve the alert (status"
                        + " RESOLVED)."));
            }
            if (note != null) {
                errors.add(new FieldError("resolutionNote", "Write a note only when you resolve the alert (status"
                        + " RESOLVED)."));
            }
        }
        if (input.cause() != CAUSE_NAMING_COMPETITOR) {
            if (Text.trimToNull(input.competitor()) != null) {
                errors.add(new FieldError("competitor", "Name a competitor only when the cause is COMPETITOR."));
            }
            if (input.competitorId() != null) {
                errors.add(new FieldError("competitorId", "Choose a competitor only when the cause is COMPETITOR."));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.validation(errors);
        }
        Instant now = Text.now(clock);
        UUID me = CurrentCaller.userId().orElse(null);
        if (status == AlertStatus.ACKNOWLEDGED) {
            alert.acknowledgedAt = now;
            alert.acknowledgedBy = me;
        }
        if (resolving) {
            alert.resolvedAt = now;
            alert.resolvedBy = me;
            alert.cause = input.cause();
            alert.competitor = competitor;
            alert.competitorId = input.competitorId();
            alert.resolutionNote = note;
        }
        alert.status = status;
        alert.updatedAt = now;
    }

    private static Map<String, List<String>> nextStatuses() {
        Map<String, List<String>> next = new java.util.LinkedHashMap<>();
        next.put(AlertStatus.NEW.name(), List.of(AlertStatus.ACKNOWLEDGED.name(), AlertStatus.RESOLVED.name()));
        next.put(AlertStatus.ACKNOWLEDGED.name(), List.of(AlertStatus.RESOLVED.name()));
        next.put(AlertStatus.RESOLVED.name(), List.of());
        return java.util.Collections.unmodifiableMap(next);
    }

    private static Map<String, String> readOnly() {
        Map<String, String> readOnly = new HashMap<>(MergePatch.METADATA);
        for (String derived : List.of("accountId", "accountName", "accountOwnerId", "accountOwnerName", "tier",
                "productId", "productSku", "productName", "rule", "evidence", "amountAtRisk", "taskId",
                "acknowledgedAt", "acknowledgedByName", "resolvedAt", "resolvedByName", "detectedAt", "lastQbr")) {
            readOnly.put(derived, MergePatch.READ_ONLY);
        }
        return Map.copyOf(readOnly);
    }
}
