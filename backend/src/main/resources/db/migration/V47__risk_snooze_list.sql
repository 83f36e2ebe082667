-- The managers' list of snoozed risk flags (GET /api/v1/risk-snoozes): by end date, then flag, then account (the
-- keyset's order), with active=true a range from tomorrow on.
create index risk_flag_snooze_ends_idx on risk_flag_snooze (ends_on, flag, account_id);
