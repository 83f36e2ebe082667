package com.stratum.survey;

import com.stratum.grade.Grade;
import com.stratum.grade.GradeConverter;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One QBR grade survey round of an account. */
@Entity
@Table(name = "qbr")
public class Qbr extends PanacheEntityBase {
    public enum Channel { LINK, CALL }

    @Id
    public UUID id;
    @Column(name = "account_id")
    public UUID accountId;
    @Column(name = "template_id")
    public UUID templateId;
    @Enumerated(EnumType.STRING)
    public QbrStatus status;
    @Column(name = "scheduled_for")
    public LocalDate scheduledFor;
    @Column(name = "respondent_name")
    public String respondentName;
    @Column(name = "respondent_email")
    public String respondentEmail;
    /** SHA-256 of the link's secret; the secret itself is never stored. */
    @Column(name = "token_hash")
    public String tokenHash;
    @Column(name = "invitation_expires_at")
    public Instant invitationExpiresAt;
    @Column(name = "sent_at")
    public Instant sentAt;
    @Column(name = "answered_at")
    public Instant answeredAt;
    @Enumerated(EnumType.STRING)
    public Channel channel;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "overall_points")
    public BigDecimal overallPoints;
    @Column(name = "overall_grade")
    @Convert(converter = GradeConverter.class)
    public Grade overallGrade;
    public Boolean failing;
    @Column(name = "nps_score")
    public Integer npsScore;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public long version;
}
