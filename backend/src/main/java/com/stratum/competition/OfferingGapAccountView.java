package com.stratum.competition;

import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An account that uses an offering gap.")
public record OfferingGapAccountView(
        @Schema(required = true) UUID id,
        @Schema(required = true) String name,
        @Schema(required = true, description = "The account's ARR; an archived account's counts for nothing in the"
                + " gap's arr.") BigDecimal arr,
        @Schema(required = true) boolean archived) {
}
