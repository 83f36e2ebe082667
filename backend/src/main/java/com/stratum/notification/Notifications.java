package com.stratum.notification;

import com.stratum.common.ApiProblem;
import com.stratum.common.Keyset;
import com.stratum.common.Paging;
import com.stratum.common.QueryBuilder;
import com.stratum.common.SortField;
import com.stratum.common.SortField.ValueType;
import com.stratum.common.Sync;
import com.stratum.common.Text;
import com.stratum.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * In-app notifications: {@link #send} writes one in the caller's transaction (a rolled-back change notifies
 * nobody); each user reads and marks only their own. Any feature may call it: it sits just above user.
 */
@ApplicationScoped
public class Notifications {
    /** The longest title kept; a longer one is cut with an ellipsis rather than refused. */
    static final int TITLE_MAX = 500;

    private static final List<SortField<Notification>> ORDER = List.of(
            new SortField<>("createdAt", "n.createdAt", ValueType.INSTANT, false, n -> n.createdAt),
            new SortField<>("updatedAt", "n.updatedAt", ValueType.INSTANT, false, n -> n.updatedAt));
    private static final Paging.Query<Notification> LIST = Paging.Query.of("n", "Notification n", Notification.class);

    private final EntityManager em;
    private final Paging paging;
    private final Sync sync;
    private final Clock clock;

    public Notifications(EntityManager em, Paging paging, Sync sync, Clock clock) {
        this.em = em;
        this.paging = paging;
        this.sync = sync;
        this.clock = clock;
    }

    /**
     * Tells {@code userId} that something happened, in the current transaction: {@code title} is one sentence,
     * {@code link} the SPA path of the page it is about (or null). Nobody is told (null) or a person told what they
     * did themselves (the caller of the current request) gets nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void send(UUID userId, NotificationKind kind, String title, String link) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        if (userId == null || CurrentCaller.userId().filter(userId::equals).isPresent()) {
            return;
        }
        Notification n = new Notification();
        n.id = UUID.randomUUID();
        n.userId = userId;
        n.kind = kind;
        n.title = title.length() <= TITLE_MAX ? title : title.substring(0, TITLE_MAX - 1) + "…";
        n.link = link;
        n.createdAt = Text.now(clock);
        n.updatedAt = n.createdAt;
        n.persist();
    }

    /** The caller's notifications, newest first; only the unread ones when {@code unread} is true. */
    @Transactional
    public NotificationPage list(Boolean unread, Instant updatedAfter, int limit, String cursor) {
        UUID me = me();
        Keyset<Notification> keyset = Keyset.parse(Sync.sort(updatedAfter, null), "-createdAt", ORDER, "n.id",
                n -> n.id);
        QueryBuilder query = new QueryBuilder();
        sync.bound(updatedAfter, "n.updatedAt", query);
        query.and("n.userId = " + query.param(me));
        if (unread != null) {
            query.and(unread ? "n.readAt is null" : "n.readAt is not null");
        }
        Paging.Slice<NotificationView> page = paging.page(LIST, query, keyset, limit, cursor)
                .map(NotificationView::of);
        return new NotificationPage(page.items(), page.nextCursor(), page.total(), page.totalIsEstimate(),
                unreadCount(me));
    }

    @Transactional
    public UnreadCount unreadCount() {
        return new UnreadCount(unreadCount(me()));
    }

    /** Marks one of the caller's notifications read (again: no change); another user's is not found. */
    @Transactional
    public NotificationView markRead(UUID id) {
        Notification n = Notification.findById(id);
        if (n == null || !n.userId.equals(me())) {
            throw ApiProblem.notFound("notification", id);
        }
        if (n.readAt == null) {
            n.readAt = Text.now(clock);
        }
        return NotificationView.of(n);
    }

    /** Marks every unread notification of the caller read, in one statement. */
    @Transactional
    public MarkedRead markAllRead() {
        int marked = em.createQuery("update Notification n set n.readAt = :now where n.userId = :me"
                        + " and n.readAt is null")
                .setParameter("now", Text.now(clock)).setParameter("me", me()).executeUpdate();
        return new MarkedRead(marked, 0);
    }

    /** Deletes the notifications made before {@code before}; how many. */
    @Transactional
    public int deleteOlderThan(Instant before) {
        return em.createQuery("delete from Notification n where n.createdAt < :before")
                .setParameter("before", before).executeUpdate();
    }

    private long unreadCount(UUID userId) {
        return em.createQuery("select count(n) from Notification n where n.userId = :me and n.readAt is null",
                Long.class).setParameter("me", userId).getSingleResult();
    }

    private static UUID me() {
        return CurrentCaller.userId().orElseThrow(() -> new IllegalStateException("notifications need a caller"));
    }
}
