package com.stratum.account;

import com.stratum.tier.Tier;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The columns of an account that {@link AccountView} shows, selected as plain values (no managed {@link Account},
 * so a read has nothing to dirty-check or flush). {@link #COLUMNS} and {@link #of} are one list in one order.
 */
record AccountRow(UUID id, String name, String domain, String externalId, String industry, String territory,
        String country, Integer employees, BigDecimal annualRevenue, BigDecimal arr, ArrSource arrSource,
        Lifecycle lifecycle, LocalDate renewalDate, UUID parentId, UUID ownerId, Tier tier, List<String> tags,
        boolean archived, String lastQbrGrade, Instant lastQbrAt, LocalDate nextQbrDue, int growthTargetPct,
        boolean singleThreaded, List<String> singleThreadedReasons, int decisionContacts, int businessUnitsCovered,
        Instant lastTouchAt, LocalDate planReviewedOn, Instant createdAt, Instant updatedAt, long version) {

    /** JPQL select list over {@code a} (an Account), in the record's order. */
    static final String COLUMNS = "a.id, a.name, a.domain, a.externalId, a.industry, a.territory, a.country,"
            + " a.employees, a.annualRevenue, a.arr, a.arrSource, a.lifecycle, a.renewalDate, a.parentId, a.ownerId,"
            + " a.tier, a.tags, a.archived, a.lastQbrGrade, a.lastQbrAt, a.nextQbrDue, a.growthTargetPct,"
            + " a.singleThreaded, a.singleThreadedReasons, a.decisionContacts, a.businessUnitsCovered, a.lastTouchAt,"
            + " a.planReviewedOn, a.createdAt, a.updatedAt, a.version";
    /** How many values {@link #COLUMNS} selects. */
    static final int WIDTH = 31;

    static AccountRow of(Object[] r) {
        return new AccountRow((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                (String) r[6], (Integer) r[7], (BigDecimal) r[8], (BigDecimal) r[9], (ArrSource) r[10],
                (Lifecycle) r[11], (LocalDate) r[12], (UUID) r[13], (UUID) r[14], (Tier) r[15], strings(r[16]),
                (Boolean) r[17], (String) r[18], (Instant) r[19], (LocalDate) r[20], ((Number) r[21]).intValue(),
                (Boolean) r[22], strings(r[23]), ((Number) r[24]).intValue(), ((Number) r[25]).intValue(),
                (Instant) r[26], (LocalDate) r[27], (Instant) r[28], (Instant) r[29], ((Number) r[30]).longValue());
    }

    private static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        return value instanceof Object[] array ? Arrays.stream(array).map(String.class::cast).toList()
                : ((List<?>) value).stream().map(String.class::cast).toList();
    }
}
