package com.stratum.plan;

import com.stratum.common.VersionedEntity;
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

/**
 * A SMART objective of a plan. The GROWTH objective keeps metric, baseline, target and due date null: they are read
 * from the account's growth target, its year's baseline and its ARR whenever it is shown.
 */
@Entity
@Table(name = "plan_objective")
public class PlanObjective extends VersionedEntity {
    public UUID planId;
    public UUID accountId;
    @Enumerated(EnumType.STRING)
    public ObjectiveKind kind;
    public int position;
    public String title;
    public String metric;
    public String unit;
    public BigDecimal baseline;
    public BigDecimal target;
    public LocalDate dueOn;
    public UUID ownerId;
    public boolean sharedWithCustomer;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<UUID> opportunityIds = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<UUID> taskIds = new ArrayList<>();
    public Instant createdAt;
    public Instant updatedAt;
}
