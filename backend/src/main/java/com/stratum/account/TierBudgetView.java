package com.stratum.account;

import com.stratum.tier.Tier;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A tier's budget and how much of it is used.")
public record TierBudgetView(
        @Schema(required = true) Tier tier,
        @Schema(required = true, nullable = true, description = "The largest share of live accounts, in percent; null"
                + " when the budget is a count.") BigDecimal maxSharePct,
        @Schema(required = true, nullable = true, description = "The largest count; null when the budget is a share.")
        Integer maxCount,
        @Schema(required = true, description = "How many live accounts may be in the tier now.") long limit,
        @Schema(required = true, description = "Live accounts in the tier that count against the budget.") long used,
        @Schema(required = true, description = "Live accounts in the tier under an admin's override that has not"
                + " expired; they do not count.") long overridden,
        @Schema(required = true, description = "Live accounts of the company.") long live,
        @Schema(required = true) long version) {
}
