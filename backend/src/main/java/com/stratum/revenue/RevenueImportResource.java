package com.stratum.revenue;

import com.stratum.common.PageParams;
import com.stratum.common.Responses;
import com.stratum.security.AccessFilter;
import com.stratum.security.Scope;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(RevenueImportResource.PATH)
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.REVENUE_WRITE_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Revenue")
public class RevenueImportResource {
    /** The one path whose body the HTTP edge streams rather than reads whole (web/RequestGate). */
    public static final String PATH = "/api/v1/revenue-imports";
    static final String CSV = "text/csv";

    private final RevenueImports imports;

    public RevenueImportResource(RevenueImports imports) {
        this.imports = imports;
    }

    @POST
    @Consumes({CSV, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(operationId = "uploadRevenueImport", summary = "Upload a CSV file of revenue lines",
            description = "Managers and admins. The body is the file itself (UTF-8, RFC 4180), streamed: it may be"
                    + " far larger than the usual body limit (up to stratum.revenue.import.max-bytes, 1 GiB by"
                    + " default; a million lines is about 60 MB). The first line names the columns, in any order:"
                    + " `account_id` or `account_external_id` (one of the two per row), `sku`, `period` (YYYY-MM),"
                    + " `quantity`, `amount` (a dot for decimals, no thousands separators), `currency` (the company"
                    + " currency) and optionally `source` (`csv-import` when blank). A header naming an unknown"
                    + " column, or lacking one, is a 400 and nothing is kept. The answer (202) is the import,"
                    + " VALIDATING: poll it until READY, read its refused rows, then commit or cancel it. Rows follow"
                    + " the batch API's rules, and a (account, product, month) repeated in the file is refused on"
                    + " every row naming it. Only a body with a Content-Length streams: a chunked one is held to"
                    + " the usual body limit (1 MiB).")
    @RequestBody(required = true, content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING,
            format = "binary"), examples = @ExampleObject(name = "csv", value = """
                    account_external_id,sku,period,quantity,amount,currency,source
                    CRM-00042,PLAT-ANNUAL,2026-10,12,1500.00,EUR,billing export
                    """)))
    @APIResponse(responseCode = "202", description = "Uploaded; being validated",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RevenueImportView.class)))
    @APIResponse(responseCode = "413", description = "The file is larger than the import limit")
    public Response upload(@QueryParam("fileName") @Parameter(description = "The file's name, shown with the import.",
            example = "revenue-2026-10.csv") String fileName, InputStream body, @Context UriInfo uri) {
        RevenueImportView created = imports.upload(fileName, body);
        return Response.status(Response.Status.ACCEPTED).tag(String.valueOf(created.version())).entity(created)
                .location(uri.getBaseUriBuilder().path("api/v1/revenue-imports").path(created.id().toString())
                        .build()).build();
    }

    @GET
    @Path("/{id}")
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.REVENUE_READ_NAME)
    @Operation(operationId = "getRevenueImport", summary = "Where an import stands, with its counts")
    @APIResponse(responseCode = "200", description = "The import",
            content = @Content(schema = @Schema(implementation = RevenueImportView.class)))
    public Response get(@PathParam("id") UUID id) {
        RevenueImportView view = imports.get(id);
        return Responses.ok(view, view.version());
    }

    @GET
    @Path("/{id}/refused-rows")
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.REVENUE_READ_NAME)
    @Operation(operationId = "listRevenueImportRefusedRows", summary = "The rows of an import that will not land,"
            + " and why", description = "In file order, keyset-paged. Complete once the import is READY.")
    public ImportRowPage refusedRows(@PathParam("id") UUID id, @BeanParam PageParams page) {
        return imports.refusedRows(id, page.limit(), page.cursor);
    }

    @POST
    @Path("/{id}/commit")
    @Operation(operationId = "commitRevenueImport", summary = "Land the valid rows of a READY import",
            description = "Managers and admins. The import becomes COMMITTING; its valid rows land in chunks through"
                    + " the batch API's ingest (created, updated, unchanged are counted on the import), then it is"
                    + " COMMITTED. Refused rows never land.")
    @APIResponse(responseCode = "200", description = "The import, COMMITTING",
            content = @Content(schema = @Schema(implementation = RevenueImportView.class)))
    @APIResponse(responseCode = "409", description = "The import is not READY")
    public Response commit(@PathParam("id") UUID id) {
        RevenueImportView view = imports.commit(id);
        return Responses.ok(view, view.version());
    }

    @POST
    @Path("/{id}/cancel")
    @Operation(operationId = "cancelRevenueImport", summary = "Discard a READY import",
            description = "Managers and admins. Nothing of it lands.")
    @APIResponse(responseCode = "200", description = "The import, CANCELLED",
            content = @Content(schema = @Schema(implementation = RevenueImportView.class)))
    @APIResponse(responseCode = "409", description = "The import is not READY")
    public Response cancel(@PathParam("id") UUID id) {
        RevenueImportView view = imports.cancel(id);
        return Responses.ok(view, view.version());
    }
}
