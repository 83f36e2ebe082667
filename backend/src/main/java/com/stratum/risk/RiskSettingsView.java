package com.stratum.risk;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RiskSettings", description = "The risk flags' settings.")
public record RiskSettingsView(
        @Schema(required = true, minimum = "0", maximum = "100", description = "THREAT_PATH is raised when the"
                + " account's threat score is above this.") int threatThreshold,
        @Schema(required = true, description = "Optimistic-locking version; also the ETag.") long version) {
}
