package com.stratum.icp;

import com.stratum.account.AccountView;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The accounts of the decisions after they were saved, in the order sent.")
public record TierReviewDecisionsView(@Schema(required = true) List<AccountView> items) {
}
