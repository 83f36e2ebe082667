package com.stratum.icp;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One named ideal customer profile.")
public record IcpProfileDetail(
        @Schema(required = true) UUID id,
        @Schema(required = true) String name,
        @Schema(required = true) boolean active,
        @Schema(required = true, description = "The oldest profile: the one GET/PUT /api/v1/icp-profile read and"
                + " write.") boolean isDefault,
        @Schema(required = true) List<String> industries,
        @Schema(required = true) List<String> countries,
        @Schema(required = true, nullable = true) Integer employeesMin,
        @Schema(required = true, nullable = true) Integer employeesMax,
        @Schema(required = true, nullable = true) BigDecimal revenueMin,
        @Schema(required = true, nullable = true) BigDecimal revenueMax,
        @Schema(required = true) int industryWeight,
        @Schema(required = true) int employeesWeight,
        @Schema(required = true) int revenueWeight,
        @Schema(required = true) int countryWeight,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) long version) {

    static IcpProfileDetail of(IcpProfile p, boolean isDefault) {
        return new IcpProfileDetail(p.id, p.name, p.active, isDefault, List.copyOf(p.industries),
                List.copyOf(p.countries), p.employeesMin, p.employeesMax, p.revenueMin, p.revenueMax, p.industryWeight,
                p.employeesWeight, p.revenueWeight, p.countryWeight, p.createdAt, p.updatedAt, p.version);
    }
}
