package com.stratum.contact;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The documented shape of one item of POST /contacts/batch: every property of {@link ContactInput} plus its account
 * and external id (the items are read as JSON objects; this type only describes them).
 */
@Schema(name = "ContactBatchItem", description = "One contact to create or replace: every property of ContactInput"
        + " plus accountId, and externalId, both required.", allOf = {ContactInput.class, ContactBatchItem.Keys.class})
public record ContactBatchItem() {

    @Schema(name = "ContactBatchKeys", description = "What finds the contact of a batch item.")
    public record Keys(
            @Schema(required = true, description = "The contact's account.") java.util.UUID accountId,
            @Schema(required = true, minLength = 1, maxLength = 200, description = "The contact's id in the"
                    + " integrator's system; matched within the account.", examples = "CRM-C-0042")
            String externalId) {
    }
}
