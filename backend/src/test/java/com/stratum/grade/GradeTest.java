package com.stratum.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.stratum.grade.Grade;
import java.math.BigDecimal;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class GradeTest {

    private static Grade overall(Grade... grades) {
        BigDecimal sum = Arrays.stream(grades).map(Grade::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Grade.nearest(sum, grades.length);
    }

    @Test
    void meanMapsToTheNearestGrade() {
        assertThat(overall(Grade.A, Grade.A, Grade.B)).isEqualTo(Grade.A_MINUS); // 3.67
        assertThat(overall(Grade.C, Grade.C_PLUS, Grade.B, Grade.B)).isEqualTo(Grade.B_MINUS); // 2.575
        assertThat(overall(Grade.F, Grade.A_PLUS)).isEqualTo(Grade.C); // 2.15: tie of C and C+, lower wins
        assertThat(overall(Grade.F)).isEqualTo(Grade.F);
        assertThat(overall(Grade.A_PLUS)).isEqualTo(Grade.A_PLUS);
    }

    @Test
    void aTieGoesToTheLowerGrade() {
        assertThat(overall(Grade.B, Grade.B_MINUS)).isEqualTo(Grade.B_MINUS); // 2.85
        assertThat(overall(Grade.A, Grade.A_MINUS)).isEqualTo(Grade.A_MINUS); // 3.85
        assertThat(overall(Grade.D_MINUS, Grade.F)).isEqualTo(Grade.F); // 0.35
        assertThat(overall(Grade.B_PLUS, Grade.B)).isEqualTo(Grade.B); // 3.15
    }

    @Test
    void belowBIsFailing() {
        assertThat(Grade.B.failing()).isFalse();
        assertThat(Grade.B_PLUS.failing()).isFalse();
        assertThat(Grade.B_MINUS.failing()).isTrue();
        assertThat(Grade.F.failing()).isTrue();
    }

    @Test
    void stepsCountPositionsOnTheScale() {
        assertThat(Grade.C_PLUS.stepsAbove(Grade.C)).isEqualTo(1);
        assertThat(Grade.B_MINUS.stepsAbove(Grade.C)).isEqualTo(2);
        assertThat(Grade.A_PLUS.stepsAbove(Grade.C)).isEqualTo(7);
        assertThat(Grade.C.stepsAbove(Grade.B)).isEqualTo(-3);
    }
}
