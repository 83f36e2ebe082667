package com.stratum.sync;

import com.stratum.common.PageParams;
import com.stratum.common.QueryParams;
import com.stratum.common.Sync;
import com.stratum.security.AccessFilter;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/deletions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sync", description = "What a sync needs besides the lists' updatedAfter: the records deleted since.")
public class DeletionResource {
    private final Deletions deletions;

    public DeletionResource(Deletions deletions) {
        this.deletions = deletions;
    }

    @GET
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME)
    @Operation(operationId = "listDeletions", summary = "List records deleted since an instant",
            description = "A sync's deleted feed: the records of one type deleted after updatedAfter, in (deletedAt,"
                    + " id) order, with the same settle window and " + Sync.HEADER + " header as the lists'"
                    + " updatedAfter. Needs the read scope of the type's list (accounts:read for ACCOUNT,"
                    + " contacts:read for CONTACT and BUSINESS_UNIT, opportunities:read, surveys:read for QBR,"
                    + " activities:read, tasks:read, revenue:read for PRODUCT and CONTRACT, events:read for"
                    + " ACCOUNT_EVENT). Archived accounts are not deleted: the accounts list shows them with"
                    + " archived true.")
    @APIResponse(responseCode = "200", description = "A page of deletions",
            content = @Content(schema = @Schema(implementation = DeletionPage.class)))
    @APIResponse(responseCode = "403", description = "The token lacks the read scope of the type")
    public DeletionPage list(
            @QueryParam("type") @Parameter(required = true, description = "The type of record.",
                    schema = @Schema(implementation = DeletedType.class)) String type,
            @QueryParam(Sync.PARAMETER) @Parameter(required = true, description = "Only deletions after this"
                    + " instant: the " + Sync.HEADER + " of the last run (1970-01-01T00:00:00Z for the first).",
                    example = "2027-03-31T12:00:00Z", schema = @Schema(type = SchemaType.STRING,
                    format = "date-time")) String updatedAfter,
            @BeanParam PageParams page) {
        return deletions.list(QueryParams.enums("type", type == null ? java.util.List.of() : java.util.List.of(type),
                DeletedType.class).stream().findFirst().orElse(null), Sync.after(updatedAfter), page.limit(), page.cursor);
    }
}
