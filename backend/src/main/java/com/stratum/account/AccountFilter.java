package com.stratum.account;

import com.stratum.common.QueryParams;
import com.stratum.tier.Tier;
import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the accounts list; repeat a parameter for "any of". */
public class AccountFilter {
    @QueryParam("q")
    @Parameter(description = "The exact externalId, or: within owners (ownerId) or a sync (updatedAfter), text"
            + " contained in the name or domain; across all accounts, accounts with a word of their name or domain"
            + " starting with each word of the term, in any order (\"kalo gmbh\" finds Kalomi Analytics GmbH); only"
            + " when no account has, accounts whose name or domain contains the term, for terms of at least "
            + AccountQueries.MIN_FRAGMENT + " characters (\"alomi\" finds it if no word starts so; \"al\" finds only"
            + " words starting so)."
            + " Across all accounts at most the first " + AccountQueries.SEARCH_CANDIDATES + " matches found (a whole"
            + " word's first in name order) are listed and sorted: when more match, totalIsEstimate is true; add a"
            + " word to narrow the search. A CSV export lists every match.")
    public String q;

    @QueryParam("tier")
    @Parameter(schema = @Schema(type = SchemaType.ARRAY, implementation = Tier.class))
    public List<String> tier;

    @QueryParam("ownerId")
    @Parameter(schema = @Schema(type = SchemaType.ARRAY, implementation = UUID.class))
    public List<String> ownerId;

    @QueryParam("industry")
    @Parameter(description = "Industry, ignoring case; repeat for any of several.")
    public List<String> industry;

    @QueryParam("territory")
    @Parameter(description = "Territory, ignoring case; repeat for any of several.")
    public List<String> territory;

    @QueryParam("country")
    @Parameter(description = "ISO 3166-1 alpha-2 code; repeat for any of several.")
    public List<String> country;

    @QueryParam("lifecycle")
    @Parameter(schema = @Schema(type = SchemaType.ARRAY, implementation = Lifecycle.class))
    public List<String> lifecycle;

    @QueryParam("renewalBefore")
    @Parameter(description = "Renewal on or before this date.", schema = @Schema(type = SchemaType.STRING,
            format = "date"))
    public String renewalBefore;

    @QueryParam("renewalAfter")
    @Parameter(description = "Renewal on or after this date.", schema = @Schema(type = SchemaType.STRING,
            format = "date"))
    public String renewalAfter;

    @QueryParam("minArr")
    @Parameter(description = "ARR at least this.", schema = @Schema(type = SchemaType.NUMBER))
    public String minArr;

    @QueryParam("maxArr")
    @Parameter(description = "ARR at most this.", schema = @Schema(type = SchemaType.NUMBER))
    public String maxArr;

    @QueryParam("qbrOverdue")
    @Parameter(description = "true: only accounts whose next QBR is past due; false: only those not yet due.",
            schema = @Schema(type = SchemaType.BOOLEAN))
    public String qbrOverdue;

    @QueryParam("singleThreaded")
    @Parameter(description = "true: only accounts under their tier's coverage rule; false: only those meeting it.",
            schema = @Schema(type = SchemaType.BOOLEAN))
    public String singleThreaded;

    @QueryParam("touchOverdue")
    @Parameter(description = "true: only accounts with no logged touch for longer than their tier's touch cadence;"
            + " false: only the others (tiers without a cadence included).", schema = @Schema(type = SchemaType.BOOLEAN))
    public String touchOverdue;

    @QueryParam("planMissing")
    @Parameter(description = "true: only KEY and STRATEGIC accounts without an ACTIVE plan; false: only the others.",
            schema = @Schema(type = SchemaType.BOOLEAN))
    public String planMissing;

    @QueryParam("planStale")
    @Parameter(description = "true: only KEY and STRATEGIC accounts whose ACTIVE plan was not reviewed within their"
            + " tier's QBR cadence; false: only the others.", schema = @Schema(type = SchemaType.BOOLEAN))
    public String planStale;

    @QueryParam("flag")
    @Parameter(description = "Only accounts with at least one of these risk flags counting now (not snoozed); repeat"
            + " for any of several.", schema = @Schema(type = SchemaType.ARRAY, implementation = RiskFlag.class))
    public List<String> flag;

    @QueryParam("archived")
    @Parameter(description = "true lists archived accounts only; default false, except with updatedAfter, which lists"
            + " both (a sync sees an account archived through its `archived` property).",
            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
    public String archived;

    @QueryParam("sort")
    @Parameter(description = "Comma list of name, arr, renewalDate, createdAt, updatedAt, nextQbrDue, flagCount (risk"
            + " flags counting now), arrAtRisk (the ARR of an account with at least one); prefix - for descending."
            + " Default name.", example = "-arr,name")
    public String sort;

    /** The parsed filter; a malformed value is a 400 naming its parameter. */
    public Criteria criteria() {
        Boolean archivedOnly = QueryParams.bool("archived", archived);
        return new Criteria(QueryParams.text("q", q), QueryParams.enums("tier", tier, Tier.class),
                QueryParams.uuids("ownerId", ownerId), QueryParams.strings("industry", industry),
                QueryParams.strings("territory", territory),
                QueryParams.strings("country", country).stream().map(String::toUpperCase).toList(),
                QueryParams.enums("lifecycle", lifecycle, Lifecycle.class),
                QueryParams.date("renewalBefore", renewalBefore), QueryParams.date("renewalAfter", renewalAfter),
                QueryParams.decimal("minArr", minArr), QueryParams.decimal("maxArr", maxArr),
                QueryParams.bool("qbrOverdue", qbrOverdue), QueryParams.bool("singleThreaded", singleThreaded),
                QueryParams.bool("touchOverdue", touchOverdue), QueryParams.bool("planMissing", planMissing),
                QueryParams.bool("planStale", planStale), QueryParams.enums("flag", flag, RiskFlag.class),
                archivedOnly);
    }

    public record Criteria(String q, List<Tier> tiers, List<UUID> ownerIds, List<String> industries,
            List<String> territories, List<String> countries, List<Lifecycle> lifecycles, LocalDate renewalBefore,
            LocalDate renewalAfter, BigDecimal minArr, BigDecimal maxArr, Boolean qbrOverdue, Boolean singleThreaded,
            Boolean touchOverdue, Boolean planMissing, Boolean planStale, List<RiskFlag> flags,
            Boolean archived) {
    }
}
