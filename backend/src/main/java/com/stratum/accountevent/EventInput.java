package com.stratum.accountevent;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The writable properties of a compelling event: the body of a create, and the form a merge patch (the review) is
 * applied to. The account is the one in the create's path and never changes.
 */
@Schema(name = "EventInput", description = "Writable properties of a compelling event.")
public record EventInput(
        @Schema(required = true) @NotNull CompellingEventType type,
        @Schema(required = true, examples = "2026-10-01", description = "When it happened at the customer.")
        @NotNull LocalDate occurredOn,
        @Schema(nullable = true, maxLength = 1000, examples = "Series C of $80M to expand into Europe")
        @Size(max = 1000) String description,
        @Schema(nullable = true, description = "A contact of the same account the event is about (the new"
                + " executive, say).") UUID contactId,
        @Schema(nullable = true, description = "Default NEW. REVIEWED or NO_ACTION review it (NO_ACTION needs a"
                + " reviewNote); OPPORTUNITY_CREATED is set by creating an opportunity from the event; a reviewed"
                + " event never goes back to NEW.") EventStatus status,
        @Schema(nullable = true, maxLength = 1000, description = "What the review decided and why; required for"
                + " NO_ACTION.", examples = "Budget frozen until Q3; revisit then.")
        @Size(max = 1000) String reviewNote) {
}
