package com.stratum.plan;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The writable properties of a plan: the body of a create and the form a merge patch is applied to. */
@Schema(name = "PlanInput", description = "Writable properties of an account plan. The texts are Markdown.")
public record PlanInput(
        @Schema(required = true, examples = "2026-01-01", description = "The first day the plan covers.")
        @NotNull LocalDate periodStart,
        @Schema(required = true, examples = "2026-12-31", description = "The last day the plan covers; after"
                + " periodStart. Every objective is due inside the period.") @NotNull LocalDate periodEnd,
        @Schema(description = "DRAFT when left out on create. One ACTIVE plan per account: activate another only"
                + " after archiving (or drafting) the active one.") PlanStatus status,
        @Schema(nullable = true, description = "Why the customer bought (Markdown).",
                examples = "Replace three regional tools with **one** platform.") @Size(max = 20000)
        String whyTheyBought,
        @Schema(nullable = true, description = "What the customer wants to achieve (Markdown).") @Size(max = 20000)
        String customerGoals,
        @Schema(nullable = true, description = "What we do together to get there (Markdown).") @Size(max = 20000)
        String initiatives,
        @Schema(nullable = true, description = "What could get in the way (Markdown).") @Size(max = 20000)
        String risks) {
}
