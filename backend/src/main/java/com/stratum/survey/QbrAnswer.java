package com.stratum.survey;

import com.stratum.grade.Grade;
import com.stratum.grade.GradeConverter;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

@Entity
@Table(name = "qbr_answer")
public class QbrAnswer extends PanacheEntityBase {
    @Id
    public UUID id;
    public UUID qbrId;
    public UUID questionId;
    @Convert(converter = GradeConverter.class)
    public Grade grade;
    /** The grade's points, kept so reports aggregate in SQL. */
    public BigDecimal points;
    public Integer score;
    public String text;
    public String why;
}
