package com.stratum.contact;

import com.stratum.common.QueryParams;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the contact lists; repeat a parameter for "any of". */
public class ContactFilter {
    @QueryParam("q")
    @Parameter(description = "Within accounts (accountId, or an account's contacts): text contained in the name or"
            + " the email. Across all accounts: contacts with a word of their name or email starting with each word"
            + " of the term, in any order (\"berg ava\" finds Ava Berg-Lund, \"customer12.ex\" her email); only when"
            + " none has, contacts whose name or email contains the term, for terms of at least "
            + ContactQueries.MIN_FRAGMENT + " characters (\"erg\" finds her, \"rg\" does not). Across all accounts at most the first "
            + ContactQueries.SEARCH_CANDIDATES + " matches found are listed and sorted: when more match,"
            + " totalIsEstimate is true; add a word to narrow the search.")
    public String q;

    @QueryParam("buyingRole")
    @Parameter(schema = @Schema(type = SchemaType.ARRAY, implementation = BuyingRole.class))
    public List<String> buyingRole;

    @QueryParam("businessUnitId")
    @Parameter(schema = @Schema(type = SchemaType.ARRAY, implementation = UUID.class))
    public List<String> businessUnitId;

    @QueryParam("leftCompany")
    @Parameter(description = "true: only contacts who left the company; false: only current ones. Default: both.",
            schema = @Schema(type = SchemaType.BOOLEAN))
    public String leftCompany;

    @QueryParam("sort")
    @Parameter(description = "Comma list of name, createdAt, updatedAt; prefix - for descending. Default name.",
            example = "name")
    public String sort;

    /** The parsed filter, for the given accounts (empty: all); a malformed value is a 400 naming its parameter. */
    public Criteria criteria(List<UUID> accountIds) {
        return new Criteria(QueryParams.text("q", q), accountIds,
                QueryParams.enums("buyingRole", buyingRole, BuyingRole.class),
                QueryParams.uuids("businessUnitId", businessUnitId), QueryParams.bool("leftCompany", leftCompany));
    }

    public record Criteria(String q, List<UUID> accountIds, List<BuyingRole> buyingRoles, List<UUID> businessUnitIds,
            Boolean leftCompany) {
    }
}
