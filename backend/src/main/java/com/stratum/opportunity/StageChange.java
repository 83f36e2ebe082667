package com.stratum.opportunity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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
    @Column(name = "opportunity_id")
    public UUID opportunityId;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage")
    public Stage fromStage;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage")
    public Stage toStage;
    public String note;
    @Column(name = "loss_reason")
    public String lossReason;
    @Column(name = "changed_by")
    public String changedBy;
    @Column(name = "changed_at")
    public Instant changedAt;
}
