import { plus } from "./civic-matters";
import { at, between, lit, pickOf, rnd, run, syncIdentity, type ScaleContext } from "./sql";

// The rows of each planned matter's steps (s_matter, civic-matters.ts):
// assignments by channel, supervision, extensions, follow-ups, and the
// append-only timeline of events, written in time order.

const open = `('RECEIVED', 'REJECTED', 'MERGED')`;

export async function writeAssignments(ctx: ScaleContext) {
  const { tx } = ctx;
  await run(tx, `
    create temp table s_unit on commit drop as
    select d.id, d.kind, d.township_id, row_number() over (partition by d.kind order by d.id)::int as ord,
           (select min(u.id) from users u where u.department_id = d.id) as staff
    from departments d where d.active`);
  const districtUnits = `(select count(*) from s_unit where kind = 'DISTRICT')`;
  const state = `case m.status when 'ASSIGNED' then 'PENDING' when 'IN_PROGRESS' then 'ACCEPTED' else 'DONE' end`;
  // lead: the unit (or official) whose acceptance starts the handling and who resolves.
  await run(tx, `
    create temp table s_assign on commit drop as
    select row_number() over (order by a.matter_id, a.rank)::int as id, a.*
    from (select m.id as matter_id, r.rank, r.role, r.department_id, r.village_id, r.official_user_id, r.actor, r.rank = 0 as lead
          from s_matter m
          cross join lateral (
            select 0 as rank, 'LEAD_UNIT' as role, null::int as department_id, m.village_id, null::int as official_user_id, m.committee as actor where m.channel = 'DIRECT'
            union all select 0, 'LEAD_OFFICIAL', null, null, m.township_staff, m.township_staff where m.channel = 'LEAD'
            union all select 0, 'LEAD_UNIT', u.id, null, null, u.staff from s_unit u
              where m.channel = 'JOINT' and u.kind = 'DISTRICT' and u.ord = ${between("m.i", 130, 1, 1000)} % ${districtUnits} + 1
            union all select 1, 'CO_UNIT', u.id, null, null, u.staff from s_unit u where m.channel = 'JOINT' and u.township_id = m.township_id
            union all select 0, 'LEAD_UNIT', u.id, null, null, u.staff from s_unit u where m.channel = 'SUPERVISED' and m.u2 < 0.5 and u.township_id = m.township_id
            union all select 0, 'LEAD_UNIT', null, m.village_id, null, m.committee where m.channel = 'SUPERVISED' and m.u2 >= 0.5
            union all select 1, 'SUPERVISOR', u.id, null, null, u.staff from s_unit u where m.channel = 'SUPERVISED' and u.kind = 'SUPERVISION_OFFICE' and u.ord = 1
          ) r
          where m.status not in ${open}) a`);
  await run(tx, `create index on s_assign (matter_id)`);
  await run(tx, `update s_assign set actor = (select min(id) from users where role = 'DISTRICT_STAFF') where actor is null`);
  await run(tx, `
    insert into matter_assignments (id, matter_id, role, department_id, village_id, official_user_id, person_name, state, due_date, result_note, created_at, updated_at)
    overriding system value
    select a.id, a.matter_id, a.role::assignment_role, a.department_id, a.village_id, a.official_user_id, u.display_name, (${state})::assignment_state,
           case when not a.lead then case when m.rework then m.due2 else m.due0 end when m.status = 'ASSIGNED' then m.due0 when m.rework then m.due2 else m.due1 end,
           case when a.lead and m.status in ('RESOLVED', 'CLOSED') then m.resolution end,
           ${at(ctx, "m.ta", 600)},
           case m.status when 'ASSIGNED' then ${at(ctx, "m.ta", 600)} when 'IN_PROGRESS' then ${at(ctx, "m.tacc", 660)} else ${at(ctx, "m.tres", 960)} end
    from s_assign a join s_matter m on m.id = a.matter_id left join users u on u.id = a.official_user_id
    order by a.id`);
  await run(tx, syncIdentity("matter_assignments"));
}

/** Supervision when late, requests for more time, follow-ups: rows with ids the events name. */
export async function writeHandling(ctx: ScaleContext) {
  const { tx } = ctx;
  const y = `(date ${lit(ctx.today)} - 1)`;
  const staff = `(select min(id) from users where role = 'DISTRICT_STAFF')`;
  // Urged the working day after it is due, a written notice after 6, escalated after 13, while it is still unresolved.
  await run(tx, `
    create temp table s_sup on commit drop as
    select row_number() over (order by day, matter_id, rank)::int as id, x.*,
           lag(level) over (partition by matter_id order by rank) as previous
    from (select m.id as matter_id, l.rank, l.level, ${plus("m.due1", "l.after")} as day
          from s_matter m, (values (1, 'URGE', 1), (2, 'WRITTEN', 6), (3, 'ESCALATED', 13)) l(rank, level, after)
          where m.status in ('IN_PROGRESS', 'RESOLVED', 'CLOSED') and not m.rework
            and (l.rank = 1 or ${rnd("m.i * 10 + l.rank", 131)} < 0.6)
            and ${plus("m.due1", "l.after")} <= ${y}
            and (m.status = 'IN_PROGRESS' or ${plus("m.due1", "l.after")} < m.tres)) x`);
  // A level only follows the one below it.
  await run(tx, `delete from s_sup s where s.rank > 1 and not exists (select 1 from s_sup p where p.matter_id = s.matter_id and p.rank = s.rank - 1)`);
  await run(tx, `
    insert into matter_supervisions (id, matter_id, level, reason, response_due, status, ended_at, created_by, created_at)
    overriding system value
    select s.id, s.matter_id, s.level::supervision_level,
           '逾期未办结，' || case s.level when 'URGE' then '催办' when 'WRITTEN' then '书面督办' else '提级督办' end,
           ${plus("s.day", 3)},
           (case when m.status = 'IN_PROGRESS' then 'OPEN' else 'ENDED' end)::supervision_status,
           case when m.status <> 'IN_PROGRESS' then ${at(ctx, "m.tres", 960)} end,
           ${staff}, ${at(ctx, "s.day", 630)}
    from s_sup s join s_matter m on m.id = s.matter_id order by s.id`);
  await run(tx, syncIdentity("matter_supervisions"));
  // Resolving ended them: only a matter still in hand shows its level.
  await run(tx, `update civic_matters c set supervision_level = s.level::supervision_level
    from (select distinct on (matter_id) matter_id, level from s_sup order by matter_id, rank desc) s
    where s.matter_id = c.id and c.status = 'IN_PROGRESS'`);
  await run(tx, `
    insert into matter_extensions (id, matter_id, assignment_id, requested_due_date, reason, state, requested_by, requested_at, decided_by, decided_at, decision_note)
    overriding system value
    select m.id, m.id, a.id, ${plus("m.due0", between("m.i", 119, 5, 10))}, ${pickOf(["需等待施工队进场", "涉及多部门协调", "需上级审批"], "m.i", 132)},
           case when m.ext_ok then 'APPROVED' else 'REFUSED' end::extension_state, a.actor, ${at(ctx, "m.treq", 700)},
           ${staff}, ${at(ctx, plus("m.treq", 1), 600)}, case when m.ext_ok then '同意延期' else '请按期办结' end
    from s_matter m join s_assign a on a.matter_id = m.id and a.lead
    where m.treq is not null and m.status in ('IN_PROGRESS', 'RESOLVED', 'CLOSED') and not m.rework
    order by m.id`);
  await run(tx, syncIdentity("matter_extensions"));
  // Follow-ups: an unanswered call now and then; the visit that closes it (or, in a rework round, finds the resident not satisfied).
  await run(tx, `
    create temp table s_follow on commit drop as
    select row_number() over (order by day, matter_id, kind)::int as id, x.*
    from (select m.id as matter_id, 'MISSED' as kind, m.tf0 as day, m.committee as actor from s_matter m
          where m.status in ('RESOLVED', 'CLOSED') and m.tf0 is not null and m.tf0 <= ${y} and (m.status = 'RESOLVED' or m.tf0 < m.tf)
          union all select m.id, 'NOT', m.tf1, m.committee from s_matter m where m.rework
          union all select m.id, 'CLOSED', m.tf, m.committee from s_matter m where m.status = 'CLOSED') x`);
  await run(tx, `
    insert into follow_ups (id, matter_id, method, reached, resolved, satisfaction, comment, created_by, created_at)
    overriding system value
    select f.id, f.matter_id,
           (case when f.kind = 'MISSED' then 'PHONE' else (array['PHONE', 'PHONE', 'VISIT', 'MEETING'])[${between("f.id", 133, 1, 4)}] end)::follow_up_method,
           f.kind <> 'MISSED',
           (case f.kind when 'NOT' then 'NO' when 'CLOSED' then case when ${rnd("f.id", 134)} < 0.75 or ${rnd("f.id", 135)} < 0.5 then 'YES' else 'PARTLY' end end)::follow_up_resolved,
           (case f.kind when 'NOT' then 'NOT' when 'CLOSED' then case when ${rnd("f.id", 134)} < 0.75 then 'SATISFIED' else 'BASICALLY' end end)::satisfaction,
           case f.kind when 'MISSED' then '电话无人接听' when 'NOT' then '问题没有根本解决' else case when ${rnd("f.id", 134)} < 0.75 then '很满意' else '基本解决' end end,
           f.actor, ${at(ctx, "f.day", "case f.kind when 'MISSED' then 600 else 660 end")}
    from s_follow f order by f.id`);
  await run(tx, syncIdentity("follow_ups"));
}
