package com.stratum.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A review of a plan, with what was said; one is due with each QBR. */
@Entity
@Table(name = "plan_review")
public class PlanReview extends PanacheEntityBase {
    @Id
    public UUID id;
    public UUID planId;
    public UUID accountId;
    public Instant reviewedAt;
    public UUID reviewedBy;
    public String note;
}
