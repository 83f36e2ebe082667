package com.stratum.opportunity;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How an expansion opportunity's credit is split. Without splits its owner (else the account's"
        + " owner) has all of it.")
public record SplitsView(
        @Schema(required = true) UUID opportunityId,
        @Schema(required = true, description = "Empty: not split.") List<Share> splits) {

    @Schema(name = "OpportunitySplit", description = "One member's share of the credit.")
    public record Share(@Schema(required = true) UUID userId, @Schema(required = true) String userName,
            @Schema(required = true) BigDecimal sharePct) {
    }
}
