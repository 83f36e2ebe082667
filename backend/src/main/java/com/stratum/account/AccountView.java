package com.stratum.account;

import com.stratum.grade.Grade;
import com.stratum.tier.Tier;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A customer company.")
public record AccountView(
        @Schema(required = true) UUID id,
        @Schema(required = true) String name,
        @Schema(required = true, nullable = true) String domain,
        @Schema(required = true, nullable = true) String externalId,
        @Schema(required = true, nullable = true) String industry,
        @Schema(required = true, nullable = true) String territory,
        @Schema(required = true, nullable = true) String country,
        @Schema(required = true, nullable = true) Integer employees,
        @Schema(required = true, nullable = true) BigDecimal annualRevenue,
        @Schema(required = true) BigDecimal arr,
        @Schema(required = true, description = "Where arr comes from: MANUAL (typed) or REVENUE (the last 12 complete"
                + " months of recurring revenue lines).") ArrSource arrSource,
        @Schema(required = true) Lifecycle lifecycle,
        @Schema(required = true, nullable = true) LocalDate renewalDate,
        @Schema(required = true, nullable = true) UUID parentId,
        @Schema(required = true, nullable = true, readOnly = true) String parentName,
        @Schema(required = true, nullable = true) UUID ownerId,
        @Schema(required = true, nullable = true, readOnly = true) String ownerName,
        @Schema(required = true) Tier tier,
        @Schema(required = true) List<String> tags,
        @Schema(required = true, description = "Archived accounts leave default lists but stay readable.")
        boolean archived,
        @Schema(required = true, nullable = true, description = "Overall grade of the last answered QBR.")
        Grade lastQbrGrade,
        @Schema(required = true, nullable = true, description = "When the last QBR was answered.") Instant lastQbrAt,
        @Schema(required = true, description = "The last QBR answered (or the account's creation) plus the tier's"
                + " cadence, or the last QBR's follow-up date when that is earlier. Sending a survey link does not"
                + " move it.") LocalDate nextQbrDue,
        @Schema(required = true, description = "nextQbrDue is in the past.") boolean qbrOverdue,
        @Schema(required = true, description = "Yearly growth target in percent.") int growthTargetPct,
        @Schema(required = true, description = "The ARR the current year started with.") BigDecimal growthBaselineArr,
        @Schema(required = true, description = "Under its tier's coverage rule: too few current contacts with a"
                + " decision role, or too few business units with a current contact. Filter with"
                + " singleThreaded=true.") boolean singleThreaded,
        @Schema(required = true, description = "Why the account is single-threaded, one whole sentence per shortfall;"
                + " empty when it is not.") List<String> singleThreadedReasons,
        @Schema(required = true, description = "Current contacts (not left the company) with a decision role:"
                + " EXECUTIVE_SPONSOR, DECISION_MAKER or ECONOMIC_BUYER.") int decisionContacts,
        @Schema(required = true, description = "Business units with at least one current contact.")
        int businessUnitsCovered,
        @Schema(required = true, nullable = true, readOnly = true, description = "The latest activity logged on the"
                + " account (any type); null until one is.") Instant lastTouchAt,
        @Schema(required = true, nullable = true, readOnly = true, description = "When the tier's touch cadence wants"
                + " the next touch: the last touch (or, with none, the account's creation) plus the cadence; null"
                + " when the tier has no touch cadence.") Instant touchDueAt,
        @Schema(required = true, readOnly = true, description = "touchDueAt is in the past: no logged touch for"
                + " longer than the tier's touch cadence. Filter with touchOverdue=true.") boolean touchOverdue,
        @Schema(required = true, readOnly = true, description = "A KEY or STRATEGIC account without an ACTIVE plan."
                + " Filter with planMissing=true.") boolean planMissing,
        @Schema(required = true, readOnly = true, description = "A KEY or STRATEGIC account whose ACTIVE plan was not"
                + " reviewed within its tier's QBR cadence (planReviewDueOn is past). Filter with planStale=true.")
        boolean planStale,
        @Schema(required = true, nullable = true, readOnly = true, description = "When the ACTIVE plan's next review"
                + " is due: its last review (or the day it became ACTIVE) plus the tier's QBR cadence; null without an"
                + " ACTIVE plan.") LocalDate planReviewDueOn,
        @Schema(required = true, readOnly = true, description = "The risk flags the account carries now (snoozed ones"
                + " too, with counted false), each with its evidence, the rule that clears it and the customer's reason"
                + " from the last QBR. Filter with flag=…; recomputed when an input changes.")
        List<AccountRiskFlag> riskFlags,
        @Schema(required = true, readOnly = true, description = "How many of riskFlags count (are not snoozed); sort"
                + " with sort=-flagCount.") int riskFlagCount,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true, description = "Optimistic-locking version; also the ETag.") long version) {

    /**
     * The plan flags of the view: the same rule as SQL plan_missing() and plan_stale() (V39), which the filters and
     * the workload report ask. KEY and STRATEGIC accounts need an ACTIVE plan reviewed within their QBR cadence.
     */
    record Plan(boolean missing, boolean stale, LocalDate reviewDueOn) {
        static final List<Tier> TIERS_NEEDING_A_PLAN = List.of(Tier.KEY, Tier.STRATEGIC);

        static Plan of(Tier tier, LocalDate reviewedOn, int qbrCadenceDays, LocalDate today) {
            boolean needsPlan = TIERS_NEEDING_A_PLAN.contains(tier);
            LocalDate due = reviewedOn == null ? null : reviewedOn.plusDays(qbrCadenceDays);
            return new Plan(needsPlan && due == null, needsPlan && due != null && due.isBefore(today), due);
        }
    }

    static AccountView of(AccountRow a, String ownerName, String parentName, BigDecimal baseline, LocalDate today,
            Instant touchDueAt, boolean touchOverdue, Plan plan, List<AccountRiskFlag> flags) {
        return new AccountView(a.id(), a.name(), a.domain(), a.externalId(), a.industry(), a.territory(), a.country(),
                a.employees(), a.annualRevenue(), a.arr(), a.arrSource(), a.lifecycle(), a.renewalDate(), a.parentId(),
                parentName, a.ownerId(), ownerName, a.tier(), a.tags(), a.archived(),
                a.lastQbrGrade() == null ? null : Grade.of(a.lastQbrGrade()), a.lastQbrAt(), a.nextQbrDue(),
                a.nextQbrDue().isBefore(today), a.growthTargetPct(), baseline != null ? baseline : a.arr(),
                a.singleThreaded(), a.singleThreadedReasons(), a.decisionContacts(), a.businessUnitsCovered(),
                a.lastTouchAt(), touchDueAt, touchOverdue, plan.missing(), plan.stale(), plan.reviewDueOn(),
                List.copyOf(flags), (int) flags.stream().filter(AccountRiskFlag::counted).count(), a.createdAt(),
                a.updatedAt(), a.version());
    }
}
