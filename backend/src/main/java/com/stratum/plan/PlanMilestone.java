package com.stratum.plan;

import com.stratum.common.VersionedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A step towards an objective. */
@Entity
@Table(name = "plan_milestone")
public class PlanMilestone extends VersionedEntity {
    public UUID objectiveId;
    public UUID accountId;
    public String title;
    public LocalDate dueOn;
    public boolean done;
    public Instant createdAt;
    public Instant updatedAt;
}
