package com.stratum.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become RFC 9457 problems. Nothing a client sends may surface as a 500,
 * a stack trace, SQL text or a class name, so everything unexpected is logged with a reference and
 * answered with that reference only.
 */
public class ProblemMapper {
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    /** Unique indexes whose violation (a race that slipped past the service's own check) means a 409. */
    private static final Map<String, String> UNIQUE_CONSTRAINTS = Map.of(
            "account_domain_uq", "Another live account already has this domain.",
            "account_external_id_uq", "Another account already has this externalId.",
            "contact_external_id_uq", "Another contact of this account already has this externalId.",
            "app_user_email_uq", "Another user already has this email.",
            // Two creates of one name at the same moment both pass the service's check; the index refuses the second.
            "competitor_name_uq", "Another competitor already has this name (whatever its case); use that one, or"
                    + " choose another name.",
            "business_unit_name_uq", "Another business unit of this account already has this name; choose another"
                    + " name.",
            "product_sku_uq", "Another product already has this SKU (whatever its case); choose another SKU.",
            "contact_email_uq", "Another contact of this account already has this email.");

    public static String typeUri(String slug) {
        return "urn:stratum:problem:" + slug;
    }

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem problem) {
        Response.ResponseBuilder response = Response.status(problem.status()).type(Problem.MEDIA_TYPE)
                .entity(problem.toProblem());
        problem.headers().forEach(response::header);
        return response.build();
    }

    /** Jackson's own subtypes are listed so that these win over the framework's built-in mappers. */
    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, MismatchedInputException.class,
            UnrecognizedPropertyException.class, InvalidFormatException.class, ValueInstantiationException.class})
    public Response json(JsonProcessingException e) {
        return apiProblem(JsonErrors.problem(e));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, headers);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json);
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String phrase = type == null ? "Client error" : type.getReasonPhrase();
        String title = phrase.charAt(0) + phrase.substring(1).toLowerCase(java.util.Locale.ROOT);
        String detail = switch (status) {
            case 400 -> "The request is malformed.";
            case 404 -> "No resource at this path.";
            case 405 -> "This method is not allowed on this resource.";
            case 406 -> "This resource answers application/json only.";
            case 415 -> "Unsupported content type; send application/json.";
            case 413 -> "The request body is too large.";
            default -> title + ".";
        };
        String slug = title.toLowerCase().replace(' ', '-');
        return respond(new Problem(typeUri(slug), title, status, detail, null, null));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers) {
        for (Throwable cause : causes(e)) {
            if (cause instanceof ApiProblem problem) {
                return apiProblem(problem);
            }
            if (cause instanceof JsonProcessingException json) {
                return json(json);
            }
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                // A writer that named the version it read lost the race at the database: its If-Match is as
                // stale as if it had arrived a moment later and failed the service's own check.
                if (headers.getHeaderString("If-Match") != null) {
                    return apiProblem(ApiProblem.staleVersionLostRace());
                }
                return respond(ApiProblem.concurrentModification().toProblem());
            }
            if (cause instanceof java.sql.SQLException sql && ("40P01".equals(sql.getSQLState())
                    || "40001".equals(sql.getSQLState()))) {
                // A deadlock or serialization failure between two writes to the same record at the same moment (the
                // known one, opportunity creates on one account, is gone since V57; this is the safety net): PostgreSQL
                // rolled this one back whole, so nothing changed and the client may simply send it again.
                LOG.warnf("Concurrent writes: %s", sql.getMessage());
                return respond(ApiProblem.concurrentModification().toProblem());
            }
            if (cause instanceof JDBCConnectionException || cause instanceof java.sql.SQLTransientConnectionException
                    || cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                LOG.warnf("Database unavailable: %s", cause.getMessage());
                return Response.fromResponse(respond(new Problem(typeUri("unavailable"), "Service unavailable", 503,
                        "The database cannot be reached right now. Try again in a moment.", null, null)))
                        .header("Retry-After", "5").build();
            }
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("22")) {
                // Data exceptions: a value the database cannot store, e.g. a date beyond year 9999.
                return apiProblem(ApiProblem.badRequest("A value in the request is outside what can be stored"
                        + " (for example a date beyond the year 9999)."));
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation
                    && violation.getConstraintName() != null) {
                String message = UNIQUE_CONSTRAINTS.get(violation.getConstraintName());
                if (message != null) {
                    return respond(ApiProblem.conflict("duplicate", "Duplicate value", message).toProblem());
                }
            }
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, reference %s", reference);
        return respond(new Problem(typeUri("internal"), "Internal error", 500,
                "Something went wrong on our side. Reference: " + reference + ".", null, null));
    }

    /**
     * The failure, its causes, and what was suppressed along the way, in that order: a commit that fails because
     * the database went away carries the connection error as a suppressed exception, not as a cause.
     */
    static java.util.List<Throwable> causes(Throwable e) {
        java.util.List<Throwable> found = new java.util.ArrayList<>();
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.ArrayDeque<Throwable> pending = new java.util.ArrayDeque<>(java.util.List.of(e));
        while (!pending.isEmpty() && found.size() < 50) {
            Throwable next = pending.removeFirst();
            if (seen.add(next)) {
                found.add(next);
                if (next.getCause() != null) {
                    pending.addFirst(next.getCause());
                }
                pending.addAll(java.util.List.of(next.getSuppressed()));
            }
        }
        return found;
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
