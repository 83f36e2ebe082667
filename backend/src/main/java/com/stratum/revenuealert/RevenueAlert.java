package com.stratum.revenuealert;

import com.fasterxml.jackson.databind.JsonNode;
import com.stratum.common.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A revenue alert on an account (and one of its products, but for REVENUE_DECLINE). Raised only by
 * {@link AlertDetection} (native insert, once per key while open); changed by people through {@link AlertService}.
 */
@Entity
@Table(name = "revenue_alert")
public class RevenueAlert extends VersionedEntity {
    public UUID accountId;
    public UUID productId;
    @Enumerated(EnumType.STRING)
    public AlertRule rule;
    public LocalDate episode;
    @Enumerated(EnumType.STRING)
    public AlertStatus status;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(updatable = false)
    public JsonNode evidence;
    public BigDecimal amountAtRisk;
    public UUID taskId;
    @Enumerated(EnumType.STRING)
    public AlertCause cause;
    public String competitor;
    /** The competitor of the list it names (a competition.Competitor), or null. */
    public UUID competitorId;
    public String resolutionNote;
    public Instant acknowledgedAt;
    public UUID acknowledgedBy;
    public Instant resolvedAt;
    public UUID resolvedBy;
    public Instant detectedAt;
    public Instant createdAt;
    public Instant updatedAt;
}
