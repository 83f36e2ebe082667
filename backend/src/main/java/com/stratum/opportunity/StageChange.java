package com.stratum.opportunity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One entry of an opportunity's stage history; never updated. */
@Entity
@Table(name = "opportunity_stage_change")
public class StageChange extends PanacheEntityBase {
    @Id
    public UUID id;
    public UUID opportunityId;
    @Enumerated(EnumType.STRING)
    public Stage fromStage;
    @Enumerated(EnumType.STRING)
    public Stage toStage;
    public String note;
    public String lossReason;
    public String changedBy;
    public Instant changedAt;
}
