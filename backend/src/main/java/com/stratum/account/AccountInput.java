package com.stratum.account;

import com.stratum.tier.Tier;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The writable properties of an account: the body of a create, and the form a merge patch is applied to
 * (where {@code tier} is read-only: it changes through PUT /accounts/{id}/tier, with a reason).
 */
@Schema(name = "AccountInput", description = "Writable properties of an account.")
public record AccountInput(
        @Schema(required = true, minLength = 1, maxLength = 200, examples = "Northwind Logistics")
        @NotBlank @Size(max = 200) String name,
        @Schema(nullable = true, maxLength = 253, description = "Web domain; unique (case-insensitively) among"
                + " live accounts.", examples = "northwind.example")
        @Size(max = 253) @Pattern(regexp = "^([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$",
                message = "Enter a domain name such as example.com, without http:// or a path.") String domain,
        @Schema(nullable = true, maxLength = 200, description = "The account's id in the integrator's system; unique.",
                examples = "CRM-00042") @Size(max = 200) String externalId,
        @Schema(nullable = true, maxLength = 100, examples = "Logistics") @Size(max = 100) String industry,
        @Schema(nullable = true, maxLength = 100, examples = "EMEA North") @Size(max = 100) String territory,
        @Schema(nullable = true, description = "ISO 3166-1 alpha-2 code.", examples = "DE")
        @Pattern(regexp = "^[A-Za-z]{2}$", message = "Use an ISO 3166-1 alpha-2 country code such as DE.") String country,
        @Schema(nullable = true, minimum = "0", maximum = "10000000", examples = "1200") @Min(0) @Max(10_000_000)
        Integer employees,
        @Schema(nullable = true, minimum = "0", description = "The customer's own annual revenue.",
                examples = "250000000")
        @DecimalMin("0") @Digits(integer = 17, fraction = 2) BigDecimal annualRevenue,
        @Schema(nullable = true, minimum = "0", description = "Our annual recurring revenue with them; default 0."
                + " Typed only while arrSource is MANUAL: with REVENUE it is computed, and a typed value is refused.",
                examples = "180000")
        @DecimalMin("0") @Digits(integer = 17, fraction = 2) BigDecimal arr,
        @Schema(nullable = true, description = "Where arr comes from; default MANUAL. REVENUE: the last 12 complete"
                + " months of the account's recurring revenue lines, recomputed when lines land.") ArrSource arrSource,
        @Schema(nullable = true, description = "Default ACTIVE.") Lifecycle lifecycle,
        @Schema(nullable = true, examples = "2027-03-31") LocalDate renewalDate,
        @Schema(nullable = true, description = "The parent account; a cycle is refused.") UUID parentId,
        @Schema(nullable = true, description = "The account manager who owns it.") UUID ownerId,
        @Schema(nullable = true, description = "Initial tier on create (default STANDARD), subject to the owner's"
                + " capacity. Read-only in PATCH: use PUT /api/v1/accounts/{id}/tier.") Tier tier,
        @Schema(nullable = true, maxItems = 50) @Size(max = 50) List<@NotBlank @Size(max = 50) String> tags,
        @Schema(nullable = true, minimum = "0", maximum = "200", description = "Yearly growth target in percent;"
                + " default 15.", examples = "15") @Min(0) @Max(200) Integer growthTargetPct,
        @Schema(nullable = true, minimum = "0", description = "The ARR this year started with; default: the ARR when"
                + " the account is created.", examples = "180000")
        @DecimalMin("0") @Digits(integer = 17, fraction = 2) BigDecimal growthBaselineArr,
        @Schema(nullable = true, description = "Create only, admins only: lets an account created as KEY or STRATEGIC"
                + " pass the tier budget until the expiry date. Read-only in PATCH.")
        @Valid BudgetOverrideInput budgetOverride) {

    /** Without a budget override: the form of an existing account, which a patch is applied to. */
    public AccountInput withoutOverride() {
        return budgetOverride == null ? this : new AccountInput(name, domain, externalId, industry, territory, country,
                employees, annualRevenue, arr, arrSource, lifecycle, renewalDate, parentId, ownerId, tier, tags,
                growthTargetPct, growthBaselineArr, null);
    }
}
