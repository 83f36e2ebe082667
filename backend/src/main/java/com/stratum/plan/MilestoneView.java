package com.stratum.plan;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A step towards an objective.")
public record MilestoneView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID objectiveId,
        @Schema(required = true) String title,
        @Schema(required = true) LocalDate dueOn,
        @Schema(required = true) boolean done,
        @Schema(required = true, description = "Optimistic-locking version; also the ETag.") long version) {

    static MilestoneView of(PlanMilestone m) {
        return new MilestoneView(m.id, m.objectiveId, m.title, m.dueOn, m.done, m.version);
    }
}
