package com.stratum.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.stratum.common.FieldError;
import com.stratum.grade.Grade;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The follow-up rules on their own, without a container. */
class FollowUpPolicyTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-03-10");

    @Test
    void aTargetOneToThreeStepsUpFourteenToOneHundredTwentyDaysAwayIsRealistic() {
        assertThat(FollowUpPolicy.check(Grade.C, Grade.C_PLUS, TODAY.plusDays(14), TODAY)).isEmpty();
        assertThat(FollowUpPolicy.check(Grade.C, Grade.B, TODAY.plusDays(120), TODAY)).isEmpty();
    }

    @Test
    void aTargetTooHighOrNotAboveTodayIsRefusedWithTheBestRealisticOne() {
        assertThat(FollowUpPolicy.check(Grade.C, Grade.B_PLUS, TODAY.plusDays(30), TODAY))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(tuple("targetGrade",
                        "A target of B+ is more than 3 steps above today's C. Choose C+ to B."));
        assertThat(FollowUpPolicy.check(Grade.C, Grade.C, TODAY.plusDays(30), TODAY))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(tuple("targetGrade", "A target of C is not above today's C. Choose C+ to B."));
    }

    @Test
    void aDateOutsideTheWindowIsRefusedWithTheWindow() {
        assertThat(FollowUpPolicy.check(Grade.C, Grade.B_MINUS, TODAY.plusDays(13), TODAY))
                .extracting(FieldError::message)
                .containsExactly("The next call must be 14 to 120 days away. Choose a date from 2026-03-24 to 2026-07-08.");
        assertThat(FollowUpPolicy.check(Grade.C, Grade.B_MINUS, TODAY.plusDays(121), TODAY)).hasSize(1);
    }

    @Test
    void theNextOverallGradeAtOrAboveTheTargetMeetsIt() {
        assertThat(FollowUpPolicy.judge(Grade.B_MINUS, Grade.B_MINUS)).isEqualTo(FollowUpStatus.MET);
        assertThat(FollowUpPolicy.judge(Grade.B_MINUS, Grade.A)).isEqualTo(FollowUpStatus.MET);
        assertThat(FollowUpPolicy.judge(Grade.B_MINUS, Grade.C_PLUS)).isEqualTo(FollowUpStatus.MISSED);
    }
}
