package com.stratum.common;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every problem {@code type} the API can answer with ({@code urn:stratum:problem:<slug>}), its status and what it
 * means. The contract's Problem schema lists them ({@link ContractReadability}); ProblemTypesTest fails when the code
 * sends a type that is not here, or this lists one the code no longer sends.
 */
public final class ProblemTypes {
    /** A problem type: its HTTP status and what it means for the client. */
    public record Type(int status, String meaning) {
    }

    private static final Map<String, Type> TYPES = new LinkedHashMap<>();

    static {
        type("bad-request", 400, "The request is malformed: not JSON, a property given twice, a query parameter out of"
                + " range or given too often, a broken URL escape; `errors` names the parameter when one is at fault.");
        type("csv-no-header", 400, "The CSV file has no usable header line: it is empty, its first line leaves a"
                + " column unnamed or names one twice, or the first line is data (no name on it is a known column, or"
                + " a name looks like a value).");
        type("csv-encoding", 400, "The CSV file is not UTF-8 text; save it as CSV UTF-8 and upload it again.");
        type("csv-unknown-column", 400, "The import's mapping reads a header the CSV file's first line does not name.");
        type("unauthenticated", 401, "No valid credentials: sign in, or send a live API token as `Authorization: Bearer"
                + " <token>`. `reason` says `invalid-credentials` or `session-expired` where it applies.");
        type("forbidden", 403, "The role, the token's scopes or the record's owner do not allow this, or a signed-in"
                + " browser sent no valid X-CSRF-Token (`reason`: `csrf`).");
        type("forbidden-origin", 403, "The request came from a foreign Origin that is not allowed (CORS).");
        type("not-found", 404, "No resource with this id, or no resource at this path.");
        type("method-not-allowed", 405, "This method is not allowed on this path.");
        type("not-acceptable", 406, "The Accept header names no media type the operation answers with.");
        type("request-timeout", 408, "The request body did not arrive completely within the body timeout.");
        type("concurrent-modification", 409, "Another write to the same resource committed at the same moment; read"
                + " it again and retry (send If-Match to get 412 instead).");
        type("duplicate", 409, "A value that must be unique is taken; `field` names it and `existingId` the record that"
                + " holds it.");
        type("archived", 409, "The account is archived, so it cannot change or get new records; restore it first.");
        type("account-changed", 409, "The account no longer has the owner and tier the handoff started with.");
        type("activity-on-other-account", 409, "An activity with this source and externalId is logged on another"
                + " account; `existingId` names it.");
        type("alert-resolved", 409, "The revenue alert is resolved and stays so.");
        type("business-unit-in-use", 409, "The business unit still has contacts or child units.");
        type("competitor-in-use", 409, "Whitespace cells, offering gaps, LOST opportunities or revenue alerts name the"
                + " competitor; the counts say how many of each.");
        type("contact-in-use", 409, "The contact is the respondent of QBRs, so it stays on record.");
        type("currency-in-use", 409, "Revenue lines exist in the company currency, so it cannot change.");
        type("follow-up-judged", 409, "The QBR's follow-up has already been judged.");
        type("handoff-closed", 409, "The handoff is accepted, declined or cancelled already.");
        type("handoff-not-needed", 409, "The account gets its owner directly (it has none yet, or is STANDARD), without a"
                + " handoff.");
        type("handoff-open", 409, "The account has an open handoff, which must be settled first.");
        type("import-not-ready", 409, "The import is not at the step this needs: only a READY import (previewed, not"
                + " committed) can be committed; only one not yet committed can be mapped or cancelled.");
        type("junior-owner", 409, "The owner's level may not own an account of this tier.");
        type("no-default-template", 409, "There is no default survey template to send the QBR with.");
        type("opportunity-closed", 409, "The opportunity is closed (WON or LOST); reopen it first.");
        type("risk-flag-not-raised", 409, "The account does not carry this risk flag now, so it cannot be snoozed;"
                + " reload the account's flags.");
        type("opportunity-open", 409, "The opportunity is still open, so it cannot be reopened.");
        type("period-not-ended", 409, "The commission period (a calendar quarter) has not ended yet, so it cannot be"
                + " closed.");
        type("period-closed", 409, "The commission period is closed already; later changes to it are paid as"
                + " adjustments when the next period closes.");
        type("idempotency-key-in-use", 409, "A request with the same Idempotency-Key is still running; retry after"
                + " the Retry-After seconds to get its answer.");
        type("owner-change-needs-handoff", 409, "The owner of a KEY or STRATEGIC account changes only by handoff.");
        type("plan-active", 409, "The account has an ACTIVE plan already; archive it before activating another.");
        type("plan-archived", 409, "The plan is archived, so it is not reviewed any more.");
        type("growth-objective", 409, "The plan's GROWTH objective follows the account's growth target, baseline and"
                + " ARR: it is not measured, changed in its measure or removed by hand.");
        type("too-many-objectives", 409, "The plan has the most objectives allowed (rules.json"
                + " `plans.maxObjectives`); remove or merge one first.");
        type("qbr-answered", 409, "The QBR's survey is answered already.");
        type("qbr-closed", 409, "The QBR is closed.");
        type("survey-answered", 409, "The survey is answered already.");
        type("task-closed", 409, "The task is done or cancelled.");
        type("template-in-use", 409, "The survey template is used by QBRs.");
        type("tier-capacity", 409, "The owner already holds as many accounts of the tier as allowed; `limit` and"
                + " `held` say how many. On a tier change, `swapCandidates` names the owner's accounts a tier swap"
                + " could demote instead.");
        type("tier-budget", 409, "The promotion (or the account's creation or restore in KEY or STRATEGIC) would put"
                + " more live accounts in the tier than the company's tier budget allows; `budget`, `limit`, `used`"
                + " and `live` say how far, `swapCandidates` (promotions) which of the owner's accounts a swap could"
                + " demote. An admin may send `budgetOverride` with a reason and an expiry date (promotions, creates"
                + " and restores).");
        type("last-icp-profile", 409, "The ICP profile is the only one left, so it cannot be deleted; create another"
                + " profile first, or change this one instead.");
        type("icp-profile-limit", 409, "The company has as many ICP profiles as allowed (`limit`); delete one first.");
        type("too-many-tokens", 409, "The user has the most live API tokens allowed; revoke one first.");
        type("survey-expired", 410, "The survey link has expired.");
        type("survey-withdrawn", 410, "The survey was withdrawn.");
        type("stale-version", 412, "If-Match names a version that is no longer current; `currentVersion` is the"
                + " current one.");
        type("payload-too-large", 413, "The request body (or the CSV file of an import) is larger than its limit.");
        type("uri-too-long", 414, "The URL (path and query) is longer than its limit.");
        type("unsupported-media-type", 415, "The body is not sent in a media type the operation accepts.");
        type("idempotency-key-reused", 422, "The Idempotency-Key was used in the last 24 hours for a different"
                + " request; send a new key for a new request.");
        type("validation", 422, "The body breaks a rule; `errors` names each property and what to do.");
        type("too-many-requests", 429, "The rate limit is used up, or too many requests are in progress from one"
                + " address; wait `retryAfterSeconds` (the Retry-After header).");
        type("headers-too-large", 431, "The request headers are larger than their limit.");
        type("internal", 500, "An unexpected error on the server; it is logged.");
        type("report-not-ready", 503, "The report is read from a snapshot whose first computation on a new"
                + " installation has not finished; retry after the Retry-After seconds.");
        type("unavailable", 503, "The database cannot be reached right now; retry after the Retry-After seconds.");
    }

    private ProblemTypes() {
    }

    private static void type(String slug, int status, String meaning) {
        TYPES.put(slug, new Type(status, meaning));
    }

    /** Slug to type, in the order the contract lists them. */
    public static Map<String, Type> all() {
        return java.util.Collections.unmodifiableMap(TYPES);
    }

    /** The Markdown table the Problem schema's description ends with. */
    static String table() {
        StringBuilder table = new StringBuilder("**Problem types.** Every error is `application/problem+json` (RFC"
                + " 9457) whose `type` is `urn:stratum:problem:` followed by one of these:\n\n"
                + "| type | status | meaning |\n| --- | --- | --- |\n");
        TYPES.forEach((slug, type) -> table.append("| `").append(slug).append("` | ").append(type.status())
                .append(" | ").append(type.meaning().replace("|", "\\|")).append(" |\n"));
        return table.toString();
    }
}
