package com.stratum.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "DRAFT while written, ACTIVE the one plan the account works to (one at a time), ARCHIVED when"
        + " done or replaced.")
public enum PlanStatus {
    DRAFT, ACTIVE, ARCHIVED
}
