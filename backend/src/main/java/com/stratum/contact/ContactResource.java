package com.stratum.contact;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import com.stratum.common.BatchItems;
import com.stratum.common.CsvParams;
import com.stratum.common.CsvExport;
import com.stratum.common.SyncParams;
import com.fasterxml.jackson.databind.JsonNode;
import com.stratum.common.MergePatch;
import com.stratum.common.PageParams;
import com.stratum.common.QueryParams;
import com.stratum.common.Responses;
import com.stratum.security.AccessFilter;
import com.stratum.security.Scope;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/contacts")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.CONTACTS_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contacts", description = "People at the customer, their business units and the account's coverage.")
public class ContactResource {
    private final ContactService contacts;
    private final ContactQueries queries;
    private final ContactBatch batch;

    public ContactResource(ContactService contacts, ContactQueries queries, ContactBatch batch) {
        this.contacts = contacts;
        this.queries = queries;
        this.batch = batch;
    }

    @POST
    @Path("/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.CONTACTS_WRITE_NAME)
    @Operation(operationId = "upsertContactBatch", summary = "Create or replace up to 1,000 contacts by external id",
            description = "Each item is a contact (the properties of ContactInput) with its accountId and externalId,"
                    + " both required, handled as PUT /accounts/{accountId}/contacts/by-external-id/{externalId} in its"
                    + " own transaction: valid items land even when others are refused, and each item's result says"
                    + " CREATED, UPDATED, UNCHANGED or REFUSED (with the problem). More than 1,000 items is refused"
                    + " whole (422)." + BatchItems.RACES)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ContactBatchInput.class),
            examples = @ExampleObject(name = "oneContact", value = """
                    {"items": [{"accountId": "0b7f6a8e-3c1d-4a5e-9f2b-6d8c1e4a7b90", "externalId": "CRM-C-0042",
                     "name": "Jordan Lee", "email": "jordan.lee@northwind.example"}]}""")))
    @APIResponse(responseCode = "200", description = "What became of each item",
            content = @Content(schema = @Schema(implementation = ContactBatchResult.class)))
    public ContactBatchResult upsertBatch(ContactBatchInput input) {
        if (input == null) {
            throw com.stratum.common.ApiProblem.badRequest("Send the batch as a JSON object with items.");
        }
        return batch.run(input);
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvExport.MEDIA_TYPE})
    @Operation(operationId = "searchContacts", summary = "Search contacts across accounts",
            description = "Keyset-paged, by name unless sorted otherwise. As CSV (Accept: text/csv or format=csv): every"
                    + " contact the filters match, unpaged; q then matches contacts with a word starting with each of"
                    + " its words, all of them rather than the search's first 500 candidates.")
    @APIResponse(responseCode = "200", description = "A page of contacts, or all of them as CSV", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactPage.class)),
            @Content(mediaType = CsvExport.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                    description = "Columns: " + ContactQueries.CSV))})
    public Response search(@BeanParam ContactFilter filter,
            @QueryParam("accountId") @Parameter(description = "Only contacts of these accounts; repeat for any of"
                    + " several.", schema = @Schema(type = SchemaType.ARRAY, implementation = UUID.class))
            List<String> accountId,
            @BeanParam SyncParams sync, @BeanParam CsvParams format, @BeanParam PageParams page,
            @Context HttpHeaders headers) {
        ContactFilter.Criteria criteria = filter.criteria(QueryParams.uuids("accountId", accountId));
        if (format.wanted(headers)) {
            return queries.csv(criteria, sync.after(), filter.sort);
        }
        return Response.ok(queries.list(criteria, sync.after(), filter.sort, page.limit(), page.cursor))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getContact", summary = "Get a contact")
    @APIResponse(responseCode = "200", description = "The contact",
            content = @Content(schema = @Schema(implementation = ContactView.class)))
    public Response get(@PathParam("id") UUID id) {
        ContactView contact = queries.view(id);
        return Responses.ok(contact, contact.version());
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.CONTACTS_WRITE_NAME)
    @Operation(operationId = "updateContact", summary = "Change a contact (JSON Merge Patch)",
            description = "Recounts the account's coverage in the same transaction: setting leftCompanyOn stops the"
                    + " contact counting.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ContactInput.class),
            examples = @ExampleObject(name = "left", value = "{\"leftCompanyOn\": \"2026-10-31\"}")))
    @APIResponse(responseCode = "200", description = "The changed contact",
            content = @Content(schema = @Schema(implementation = ContactView.class)))
    @APIResponse(responseCode = "409", description = "Another contact of the account has this email (the problem"
            + " names it in `existingId`)")
    public Response patch(@PathParam("id") UUID id, JsonNode patch, @HeaderParam("If-Match") String ifMatch) {
        ContactView contact = contacts.patch(id, patch, ifMatch);
        return Responses.ok(contact, contact.version());
    }

    @DELETE
    @Path("/{id}")
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.CONTACTS_WRITE_NAME)
    @Produces(MediaType.WILDCARD) // no body: any Accept will do (a generated client asks for problem+json)
    @Operation(operationId = "deleteContact", summary = "Delete a contact",
            description = "Contacts who reported to it then report to nobody (their reportsToId is cleared). A"
                    + " person who left is better kept with leftCompanyOn set: history stays readable.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "A QBR names the contact as a respondent; set leftCompanyOn"
            + " instead")
    public void delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        contacts.delete(id, ifMatch);
    }
}
