package com.stratum.account;

import com.stratum.tier.Tier;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
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
public class Account extends PanacheEntityBase {
    @Id
    public UUID id;
    public String name;
    public String domain;
    @Column(name = "external_id")
    public String externalId;
    public String industry;
    public String territory;
    public String country;
    public Integer employees;
    @Column(name = "annual_revenue")
    public BigDecimal annualRevenue;
    public BigDecimal arr;
    @Enumerated(EnumType.STRING)
    public Lifecycle lifecycle;
    @Column(name = "renewal_date")
    public LocalDate renewalDate;
    @Column(name = "parent_id")
    public UUID parentId;
    @Column(name = "owner_id")
    public UUID ownerId;
    @Enumerated(EnumType.STRING)
    public Tier tier;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> tags = new ArrayList<>();
    public boolean archived;
    /** Yearly growth target in percent of the year's baseline ARR. */
    @Column(name = "growth_target_pct")
    public int growthTargetPct;
    /** Grade and time of the last answered QBR. */
    @Column(name = "last_qbr_grade")
    public String lastQbrGrade;
    @Column(name = "last_qbr_at")
    public Instant lastQbrAt;
    /** The date the last QBR's follow-up booked for the next one; null when it has none. */
    @Column(name = "follow_up_due")
    public LocalDate followUpDue;
    /** Written only by {@link QbrCadence}. */
    @Column(name = "next_qbr_due")
    public LocalDate nextQbrDue;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public long version;
}
