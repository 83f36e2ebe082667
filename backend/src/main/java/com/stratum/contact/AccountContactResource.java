package com.stratum.contact;

import com.stratum.common.PageParams;
import com.stratum.common.Responses;
import com.stratum.common.SyncParams;
import com.stratum.security.AccessFilter;
import com.stratum.security.Scope;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An account's contacts; its own root path so it never shadows /api/v1/accounts/{id}. */
@Path("/api/v1/accounts/{accountId}/contacts")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.CONTACTS_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contacts")
public class AccountContactResource {
    static final String CONTACT_EXAMPLE = """
            {"name": "Jordan Lee", "title": "VP Operations", "email": "jordan.lee@northwind.example",
             "phone": "+49 30 1234567", "businessUnitId": "5d1c7a0e-2b4f-4c3a-9e8d-7f6a5b4c3d2e",
             "buyingRole": "DECISION_MAKER", "influence": 4, "stance": "ALLY", "preferredChannel": "VIDEO",
             "preferredLanguage": "de", "reportsToId": null,
             "relationshipOwnerId": "0b7f6a8e-3c1d-4a5e-9f2b-6d8c1e4a7b90", "leftCompanyOn": null}""";

    private final ContactService contacts;
    private final ContactUpserts upserts;

    public AccountContactResource(ContactService contacts, ContactUpserts upserts) {
        this.contacts = contacts;
        this.upserts = upserts;
    }

    @GET
    @Operation(operationId = "listAccountContacts", summary = "An account's contacts",
            description = "Keyset-paged, by name unless sorted otherwise; contacts who left the company too, unless"
                    + " leftCompany=false.")
    public ContactPage list(@PathParam("accountId") UUID accountId, @BeanParam ContactFilter filter,
            @BeanParam SyncParams sync, @BeanParam PageParams page) {
        return contacts.list(accountId, filter.criteria(List.of(accountId)), sync.after(), filter.sort, page.limit(),
                page.cursor);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.CONTACTS_WRITE_NAME)
    @Operation(operationId = "createContact", summary = "Add a contact to an account",
            description = "Recounts the account's coverage (singleThreaded) in the same transaction.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ContactInput.class),
            examples = @ExampleObject(name = "decisionMaker", value = CONTACT_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ContactView.class)))
    @APIResponse(responseCode = "409", description = "Another contact of the account has this email (the problem"
            + " names it in `existingId`), or the account is archived")
    public Response create(@PathParam("accountId") UUID accountId, ContactInput input, @Context UriInfo uri) {
        ContactView created = contacts.create(accountId, input);
        return Responses.created(uri.getBaseUriBuilder().path("api/v1/contacts").path(created.id().toString()).build(),
                created, created.version());
    }

    @PUT
    @Path("/by-external-id/{externalId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.CONTACTS_WRITE_NAME)
    @Operation(operationId = "upsertContactByExternalId", summary = "Create or replace an account's contact by its"
            + " external id", description = "For a sync: creates the contact when the account has none with this"
                    + " externalId (201), otherwise replaces its writable properties (200; a property left out is"
                    + " cleared). The rules of POST and PATCH apply, and the account's coverage is recounted. The"
                    + " body's externalId, if given, must be the path's. If-Match, when given, must name the current"
                    + " version (412 otherwise, also when the contact does not exist yet).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ContactInput.class),
            examples = @ExampleObject(name = "decisionMaker", value = CONTACT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The replaced (or unchanged) contact",
            content = @Content(schema = @Schema(implementation = ContactView.class)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ContactView.class)))
    @APIResponse(responseCode = "409", description = "Another contact of the account has this email (the problem"
            + " names it in `existingId`), or the account is archived")
    @APIResponse(responseCode = "412", description = "If-Match names a version that is not current, or the contact"
            + " does not exist yet")
    public Response upsert(@PathParam("accountId") UUID accountId, @PathParam("externalId") String externalId,
            ContactInput input, @HeaderParam("If-Match") String ifMatch, @Context UriInfo uri) {
        ContactUpserts.Upserted done = upserts.upsert(accountId, externalId, input, ifMatch);
        ContactView contact = done.contact();
        return done.outcome() == ContactUpserts.Outcome.CREATED
                ? Responses.created(uri.getBaseUriBuilder().path("api/v1/contacts").path(contact.id().toString())
                        .build(), contact, contact.version())
                : Responses.ok(contact, contact.version());
    }
}
