-- What PostGraphile 4 needs to answer the benchmark operations over the bench database
-- (handoff_bench_m, handoff_bench_l). Applied by bench/ratio.mjs before P4 starts; idempotent.
--
-- PostGraphile exposes the real tables (schema public) with their foreign-key relations; the
-- range and search conditions it cannot express with its built-in `condition` argument are
-- custom query functions in schema p4 (a STABLE SQL function returning `setof <table>` becomes a
-- root query field, inlined into PostGraphile's single SQL statement):
--   Q0 viewer          -> p4.viewer(): the app_user of the JWT claim `user_id`
--   Q1/Q2 calendar     -> p4.calendar(range_start, range_end, facility): appointments overlapping
--                         the range, ordered like the API (starts_at, provider last name, id);
--                         provider, room and attendees -> patient come through the relations
--   Q3 patient search  -> p4.search_patients(search): the API's name search for one word (a
--                         name word starts with it; last-name matches first, then by lower last
--                         and first name, id), at most 501 rows like the API's capped count
--   Q4 patient profile -> patient(id) with its policies and payer through the relations, plus two
--                         computed columns (PostGraphile wants them in the table's own schema, so
--                         they live in public of the bench database): upcoming_appointments(n)
--                         and balance_cents
create schema if not exists p4;

drop function if exists p4.viewer();
create or replace function p4.viewer() returns public.app_user
  language sql stable as $$
  select u.* from public.app_user u
   where u.id = nullif(current_setting('jwt.claims.user_id', true), '')::uuid and u.active
$$;

create or replace function p4.calendar(range_start timestamptz, range_end timestamptz, facility uuid)
  returns setof public.appointment language sql stable as $$
  select a.* from public.appointment a join public.staff_member s on s.id = a.provider_id
   where a.starts_at < range_end and a.ends_at > range_start
     and a.starts_at > range_start - interval '8 hours' and a.facility_id = facility
   order by a.starts_at, s.last_name, a.id
$$;

create or replace function p4.search_patients(search text) returns setof public.patient
  language sql stable as $$
  select p.* from public.patient p
   where p.search_text like '%' || lower(search) || '%' and (' ' || p.search_text) like '% ' || lower(search) || '%'
   order by (lower(p.legal_last_name) collate "C" like lower(search) || '%') desc,
            lower(p.legal_last_name) collate "C", lower(p.legal_first_name) collate "C", p.id
   limit 501
$$;

create or replace function public.patient_upcoming_appointments(p public.patient, n int)
  returns setof public.appointment language sql stable as $$
  select a.* from public.appointment_attendee t join public.appointment a on a.id = t.appointment_id
   where t.patient_id = p.id and a.practice_id = p.practice_id and a.ends_at > now()
     and a.status not in ('CANCELLED', 'LATE_CANCELLED')
   order by a.starts_at, a.id limit n
$$;

create or replace function public.patient_balance_cents(p public.patient) returns int
  language sql stable as $$
  select coalesce(sum(l.amount_cents), 0)::int from public.ledger_entry l where l.patient_id = p.id
$$;

-- Permission-equivalent variant ("P4 auth"): PostGraphile verifies a JWT and runs each request
-- as the database role named in it, with the claims in jwt.claims.*. The front desk's role may
-- read the tables the operations touch, and row-level security limits every row to the
-- practice in the token. The API connects as the table owner (a superuser here), which RLS does
-- not apply to, so these policies change nothing for the other variants.
do $$ begin
  create role handoff_p4_frontdesk nologin;
exception when duplicate_object then null;
end $$;
grant usage on schema public, p4 to handoff_p4_frontdesk;
grant execute on all functions in schema p4 to handoff_p4_frontdesk;
grant execute on function public.patient_upcoming_appointments(public.patient, int),
  public.patient_balance_cents(public.patient) to handoff_p4_frontdesk;
grant select on public.app_user, public.staff_member, public.room, public.facility, public.appointment,
  public.appointment_attendee, public.patient, public.insurance_policy, public.payer, public.ledger_entry
  to handoff_p4_frontdesk;

do $$
declare t text;
begin
  foreach t in array array['app_user', 'staff_member', 'room', 'facility', 'appointment', 'appointment_attendee',
                           'patient', 'insurance_policy', 'payer', 'ledger_entry'] loop
    execute format('alter table public.%I enable row level security', t);
    execute format('drop policy if exists p4_same_practice on public.%I', t);
    execute format(
      $p$create policy p4_same_practice on public.%I for select to handoff_p4_frontdesk
         using (practice_id = nullif(current_setting('jwt.claims.practice_id', true), '')::uuid)$p$, t);
  end loop;
end $$;
