-- Scenario 36: the snoozed-flags list filtered to one flag read risk_flag_snooze_ends_idx (V47) in end-date order and
-- skipped the other flags' snoozes on the way (about nine in ten). This index gives one flag's snoozes in the list's
-- order (end date, then account), so a page stops after its 51 entries.
create index risk_flag_snooze_flag_ends_idx on risk_flag_snooze (flag, ends_on, account_id);
