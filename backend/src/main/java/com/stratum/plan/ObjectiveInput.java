package com.stratum.plan;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The writable properties of an objective. SMART: metric, baseline, target (other than the baseline) and a due date
 * inside the plan's period are required; the plan's rules (PlanRules) word each refusal.
 */
@Schema(name = "ObjectiveInput", description = "Writable properties of a plan objective. Of the GROWTH objective"
        + " only title, ownerId, sharedWithCustomer, opportunityIds and taskIds change; its measure follows the"
        + " account's growth target.")
public record ObjectiveInput(
        @Schema(required = true, examples = "Roll out to the Nordic plants") @NotBlank @Size(max = 200) String title,
        @Schema(required = true, examples = "Active users", description = "What is measured.") @Size(max = 200)
        String metric,
        @Schema(nullable = true, examples = "users", description = "The metric's unit, as shown.") @Size(max = 40)
        String unit,
        @Schema(required = true, examples = "120", description = "The metric's value when the plan starts.")
        @Digits(integer = 15, fraction = 2) BigDecimal baseline,
        @Schema(required = true, examples = "400", description = "The value aimed for; other than the baseline (a"
                + " target below it aims for a decrease).") @Digits(integer = 15, fraction = 2) BigDecimal target,
        @Schema(required = true, examples = "2026-09-30", description = "When the target is to be reached; inside"
                + " the plan's period.") LocalDate dueOn,
        @Schema(nullable = true, description = "Who answers for it: a user.") UUID ownerId,
        @Schema(required = true, description = "Shown on the customer's one-page print of the plan.")
        @NotNull Boolean sharedWithCustomer,
        @Schema(description = "Opportunities of the same account it rests on; empty when left out.")
        @Size(max = 50) List<@NotNull UUID> opportunityIds,
        @Schema(description = "Tasks of the same account that move it; empty when left out.")
        @Size(max = 50) List<@NotNull UUID> taskIds) {
}
