-- Rate limits shared by every app instance: per key (API token, user or client address) the accepted
-- requests of each of the last window + 1 seconds, in a ring indexed by epoch second modulo its length.
-- Unlogged: the counts are worth nothing after a crash (PostgreSQL empties the table then, and clients get
-- a fresh allowance), so they skip the WAL and a commit does not wait for a flush (measured: about 3 times
-- the throughput of a logged table; see docs/performance.md). Half-empty pages leave room for HOT updates.
create unlogged table rate_limit (
    key      varchar(200) primary key,
    second   bigint not null,   -- the newest epoch second counted; the ring holds second - window .. second
    total    integer not null,  -- the sum of the ring, kept so that an accepted request needs no loop over it
    counts   integer[] not null
) with (fillfactor = 50);

-- Takes one request from a key's allowance of p_limit per p_window seconds, at time p_now, and says whether it
-- was accepted, what is left, when the whole allowance is back (reset_after) and, when refused, when one
-- request frees up (retry_after), both in whole seconds from p_now rounded up. Call it on its own
-- (autocommit), not inside other work: the key's row stays locked until the transaction ends.
--
-- Why at most p_limit are accepted in ANY interval [t, t + W) of W = p_window seconds: a request is accepted
-- only when the counts of its second s and the W seconds before it sum to less than p_limit. Take the last
-- request accepted within [t, t + W); its second s_m is at most floor(t) + W. Every earlier accepted request
-- of the interval has a second >= floor(t) >= s_m - W, so it was among the counts that the last one's
-- check summed: fewer than p_limit of them, hence at most p_limit in all. Requests of one key are
-- serialised by the row lock and their seconds never go backwards (a request stamped earlier than the
-- key's newest second, by an instance whose clock is slightly behind, counts in that newest second), so
-- "earlier" in acceptance order is earlier in time. The price of whole seconds: a request counts against
-- the allowance for W to W + 1 seconds. Instances' clocks must agree (NTP); p_now comes from the app's
-- clock so that tests can move time.
create function rate_limit_take(p_key text, p_limit int, p_window int, p_now timestamptz,
        out accepted boolean, out remaining int, out reset_after int, out retry_after int)
language plpgsql as $$
declare
    slots   constant int := p_window + 1;
    now_s   double precision := extract(epoch from p_now);
    sec     bigint := floor(now_s);
    latest  bigint;
    counted int;
    ring    int[];
    s       bigint;
    slot    int;
begin
    select r.second, r.total, r.counts into latest, counted, ring from rate_limit r where r.key = p_key for update;
    if not found then
        insert into rate_limit (key, second, total, counts) values (p_key, sec, 0, array_fill(0, array[slots]))
            on conflict (key) do nothing;
        select r.second, r.total, r.counts into latest, counted, ring from rate_limit r where r.key = p_key
            for update;
    end if;
    if sec < latest - p_window then
        -- The clock went back by more than a window (it was corrected): count afresh from now.
        ring := array_fill(0, array[slots]);
        counted := 0;
        latest := sec;
    elsif sec < latest then
        -- Time never goes backwards for a key: count in its newest second, measured from that second's start.
        sec := latest;
        now_s := latest;
    end if;
    if array_length(ring, 1) is distinct from slots or sec - latest >= slots then
        ring := array_fill(0, array[slots]); -- idle for a whole window, or the window length changed
        counted := 0;
    else
        -- Loops count offsets, not epoch seconds: a PL/pgSQL loop variable is an integer, and epoch seconds
        -- pass 2^31 in 2038.
        for i in 1 .. sec - latest loop -- the seconds that left the window give their slots back
            slot := (latest + i) % slots + 1;
            counted := counted - ring[slot];
            ring[slot] := 0;
        end loop;
    end if;
    accepted := counted < p_limit;
    -- A request counted in second k leaves the window when second k + slots begins.
    if accepted then
        slot := sec % slots + 1;
        ring[slot] := ring[slot] + 1;
        counted := counted + 1;
        update rate_limit set second = sec, total = counted, counts = ring where key = p_key;
        reset_after := ceil(sec + slots - now_s);
        retry_after := 0;
    else
        if sec <> latest then
            update rate_limit set second = sec, total = counted, counts = ring where key = p_key;
        end if;
        for i in 0 .. p_window loop -- the oldest counted second frees the next slot, the newest the last
            s := sec - p_window + i;
            if ring[s % slots + 1] > 0 then
                retry_after := coalesce(retry_after, ceil(s + slots - now_s));
                reset_after := ceil(s + slots - now_s);
            end if;
        end loop;
        retry_after := coalesce(retry_after, slots);
        reset_after := coalesce(reset_after, 0);
    end if;
    remaining := greatest(p_limit - counted, 0);
end $$;

-- Scheduled jobs run once across the cluster: an instance runs a job only while it holds the job's lease.
-- A lease that was not given back (the instance died) ends by itself at leased_until.
create table job_lease (
    name           varchar(100) primary key,
    holder         varchar(200),
    leased_until   timestamptz not null,
    started_at     timestamptz,
    finished_at    timestamptz,
    runs           bigint not null default 0
);

-- The follow-up judging job looks for open follow-ups by date.
create index qbr_follow_up_open_date_idx on qbr_follow_up (target_date) where status = 'OPEN';
