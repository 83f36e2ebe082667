package com.stratum.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What winning one open renewal would do: it clears the account's retention gate, so the"
        + " account's won expansion of the year, blocked now, would count toward commission.")
public record RenewalWhatIf(
        @Schema(required = true) UUID opportunityId,
        @Schema(required = true) String title,
        @Schema(required = true) BigDecimal amount,
        @Schema(required = true) LocalDate expectedCloseDate,
        @Schema(required = true, description = "The won expansion that becomes payable once this renewal is won.")
        BigDecimal payableExpansion) {
}
