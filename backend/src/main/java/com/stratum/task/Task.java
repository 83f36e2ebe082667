package com.stratum.task;

import com.stratum.common.VersionedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Something someone has to do on an account by a date. */
@Entity
@Table(name = "task")
public class Task extends VersionedEntity {
    public UUID accountId;
    public String title;
    public UUID contactId;
    public UUID opportunityId;
    public UUID qbrId;
    public UUID assigneeId;
    public LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    public TaskStatus status;
    @Enumerated(EnumType.STRING)
    public TaskSource source;
    /** For a FOLLOW_UP task: the position of its action in the follow-up (0 for the first); else null. */
    public Integer followUpStep;
    /** Why it was made, when another feature made it: a THREAT task's whole sentence; else null. */
    public String detail;
    /** For a THREAT task: the key of the threat path it was made of (one OPEN task per path); else null. */
    public String threatKey;
    public Instant completedAt;
    public UUID completedBy;
    public UUID createdBy;
    public Instant createdAt;
    public Instant updatedAt;
}
