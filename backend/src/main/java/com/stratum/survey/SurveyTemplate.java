package com.stratum.survey;

import com.stratum.common.VersionedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;

@Entity
@Table(name = "survey_template")
public class SurveyTemplate extends VersionedEntity {
    public String name;
    public boolean isDefault;
    @OneToMany(mappedBy = "template", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchSize(size = 200) // a page of templates loads its questions in one query

    public List<SurveyQuestion> questions = new ArrayList<>();
    public Instant createdAt;
    public Instant updatedAt;
}
