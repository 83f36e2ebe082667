package com.stratum.revenue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The writable properties of a product: the body of a create, and the form a merge patch is applied to. */
@Schema(name = "ProductInput", description = "Writable properties of a product.")
public record ProductInput(
        @Schema(required = true, minLength = 1, maxLength = 64, description = "The billing system's product code;"
                + " unique whatever its case (ABC-1 and abc-1 are one product). Letters, digits and . _ - / only.",
                examples = "PLAT-ANNUAL")
        @NotBlank @Size(max = 64) @Pattern(regexp = "^\\s*[A-Za-z0-9._/-]+\\s*$", message = "Use only letters, digits and"
                + " the characters . _ - / in a SKU, without spaces.") String sku,
        @Schema(required = true, minLength = 1, maxLength = 200, examples = "Platform, annual subscription")
        @NotBlank @Size(max = 200) String name,
        @Schema(required = true, minLength = 1, maxLength = 100, description = "The product family the Revenue tab"
                + " groups by.", examples = "Platform") @NotBlank @Size(max = 100) String family,
        @Schema(required = true, description = "Recurring products make an account's ARR when its arrSource is"
                + " REVENUE.") @NotNull Boolean recurring,
        @Schema(nullable = true, description = "Default true. An inactive product takes no new revenue lines; its"
                + " past lines stay.") Boolean active) {
}
