package com.stratum.task;

import com.stratum.common.QueryParams;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the task list; repeat a parameter for "any of". */
public class TaskFilter {
    @QueryParam("assigneeId")
    @Parameter(description = "Only tasks assigned to these users.",
            schema = @Schema(type = SchemaType.ARRAY, implementation = UUID.class))
    public List<String> assigneeId;

    @QueryParam("accountId")
    @Parameter(description = "Only tasks on these accounts.",
            schema = @Schema(type = SchemaType.ARRAY, implementation = UUID.class))
    public List<String> accountId;

    @QueryParam("qbrId")
    @Parameter(description = "Only tasks linked to these QBRs (a failing QBR's follow-up tasks among them).",
            schema = @Schema(type = SchemaType.ARRAY, implementation = UUID.class))
    public List<String> qbrId;

    @QueryParam("status")
    @Parameter(schema = @Schema(type = SchemaType.ARRAY, implementation = TaskStatus.class))
    public List<String> status;

    @QueryParam("source")
    @Parameter(schema = @Schema(type = SchemaType.ARRAY, implementation = TaskSource.class))
    public List<String> source;

    @QueryParam("dueBefore")
    @Parameter(description = "Only tasks due before this day (not on it): today's date gives the overdue ones,"
            + " tomorrow's those due today or earlier.", schema = @Schema(type = SchemaType.STRING, format = "date"),
            example = "2027-03-31")
    public String dueBefore;

    @QueryParam("sort")
    @Parameter(description = "Comma list of dueDate, createdAt, updatedAt; prefix - for descending. Default dueDate"
            + " (the id breaks ties).", example = "dueDate")
    public String sort;

    /** The parsed filter; a malformed value is a 400 naming its parameter. */
    public Criteria criteria() {
        return new Criteria(QueryParams.uuids("assigneeId", assigneeId), QueryParams.uuids("accountId", accountId),
                QueryParams.uuids("qbrId", qbrId), QueryParams.enums("status", status, TaskStatus.class),
                QueryParams.enums("source", source, TaskSource.class), QueryParams.date("dueBefore", dueBefore));
    }

    /** What a list of tasks may be narrowed to; empty lists and null mean any. */
    public record Criteria(List<UUID> assigneeIds, List<UUID> accountIds, List<UUID> qbrIds, List<TaskStatus> statuses,
            List<TaskSource> sources, LocalDate dueBefore) {
    }
}
