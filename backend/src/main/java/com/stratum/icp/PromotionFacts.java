package com.stratum.icp;

import com.stratum.account.TierBudgetView;
import com.stratum.tier.Tier;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What the promotion dialog shows before a promotion to KEY or STRATEGIC is saved.")
public record PromotionFacts(
        @Schema(required = true) UUID accountId,
        @Schema(required = true) Tier tier,
        @Schema(required = true, nullable = true, description = "ICP fit 0-100; null while the profile sets nothing.")
        Integer icpFit,
        @Schema(required = true, nullable = true) BigDecimal arr,
        @Schema(required = true, description = "The weighted amount of the account's open UPSELL and CROSS_SELL"
                + " opportunities.") BigDecimal potential,
        @Schema(required = true, description = "The account's threat score 0-100 (competition).") int threatScore,
        @Schema(required = true, description = "The KEY and STRATEGIC budgets and their use.")
        List<TierBudgetView> budgets) {
}
