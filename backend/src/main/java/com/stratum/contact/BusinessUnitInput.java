package com.stratum.contact;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The writable properties of a business unit: the body of a create, and the form a merge patch is applied to. */
@Schema(name = "BusinessUnitInput", description = "Writable properties of a business unit.")
public record BusinessUnitInput(
        @Schema(required = true, minLength = 1, maxLength = 200, description = "Unique within the account, ignoring"
                + " case.", examples = "Logistics Operations")
        @NotBlank @Size(max = 200) String name,
        @Schema(nullable = true, description = "A unit of the same account this one belongs to; not the unit itself"
                + " or one of its own sub-units.") UUID parentId,
        @Schema(nullable = true, description = "Default MEDIUM.") Relevance relevance) {
}
