package com.stratum.grade;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The QBR grade scale, best first. One step is one position on it. Anything below B is failing: "anything
 * below a B is really an F".
 */
@Schema(type = SchemaType.STRING, enumeration = {"A+", "A", "A-", "B+", "B", "B-", "C+", "C", "C-", "D+", "D", "D-",
    "F"}, description = "A grade on the scale A+ to F; below B is failing.")
public enum Grade {
    A_PLUS("A+", "4.3"), A("A", "4.0"), A_MINUS("A-", "3.7"),
    B_PLUS("B+", "3.3"), B("B", "3.0"), B_MINUS("B-", "2.7"),
    C_PLUS("C+", "2.3"), C("C", "2.0"), C_MINUS("C-", "1.7"),
    D_PLUS("D+", "1.3"), D("D", "1.0"), D_MINUS("D-", "0.7"),
    F("F", "0.0");

    /** The lowest passing grade: anything below it fails. */
    public static final Grade PASSING = B;

    private static final List<Grade> BEST_FIRST = List.of(values());

    private final String label;
    private final BigDecimal points;

    Grade(String label, String points) {
        this.label = label;
        this.points = new BigDecimal(points);
    }

    @JsonValue
    public String label() {
        return label;
    }

    public BigDecimal points() {
        return points;
    }

    public boolean failing() {
        return points.compareTo(PASSING.points) < 0;
    }

    /** Positions from {@code lower} up to this grade: C to B- is 2. */
    public int stepsAbove(Grade lower) {
        return lower.ordinal() - ordinal();
    }

    @Override
    public String toString() {
        return label;
    }

    @JsonCreator
    public static Grade of(String label) {
        return Arrays.stream(values()).filter(g -> g.label.equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a grade: " + label));
    }

    /**
     * The grade nearest to the mean of {@code count} grades whose points add up to {@code sum}; a tie goes to
     * the lower grade. Compared exactly, as |count * points - sum|, so a mean such as 2.15 is a true tie.
     */
    public static Grade nearest(BigDecimal sum, int count) {
        BigDecimal n = BigDecimal.valueOf(count);
        Grade best = null;
        BigDecimal bestDistance = null;
        for (Grade grade : BEST_FIRST) {
            BigDecimal distance = grade.points.multiply(n).subtract(sum).abs();
            // Walking from best to worst, "<=" lets the lower grade win a tie.
            if (bestDistance == null || distance.compareTo(bestDistance) <= 0) {
                best = grade;
                bestDistance = distance;
            }
        }
        return best;
    }
}
