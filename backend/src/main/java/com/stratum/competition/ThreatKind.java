package com.stratum.competition;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The ways in a competitor could take into an account; each is one rule of {@link ThreatRules}. */
@Schema(name = "ThreatKind")
public enum ThreatKind {
    /** A business unit where no contact was touched in the last 90 days (or nobody is known). */
    UNTOUCHED_UNIT,
    /** A whitespace cell a competitor holds; more when its contract ends within 6 months. */
    COMPETITOR_HOLDS,
    /** A competitor's offering we lack, which the account uses. */
    OFFERING_GAP,
    /** The account's coverage is single-threaded. */
    SINGLE_THREADED,
    /** An executive sponsor or decision maker left the customer in the last 365 days. */
    DEPARTED_SPONSOR,
    /** The last QBR failed us on strategic suggestions or on understanding their business. */
    FAILING_GRADE,
    /** A contract is inside its notice period. */
    RENEWAL_IN_NOTICE,
    /** A revenue alert is open (NEW or ACKNOWLEDGED). */
    OPEN_ALERT
}
