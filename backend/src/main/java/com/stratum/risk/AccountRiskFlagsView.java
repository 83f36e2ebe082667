package com.stratum.risk;

import com.stratum.account.AccountRiskFlag;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AccountRiskFlags", description = "The risk flags an account carries now.")
public record AccountRiskFlagsView(
        @Schema(required = true) UUID accountId,
        @Schema(required = true) List<AccountRiskFlag> items) {
}
