package com.stratum.handoff;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HandoffChecklistSection", description = "One section of a handoff's checklist: what the data said"
        + " when the handoff started, and what the person who started it added.")
public record ChecklistSection(
        @Schema(required = true) ChecklistKind kind,
        @Schema(required = true, examples = "Open follow-ups") String title,
        @Schema(required = true, description = "Filled from the account's data when the handoff started; may be"
                + " empty.") List<Item> items,
        @Schema(required = true, description = "Says what an empty section means, or where its items came from.")
        String summary,
        @Schema(required = true, nullable = true, description = "What the person who started the handoff added.")
        String note) {

    @Schema(name = "HandoffChecklistItem", description = "One line of a checklist section, naming the record it"
            + " came from when there is one.")
    public record Item(
            @Schema(required = true, examples = "Renewal with Northwind: 120,000.00 USD, NEGOTIATION, closes"
                    + " 2027-03-31") String text,
            @Schema(required = true, nullable = true, description = "account, qbr, opportunity or contact.",
                    examples = "opportunity") String recordType,
            @Schema(required = true, nullable = true) UUID recordId) {
    }
}
