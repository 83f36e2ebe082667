package com.stratum.icp;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One named ideal customer profile: each criterion it sets counts with its weight (an empty list"
        + " or a range without ends leaves it open). An account's fit is the best over the active profiles.")
public record IcpProfileWrite(
        @Schema(required = true, minLength = 1, maxLength = 100, description = "Unique whatever its case.",
                examples = "Mid-market software in DACH") @NotBlank @Size(max = 100) String name,
        @Schema(required = true, description = "Only active profiles count towards an account's fit.")
        @NotNull Boolean active,
        @Schema(required = true, description = "Industries that fit, compared without case; empty: any.")
        @NotNull @Size(max = 50) List<@NotBlank @Size(max = 100) String> industries,
        @Schema(required = true, description = "ISO 3166-1 alpha-2 country codes that fit; empty: any.")
        @NotNull @Size(max = 250) List<@NotBlank @Size(min = 2, max = 2) String> countries,
        @Schema(nullable = true) @Min(0) @Max(10_000_000) Integer employeesMin,
        @Schema(nullable = true) @Min(0) @Max(10_000_000) Integer employeesMax,
        @Schema(nullable = true) @DecimalMin("0") @Digits(integer = 16, fraction = 2) BigDecimal revenueMin,
        @Schema(nullable = true) @DecimalMin("0") @Digits(integer = 16, fraction = 2) BigDecimal revenueMax,
        @Schema(required = true) @NotNull @Min(0) @Max(100) Integer industryWeight,
        @Schema(required = true) @NotNull @Min(0) @Max(100) Integer employeesWeight,
        @Schema(required = true) @NotNull @Min(0) @Max(100) Integer revenueWeight,
        @Schema(required = true) @NotNull @Min(0) @Max(100) Integer countryWeight) implements IcpCriteriaInput {
}
