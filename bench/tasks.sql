-- Tasks for the bench portfolio (issue 15), set-based: run by bench/data.sh after data.sql, and by bench/run.sh on a
-- database loaded before tasks existed (once the app has migrated it). Four tasks per account, assigned to its
-- owner, due from 30 days ago to 60 days ahead: 70% open, 25% done, 5% cancelled, so an owner of 200 accounts has
-- about 560 open tasks, some twenty of them due today or overdue. Deterministic (setseed), like data.sql.
\set ON_ERROR_STOP on
begin;
select setseed(0.15);
alter table task disable trigger user;
insert into task (id, account_id, title, assignee_id, due_date, status, source, completed_at, completed_by,
                  created_by, created_at, updated_at, version)
select md5('task' || a.id || '-' || j)::uuid, a.id,
       (array['Send the revised proposal', 'Call the economic buyer', 'Prepare the QBR deck', 'Review usage with the champion',
              'Confirm the renewal terms', 'Introduce the solutions architect'])[1 + (abs(hashtext(a.id::text)) + j) % 6],
       a.owner_id, current_date - 30 + (abs(hashtext(a.id::text || j)) % 91),
       s.status, 'MANUAL',
       case when s.status = 'DONE' then now() - interval '1 day' end,
       case when s.status = 'DONE' then a.owner_id end,
       a.owner_id, now() - interval '40 days', now() - interval '1 day', 0
from account a
cross join generate_series(0, 3) j
cross join lateral (select case when r < 0.70 then 'OPEN' when r < 0.95 then 'DONE' else 'CANCELLED' end as status
                    from (select random() + j * 0 as r) x) s
where a.owner_id is not null and not a.archived;
alter table task enable trigger user;
commit;
vacuum analyze task;
