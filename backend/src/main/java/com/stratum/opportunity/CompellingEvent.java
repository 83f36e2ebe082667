package com.stratum.opportunity;

import com.stratum.accountevent.CompellingEventType;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The compelling event of an opportunity as older clients know it: an inline copy of the account event the opportunity
 * references (compellingEventId). Sent on a create or patch, it records an account event.
 */
@Schema(description = "What happened at the customer that creates the opportunity: the type, date and description"
        + " of the account event the opportunity references (compellingEventId). Sent in a create or patch, it records"
        + " that event on the account (dated today when occurredOn is left out).")
public record CompellingEvent(
        @Schema(required = true) @NotNull CompellingEventType type,
        @Schema(nullable = true, examples = "2026-10-01") LocalDate occurredOn,
        @Schema(nullable = true, maxLength = 1000, examples = "Series C of $80M to expand into Europe")
        @Size(max = 1000) String description) {
}
