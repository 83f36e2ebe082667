package com.stratum.account;

import com.stratum.common.VersionedEntity;
import com.stratum.tier.Tier;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "account")
public class Account extends VersionedEntity {
    public String name;
    public String domain;
    public String externalId;
    public String industry;
    public String territory;
    public String country;
    public Integer employees;
    public BigDecimal annualRevenue;
    public BigDecimal arr;
    /** Where arr comes from; with REVENUE, arr is written only by {@link AccountArr}. */
    @Enumerated(EnumType.STRING)
    public ArrSource arrSource = ArrSource.MANUAL;
    @Enumerated(EnumType.STRING)
    public Lifecycle lifecycle;
    public LocalDate renewalDate;
    public UUID parentId;
    public UUID ownerId;
    @Enumerated(EnumType.STRING)
    public Tier tier;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> tags = new ArrayList<>();
    public boolean archived;
    /** Yearly growth target in percent of the year's baseline ARR. */
    public int growthTargetPct;
    /** Grade and time of the last answered QBR. */
    public String lastQbrGrade;
    public Instant lastQbrAt;
    /** The date the last QBR's follow-up booked for the next one; null when it has none. */
    public LocalDate followUpDue;
    /** Written only by {@link QbrCadence}. */
    public LocalDate nextQbrDue;
    /** Coverage, written only by {@link AccountCoverage} (through SQL): never by Hibernate. */
    @Column(insertable = false, updatable = false)
    public int decisionContacts;
    @Column(insertable = false, updatable = false)
    public int businessUnitsCovered;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(insertable = false, updatable = false)
    public List<String> singleThreadedReasons = new ArrayList<>();
    @Column(insertable = false, updatable = false)
    public boolean singleThreaded;
    /** The latest activity on the account, written only by {@link AccountTouch} (through SQL): never by Hibernate. */
    @Column(insertable = false, updatable = false)
    public Instant lastTouchAt;
    /** The ACTIVE plan's last review day, written only by {@link AccountPlanReview} (through SQL). */
    @Column(insertable = false, updatable = false)
    public LocalDate planReviewedOn;
    /**
     * The risk flags that count now, their number and the ARR at risk (arr when at least one counts): the rows of
     * account_risk_flag read at a moment, stored by SQL risk_project() (V48) through {@link AccountRiskFlags}, never
     * by Hibernate. Read only after {@link AccountRiskFlags#catchUp}, which re-reads the accounts whose moment passed.
     */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(insertable = false, updatable = false)
    public List<String> riskFlags = new ArrayList<>();
    @Column(insertable = false, updatable = false)
    public int riskFlagCount;
    @Column(insertable = false, updatable = false)
    public BigDecimal arrAtRisk;
    public Instant createdAt;
    public Instant updatedAt;
}
