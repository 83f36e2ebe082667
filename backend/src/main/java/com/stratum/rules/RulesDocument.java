package com.stratum.rules;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stratum.account.AccountInput;
import com.stratum.accountevent.EventInput;
import com.stratum.accountevent.ReviewDeadline;
import com.stratum.account.AccountService;
import com.stratum.activity.ActivityBatchItem;
import com.stratum.activity.ActivityInput;
import com.stratum.activity.TimelineKind;
import com.stratum.account.TeamInput;
import com.stratum.account.TierChangeInput;
import com.stratum.audit.AuditService;
import com.stratum.auth.ApiTokenInput;
import com.stratum.competition.CompetitorInput;
import com.stratum.competition.OfferingGapInput;
import com.stratum.competition.ThreatRules;
import com.stratum.competition.ThreatTaskInput;
import com.stratum.competition.Whitespace;
import com.stratum.competition.WhitespaceInput;
import com.stratum.contact.BusinessUnitInput;
import com.stratum.contact.BuyingRole;
import com.stratum.contact.ContactInput;
import com.stratum.contact.ContactService;
import com.stratum.contract.ContractInput;
import com.stratum.grade.Grade;
import com.stratum.opportunity.CompellingEvent;
import com.stratum.handoff.DeclineInput;
import com.stratum.handoff.HandoffInput;
import com.stratum.opportunity.OpportunityInput;
import com.stratum.opportunity.OpportunityType;
import com.stratum.opportunity.ReopenInput;
import com.stratum.opportunity.Stage;
import com.stratum.plan.MeasurementInput;
import com.stratum.plan.MilestoneInput;
import com.stratum.plan.ObjectiveInput;
import com.stratum.plan.PlanInput;
import com.stratum.plan.PlanRules;
import com.stratum.plan.ReviewInput;
import com.stratum.opportunity.StageChangeInput;
import com.stratum.opportunity.SplitsInput;
import com.stratum.revenue.ProductInput;
import com.stratum.scorecard.CommissionPlanInput;
import com.stratum.scorecard.OwnerTargetInput;
import com.stratum.revenuealert.AlertInput;
import com.stratum.revenuealert.AlertRules;
import com.stratum.revenuealert.AlertService;
import com.stratum.revenuealert.PolicyInput;
import com.stratum.security.PasswordHasher;
import com.stratum.settings.SettingsInput;
import com.stratum.survey.FollowUpInput;
import com.stratum.survey.FollowUpPolicy;
import com.stratum.survey.NpsBands;
import com.stratum.survey.QbrInput;
import com.stratum.survey.ResponseInput;
import com.stratum.survey.TemplateInput;
import com.stratum.survey.TemplateService;
import com.stratum.task.TaskInput;
import com.stratum.tier.TierPolicyInput;
import com.stratum.user.NewUserInput;
import com.stratum.user.UserInput;
import com.stratum.webhook.WebhookInput;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.math.BigDecimal;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The domain rules the SPA needs before it asks the server (grade scale, follow-up bounds, stage probabilities,
 * text limits...), read from the classes that own them and written as JSON next to openapi.yaml. The build runs
 * {@link #main} in process-classes; RulesDocumentTest fails when the committed rules.json differs.
 */
public final class RulesDocument {
    /** Request bodies whose length and range limits the SPA checks before sending. */
    private static final List<Class<? extends Record>> INPUTS = List.of(AccountInput.class, TierChangeInput.class,
            TierPolicyInput.class, UserInput.class, NewUserInput.class, ApiTokenInput.class, QbrInput.class,
            TemplateInput.class, TemplateInput.QuestionInput.class, ResponseInput.Answer.class, FollowUpInput.class, OpportunityInput.class,
            CompellingEvent.class, StageChangeInput.class, ReopenInput.class, ContactInput.class,
            BusinessUnitInput.class, TeamInput.class, TeamInput.Member.class, HandoffInput.class,
            HandoffInput.SectionNotes.class, DeclineInput.class, SettingsInput.class, ActivityInput.class,
            ActivityBatchItem.class, TaskInput.class,
            EventInput.class, ProductInput.class, ContractInput.class, AlertInput.class, PolicyInput.class,
            WebhookInput.class, PlanInput.class, ObjectiveInput.class, MeasurementInput.class, MilestoneInput.class,
            ReviewInput.class, CompetitorInput.class, OfferingGapInput.class, WhitespaceInput.Cell.class,
            ThreatTaskInput.class, com.stratum.risk.SnoozeInput.class, com.stratum.risk.RiskSettingsInput.class,
            OwnerTargetInput.class, CommissionPlanInput.class, CommissionPlanInput.AcceleratorInput.class,
            SplitsInput.Split.class, com.stratum.icp.IcpProfileInput.class, com.stratum.icp.IcpProfileWrite.class,
            com.stratum.tier.TierBudgetInput.class,
            com.stratum.account.TierSwapInput.class, com.stratum.account.BudgetOverrideInput.class,
            com.stratum.account.TierDecision.class);

    private RulesDocument() {
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "target/rules/rules.json");
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.writeString(target, render());
    }

    /** The document as committed: two-space indents, keys in a fixed order, a final newline. */
    public static String render() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("grades", grades());
        doc.put("followUp", ordered("minSteps", FollowUpPolicy.MIN_STEPS, "maxSteps", FollowUpPolicy.MAX_STEPS,
                "minDays", FollowUpPolicy.MIN_DAYS, "maxDays", FollowUpPolicy.MAX_DAYS));
        doc.put("stages", stages());
        doc.put("accounts", ordered("defaultGrowthTargetPct", AccountService.DEFAULT_GROWTH_TARGET_PCT,
                "countries", AccountService.COUNTRIES));
        doc.put("opportunityTypes", ordered("expansion",
                Arrays.stream(OpportunityType.values()).filter(OpportunityType::expansion).map(Enum::name).toList()));
        doc.put("contacts", ordered("languages", ContactService.LANGUAGES, "decisionBuyingRoles",
                BuyingRole.DECISION_ROLES.stream().map(Enum::name).toList()));
        NpsBands nps = NpsBands.fromMigrations();
        doc.put("nps", ordered("promoterMin", nps.promoterMin(), "detractorMax", nps.detractorMax()));
        doc.put("password", ordered("minLength", PasswordHasher.MIN_LENGTH, "maxBytes", PasswordHasher.MAX_BYTES));
        doc.put("auditEntityTypes", AuditService.ENTITY_TYPES);
        doc.put("timeline", ordered("kinds", TimelineKind.ALL));
        doc.put("events", ordered("reviewDays", ReviewDeadline.DAYS, "standardReviewDays",
                ReviewDeadline.STANDARD_DAYS));
        doc.put("revenueAlerts", ordered("nextStatuses", AlertService.NEXT_STATUSES, "causeNamingCompetitor",
                AlertService.CAUSE_NAMING_COMPETITOR.name(), "baselineMonths", AlertRules.BASELINE_MONTHS,
                "minSilentMonths", AlertRules.MIN_SILENT_MONTHS, "gapFactor", AlertRules.GAP_FACTOR,
                "declineMonths", AlertRules.DECLINE_MONTHS));
        doc.put("surveyTemplates", ordered("minGradeQuestions", TemplateService.MIN_GRADE_QUESTIONS,
                "maxNpsQuestions", TemplateService.MAX_NPS_QUESTIONS));
        doc.put("plans", ordered("maxObjectives", PlanRules.MAX_OBJECTIVES, "tolerancePct", PlanRules.TOLERANCE_PCT,
                "tiersNeedingAPlan", PlanRules.TIERS_NEEDING_A_PLAN.stream().map(Enum::name).toList(),
                "growthMetric", PlanRules.GROWTH_METRIC, "unmeasuredStatus", PlanRules.UNMEASURED_STATUS.name()));
        Map<String, Object> weights = new LinkedHashMap<>();
        ThreatRules.WEIGHTS.forEach((kind, weight) -> weights.put(kind.name(), weight));
        doc.put("threats", ordered("weights", weights, "contractEndingBonus", ThreatRules.CONTRACT_ENDING_BONUS,
                "contractEndingMonths", ThreatRules.CONTRACT_ENDING_MONTHS, "untouchedDays", ThreatRules.UNTOUCHED_DAYS,
                "departedWithinDays", ThreatRules.DEPARTED_WITHIN_DAYS, "maxScore", ThreatRules.MAX_SCORE,
                "scoreRule", ThreatRules.SCORE_RULE, "oursMonths", Whitespace.OURS_MONTHS));
        Map<String, Object> riskFlags = new LinkedHashMap<>();
        for (com.stratum.account.RiskFlag flag : com.stratum.account.RiskFlag.values()) {
            riskFlags.put(flag.name(), ordered("raisedWhen", com.stratum.risk.RiskRules.RAISED_WHEN.get(flag),
                    "clearsWhen", com.stratum.risk.RiskRules.CLEARS_WHEN.get(flag)));
        }
        doc.put("risk", ordered("flags", riskFlags, "sponsorLeftWithinDays",
                com.stratum.risk.RiskRules.SPONSOR_LEFT_WITHIN_DAYS, "defaultNoticeDays",
                com.stratum.risk.RiskRules.DEFAULT_NOTICE_DAYS, "defaultThreatThreshold",
                com.stratum.risk.RiskRules.DEFAULT_THREAT_THRESHOLD, "maxSnoozeDays",
                com.stratum.risk.RiskRules.MAX_SNOOZE_DAYS, "failingBelow", com.stratum.grade.Grade.PASSING.label()));
        Map<String, Object> limits = new LinkedHashMap<>();
        INPUTS.forEach(type -> limits.put(schemaName(type), limits(type)));
        doc.put("limits", limits);
        try {
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            return new ObjectMapper().writer(printer).writeValueAsString(doc) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("could not write the rules document", e);
        }
    }

    private static Map<String, Object> grades() {
        Map<String, Object> points = new LinkedHashMap<>();
        for (Grade grade : Grade.values()) {
            points.put(grade.label(), grade.points());
        }
        return ordered("bestFirst", Arrays.stream(Grade.values()).map(Grade::label).toList(), "points", points,
                "passing", Grade.PASSING.label());
    }

    private static Map<String, Object> stages() {
        Map<String, Object> probability = new LinkedHashMap<>();
        for (Stage stage : Stage.values()) {
            probability.put(stage.name(), stage.defaultProbability());
        }
        return ordered("defaultProbability", probability,
                "open", Arrays.stream(Stage.values()).filter(s -> !s.closed()).map(Stage::name).toList(),
                "closed", Arrays.stream(Stage.values()).filter(Stage::closed).map(Stage::name).toList());
    }

    /** The OpenAPI schema name, so the SPA reads limits.AnswerInput.why like the contract names it. */
    private static String schemaName(Class<?> type) {
        Schema schema = type.getAnnotation(Schema.class);
        return schema != null && !schema.name().isEmpty() ? schema.name() : type.getSimpleName();
    }

    /**
     * Per field, in the contract's words: minLength/maxLength, minimum/maximum/exclusiveMinimum, maxItems,
     * itemMaxLength, and integerDigits/fractionDigits for amounts.
     */
    private static Map<String, Object> limits(Class<? extends Record> type) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            Field field;
            try {
                field = type.getDeclaredField(component.getName());
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException(e);
            }
            Map<String, Object> limit = new LinkedHashMap<>();
            boolean text = field.getType() == String.class;
            boolean list = List.class.isAssignableFrom(field.getType());
            sizeOf(field).ifPresent(size -> {
                String unit = text ? "Length" : list ? "Items" : null;
                if (unit != null) {
                    if (size.min() > 0) {
                        limit.put("min" + unit, size.min());
                    }
                    limit.put("max" + unit, size.max());
                }
            });
            minMax(field, limit);
            if (field.getAnnotatedType() instanceof AnnotatedParameterizedType parameterized) {
                sizeOf(parameterized.getAnnotatedActualTypeArguments()[0])
                        .ifPresent(size -> limit.put("itemMaxLength", size.max()));
            }
            if (!limit.isEmpty()) {
                fields.put(component.getName(), limit);
            }
        }
        return fields;
    }

    private static Optional<Size> sizeOf(AnnotatedElement element) {
        return Optional.ofNullable(element.getAnnotation(Size.class));
    }

    private static void minMax(Field field, Map<String, Object> limit) {
        Min min = field.getAnnotation(Min.class);
        Max max = field.getAnnotation(Max.class);
        DecimalMin decimalMin = field.getAnnotation(DecimalMin.class);
        DecimalMax decimalMax = field.getAnnotation(DecimalMax.class);
        Digits digits = field.getAnnotation(Digits.class);
        if (min != null) {
            limit.put("minimum", min.value());
        }
        if (max != null) {
            limit.put("maximum", max.value());
        }
        if (decimalMin != null) {
            limit.put(decimalMin.inclusive() ? "minimum" : "exclusiveMinimum", new BigDecimal(decimalMin.value()));
        }
        if (decimalMax != null) {
            limit.put(decimalMax.inclusive() ? "maximum" : "exclusiveMaximum", new BigDecimal(decimalMax.value()));
        }
        if (digits != null) {
            limit.put("integerDigits", digits.integer());
            limit.put("fractionDigits", digits.fraction());
        }
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
