package com.stratum.handoff;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HandoffChecklistPreview", description = "The checklist a handoff started now would carry, built"
        + " from the account's data, for review before starting it.")
public record ChecklistPreview(
        @Schema(required = true, description = "Goals, key contacts, open follow-ups, open opportunities and risks,"
                + " in that order; no section has a note yet.") List<ChecklistSection> checklist) {
}
