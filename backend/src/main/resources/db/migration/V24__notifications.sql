-- In-app notifications (issue 15): a sentence for one user about something that happened, with the page it is
-- about, written in the transaction of the change it follows (notification/Notifications.send). Not audited: it
-- is a message to a person, not a business record. Deleted 90 days after it was made (NotificationRetention).
create table notification (
    id          uuid primary key,
    user_id     uuid not null references app_user (id) on delete cascade,
    kind        varchar(30) not null check (kind in ('SURVEY_ANSWERED', 'FOLLOW_UP_JUDGED', 'HANDOFF_OFFERED',
                    'HANDOFF_ACCEPTED', 'TASK_ASSIGNED', 'EVENT_ADDED')),
    title       varchar(500) not null,
    link        varchar(500),
    created_at  timestamptz not null,
    read_at     timestamptz
);
-- A user's notifications newest first, all or only the unread ones (the bell's count).
create index notification_user_idx on notification (user_id, created_at, id);
create index notification_unread_idx on notification (user_id, created_at, id) where read_at is null;
-- Retention: the oldest first.
create index notification_created_idx on notification (created_at);
