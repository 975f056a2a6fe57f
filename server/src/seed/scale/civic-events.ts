import { plus } from "./civic-matters";
import { at, lit, run, type ScaleContext } from "./sql";

// The matters' timelines (matter_events, append-only): every step the
// plan reached, in the order it happened, with the data the services put
// on each event.


const summary = (a: string, due: string) =>
  `jsonb_build_object('id', ${a}.id, 'role', ${a}.role, 'departmentId', ${a}.department_id, 'villageId', ${a}.village_id, 'officialUserId', ${a}.official_user_id, 'dueDate', ${due})`;

export async function writeEvents(ctx: ScaleContext) {
  const { tx } = ctx;
  const y = `(date ${lit(ctx.today)} - 1)`;
  const staff = `(select min(id) from users where role = 'DISTRICT_STAFF')`;
  const follow = (kind: string) =>
    `jsonb_build_object('followUpId', f.id, 'method', f.method, 'reached', f.reached, 'resolved', f.resolved, 'satisfaction', f.satisfaction)${kind}`;
  await run(tx, `
    create temp table s_event on commit drop as
    select m.id as matter_id, m.received_at as at, 0 as rank, 'SUBMITTED' as type, null as from_status, 'RECEIVED' as to_status, m.committee as actor,
           null as note, true as public, jsonb_build_object('code', c.code, 'source', c.source, 'urgency', c.urgency, 'categoryId', c.category_id) as data
    from s_matter m join civic_matters c on c.id = m.id
    union all
    select m.id, ${at(ctx, "m.ta", 600)}, 1, m.status, 'RECEIVED', m.status, m.committee, case when m.status = 'REJECTED' then m.reject_reason else '同一事项重复反映' end, true,
           case when m.status = 'MERGED' then jsonb_build_object('intoId', d.id, 'intoCode', d.code) end
    from s_matter m left join civic_matters d on d.id = m.duplicate_of where m.status in ('REJECTED', 'MERGED')
    union all
    select m.id, ${at(ctx, "m.ta", 600)}, 1, 'ASSIGNED', 'RECEIVED', 'ASSIGNED', coalesce(m.township_staff, ${staff}),
           case when m.urgency = 'CRITICAL' then '紧急事项，限期办理' end, true,
           jsonb_build_object('channel', m.channel, 'dueDate', m.due0, 'assignments', (select jsonb_agg(${summary("a", "m.due0")} order by a.id) from s_assign a where a.matter_id = m.id))
    from s_matter m where m.status not in ('RECEIVED', 'REJECTED', 'MERGED')
    union all
    select m.id, ${at(ctx, "m.tacc", "660 + a.id % 2")}, 2, 'ACCEPTED', case when a.lead then 'ASSIGNED' end, case when a.lead then 'IN_PROGRESS' end, a.actor, null, true,
           jsonb_build_object('assignment', ${summary("a", "m.due0")})
    from s_matter m join s_assign a on a.matter_id = m.id where m.status in ('IN_PROGRESS', 'RESOLVED', 'CLOSED')
    union all
    select m.id, ${at(ctx, plus("m.tacc", 1), 600)}, 3, 'PROGRESS', null, null, a.actor,
           case when m.u3 < 0.4 then '已与相关部门协调，内部跟进' else '已现场查看，正在制定处理方案' end, m.u3 >= 0.4, null
    from s_matter m join s_assign a on a.matter_id = m.id and a.lead
    where m.status in ('IN_PROGRESS', 'RESOLVED', 'CLOSED') and m.u2 < 0.5 and ${plus("m.tacc", 1)} <= ${y}
      and (m.status = 'IN_PROGRESS' or ${plus("m.tacc", 1)} < case when m.rework then m.tres1 else m.tres end)
    union all
    select x.matter_id, x.requested_at, 4, 'EXTENSION_REQUESTED', null, null, x.requested_by, x.reason, false,
           jsonb_build_object('extensionId', x.id, 'assignmentId', x.assignment_id, 'dueDate', m.due0, 'requestedDueDate', x.requested_due_date)
    from matter_extensions x join s_matter m on m.id = x.matter_id
    union all
    select x.matter_id, x.decided_at, 5, 'EXTENSION_' || x.state, null, null, x.decided_by, x.decision_note, x.state = 'APPROVED',
           case when x.state = 'APPROVED' then jsonb_build_object('extensionId', x.id, 'assignmentId', x.assignment_id, 'fromDueDate', m.due0, 'toDueDate', x.requested_due_date)
                else jsonb_build_object('extensionId', x.id, 'assignmentId', x.assignment_id) end
    from matter_extensions x join s_matter m on m.id = x.matter_id
    union all
    select s.matter_id, ${at(ctx, "s.day", 630)}, 6, 'SUPERVISED', null, null, ${staff}, v.reason, false,
           jsonb_build_object('supervisionId', s.id, 'level', s.level, 'responseDue', v.response_due, 'previousLevel', s.previous)
    from s_sup s join matter_supervisions v on v.id = s.id
    union all
    select m.id, ${at(ctx, "case when m.rework then m.tres1 else m.tres end", 960)}, 7, 'RESOLVED', 'IN_PROGRESS', 'RESOLVED', a.actor, m.resolution, true,
           jsonb_build_object('dueDate', m.due1, 'reworkCount', 0)
    from s_matter m join s_assign a on a.matter_id = m.id and a.lead where m.status in ('RESOLVED', 'CLOSED')
    union all
    select m.id, ${at(ctx, "m.tres", 960)}, 7, 'RESOLVED', 'IN_PROGRESS', 'RESOLVED', a.actor, m.resolution, true,
           jsonb_build_object('dueDate', m.due2, 'reworkCount', 1)
    from s_matter m join s_assign a on a.matter_id = m.id and a.lead where m.rework
    union all
    select f.matter_id, f.created_at, 8,
           case when not f.reached then 'FOLLOW_UP' when f.satisfaction = 'NOT' then 'REOPENED' else 'CLOSED' end,
           case when f.reached then 'RESOLVED' end,
           case when not f.reached then null when f.satisfaction = 'NOT' then 'IN_PROGRESS' else 'CLOSED' end,
           f.created_by, f.comment, true,
           case when f.satisfaction = 'NOT'
                then ${follow(`|| jsonb_build_object('reworkCount', 1, 'dueDate', m.due2, 'assignments', (select jsonb_agg(a.id order by a.id) from s_assign a where a.matter_id = m.id))`)}
                else ${follow("")} end
    from follow_ups f join s_matter m on m.id = f.matter_id`);
  await run(tx, `
    insert into matter_events (matter_id, type, from_status, to_status, actor_id, note, public, data, at)
    select matter_id, type, from_status::civic_status, to_status::civic_status, actor, note, public, data, at
    from s_event order by at, matter_id, rank`);
}
