package com.stratum.dataimport;

import com.stratum.common.PageParams;
import com.stratum.common.SyncParams;
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

@Path(DataImportResource.PATH)
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_WRITE_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports", description = "CSV imports of accounts and contacts from the SPA: upload, column mapping,"
        + " a preview of every refused row and why, commit with progress, and the list of past imports with their"
        + " files.")
public class DataImportResource {
    /** Its POST body streams past the usual body limit (web/RequestGate), up to stratum.imports.max-bytes. */
    public static final String PATH = "/api/v1/imports";
    static final String CSV = "text/csv";

    private final DataImports imports;

    public DataImportResource(DataImports imports) {
        this.imports = imports;
    }

    @POST
    @Consumes({CSV, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(operationId = "uploadDataImport", summary = "Upload a CSV file of accounts or contacts",
            description = "Managers and admins (a contact import also needs contacts:write). The body is the file"
                    + " itself: UTF-8 (a byte order mark is fine), RFC 4180, its first line naming the columns, up to"
                    + " stratum.imports.max-bytes (20 MiB by default). It is kept with the import (GET .../file)."
                    + " The answer (201) is the import, MAPPING, with the file's `headers`, the `columns` it can fill"
                    + " and a `mapping` guessed from the headers; send the mapping (POST .../mapping) to preview it."
                    + " A file that is not UTF-8 (`csv-encoding`), has no header line (`csv-no-header`, also when"
                    + " no name on the first line is a known column or one looks like a value: the first line is"
                    + " data) or is too large (413) is refused whole and nothing is kept. `unmappedHeaders` lists the"
                    + " headers the mapping leaves out: their values are not imported.")
    @RequestBody(required = true, content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING,
            format = "binary"), examples = @ExampleObject(name = "csv", value = """
                    CRM ID,Company,Website,Industry
                    CRM-00042,Northwind Logistics,northwind.example,Logistics
                    """)))
    @APIResponse(responseCode = "201", description = "Kept; waiting for its mapping",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = DataImportView.class)))
    @APIResponse(responseCode = "413", description = "The file is larger than the import limit")
    public Response upload(
            @QueryParam("kind") @Parameter(description = "What the file holds: ACCOUNTS or CONTACTS.",
                    required = true) ImportKind kind,
            @QueryParam("fileName") @Parameter(description = "The file's name, shown with the import and used for"
                    + " its download.", example = "accounts.csv") String fileName,
            InputStream body, @Context UriInfo uri) {
        DataImportView created = imports.upload(kind, fileName, body);
        return Response.status(Response.Status.CREATED).tag(String.valueOf(created.version())).entity(created)
                .location(uri.getBaseUriBuilder().path(PATH).path(created.id().toString()).build()).build();
    }

    @GET
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_READ_NAME)
    @Operation(operationId = "listDataImports", summary = "Past and running CSV imports, newest first",
            description = "Managers and admins. Keyset-paged; each with who started it, when, and its counts.")
    public DataImportPage list(
            @QueryParam("kind") @Parameter(description = "Only imports of this kind.") ImportKind kind,
            @QueryParam("createdById") @Parameter(description = "Only imports this user started.") UUID createdById,
            @BeanParam SyncParams sync, @BeanParam PageParams page) {
        return imports.list(kind, createdById, sync.after(), page.limit(), page.cursor);
    }

    @GET
    @Path("/{id}")
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_READ_NAME)
    @Operation(operationId = "getDataImport", summary = "Where an import stands: its mapping, preview and progress")
    @APIResponse(responseCode = "200", description = "The import",
            content = @Content(schema = @Schema(implementation = DataImportView.class)))
    public Response get(@PathParam("id") @Parameter(description = "The import.") UUID id) {
        DataImportView view = imports.get(id);
        return Responses.ok(view, view.version());
    }

    @GET
    @Path("/{id}/file")
    // JSON too, so that a refusal (401, 404) is negotiated as a problem before the file's type is chosen.
    @Produces({CSV, MediaType.APPLICATION_JSON})
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_READ_NAME)
    @Operation(operationId = "downloadDataImportFile", summary = "The file of an import, as it was uploaded")
    @APIResponse(responseCode = "200", description = "The file, byte for byte",
            headers = @Header(name = "Content-Disposition", description = "attachment, with the file's name",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary"),
                    examples = @ExampleObject(name = "csv", value = """
                            CRM ID,Company,Website,Industry
                            CRM-00042,Northwind Logistics,northwind.example,Logistics
                            """)))
    public Response file(@PathParam("id") @Parameter(description = "The import.") UUID id) {
        DataImports.File file = imports.file(id);
        String name = file.name().replaceAll("[^A-Za-z0-9._ -]", "_");
        return Response.ok(file.content(), CSV).header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }

    @GET
    @Path("/{id}/refused-rows")
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_READ_NAME)
    @Operation(operationId = "listDataImportRefusedRows", summary = "The rows of an import that will not be written,"
            + " and why", description = "In file order, keyset-paged. Complete once the import is READY; after the"
                    + " commit it also holds the rows refused then.")
    public RefusedRowPage refusedRows(@PathParam("id") @Parameter(description = "The import.") UUID id,
            @BeanParam PageParams page) {
        return imports.refusedRows(id, page.limit(), page.cursor);
    }

    @POST
    @Path("/{id}/mapping")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "mapDataImport", summary = "Say which header fills each column, and preview the import",
            description = "Managers and admins. The import becomes VALIDATING: each row is tried through the same"
                    + " rules as the API without writing anything, then it is READY with its counts (willCreate,"
                    + " willUpdate, willLeaveUnchanged, refusedRows) and its refused rows. A row matches an account"
                    + " by external_id when it has one, otherwise by name among live accounts (ignoring case; a name"
                    + " two live accounts share refuses the row); a contact by external_id, otherwise by email,"
                    + " within the account of its account_external_id or account_name. Rows that name the same"
                    + " record are all refused. A READY import may be mapped again. A mapping that reads a header the"
                    + " file does not have is a 400 (`csv-unknown-column`).")
    @APIResponse(responseCode = "200", description = "The import, VALIDATING",
            content = @Content(schema = @Schema(implementation = DataImportView.class)))
    @APIResponse(responseCode = "409", description = "The import is neither waiting for its mapping nor READY")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DataImportMapping.class), examples = @ExampleObject(name = "mapping",
            value = "{\"columns\": {\"external_id\": \"CRM ID\", \"name\": \"Company\", \"industry\": \"Sector\"}}")))
    public Response map(@PathParam("id") @Parameter(description = "The import.") UUID id, DataImportMapping mapping) {
        DataImportView view = imports.map(id, mapping);
        return Responses.ok(view, view.version());
    }

    @POST
    @Path("/{id}/commit")
    @Operation(operationId = "commitDataImport", summary = "Write the valid rows of a READY import",
            description = "Managers and admins. The import becomes COMMITTING; its valid rows are written one by one"
                    + " through the API's own rules, audited as the caller (created, updated, unchanged are counted"
                    + " as they go: poll the import), then it is COMMITTED. Refused rows are never written; a second"
                    + " commit is a 409.")
    @APIResponse(responseCode = "200", description = "The import, COMMITTING",
            content = @Content(schema = @Schema(implementation = DataImportView.class)))
    @APIResponse(responseCode = "409", description = "The import is not READY")
    public Response commit(@PathParam("id") @Parameter(description = "The import.") UUID id) {
        DataImportView view = imports.commit(id);
        return Responses.ok(view, view.version());
    }

    @POST
    @Path("/{id}/cancel")
    @Operation(operationId = "cancelDataImport", summary = "Discard an import before its commit",
            description = "Managers and admins. Nothing of it is written; it stays in the list with its file.")
    @APIResponse(responseCode = "200", description = "The import, CANCELLED",
            content = @Content(schema = @Schema(implementation = DataImportView.class)))
    @APIResponse(responseCode = "409", description = "The import is committing or done")
    public Response cancel(@PathParam("id") @Parameter(description = "The import.") UUID id) {
        DataImportView view = imports.cancel(id);
        return Responses.ok(view, view.version());
    }
}
