-- Writes that V5 left unaudited: questions replaced under an unchanged template, growth baselines set
-- through an account, and the history rows whose reasons and notes are stored nowhere else.
create trigger survey_question_audit after insert or update or delete on survey_question for each row
    execute function audit_row('survey-question', 'id');
create trigger growth_baseline_audit after insert or update or delete on growth_baseline for each row
    execute function audit_row('growth-baseline', 'id');
create trigger tier_change_audit after insert or update or delete on tier_change for each row
    execute function audit_row('tier-change', 'id');
create trigger opportunity_stage_change_audit after insert or update or delete on opportunity_stage_change
    for each row execute function audit_row('opportunity-stage-change', 'id');

-- Row triggers do not see TRUNCATE; this statement trigger refuses it too.
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_immutable();
