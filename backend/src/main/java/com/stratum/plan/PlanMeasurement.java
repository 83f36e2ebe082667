package com.stratum.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A value of an objective's metric on a day; the latest (by day, then by when recorded) sets the status. */
@Entity
@Table(name = "plan_measurement")
public class PlanMeasurement extends PanacheEntityBase {
    @Id
    public UUID id;
    public UUID objectiveId;
    public UUID accountId;
    public LocalDate measuredOn;
    public BigDecimal value;
    public String note;
    public Instant recordedAt;
    public UUID recordedBy;
}
