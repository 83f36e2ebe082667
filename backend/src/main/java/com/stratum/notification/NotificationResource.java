package com.stratum.notification;

import com.stratum.common.PageParams;
import com.stratum.common.QueryParams;
import com.stratum.common.SyncParams;
import com.stratum.security.AccessFilter;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own notifications: nobody reads or marks another user's. */
@Path("/api/v1/notifications")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications", description = "What happened that the signed-in user should know about: a survey"
        + " answered, a follow-up judged, a handoff offered or accepted, a task assigned, an event added by an"
        + " integration. Each user sees only their own; kept 90 days.")
public class NotificationResource {
    private final Notifications notifications;

    public NotificationResource(Notifications notifications) {
        this.notifications = notifications;
    }

    @GET
    @Operation(operationId = "listNotifications", summary = "The caller's notifications, newest first",
            description = "With the count of unread ones in `unreadCount`.")
    public NotificationPage list(
            @QueryParam("unread") @Parameter(description = "true: only unread ones; false: only read ones."
                    + " Default: both.", schema = @Schema(type = SchemaType.BOOLEAN)) String unread,
            @BeanParam SyncParams sync, @BeanParam PageParams page) {
        return notifications.list(QueryParams.bool("unread", unread), sync.after(), page.limit(), page.cursor);
    }

    @GET
    @Path("/unread-count")
    @Operation(operationId = "countUnreadNotifications", summary = "How many of the caller's notifications are"
            + " unread", description = "For a bell that polls: one small query.")
    public UnreadCount unreadCount() {
        return notifications.unreadCount();
    }

    @POST
    @Path("/{id}/read")
    @Operation(operationId = "markNotificationRead", summary = "Mark one of the caller's notifications read",
            description = "Marking a read notification again changes nothing.")
    @APIResponse(responseCode = "200", description = "The notification, read",
            content = @Content(schema = @Schema(implementation = NotificationView.class)))
    @APIResponse(responseCode = "404", description = "No notification of the caller has this id")
    public NotificationView markRead(@PathParam("id") UUID id) {
        return notifications.markRead(id);
    }

    @POST
    @Path("/read-all")
    @Operation(operationId = "markAllNotificationsRead", summary = "Mark every notification of the caller read")
    @APIResponse(responseCode = "200", description = "How many were marked",
            content = @Content(schema = @Schema(implementation = MarkedRead.class)))
    public MarkedRead markAllRead() {
        return notifications.markAllRead();
    }
}
