package com.stratum.competition;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The writable properties of an offering gap: the body of a create and the form a merge patch is applied to. */
@Schema(name = "OfferingGapInput", description = "Writable properties of an offering gap.")
public record OfferingGapInput(
        @Schema(required = true, description = "The competitor that offers it (GET /api/v1/competitors).")
        @NotNull UUID competitorId,
        @Schema(required = true, minLength = 1, maxLength = 200, examples = "Route optimisation", description =
                "What they offer that we lack; unique per competitor whatever its case.")
        @NotBlank @Size(max = 200) String offering,
        @Schema(nullable = true, maxLength = 4000) @Size(max = 4000) String notes,
        @Schema(nullable = true, maxItems = 1000, description = "The accounts that use it (none when left out);"
                + " in a PATCH, every one (it replaces them all). To add or remove one account, PUT or DELETE"
                + " /api/v1/offering-gaps/{id}/accounts/{accountId}.")
        @Size(max = 1000) List<@NotNull UUID> accountIds) {
}
