-- Issue 14, people: an account's business units and contacts, the coverage rule per tier (an account under it is
-- single-threaded) and the contacts a QBR was sent to.

-- The coverage rule per tier: at least this many current contacts with a decision role, and contacts in at least
-- this many business units.
alter table tier_policy
    add column min_decision_contacts integer not null default 0 check (min_decision_contacts between 0 and 100),
    add column min_business_units    integer not null default 0 check (min_business_units between 0 and 100);
update tier_policy set min_decision_contacts = 2, min_business_units = 2 where tier = 'STRATEGIC';
update tier_policy set min_decision_contacts = 1, min_business_units = 1 where tier = 'KEY';

create table business_unit (
    id          uuid primary key,
    account_id  uuid         not null references account (id),
    name        varchar(200) not null,
    parent_id   uuid references business_unit (id),
    relevance   varchar(10)  not null default 'MEDIUM' check (relevance in ('HIGH', 'MEDIUM', 'LOW')),
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    version     bigint       not null default 0
);
-- A unit's name is unique within its account, ignoring case; the account's list reads this index in name order.
create unique index business_unit_name_uq on business_unit (account_id, lower(name));
create index business_unit_account_name_idx on business_unit (account_id, name, id);
create index business_unit_parent_idx on business_unit (parent_id) where parent_id is not null;

create table contact (
    id                     uuid primary key,
    account_id             uuid         not null references account (id),
    name                   varchar(200) not null,
    title                  varchar(200),
    email                  varchar(320),
    phone                  varchar(50),
    business_unit_id       uuid references business_unit (id),
    buying_role            varchar(30) check (buying_role in ('ECONOMIC_BUYER', 'DECISION_MAKER', 'CHAMPION',
                               'INFLUENCER', 'USER', 'BLOCKER', 'PROCUREMENT', 'EXECUTIVE_SPONSOR')),
    influence              integer check (influence between 1 and 5),
    stance                 varchar(10) check (stance in ('ALLY', 'NEUTRAL', 'SKEPTIC')),
    preferred_channel      varchar(10) check (preferred_channel in ('EMAIL', 'PHONE', 'MEETING', 'VIDEO', 'CHAT')),
    preferred_language     varchar(2),
    reports_to_id          uuid references contact (id),
    relationship_owner_id  uuid references app_user (id),
    -- Set once the person has left the customer (never in the future): from then on they stop counting.
    left_company_on        date,
    -- Derived from the account's timeline (a later issue); null until then.
    last_touch_at          timestamptz,
    created_at             timestamptz  not null,
    updated_at             timestamptz  not null,
    version                bigint       not null default 0
);
-- An email belongs to one contact per account, ignoring case.
create unique index contact_email_uq on contact (account_id, lower(email)) where email is not null;
-- The account's People tab, by name; the global search by name, and its q through the trigram indexes.
create index contact_account_name_idx on contact (account_id, name, id);
create index contact_name_idx on contact (name, id);
create index contact_name_trgm_idx on contact using gin (name gin_trgm_ops);
create index contact_email_trgm_idx on contact using gin (email gin_trgm_ops);
create index contact_business_unit_idx on contact (business_unit_id) where business_unit_id is not null;
create index contact_reports_to_idx on contact (reports_to_id) where reports_to_id is not null;

-- The contacts a QBR was sent to, in the order given.
create table qbr_respondent (
    qbr_id      uuid    not null references qbr (id),
    contact_id  uuid    not null references contact (id),
    position    integer not null,
    primary key (qbr_id, contact_id)
);
create index qbr_respondent_contact_idx on qbr_respondent (contact_id);

create trigger business_unit_audit after insert or update or delete on business_unit for each row
    execute function audit_row('business-unit', 'id', 'version', 'created_at', 'updated_at');
create trigger contact_audit after insert or update or delete on contact for each row
    execute function audit_row('contact', 'id', 'version', 'created_at', 'updated_at');
create trigger qbr_respondent_audit after insert or update or delete on qbr_respondent for each row
    execute function audit_row('qbr-respondent', 'qbr_id');

-- The coverage rule, in one place: the counts and, for each shortfall, a sentence saying what the tier needs.
-- A contact counts while left_company_on is null (it is never set in the future); a decision role is
-- EXECUTIVE_SPONSOR, DECISION_MAKER or ECONOMIC_BUYER (contact.BuyingRole says the same, held to this by a test);
-- a business unit is covered when at least one current contact is in it. Read only through
-- refresh_account_coverage(), which stores the result on the account (so lists filter on an indexed column).
create view account_coverage as
select a.id as account_id, d.contacts as decision_contacts, u.units as business_units_covered,
       array_remove(array[
           case when d.contacts < p.min_decision_contacts then
               case d.contacts when 0 then 'No contact has a decision role'
                   else 'Only ' || d.contacts || case d.contacts when 1 then ' contact has' else ' contacts have' end
                        || ' a decision role' end
               || ' (executive sponsor, decision maker or economic buyer); ' || a.tier || ' accounts need '
               || p.min_decision_contacts || '.' end,
           case when u.units < p.min_business_units then
               case u.units when 0 then 'No business unit has a current contact'
                   else 'Only ' || u.units || case u.units when 1 then ' business unit has' else ' business units have' end
                        || ' a current contact' end
               || '; ' || a.tier || ' accounts need contacts in ' || p.min_business_units || '.' end
       ]::text[], null) as reasons
  from account a
  join tier_policy p on p.tier = a.tier
 cross join lateral (select count(*)::integer as contacts from contact c
                      where c.account_id = a.id and c.left_company_on is null
                        and c.buying_role in ('EXECUTIVE_SPONSOR', 'DECISION_MAKER', 'ECONOMIC_BUYER')) d
 cross join lateral (select count(distinct c.business_unit_id)::integer as units from contact c
                      where c.account_id = a.id and c.left_company_on is null
                        and c.business_unit_id is not null) u;

-- Stored on the account, written only by refresh_account_coverage(); archived accounts keep theirs too.
alter table account
    add column decision_contacts        integer not null default 0,
    add column business_units_covered   integer not null default 0,
    add column single_threaded_reasons  text[]  not null default '{}',
    add column single_threaded          boolean generated always as (cardinality(single_threaded_reasons) > 0) stored;
create index account_single_threaded_name_idx on account (archived, name, id) where single_threaded;

-- Recounts the given accounts: their rows are locked first (in id order), so that the count, taken by the next
-- statement with a fresh snapshot, sees every contact committed before; writers of one account's contacts lock
-- its row before they write, and so never count past each other. Returns how many accounts changed.
create function refresh_account_coverage(ids uuid[]) returns integer language plpgsql as $$
declare
    changed integer;
begin
    perform 1 from account where id = any (ids) order by id for update;
    update account a
       set decision_contacts = c.decision_contacts,
           business_units_covered = c.business_units_covered,
           single_threaded_reasons = c.reasons
      from account_coverage c
     where c.account_id = a.id and c.account_id = any (ids) and a.id = any (ids)
       and (a.decision_contacts, a.business_units_covered, a.single_threaded_reasons)
           is distinct from (c.decision_contacts, c.business_units_covered, c.reasons);
    get diagnostics changed = row_count;
    return changed;
end $$;

-- The derived columns are not audited: the contacts and policies they follow are.
drop trigger account_audit on account;
create trigger account_audit after insert or update or delete on account for each row
    execute function audit_row('account', 'id', 'version', 'created_at', 'updated_at', 'decision_contacts',
                               'business_units_covered', 'single_threaded_reasons', 'single_threaded');

select refresh_account_coverage(array(select id from account));
