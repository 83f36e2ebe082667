package com.stratum.handoff;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewHandoff", description = "Starts handing an account over to another owner; the server builds the"
        + " checklist from the account's data and keeps the note and what is added per section.")
public record HandoffInput(
        @Schema(required = true, description = "The incoming owner: an active user who is not the current owner"
                + " and not a VIEWER.") @NotNull UUID toUserId,
        @Schema(nullable = true, maxLength = 2000, examples = "Renewal call with their CFO is on the 14th; I will"
                + " join it.") @Size(max = 2000) String note,
        @Schema(nullable = true, description = "Text added to checklist sections.") @Valid SectionNotes sectionNotes) {

    @Schema(name = "HandoffSectionNotes", description = "What to add to each checklist section; each is optional.")
    public record SectionNotes(
            @Schema(nullable = true, maxLength = 2000) @Size(max = 2000) String goals,
            @Schema(nullable = true, maxLength = 2000) @Size(max = 2000) String keyContacts,
            @Schema(nullable = true, maxLength = 2000) @Size(max = 2000) String openFollowUps,
            @Schema(nullable = true, maxLength = 2000) @Size(max = 2000) String openOpportunities,
            @Schema(nullable = true, maxLength = 2000) @Size(max = 2000) String risks) {

        String of(ChecklistKind kind) {
            return switch (kind) {
                case GOALS -> goals;
                case KEY_CONTACTS -> keyContacts;
                case OPEN_FOLLOW_UPS -> openFollowUps;
                case OPEN_OPPORTUNITIES -> openOpportunities;
                case RISKS -> risks;
            };
        }
    }
}
