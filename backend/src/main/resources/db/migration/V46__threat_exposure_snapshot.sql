-- The threat-exposure report is read from a snapshot (competition.ThreatExposureSnapshots): computing it reads every
-- live account's contacts, units, whitespace, QBRs, contracts and alerts (seconds at 100,000 accounts), while the
-- report is asked for by every manager's dashboard. A job recomputes it every few minutes, once across the cluster;
-- managers can recompute it at once. Rows with owner_id null hold the company-wide figures per tier, so that a report
-- without an owner filter reads three groups, not every owner's.
create table threat_exposure_snapshot (
    id          int         primary key check (id = 1),
    computed_at timestamptz not null,
    took_ms     int         not null
);

-- kind: a ThreatKind, or ALL (every selected live account; arr unused) or ANY (accounts with at least one path).
create table threat_exposure_total (
    owner_id uuid,
    tier     text           not null,
    kind     text           not null,
    accounts bigint         not null,
    arr      numeric(18, 2) not null
);
create index threat_exposure_total_owner_idx on threat_exposure_total (owner_id, tier);

create table threat_exposure_competitor (
    owner_id      uuid,
    tier          text           not null,
    competitor_id uuid           not null,
    accounts      bigint         not null,
    arr           numeric(18, 2) not null,
    value         numeric(18, 2) not null
);
create index threat_exposure_competitor_owner_idx on threat_exposure_competitor (owner_id, tier);
