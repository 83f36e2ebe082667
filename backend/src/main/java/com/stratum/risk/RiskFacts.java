package com.stratum.risk;

import com.stratum.grade.Grade;
import com.stratum.tier.Tier;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the risk rules look at for one account, read by {@link RiskFactsReader}. */
record RiskFacts(UUID accountId, String name, Tier tier, boolean archived, BigDecimal arr, Grade lastQbrGrade,
        Instant lastQbrAt, LocalDate nextQbrDue, Instant touchDueAt, Instant lastTouchAt, boolean singleThreaded,
        List<String> singleThreadedReasons, boolean needsPlan, LocalDate planReviewDueOn, FollowUp lastFollowUp,
        List<SponsorLeft> sponsorsLeft, boolean currentSponsor, List<OpenAlert> openAlerts, Renewal renewal,
        int threatScore, List<String> threatSentences, Reason reason) {

    /** The follow-up of the account's latest QBR that has one. */
    record FollowUp(UUID qbrId, Grade targetGrade, LocalDate targetDate, String status) {
    }

    record SponsorLeft(String name, LocalDate leftOn) {
    }

    record OpenAlert(String rule, String product, BigDecimal amountAtRisk) {
    }

    /** The next renewal: a contract's end (with its notice days) or, without one, the account's renewal date. */
    record Renewal(LocalDate endsOn, int noticeDays, boolean fromContract) {
    }

    /** The customer's lowest-graded reason in the last answered QBR. */
    record Reason(UUID qbrId, String question, Grade grade, String why) {
    }
}
