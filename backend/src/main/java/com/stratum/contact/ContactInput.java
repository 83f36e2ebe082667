package com.stratum.contact;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The writable properties of a contact: the body of a create, and the form a merge patch is applied to. The account
 * is the one in the create's path and never changes.
 */
@Schema(name = "ContactInput", description = "Writable properties of a contact.")
public record ContactInput(
        @Schema(required = true, minLength = 1, maxLength = 200, examples = "Jordan Lee")
        @NotBlank @Size(max = 200) String name,
        @Schema(nullable = true, maxLength = 200, examples = "VP Operations") @Size(max = 200) String title,
        @Schema(nullable = true, maxLength = 320, format = "email", description = "Unique within the account,"
                + " ignoring case.", examples = "jordan.lee@northwind.example")
        @Email @Size(max = 320) String email,
        @Schema(nullable = true, maxLength = 50, description = "Digits, spaces and + ( ) - . / only.",
                examples = "+49 30 1234567")
        @Size(max = 50) @Pattern(regexp = "^\\+?[0-9][0-9 ()./-]*$", message = "Enter a phone number of digits,"
                + " spaces and + ( ) - . / only, such as +49 30 1234567.") String phone,
        @Schema(nullable = true, description = "A business unit of the same account.") UUID businessUnitId,
        @Schema(nullable = true) BuyingRole buyingRole,
        @Schema(nullable = true, minimum = "1", maximum = "5", description = "1 (little) to 5 (decisive).",
                examples = "4") @Min(1) @Max(5) Integer influence,
        @Schema(nullable = true) Stance stance,
        @Schema(nullable = true) PreferredChannel preferredChannel,
        @Schema(nullable = true, minLength = 2, maxLength = 2, description = "ISO 639-1 language code (the list is"
                + " in rules.json, `languages`).", examples = "de") String preferredLanguage,
        @Schema(nullable = true, description = "Another contact of the same account; no cycles.") UUID reportsToId,
        @Schema(nullable = true, description = "The user who keeps the relationship; an active user.")
        UUID relationshipOwnerId,
        @Schema(nullable = true, description = "The day the person left the company; not in the future. From then"
                + " on the contact no longer counts toward coverage, nor may it be a QBR respondent.")
        LocalDate leftCompanyOn,
        @Schema(nullable = true, maxLength = 200, description = "The contact's id in the integrator's system; unique"
                + " within the account. PUT /accounts/{accountId}/contacts/by-external-id/{externalId} matches on it.",
                examples = "CRM-C-0042") @Size(max = 200) String externalId) {
}
