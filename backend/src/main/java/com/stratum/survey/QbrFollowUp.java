package com.stratum.survey;

import com.stratum.grade.Grade;
import com.stratum.grade.GradeConverter;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The realistic next step after a failing QBR: a target grade for the next call and its date. */
@Entity
@Table(name = "qbr_follow_up")
public class QbrFollowUp extends PanacheEntityBase {
    @Id
    public UUID qbrId;
    @Convert(converter = GradeConverter.class)
    public Grade targetGrade;
    public LocalDate targetDate;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> actions = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    public FollowUpStatus status;
    public UUID judgedByQbr;
    /** When it was judged: by the next answered QBR, or by {@link FollowUpJudging} after the grace period. */
    public Instant judgedAt;
    public Instant createdAt;
    public Instant updatedAt;
    /** A judgement by the next QBR and an edit of the follow-up must never overwrite each other. */
    @Version
    public long version;
}
