package com.stratum.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Names what a page of audit rows changed, in one statement whatever the page holds: for each row the record a
 * person knows it by (a QBR answer, a tier change or a follow-up belongs to its account, a stage change to its
 * opportunity, a question to its template, a session to its user, a business unit, a QBR's respondents, a handoff
 * or an owner change, an activity and its contacts or a task to its account) with that record's name, and the actor's name.
 * A row whose record is gone (a deleted session, a replaced question) finds its keys in its own changes.
 */
@ApplicationScoped
public class AuditRecords {
    public record Details(String recordType, String recordId, String recordName, String actorName) {
    }

    // The key a child row names its parent by: the live row's column, else the value the audit row recorded.
    private static final String RECORDED = "coalesce(e.changes -> '%1$s' ->> 'after', e.changes -> '%1$s' ->> 'before')";

    /** Every type in {@link AuditService#ENTITY_TYPES} has its record here (AuditApiTest holds them equal). */
    static final String SQL = """
            select e.id, r.record_type, r.record_id,
                   case r.record_type
                       when 'account' then (select a.name from account a where a.id = r.record_id::uuid)
                       when 'opportunity' then (select o.title from opportunity o where o.id = r.record_id::uuid)
                       when 'survey-template' then (select t.name from survey_template t where t.id = r.record_id::uuid)
                       when 'user' then (select u.name from app_user u where u.id = r.record_id::uuid)
                       when 'api-token' then (select k.name from api_token k where k.id = r.record_id::uuid)
                       when 'tier-policy' then r.record_id
                       when 'contact' then (select c.name from contact c where c.id = r.record_id::uuid)
                       when 'company-settings' then (select c.company_name from company_settings c where c.id = 1)
                       when 'product' then (select p.sku || ' ' || p.name from product p where p.id = r.record_id::uuid)
                       when 'data-import' then (select i.file_name from data_import i where i.id = r.record_id::uuid)
                       when 'commission-plan' then (select 'Commission plan ' || p.year from commission_plan p
                                                     where p.id = r.record_id::uuid)
                       when 'commission-period' then (select p.year || '-Q' || p.quarter from commission_period p
                                                       where p.id = r.record_id::uuid)
                   end,
                   actor.name
              from audit_event e
              left join app_user actor on actor.id = e.actor_id
             cross join lateral (select
                   case e.entity_type
                       when 'account' then 'account'
                       when 'tier-change' then 'account'
                       when 'growth-baseline' then 'account'
                       when 'account-team-member' then 'account'
                       when 'qbr' then 'account'
                       when 'qbr-answer' then 'account'
                       when 'qbr-follow-up' then 'account'
                       when 'handoff' then 'account'
                       when 'owner-change' then 'account'
                       when 'task' then 'account'
                       when 'opportunity' then 'opportunity'
                       when 'opportunity-stage-change' then 'opportunity'
                       when 'survey-template' then 'survey-template'
                       when 'survey-question' then 'survey-template'
                       when 'user' then 'user'
                       when 'session' then 'user'
                       when 'api-token' then 'api-token'
                       when 'tier-policy' then 'tier-policy'
                       when 'business-unit' then 'account'
                       when 'qbr-respondent' then 'account'
                       when 'contact' then 'contact'
                       when 'company-settings' then 'company-settings'
                       when 'activity' then 'account'
                       when 'activity-contact' then 'account'
                       when 'account-event' then 'account'
                       when 'product' then 'product'
                       when 'revenue-ingest' then 'revenue-ingest'
                       when 'contract' then 'account'
                       when 'revenue-alert' then 'account'
                       when 'revenue-alert-policy' then 'tier-policy'
                       when 'account-plan' then 'account'
                       when 'plan-review' then 'account'
                       when 'plan-objective' then 'account'
                       when 'plan-measurement' then 'account'
                       when 'plan-milestone' then 'account'
                       when 'data-import' then 'data-import'
                       when 'owner-target' then 'user'
                       when 'commission-plan' then 'commission-plan'
                       when 'opportunity-split' then 'opportunity'
                       when 'commission-period' then 'commission-period'
                       when 'commission-line' then 'user'
                       when 'icp-profile' then 'company-settings'
                       when 'icp-fit-profile' then 'company-settings'
                       when 'tier-budget' then 'tier-policy'
                       when 'tier-budget-override' then 'account'
                   end as record_type,
                   case e.entity_type
                       when 'tier-change' then coalesce(
                           (select c.account_id::text from tier_change c where c.id = e.entity_id::uuid), %1$s)
                       when 'growth-baseline' then coalesce(
                           (select g.account_id::text from growth_baseline g where g.id = e.entity_id::uuid), %1$s)
                       when 'qbr' then coalesce(
                           (select q.account_id::text from qbr q where q.id = e.entity_id::uuid), %1$s)
                       when 'account-team-member' then coalesce((select m.account_id::text
                           from account_team_member m where m.id = e.entity_id::uuid), %1$s)
                       when 'qbr-follow-up' then
                           (select q.account_id::text from qbr q where q.id = e.entity_id::uuid)
                       when 'handoff' then coalesce(
                           (select h.account_id::text from handoff h where h.id = e.entity_id::uuid), %1$s)
                       when 'owner-change' then coalesce(
                           (select c.account_id::text from owner_change c where c.id = e.entity_id::uuid), %1$s)
                       when 'task' then coalesce(
                           (select t.account_id::text from task t where t.id = e.entity_id::uuid), %1$s)
                       when 'qbr-answer' then (select q.account_id::text from qbr q where q.id = coalesce(
                           (select qa.qbr_id from qbr_answer qa where qa.id = e.entity_id::uuid), (%2$s)::uuid))
                       when 'opportunity-stage-change' then coalesce((select s.opportunity_id::text
                           from opportunity_stage_change s where s.id = e.entity_id::uuid), %3$s)
                       when 'survey-question' then coalesce(
                           (select q.template_id::text from survey_question q where q.id = e.entity_id::uuid), %4$s)
                       when 'session' then coalesce(
                           (select s.user_id::text from user_session s where s.id = e.entity_id::uuid), %5$s)
                       when 'business-unit' then coalesce(
                           (select b.account_id::text from business_unit b where b.id = e.entity_id::uuid), %1$s)
                       when 'qbr-respondent' then
                           (select q.account_id::text from qbr q where q.id = e.entity_id::uuid)
                       when 'activity' then coalesce(
                           (select x.account_id::text from activity x where x.id = e.entity_id::uuid), %1$s)
                       when 'activity-contact' then coalesce(
                           (select x.account_id::text from activity x where x.id = e.entity_id::uuid),
                           (select c.account_id::text from contact c where c.id = (%6$s)::uuid))
                       when 'account-event' then coalesce(
                           (select v.account_id::text from account_event v where v.id = e.entity_id::uuid), %1$s)
                       when 'contract' then coalesce(
                           (select k.account_id::text from contract k where k.id = e.entity_id::uuid), %1$s)
                       when 'revenue-alert' then coalesce(
                           (select v.account_id::text from revenue_alert v where v.id = e.entity_id::uuid), %1$s)
                       when 'account-plan' then coalesce(
                           (select v.account_id::text from account_plan v where v.id = e.entity_id::uuid), %1$s)
                       when 'plan-review' then coalesce(
                           (select v.account_id::text from plan_review v where v.id = e.entity_id::uuid), %1$s)
                       when 'plan-objective' then coalesce(
                           (select v.account_id::text from plan_objective v where v.id = e.entity_id::uuid), %1$s)
                       when 'plan-measurement' then coalesce(
                           (select v.account_id::text from plan_measurement v where v.id = e.entity_id::uuid), %1$s)
                       when 'plan-milestone' then coalesce(
                           (select v.account_id::text from plan_milestone v where v.id = e.entity_id::uuid), %1$s)
                       when 'owner-target' then coalesce(
                           (select v.user_id::text from owner_target v where v.id = e.entity_id::uuid), %5$s)
                       when 'opportunity-split' then coalesce(
                           (select v.opportunity_id::text from opportunity_split v where v.id = e.entity_id::uuid), %3$s)
                       when 'commission-line' then coalesce(
                           (select v.user_id::text from commission_line v where v.id = e.entity_id::uuid), %5$s)
                       when 'tier-budget-override' then coalesce((select v.account_id::text
                           from tier_budget_override v where v.id = e.entity_id::uuid), %1$s)
                       else e.entity_id
                   end as record_id) r
             where e.id in (:ids)
            """.formatted(RECORDED.formatted("account_id"), RECORDED.formatted("qbr_id"),
            RECORDED.formatted("opportunity_id"), RECORDED.formatted("template_id"),
            RECORDED.formatted("user_id"), RECORDED.formatted("contact_id"));

    private final EntityManager em;

    public AuditRecords(EntityManager em) {
        this.em = em;
    }

    /** The details of each audit row, by its id. */
    public Map<UUID, Details> of(List<UUID> eventIds) {
        Map<UUID, Details> details = new HashMap<>();
        if (eventIds.isEmpty()) {
            return details;
        }
        for (Object row : em.createNativeQuery(SQL).setParameter("ids", eventIds).getResultList()) {
            Object[] r = (Object[]) row;
            details.put((UUID) r[0], new Details((String) r[1], (String) r[2], (String) r[3], (String) r[4]));
        }
        return details;
    }
}
