package com.stratum.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "GROWTH: the account's growth target, made and kept in step by the plan (ARR against the"
        + " year's baseline); CUSTOM: written by the team.")
public enum ObjectiveKind {
    GROWTH, CUSTOM
}
