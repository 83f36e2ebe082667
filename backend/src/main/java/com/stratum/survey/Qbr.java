package com.stratum.survey;

import com.stratum.common.VersionedEntity;
import com.stratum.grade.Grade;
import com.stratum.grade.GradeConverter;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One QBR grade survey round of an account. */
@Entity
@Table(name = "qbr")
public class Qbr extends VersionedEntity {
    public enum Channel { LINK, CALL }

    public UUID accountId;
    public UUID templateId;
    @Enumerated(EnumType.STRING)
    public QbrStatus status;
    public LocalDate scheduledFor;
    public String respondentName;
    public String respondentEmail;
    /** SHA-256 of the link's secret; the secret itself is never stored. */
    public String tokenHash;
    public Instant invitationExpiresAt;
    public Instant sentAt;
    public Instant answeredAt;
    @Enumerated(EnumType.STRING)
    public Channel channel;
    public String recordedBy;
    public BigDecimal overallPoints;
    @Convert(converter = GradeConverter.class)
    public Grade overallGrade;
    public Boolean failing;
    public Integer npsScore;
    public Instant createdAt;
    public Instant updatedAt;
}
