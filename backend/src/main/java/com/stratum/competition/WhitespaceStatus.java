package com.stratum.competition;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who serves a business unit with a product family: we do (OURS; derived from revenue lines when the account bought
 * the family in the last 12 months), a competitor, the customer's own people (IN_HOUSE), nobody (NONE) or it is of
 * no use to them (NOT_RELEVANT).
 */
@Schema(name = "WhitespaceStatus")
public enum WhitespaceStatus {
    OURS, COMPETITOR, IN_HOUSE, NONE, NOT_RELEVANT
}
