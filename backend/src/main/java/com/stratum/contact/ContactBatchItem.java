package com.stratum.contact;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The documented shape of one item of POST /contacts/batch: a contact plus its account and external id. */
@Schema(name = "ContactBatchItem", description = "One contact to create or replace: every property of ContactInput"
        + " plus accountId, and externalId, both required.")
public record ContactBatchItem(
        @Schema(required = true, description = "The contact's account.") java.util.UUID accountId,
        @Schema(required = true, minLength = 1, maxLength = 200, description = "The contact's id in the"
                + " integrator's system; matched within the account.", examples = "CRM-C-0042") String externalId,
        @Schema(required = true, minLength = 1, maxLength = 200, examples = "Jordan Lee") String name) {
}
