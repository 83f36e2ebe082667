package com.stratum.handoff;

import com.stratum.common.VersionedEntity;
import com.stratum.tier.Tier;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A KEY or STRATEGIC account passing from one owner to another; see {@link HandoffService}. */
@Entity
@Table(name = "handoff")
public class Handoff extends VersionedEntity {
    public UUID accountId;
    /** The account's tier when the handoff started: the tier whose capacity it reserves. */
    @Enumerated(EnumType.STRING)
    public Tier tier;
    public UUID fromUserId;
    public UUID toUserId;
    @Enumerated(EnumType.STRING)
    public HandoffStatus status;
    public String note;
    /** The checklist sections as JSON ({@link ChecklistSection}), built once at creation. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String checklist;
    public UUID createdBy;
    public Instant createdAt;
    public UUID decidedBy;
    public Instant decidedAt;
    public String declineReason;
    public Instant updatedAt;
}
