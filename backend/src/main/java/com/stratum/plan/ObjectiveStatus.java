package com.stratum.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "MET: the latest value reached the target; MISSED: the due date passed without it; AT_RISK:"
        + " more than the tolerance behind linear progress from the baseline (at the plan's start) to the target"
        + " (at the due date); ON_TRACK otherwise, and before any measurement (rules.json plans.unmeasuredStatus) until"
        + " the due date passes.")
public enum ObjectiveStatus {
    ON_TRACK, AT_RISK, MET, MISSED
}
