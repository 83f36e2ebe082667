package com.stratum.account;

import jakarta.ws.rs.core.HttpHeaders;
import com.stratum.common.BatchItems;
import com.stratum.common.CsvParams;
import com.stratum.common.CsvExport;
import com.fasterxml.jackson.databind.JsonNode;
import com.stratum.common.MergePatch;
import com.stratum.common.PageParams;
import com.stratum.common.SyncParams;
import com.stratum.common.Responses;
import com.stratum.security.AccessFilter;
import com.stratum.security.Scope;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/accounts")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts", description = "Customer companies, their facts, owners and hierarchy.")
public class AccountResource {
    private static final String RENEWAL_PATCH = "{\"arr\": 195000.00, \"renewalDate\": \"2028-03-31\"}";
    private final AccountService accounts;
    private final AccountQueries queries;
    private final AccountTierService tiers;
    private final AccountUpserts upserts;
    private final AccountBatch batch;

    public AccountResource(AccountService accounts, AccountQueries queries, AccountTierService tiers,
            AccountUpserts upserts, AccountBatch batch) {
        this.accounts = accounts;
        this.queries = queries;
        this.tiers = tiers;
        this.upserts = upserts;
        this.batch = batch;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvExport.MEDIA_TYPE})
    @Operation(operationId = "listAccounts", summary = "List accounts",
            description = "Keyset-paged; live accounts unless archived=true. As CSV (Accept: text/csv or format=csv):"
                    + " every account the filters match, unpaged.")
    @APIResponse(responseCode = "200", description = "A page of accounts, or all of them as CSV", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountPage.class)),
            @Content(mediaType = CsvExport.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                    description = "Columns: " + AccountQueries.CSV))})
    public Response list(@BeanParam AccountFilter filter, @BeanParam SyncParams sync, @BeanParam CsvParams format,
            @BeanParam PageParams page, @Context HttpHeaders headers) {
        if (format.wanted(headers)) {
            return queries.csv(filter.criteria(), sync.after(), filter.sort);
        }
        return Response.ok(queries.list(filter.criteria(), sync.after(), filter.sort, page.limit(), page.cursor))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_WRITE_NAME)
    @Operation(operationId = "createAccount", summary = "Create an account",
            description = "The first tier (default STANDARD) is recorded in the tier history and counts against the"
                    + " owner's capacity.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AccountInput.class),
            examples = @ExampleObject(name = "keyAccount", value = """
                    {"name": "Northwind Logistics", "domain": "northwind.example", "externalId": "CRM-00042",
                     "industry": "Logistics", "territory": "EMEA North", "country": "DE", "employees": 1200,
                     "annualRevenue": 250000000.00, "arr": 180000.00, "lifecycle": "ACTIVE",
                     "renewalDate": "2027-03-31", "ownerId": "0b7f6a8e-3c1d-4a5e-9f2b-6d8c1e4a7b90", "tier": "KEY",
                     "tags": ["logistics", "expansion"]}""")))
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "409", description = "Duplicate domain or externalId (the problem names the"
            + " existing account in `existingId`), the owner is at the tier's capacity, or the KEY or STRATEGIC budget"
            + " is reached (tier-budget; an admin may send budgetOverride)")
    public Response create(AccountInput input, @Context UriInfo uri) {
        AccountView created = accounts.create(input);
        return Responses.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build(), created, created.version());
    }

    @PUT
    @Path("/by-external-id/{externalId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_WRITE_NAME)
    @Operation(operationId = "upsertAccountByExternalId", summary = "Create or replace an account by its external id",
            description = "For a sync: creates the account when no account has this externalId (201), otherwise"
                    + " replaces its writable properties (200): a property left out goes back to its default, as in a"
                    + " create, except the tier and the growth baseline, which are kept. The rules of POST and PATCH"
                    + " apply (tier capacity, handoffs for KEY and STRATEGIC owners, uniqueness); a different tier is"
                    + " refused (PUT /accounts/{id}/tier changes it with a reason). The body's externalId, if given,"
                    + " must be the path's. If-Match, when given, must name the current version (412 otherwise, also"
                    + " when the account does not exist yet).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AccountInput.class),
            examples = @ExampleObject(name = "fromCrm", value = """
                    {"name": "Northwind Logistics", "domain": "northwind.example", "industry": "Logistics",
                     "country": "DE", "arr": 180000.00, "renewalDate": "2027-03-31"}""")))
    @APIResponse(responseCode = "200", description = "The replaced (or unchanged) account",
            content = @Content(schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "409", description = "Duplicate domain (the problem names the existing account in"
            + " `existingId`), the owner is at the tier's capacity, the KEY or STRATEGIC budget is reached on a"
            + " create (tier-budget), or the owner of a KEY or STRATEGIC account changes only by handoff")
    @APIResponse(responseCode = "412", description = "If-Match names a version that is not current, or the account"
            + " does not exist yet")
    public Response upsert(@PathParam("externalId") String externalId, AccountInput input,
            @HeaderParam("If-Match") String ifMatch, @Context UriInfo uri) {
        AccountUpserts.Upserted done = upserts.upsert(externalId, input, ifMatch);
        AccountView account = done.account();
        return done.outcome() == AccountUpserts.Outcome.CREATED
                ? Responses.created(uri.getBaseUriBuilder().path("api/v1/accounts").path(account.id().toString())
                        .build(), account, account.version())
                : Responses.ok(account, account.version());
    }

    @POST
    @Path("/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_WRITE_NAME)
    @Operation(operationId = "upsertAccountBatch", summary = "Create or replace up to 1,000 accounts by external id",
            description = "Each item is handled as PUT /accounts/by-external-id/{externalId} with the item's"
                    + " externalId (required), in its own transaction: valid items land even when others are refused,"
                    + " and each item's result says CREATED, UPDATED, UNCHANGED or REFUSED (with the problem). More"
                    + " than 1,000 items is refused whole (422)." + BatchItems.RACES)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AccountBatchInput.class),
            examples = @ExampleObject(name = "twoAccounts", value = """
                    {"items": [{"externalId": "CRM-00042", "name": "Northwind Logistics", "domain": "northwind.example"},
                     {"externalId": "CRM-00043", "name": "Contoso Freight", "arr": 52000.00}]}""")))
    @APIResponse(responseCode = "200", description = "What became of each item",
            content = @Content(schema = @Schema(implementation = AccountBatchResult.class)))
    public AccountBatchResult batch(AccountBatchInput input) {
        if (input == null) {
            throw com.stratum.common.ApiProblem.badRequest("Send the batch as a JSON object with items.");
        }
        return batch.run(input);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAccount", summary = "Get an account", description = "Archived accounts too.")
    @APIResponse(responseCode = "200", description = "The account",
            content = @Content(schema = @Schema(implementation = AccountView.class)))
    public Response get(@PathParam("id") UUID id) {
        AccountView account = queries.view(id);
        return Responses.ok(account, account.version());
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_WRITE_NAME)
    @Operation(operationId = "updateAccount", summary = "Change an account (JSON Merge Patch)",
            description = "`tier` is read-only here (PUT /accounts/{id}/tier); a new owner must have capacity for"
                    + " the account's tier. The owner of a KEY or STRATEGIC account changes only by handoff"
                    + " (POST /accounts/{id}/handoffs): a different ownerId is refused with 409"
                    + " owner-change-needs-handoff. STANDARD accounts, and one getting its first owner, change at"
                    + " once; every change is kept in the owner history.")
    @Extension(name = "x-read-only-properties", value = "[\"tier\", \"budgetOverride\"]", parseValue = true)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AccountInput.class),
            examples = @ExampleObject(name = "renewal", value = RENEWAL_PATCH)))
    @APIResponse(responseCode = "200", description = "The changed account",
            content = @Content(schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "409", description = "Duplicate domain or externalId, the new owner is at the"
            + " tier's capacity, or the owner of a KEY or STRATEGIC account changes only by handoff")
    public Response patch(@PathParam("id") UUID id, JsonNode patch,
            @HeaderParam("If-Match") String ifMatch) {
        AccountView account = accounts.patch(id, patch, ifMatch);
        return Responses.ok(account, account.version());
    }

    @DELETE
    @Path("/{id}")
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_WRITE_NAME)
    @Produces(MediaType.WILDCARD) // no body: any Accept will do (a generated client asks for problem+json)
    @Operation(operationId = "archiveAccount", summary = "Archive an account",
            description = "The account leaves default lists (list it with archived=true) and frees its domain; it"
                    + " stays readable by id and comes back with POST /accounts/{id}/restore.")
    @APIResponse(responseCode = "204", description = "Archived")
    public void archive(@PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch) {
        accounts.archive(id, ifMatch);
    }

    @POST
    @Path("/{id}/restore")
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_WRITE_NAME)
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(operationId = "restoreAccount", summary = "Restore an archived account",
            description = "The account returns to the default lists with its history, QBRs and opportunities."
                    + " Restoring a live account changes nothing. The body is optional: an admin restoring a KEY or"
                    + " STRATEGIC account over its tier's budget sends budgetOverride, as on create.")
    @APIResponse(responseCode = "200", description = "The restored account",
            content = @Content(schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "409", description = "A live account has taken its domain meanwhile, its owner is"
            + " at the tier's capacity, or its tier's budget (KEY or STRATEGIC) is reached (tier-budget; an admin may"
            + " send budgetOverride)")
    @RequestBody(required = false, content = @Content(schema = @Schema(implementation = RestoreInput.class),
            examples = @ExampleObject(name = "override", value = """
                    {"budgetOverride": {"reason": "Board decision: reference customer for the new region",
                     "expiresOn": "2027-06-30"}}""")))
    public Response restore(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, RestoreInput input) {
        AccountView account = accounts.restore(id, ifMatch, input);
        return Responses.ok(account, account.version());
    }

    @PUT
    @Path("/{id}/tier")
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = "Tiers")
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_WRITE_NAME)
    @Operation(operationId = "changeAccountTier", summary = "Change an account's tier",
            description = "Recorded in the tier history with the reason. Setting the current tier again changes"
                    + " nothing.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TierChangeInput.class),
            examples = @ExampleObject(name = "promote", value = """
                    {"tier": "KEY", "reason": "Signed a three-year platform deal; exec sponsor engaged"}""")))
    @APIResponse(responseCode = "200", description = "The account in its new tier",
            content = @Content(schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "409", description = "The owner is at the tier's capacity, the tier's budget is"
            + " reached (tier-budget), the account is archived, or a handoff of it is open")
    public Response changeTier(@PathParam("id") UUID id, TierChangeInput request,
            @HeaderParam("If-Match") String ifMatch) {
        AccountView account = tiers.changeTier(id, request, ifMatch);
        return Responses.ok(account, account.version());
    }

    @GET
    @Path("/{id}/owner-history")
    @Operation(operationId = "listAccountOwnerHistory", summary = "An account's owner history, newest first",
            description = "Every owner change since owner history was kept: at creation, directly (a STANDARD"
                    + " account), or by an accepted handoff (KEY and STRATEGIC), which the entry names.")
    public OwnerChangePage ownerHistory(@PathParam("id") UUID id, @BeanParam PageParams page) {
        return accounts.ownerHistory(id, page.limit(), page.cursor);
    }

    @GET
    @Path("/{id}/tier-history")
    @Tag(name = "Tiers")
    @Operation(operationId = "listAccountTierHistory", summary = "An account's tier history, newest first")
    public TierChangePage history(@PathParam("id") UUID id, @BeanParam PageParams page) {
        return tiers.history(id, page.limit(), page.cursor);
    }
}
