package com.stratum.contact;

import java.util.Arrays;
import java.util.List;

/** A contact's part in the customer's buying decisions. */
public enum BuyingRole {
    ECONOMIC_BUYER(true), DECISION_MAKER(true), CHAMPION(false), INFLUENCER(false), USER(false), BLOCKER(false),
    PROCUREMENT(false), EXECUTIVE_SPONSOR(true);

    /**
     * The roles that count toward the coverage rule. The rule is SQL (the {@code account_coverage} view of V17),
     * which names the same roles; CoverageApiTest holds the two together.
     */
    public static final List<BuyingRole> DECISION_ROLES = Arrays.stream(values()).filter(BuyingRole::decision)
            .toList();

    private final boolean decision;

    BuyingRole(boolean decision) {
        this.decision = decision;
    }

    public boolean decision() {
        return decision;
    }
}
