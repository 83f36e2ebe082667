package com.stratum.grade;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Grades are stored as their labels ("B-"), as the API shows them. */
@Converter
public class GradeConverter implements AttributeConverter<Grade, String> {
    @Override
    public String convertToDatabaseColumn(Grade grade) {
        return grade == null ? null : grade.label();
    }

    @Override
    public Grade convertToEntityAttribute(String label) {
        return label == null ? null : Grade.of(label);
    }
}
