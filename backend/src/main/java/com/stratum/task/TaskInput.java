package com.stratum.task;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The writable properties of a task: the body of a create, and the form a merge patch is applied to. The account
 * is given at creation and never changes.
 */
@Schema(name = "TaskInput", description = "Writable properties of a task.")
public record TaskInput(
        @Schema(required = true, minLength = 1, maxLength = 300, examples = "Send the revised rollout plan")
        @NotBlank @Size(max = 300) String title,
        @Schema(required = true, description = "The account the task is about; it never changes afterwards.")
        @NotNull UUID accountId,
        @Schema(nullable = true, description = "A contact of the same account.") UUID contactId,
        @Schema(nullable = true, description = "An opportunity of the same account.") UUID opportunityId,
        @Schema(nullable = true, description = "A QBR of the same account.") UUID qbrId,
        @Schema(required = true, description = "An active user who may work on the account: its owner, a manager,"
                + " an admin or a member of its team today.") @NotNull UUID assigneeId,
        @Schema(required = true, description = "Today or later when set or changed.", examples = "2027-03-31")
        @NotNull LocalDate dueDate,
        @Schema(nullable = true, description = "OPEN (the default), DONE (sets completedAt and completedBy) or"
                + " CANCELLED; a done or cancelled task is reopened by setting OPEN.") TaskStatus status) {
}
