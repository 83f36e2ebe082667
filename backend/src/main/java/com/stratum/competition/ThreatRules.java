package com.stratum.competition;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The threat rules and their weights, in one place: which facts of an account (ThreatFacts) open a path for a
 * competitor, how much each path scores, and how it reads as one sentence. The exposure report
 * (ThreatExposureReport) applies the same thresholds set-based; rules.json carries the weights for the SPA.
 */
public final class ThreatRules {
    /** A business unit whose current contacts were not touched for this many days is open. */
    public static final int UNTOUCHED_DAYS = 90;
    /** A competitor's contract ending within this many months makes its cell a nearer threat. */
    public static final int CONTRACT_ENDING_MONTHS = 6;
    /** A sponsor who left within this many days still leaves a gap. */
    public static final int DEPARTED_WITHIN_DAYS = 365;
    /** The account's score is the sum of its paths' scores, capped here. */
    public static final int MAX_SCORE = 100;
    /** What a competitor's cell adds when its contract ends within {@link #CONTRACT_ENDING_MONTHS} months. */
    public static final int CONTRACT_ENDING_BONUS = 15;
    /** The default QBR template's question on strategic suggestions (V2); a failing grade there opens a path. */
    public static final UUID STRATEGIC_QUESTION_ID = UUID.fromString("00000000-0000-4000-8000-000000000101");
    /** The default QBR template's question on how well we understand their business (V2). */
    public static final UUID UNDERSTANDING_QUESTION_ID = UUID.fromString("00000000-0000-4000-8000-000000000104");
    /** The roles whose departure opens a path. */
    public static final List<String> SPONSOR_ROLES = List.of("EXECUTIVE_SPONSOR", "DECISION_MAKER");

    /** Each path's score; FAILING_GRADE scores per failing question, OPEN_ALERT per alert, the others per path. */
    public static final Map<ThreatKind, Integer> WEIGHTS = weights();

    public static final String SCORE_RULE = "The sum of the scores of the account's paths, capped at 100 (0: no"
            + " path). Each path scores its rule's weight: UNTOUCHED_UNIT 15 per unit with no contact touched in 90"
            + " days; COMPETITOR_HOLDS 20 per cell a competitor holds, +15 when its contract ends within 6 months;"
            + " OFFERING_GAP 15 per gap the account uses; SINGLE_THREADED 15; DEPARTED_SPONSOR 20 per executive"
            + " sponsor or decision maker who left in the last 365 days; FAILING_GRADE 10 per failing grade (below B)"
            + " on the last answered QBR's strategic-suggestions and understanding questions; RENEWAL_IN_NOTICE 25"
            + " per contract inside its notice period; OPEN_ALERT 10 per open revenue alert. The weights are in"
            + " rules.json (threats.weights).";

    private ThreatRules() {
    }

    private static Map<ThreatKind, Integer> weights() {
        Map<ThreatKind, Integer> weights = new EnumMap<>(ThreatKind.class);
        weights.put(ThreatKind.UNTOUCHED_UNIT, 15);
        weights.put(ThreatKind.COMPETITOR_HOLDS, 20);
        weights.put(ThreatKind.OFFERING_GAP, 15);
        weights.put(ThreatKind.SINGLE_THREADED, 15);
        weights.put(ThreatKind.DEPARTED_SPONSOR, 20);
        weights.put(ThreatKind.FAILING_GRADE, 10);
        weights.put(ThreatKind.RENEWAL_IN_NOTICE, 25);
        weights.put(ThreatKind.OPEN_ALERT, 10);
        return java.util.Collections.unmodifiableMap(weights);
    }

    /** The account's score from its paths: {@link #SCORE_RULE}. */
    public static int score(List<ThreatPath> paths) {
        return Math.min(MAX_SCORE, paths.stream().mapToInt(ThreatPath::score).sum());
    }

    /** Every path the facts open, highest score first (then by kind, then key); amounts in {@code currency}. */
    public static List<ThreatPath> paths(ThreatFacts facts, Instant now, Currency currency) {
        NumberFormat money = NumberFormat.getCurrencyInstance(Locale.US);
        money.setCurrency(currency);
        money.setMinimumFractionDigits(2);
        money.setMaximumFractionDigits(2);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<ThreatPath> paths = new ArrayList<>();
        Context context = new Context(facts, now, today);
        for (ThreatFacts.Unit unit : facts.units()) {
            String untouched = context.untouched(unit);
            if (untouched != null) {
                paths.add(path(ThreatKind.UNTOUCHED_UNIT.name() + ":" + unit.id(), ThreatKind.UNTOUCHED_UNIT,
                        weight(ThreatKind.UNTOUCHED_UNIT), "A competitor could enter through " + unit.name(),
                        List.of(untouched), null, null, unit.id()));
            }
        }
        for (ThreatFacts.Held held : facts.held()) {
            List<String> evidence = new ArrayList<>();
            evidence.add("they hold " + held.productFamily() + (held.estimatedAnnualValue() == null ? ""
                    : " (about " + money.format(held.estimatedAnnualValue()) + " a year)"));
            int score = weight(ThreatKind.COMPETITOR_HOLDS);
            if (held.contractEnd() != null && !held.contractEnd().isBefore(today)
                    && held.contractEnd().isBefore(today.plusMonths(CONTRACT_ENDING_MONTHS))) {
                score += CONTRACT_ENDING_BONUS;
                evidence.add("their contract ends in " + ChronoUnit.DAYS.between(today, held.contractEnd()) + " days");
            }
            // The rest of the picture, scored by its own paths: what makes this way in easier.
            facts.units().stream().filter(u -> u.id().equals(held.businessUnitId())).map(context::untouched)
                    .filter(java.util.Objects::nonNull).forEach(evidence::add);
            facts.gaps().stream().filter(g -> g.competitorId().equals(held.competitorId()))
                    .forEach(g -> evidence.add("they sell " + g.offering()));
            context.renewalInNotice().forEach(c -> evidence.add("renewal in "
                    + ChronoUnit.DAYS.between(today, c.endDate()) + " days"));
            paths.add(path(ThreatKind.COMPETITOR_HOLDS.name() + ":" + held.businessUnitId() + ":"
                    + held.productFamily(), ThreatKind.COMPETITOR_HOLDS, score, held.competitorName()
                    + " could enter through " + held.unitName(), evidence, held.competitorId(),
                    held.competitorName(), held.businessUnitId()));
        }
        for (ThreatFacts.Gap gap : facts.gaps()) {
            paths.add(path(ThreatKind.OFFERING_GAP.name() + ":" + gap.id(), ThreatKind.OFFERING_GAP,
                    weight(ThreatKind.OFFERING_GAP), gap.competitorName() + " could win " + facts.accountName()
                            + " with " + gap.offering(), List.of(facts.accountName() + " uses " + gap.offering(),
                            "we do not offer it"), gap.competitorId(), gap.competitorName(), null));
        }
        if (!facts.singleThreaded().isEmpty()) {
            paths.add(path(ThreatKind.SINGLE_THREADED.name(), ThreatKind.SINGLE_THREADED,
                    weight(ThreatKind.SINGLE_THREADED), "A competitor could go around our single thread into "
                            + facts.accountName(), facts.singleThreaded().stream().map(ThreatRules::clause).toList(),
                    null, null, null));
        }
        for (ThreatFacts.Departed departed : facts.departed()) {
            if (SPONSOR_ROLES.contains(departed.buyingRole()) && departed.leftOn() != null
                    && !departed.leftOn().isBefore(today.minusDays(DEPARTED_WITHIN_DAYS))) {
                paths.add(path(ThreatKind.DEPARTED_SPONSOR.name() + ":" + departed.contactId(),
                        ThreatKind.DEPARTED_SPONSOR, weight(ThreatKind.DEPARTED_SPONSOR),
                        "A competitor could win over " + departed.name() + "'s successor",
                        List.of(departed.name() + ", our " + role(departed.buyingRole()) + ", left on "
                                + departed.leftOn()), null, null, null));
            }
        }
        ThreatFacts.LastQbr qbr = facts.lastQbr();
        if (qbr != null) {
            List<String> failing = new ArrayList<>();
            if (qbr.strategicSuggestions() != null && qbr.strategicSuggestions().failing()) {
                failing.add("the last QBR (" + qbr.answeredOn() + ") graded our strategic suggestions "
                        + qbr.strategicSuggestions());
            }
            if (qbr.understanding() != null && qbr.understanding().failing()) {
                failing.add((failing.isEmpty() ? "the last QBR (" + qbr.answeredOn() + ") graded " : "")
                        + "our understanding of their business " + qbr.understanding());
            }
            if (!failing.isEmpty()) {
                paths.add(path(ThreatKind.FAILING_GRADE.name() + ":" + qbr.qbrId(), ThreatKind.FAILING_GRADE,
                        weight(ThreatKind.FAILING_GRADE) * failing.size(), "A competitor could offer the insight we"
                                + " do not", failing, null, null, null));
            }
        }
        for (ThreatFacts.Contract contract : context.renewalInNotice()) {
            paths.add(path(ThreatKind.RENEWAL_IN_NOTICE.name() + ":" + contract.id(), ThreatKind.RENEWAL_IN_NOTICE,
                    weight(ThreatKind.RENEWAL_IN_NOTICE), "A competitor could step in at renewal",
                    List.of("the contract ends in " + ChronoUnit.DAYS.between(today, contract.endDate()) + " days",
                            "its " + contract.noticeDays() + "-day notice period has begun"), null, null, null));
        }
        for (ThreatFacts.Alert alert : facts.openAlerts()) {
            paths.add(path(ThreatKind.OPEN_ALERT.name() + ":" + alert.id(), ThreatKind.OPEN_ALERT,
                    weight(ThreatKind.OPEN_ALERT), "A competitor may already be taking share",
                    List.of(alertWords(alert.rule(), alert.productName()) + " (an open revenue alert, "
                            + money.format(alert.amountAtRisk()) + " at risk)"), null, null, null));
        }
        paths.sort(Comparator.comparingInt(ThreatPath::score).reversed().thenComparing(ThreatPath::kind)
                .thenComparing(ThreatPath::key));
        return paths;
    }

    private static int weight(ThreatKind kind) {
        return WEIGHTS.get(kind);
    }

    private static ThreatPath path(String key, ThreatKind kind, int score, String subject, List<String> evidence,
            UUID competitorId, String competitorName, UUID unitId) {
        String sentence = subject + ": " + String.join(", ", evidence) + ".";
        return new ThreatPath(key, kind, score, subject, sentence, List.copyOf(evidence), competitorId,
                competitorName, unitId, null);
    }

    /** A stored reason sentence ("Only one decision contact.") as a clause of ours. */
    private static String clause(String reason) {
        String trimmed = reason.trim();
        if (trimmed.endsWith(".")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.isEmpty() ? trimmed : Character.toLowerCase(trimmed.charAt(0)) + trimmed.substring(1);
    }

    /** A revenue alert's rule (AlertRule) in words, with its product when it names one. */
    static String alertWords(String rule, String productName) {
        String product = productName == null ? "" : " " + productName;
        return switch (rule) {
            case "STOPPED_BUYING" -> "they stopped buying" + (product.isEmpty() ? " a product" : product);
            case "VOLUME_DROP" -> "they buy less" + (product.isEmpty() ? "" : " of" + product);
            case "REVENUE_DECLINE" -> "their revenue declined against a year earlier";
            default -> rule.toLowerCase(Locale.ROOT).replace('_', ' ') + (product.isEmpty() ? "" : " on" + product);
        };
    }

    private static String role(String buyingRole) {
        return buyingRole.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The facts several rules read, worked out once. */
    private record Context(ThreatFacts facts, Instant now, LocalDate today) {
        /** Why the unit is open, or null when a current contact there was touched recently. */
        String untouched(ThreatFacts.Unit unit) {
            if (unit.contacts() == 0) {
                return "we know nobody there";
            }
            if (unit.lastTouch() == null) {
                return "no contact there was ever touched";
            }
            long days = Duration.between(unit.lastTouch(), now).toDays();
            return days >= UNTOUCHED_DAYS ? "no contact for " + days + " days" : null;
        }

        /** Contracts whose notice period has begun and which have not ended. */
        List<ThreatFacts.Contract> renewalInNotice() {
            return facts.contracts().stream().filter(c -> !today.isAfter(c.endDate())
                    && !today.isBefore(c.endDate().minusDays(c.noticeDays()))).toList();
        }
    }
}
