package com.stratum.activity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The writable properties of an activity: the body of a create, and the form a merge patch is applied to. The
 * account is the one in the create's path and never changes; the author is whoever logs it.
 */
@Schema(name = "ActivityInput", description = "Writable properties of an activity.")
public record ActivityInput(
        @Schema(required = true) @NotNull ActivityType type,
        @Schema(required = true, description = "When it happened: now or earlier, never in the future.",
                examples = "2026-11-20T14:30:00Z") @NotNull Instant occurredAt,
        @Schema(required = true, minLength = 1, maxLength = 500, examples = "Renewal call with the CFO")
        @NotBlank @Size(max = 500) String summary,
        @Schema(nullable = true, maxLength = 20000, description = "Markdown; shown as text, never as HTML.",
                examples = "Agreed to **review pricing** before the renewal.") @Size(max = 20000) String body,
        @Schema(nullable = true, maxItems = 50, description = "Contacts of the same account who took part; each at"
                + " most once.") @Size(max = 50) List<@NotNull UUID> contactIds,
        @Schema(nullable = true, description = "An opportunity of the same account this activity was about.")
        UUID opportunityId,
        @Schema(nullable = true, description = "A QBR of the same account this activity was about.") UUID qbrId) {

    /** The contacts as given, none when absent. */
    List<UUID> contacts() {
        return contactIds == null ? List.of() : contactIds;
    }
}
