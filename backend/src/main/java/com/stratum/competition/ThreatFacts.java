package com.stratum.competition;

import com.stratum.grade.Grade;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What {@link ThreatRules} judges of one account, read by {@link ThreatFactsReader} (or built by hand in tests).
 *
 * @param units           every business unit with the last touch of its current contacts (null: never touched)
 * @param held            whitespace cells held by a competitor (a family that is OURS from revenue is not held)
 * @param gaps            offering gaps the account uses
 * @param singleThreaded  the coverage rule's reasons; empty when the coverage is sound
 * @param departed        executive sponsors and decision makers who left the customer
 * @param lastQbr         the grades of the last answered QBR on the two questions that matter here; null if none
 * @param contracts       the account's contracts that have not ended
 * @param openAlerts      NEW and ACKNOWLEDGED revenue alerts
 */
public record ThreatFacts(UUID accountId, String accountName, List<Unit> units, List<Held> held, List<Gap> gaps,
        List<String> singleThreaded, List<Departed> departed, LastQbr lastQbr, List<Contract> contracts,
        List<Alert> openAlerts) {

    public record Unit(UUID id, String name, int contacts, Instant lastTouch) {
    }

    public record Held(UUID businessUnitId, String unitName, String productFamily, UUID competitorId,
            String competitorName, BigDecimal estimatedAnnualValue, LocalDate contractEnd) {
    }

    public record Gap(UUID id, UUID competitorId, String competitorName, String offering) {
    }

    public record Departed(UUID contactId, String name, String buyingRole, LocalDate leftOn) {
    }

    /** Either grade is null when the QBR's template did not ask that question. */
    public record LastQbr(UUID qbrId, LocalDate answeredOn, Grade strategicSuggestions, Grade understanding) {
    }

    public record Contract(UUID id, LocalDate endDate, int noticeDays) {
    }

    public record Alert(UUID id, String rule, String productName, BigDecimal amountAtRisk) {
    }
}
