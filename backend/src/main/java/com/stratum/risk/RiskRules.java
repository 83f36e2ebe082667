package com.stratum.risk;

import com.stratum.account.RiskFlag;
import com.stratum.grade.Grade;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every risk flag's rule, in one home: what raises it, the evidence it shows, the moment it starts (and stops) to
 * count, and what clears it. Time-driven flags (overdue ones, a renewal's notice window) are written with the moment
 * they start, so the passing of time needs no job: SQL risk_flag_counts() (V41) compares it with the clock. The
 * thresholds are exported to rules.json (`risk`).
 */
public final class RiskRules {
    /** SPONSOR_LEFT counts for this long after the sponsor left. */
    public static final int SPONSOR_LEFT_WITHIN_DAYS = 365;
    /** The roles whose departure is SPONSOR_LEFT, and one of which, current, clears it. */
    public static final List<String> SPONSOR_ROLES = List.of("EXECUTIVE_SPONSOR");
    /** The notice days of a renewal without a contract (the account's renewal date). */
    public static final int DEFAULT_NOTICE_DAYS = 90;
    /** THREAT_PATH's default threshold; managers change it (GET/PUT /api/v1/risk-settings). */
    public static final int DEFAULT_THREAT_THRESHOLD = 50;
    /** Snoozes end at most this many days ahead. */
    public static final int MAX_SNOOZE_DAYS = 180;
    /** Alert statuses that are open. */
    public static final List<String> OPEN_ALERT_STATUSES = List.of("NEW", "ACKNOWLEDGED");

    /** What clears each flag, as the SPA and the API show it. */
    public static final Map<RiskFlag, String> CLEARS_WHEN = clearsWhen();
    /** What raises each flag, in words. */
    public static final Map<RiskFlag, String> RAISED_WHEN = raisedWhen();

    private RiskRules() {
    }

    /** One flag as judged: evidence, when it starts and stops counting. */
    record Raised(RiskFlag flag, String evidence, Instant activeFrom, Instant activeUntil) {
    }

    static List<Raised> judge(RiskFacts f, Instant now, int threatThreshold) {
        List<Raised> raised = new ArrayList<>();
        if (f.archived()) {
            return raised;
        }
        boolean failing = f.lastQbrGrade() != null && f.lastQbrGrade().failing();
        if (failing) {
            raised.add(new Raised(RiskFlag.FAILING_GRADE, "The last QBR (" + day(f.lastQbrAt()) + ") was graded "
                    + f.lastQbrGrade() + ", below " + Grade.PASSING + ".", f.lastQbrAt(), null));
        }
        if (f.lastFollowUp() != null) {
            RiskFacts.FollowUp fu = f.lastFollowUp();
            if ("MISSED".equals(fu.status())) {
                raised.add(new Raised(RiskFlag.FOLLOW_UP_MISSED, "The follow-up to reach " + fu.targetGrade()
                        + " by " + fu.targetDate() + " was missed.", startOf(fu.targetDate()), null));
            } else if ("OPEN".equals(fu.status())) {
                raised.add(new Raised(RiskFlag.FOLLOW_UP_MISSED, "The follow-up to reach " + fu.targetGrade()
                        + " by " + fu.targetDate() + " is past its date without a QBR that reached it.",
                        startOf(fu.targetDate().plusDays(1)), null));
            }
        }
        raised.add(new Raised(RiskFlag.QBR_OVERDUE, "The next QBR was due on " + f.nextQbrDue() + ".",
                startOf(f.nextQbrDue().plusDays(1)), null));
        if (f.touchDueAt() != null) {
            raised.add(new Raised(RiskFlag.TOUCH_OVERDUE, (f.lastTouchAt() == null ? "No touch logged yet"
                    : "No touch logged since " + day(f.lastTouchAt())) + "; the tier's cadence wanted one by "
                    + day(f.touchDueAt()) + ".", f.touchDueAt(), null));
        }
        if (f.singleThreaded()) {
            raised.add(new Raised(RiskFlag.SINGLE_THREADED, f.singleThreadedReasons().isEmpty()
                    ? "The account is under its tier's coverage rule." : String.join(" ", f.singleThreadedReasons()),
                    now, null));
        }
        if (!f.currentSponsor() && !f.sponsorsLeft().isEmpty()) {
            RiskFacts.SponsorLeft last = f.sponsorsLeft().get(0);
            raised.add(new Raised(RiskFlag.SPONSOR_LEFT, last.name() + ", the executive sponsor, left on "
                    + last.leftOn() + " and no current contact is an executive sponsor.", startOf(last.leftOn()),
                    startOf(last.leftOn().plusDays(SPONSOR_LEFT_WITHIN_DAYS))));
        }
        if (!f.openAlerts().isEmpty()) {
            Map<String, List<RiskFacts.OpenAlert>> byRule = f.openAlerts().stream().collect(
                    Collectors.groupingBy(RiskFacts.OpenAlert::rule, LinkedHashMap::new, Collectors.toList()));
            String rules = byRule.entrySet().stream().map(e -> e.getValue().size() + " " + e.getKey() + " ("
                    + e.getValue().stream().map(a -> a.product() == null ? "all products" : a.product())
                    .collect(Collectors.joining(", ")) + ")").collect(Collectors.joining(", "));
            BigDecimal atRisk = f.openAlerts().stream().map(RiskFacts.OpenAlert::amountAtRisk)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            raised.add(new Raised(RiskFlag.REVENUE_ALERT, f.openAlerts().size() + " open revenue alert"
                    + (f.openAlerts().size() == 1 ? "" : "s") + ": " + rules + "; " + atRisk.setScale(2,
                    java.math.RoundingMode.HALF_UP).toPlainString() + " at risk.", now, null));
        }
        if (f.renewal() != null && (failing || !f.openAlerts().isEmpty())) {
            RiskFacts.Renewal r = f.renewal();
            String why = failing ? "the last QBR was graded " + f.lastQbrGrade() : "a revenue alert is open";
            raised.add(new Raised(RiskFlag.RENEWAL_AT_RISK, "The " + (r.fromContract() ? "contract" : "account")
                    + " renews on " + r.endsOn() + " (notice " + r.noticeDays() + " days) and " + why + ".",
                    startOf(r.endsOn().minusDays(r.noticeDays())), startOf(r.endsOn().plusDays(1))));
        }
        if (f.threatScore() > threatThreshold) {
            raised.add(new Raised(RiskFlag.THREAT_PATH, "Threat score " + f.threatScore() + " is above "
                    + threatThreshold + (f.threatSentences().isEmpty() ? "." : ": "
                    + String.join(" ", f.threatSentences().stream().limit(3).toList())), now, null));
        }
        if (f.needsPlan()) {
            if (f.planReviewDueOn() == null) {
                raised.add(new Raised(RiskFlag.PLAN_STALE, "A " + f.tier() + " account without an ACTIVE plan.",
                        now, null));
            } else {
                raised.add(new Raised(RiskFlag.PLAN_STALE, "The ACTIVE plan's review was due on "
                        + f.planReviewDueOn() + ".", startOf(f.planReviewDueOn().plusDays(1)), null));
            }
        }
        return raised.stream().map(r -> clip(r)).toList();
    }

    private static Raised clip(Raised r) {
        String evidence = r.evidence().length() <= 2000 ? r.evidence() : r.evidence().substring(0, 1999) + "…";
        return new Raised(r.flag(), evidence, r.activeFrom(), r.activeUntil());
    }

    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static String day(Instant instant) {
        return instant == null ? "never" : LocalDate.ofInstant(instant, ZoneOffset.UTC).toString();
    }

    private static Map<RiskFlag, String> clearsWhen() {
        Map<RiskFlag, String> m = new LinkedHashMap<>();
        m.put(RiskFlag.FAILING_GRADE, "Clears when a QBR is answered with " + Grade.PASSING + " or better.");
        m.put(RiskFlag.FOLLOW_UP_MISSED, "Clears when a QBR reaches the follow-up's target grade, or a new follow-up"
                + " is set and not yet due.");
        m.put(RiskFlag.QBR_OVERDUE, "Clears when a QBR is answered (the next one is then due a cadence later).");
        m.put(RiskFlag.TOUCH_OVERDUE, "Clears when an activity is logged on the account.");
        m.put(RiskFlag.SINGLE_THREADED, "Clears when the account meets its tier's coverage rule (decision contacts"
                + " and business units covered).");
        m.put(RiskFlag.SPONSOR_LEFT, "Clears when a current contact is an executive sponsor, or "
                + SPONSOR_LEFT_WITHIN_DAYS + " days after the sponsor left.");
        m.put(RiskFlag.REVENUE_ALERT, "Clears when every revenue alert of the account is resolved.");
        m.put(RiskFlag.RENEWAL_AT_RISK, "Clears when the grade passes and no revenue alert is open, or once the"
                + " renewal date has passed.");
        m.put(RiskFlag.THREAT_PATH, "Clears when the account's threat score is at or below the threshold in the"
                + " risk settings.");
        m.put(RiskFlag.PLAN_STALE, "Clears when the account has an ACTIVE plan reviewed within its tier's QBR"
                + " cadence (or is no longer KEY or STRATEGIC).");
        return Map.copyOf(m);
    }

    private static Map<RiskFlag, String> raisedWhen() {
        Map<RiskFlag, String> m = new LinkedHashMap<>();
        m.put(RiskFlag.FAILING_GRADE, "The last answered QBR's overall grade is below " + Grade.PASSING + ".");
        m.put(RiskFlag.FOLLOW_UP_MISSED, "The latest follow-up was judged MISSED, or is still open past its date.");
        m.put(RiskFlag.QBR_OVERDUE, "The next QBR's due date is past.");
        m.put(RiskFlag.TOUCH_OVERDUE, "No touch logged within the tier's touch cadence.");
        m.put(RiskFlag.SINGLE_THREADED, "The account is under its tier's coverage rule.");
        m.put(RiskFlag.SPONSOR_LEFT, "An executive sponsor left the customer within " + SPONSOR_LEFT_WITHIN_DAYS
                + " days and no current contact is one.");
        m.put(RiskFlag.REVENUE_ALERT, "A revenue alert (any rule) is NEW or ACKNOWLEDGED.");
        m.put(RiskFlag.RENEWAL_AT_RISK, "The next renewal (a contract's end, else the account's renewal date with "
                + DEFAULT_NOTICE_DAYS + " notice days) is inside its notice period, with a failing last grade or an"
                + " open revenue alert.");
        m.put(RiskFlag.THREAT_PATH, "The account's threat score is above the threshold in the risk settings"
                + " (default " + DEFAULT_THREAT_THRESHOLD + ").");
        m.put(RiskFlag.PLAN_STALE, "A KEY or STRATEGIC account without an ACTIVE plan, or whose plan review is"
                + " overdue.");
        return Map.copyOf(m);
    }
}
