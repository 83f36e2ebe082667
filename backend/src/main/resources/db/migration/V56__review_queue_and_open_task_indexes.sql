-- Issue 15's lists (docs/performance.md, scenarios 12 to 14): the review queue and My day read the NEW events they
-- show, not every NEW event of the company, and the open tasks are counted from an index alone.

-- A NEW event is due for review 7 or 14 days after it was recorded (accountevent/ReviewDeadline, set once): so an
-- overdue one was recorded more than 7 days ago, which the review queue adds as a bound on created_at to start its
-- index walk there rather than at the newest events, none of them overdue. Written down here so that it holds
-- (168 hours: 7 days of 24 hours as ReviewDeadline counts them, whatever the session's time zone).
alter table account_event add constraint account_event_review_a_week_after
    check (status <> 'NEW' or review_due_at >= created_at + interval '168 hours');

-- The review queue newest first: review_due_at in the index, so that the count of up to 1,001 overdue events is an
-- index-only scan (it joined an account per match and read every event's row).
drop index account_event_new_created_idx;
create index account_event_new_created_idx on account_event (created_at desc, id desc) include (review_due_at)
    where status = 'NEW';

-- One owner's NEW events (the review queue with ownerId, My day's events to review), per account of the owner:
-- both read every NEW event of the company and kept the owner's (16,000 at 100,000 accounts for about 30).
create index account_event_account_new_idx on account_event (account_id, review_due_at, id) include (created_at)
    where status = 'NEW';

-- An assignee's open tasks in the lists' order (due date, then id): the Tasks page's "mine" and My day's tasks due
-- read their page from it and count from it alone (the index had no id, so the lists read the tasks of every status).
drop index task_assignee_open_due_idx;
create index task_assignee_open_due_idx on task (assignee_id, due_date, id) where status = 'OPEN';
