import { demoCategories, sources } from "../civic/civic-demo-data";
import { arr, at, between, dayOf, lit, pickOf, rnd, run, type ScaleContext } from "./sql";

// Civic matters, planned whole in s_matter: each one's intended outcome,
// channel and the working days of its steps (triage, acceptance, a request
// for more time, resolution, a rework round, the follow-up). A step happens
// only if its day is before today; the status is the last step reached.
// civic-timeline.ts writes the rows of those steps.

const resolutions = ["已组织人员现场处理完毕", "经协调已落实解决", "已按政策办理到位", "已维修完成并验收"];
const rejections = ["不属于民事直说受理范围", "已通过司法途径处理", "反映人撤回诉求"];

/** The working-day calendar over the history (s_wd: every day, whether it is worked, and how many working days up to it). */
export async function workingDays(ctx: ScaleContext) {
  // Column names of their own, so that a caller's "day" is never taken for the calendar's.
  await run(ctx.tx, `
    create temp table s_wd on commit drop as
    select wd_day, working, sum(working::int) over (order by wd_day)::int as wd_n
    from (select d::date as wd_day, coalesce(c.kind = 'WORKDAY', extract(isodow from d) < 6) as working
          from generate_series(date ${lit(ctx.today)} - ${ctx.days + 30}, date ${lit(ctx.today)} + 800, interval '1 day') d
          left join calendar_days c on c.date = d::date) x`);
  await run(ctx.tx, `create unique index on s_wd (wd_day)`);
  await run(ctx.tx, `create temp table s_wn on commit drop as select wd_n as wn_n, wd_day as wn_day from s_wd where working`);
  await run(ctx.tx, `create unique index on s_wn (wn_n)`);
  await run(ctx.tx, `analyze s_wd`);
  await run(ctx.tx, `analyze s_wn`);
}

/** addWorkingDays: the k-th working day after a day (the day itself never counts), from s_wd (two index look-ups). */
export const plus = (day: string, k: string | number) =>
  `(select wn_day from s_wn where wn_n = (select wd_n from s_wd where wd_day = (${day})) + (${k})::int)`;

export async function planMatters(ctx: ScaleContext) {
  const { tx, size } = ctx;
  const y = `(date ${lit(ctx.today)} - 1)`;
  const k = "i";
  const outcome = `case when ${rnd(k, 100)} < 0.015 then 'RECEIVED' when ${rnd(k, 100)} < 0.04 then 'ASSIGNED' when ${rnd(k, 100)} < 0.08 then 'REJECTED'
    when ${rnd(k, 100)} < 0.11 then 'MERGED' when ${rnd(k, 100)} < 0.17 then 'IN_PROGRESS' when ${rnd(k, 100)} < 0.23 then 'RESOLVED' else 'CLOSED' end`;
  const channels = `(array['DIRECT', 'LEAD', 'JOINT', 'SUPERVISED'])[${between(k, 104, 1, 4)}]`;
  await run(tx, `
    create temp table s_matter on commit drop as
    select x.*, row_number() over (order by received_day, received_min, i)::int as id,
           case when x.urgency = 'CRITICAL' then greatest(1, x.category_deadline / 2) else x.category_deadline end as deadline
    from (select i, o.outcome, v.id as village_id, v.township_id, v.committee, v.township_staff, v.name as village_name,
                 c.id as category_id, c.deadline_days as category_deadline, c.titles,
                 case when ${rnd(k, 105)} < 0.7 then c.default_channel::text else ${channels} end as channel,
                 case when ${rnd(k, 106)} < 0.03 then 'CRITICAL' when ${rnd(k, 106)} < 0.15 then 'URGENT' else 'NORMAL' end as urgency,
                 ${pickOf(sources, k, 107)} as source,
                 case when o.outcome in ('RECEIVED', 'ASSIGNED') then date ${lit(ctx.today)} - ${between(k, 101, 2, 6)}
                      when o.outcome = 'IN_PROGRESS' and ${rnd(k, 102)} < 0.7 then date ${lit(ctx.today)} - ${between(k, 103, 5, 40)}
                      else ${dayOf(ctx, between(k, 103, 0, ctx.days - 20))} end as received_day,
                 ${between(k, 108, 480, 1080)} as received_min,
                 ${rnd(k, 109)} as who, ${rnd(k, 110)} as u, ${rnd(k, 111)} as u2, ${rnd(k, 112)} as u3
          from generate_series(1, ${size.matters}) i
          cross join lateral (select ${outcome} as outcome) o
          join s_village v on v.ord = ${between(k, 113, 1, size.villages)}
          join (select cc.*, row_number() over (order by cc.id)::int as ord, t.titles
                from civic_categories cc join (values ${demoCategories.map((c) => `(${lit(c.code)}, ${arr(c.titles)})`).join(", ")}) t(code, titles) on t.code = cc.code) c
            on c.ord = ${between(k, 114, 1, demoCategories.length)}) x`);
  await run(tx, `create unique index on s_matter (id)`);
  // The days of the steps, as planned (later steps from earlier ones).
  await run(tx, `
    alter table s_matter add ta date, add due0 date, add tacc date, add duration int, add treq date, add ext_ok boolean, add due1 date,
      add tres1 date, add tf1 date, add due2 date, add tres date, add tf0 date, add tf date, add rework boolean, add status text,
      add level text, add household_id int, add resolution text, add reject_reason text, add duplicate_of int, add received_at timestamptz`);
  await run(tx, `update s_matter set ta = ${plus("received_day", between("i", 115, 1, 2))}`);
  await run(tx, `update s_matter set due0 = ${plus("ta", "deadline")}, tacc = ${plus("ta", between("i", 116, 0, 1))},
    duration = case when u < 0.75 then ${between("i", 117, 1, 1000)} % greatest(1, floor(deadline * 0.9)::int) + 1
                    when u < 0.92 then deadline + ${between("i", 118, 1, 8)} else deadline + ${between("i", 118, 15, 40)} end`);
  // A late one may ask for more time the working day before it is due (mostly approved).
  await run(tx, `update s_matter set treq = case when duration > deadline and u3 < 0.3 and deadline > 1 then ${plus("due0", -1)} end,
    ext_ok = u3 < 0.24, tres1 = ${plus("tacc", "duration")}`);
  // The request is decided the next working day: both before the matter is resolved and before today, or it is not asked.
  await run(tx, `update s_matter set treq = null where treq < tacc or ${plus("treq", 1)} > ${y} or (outcome <> 'IN_PROGRESS' and ${plus("treq", 1)} >= tres1)`);
  await run(tx, `update s_matter set due1 = case when treq is not null and ext_ok then ${plus("due0", between("i", 119, 5, 10))} else due0 end`);
  // Rework (重办): the first follow-up finds the resident not satisfied; reopened, resolved again, then closed.
  await run(tx, `update s_matter set rework = outcome = 'CLOSED' and u2 < 0.06, tf1 = ${plus("tres1", between("i", 120, 1, 4))}`);
  await run(tx, `update s_matter set due2 = case when rework then ${plus("tf1", "deadline")} else due1 end,
    tres = case when rework then ${plus("tf1", between("i", 121, 2, 8))} else tres1 end`);
  await run(tx, `update s_matter set tf0 = case when u2 > 0.88 then ${plus("tres", 1)} end,
    tf = ${plus("tres", between("i", 122, 2, 5))}`);
  // The status the steps reached by yesterday; a rework round only when it is over by then.
  await run(tx, `update s_matter set rework = rework and tf <= ${y}`);
  await run(tx, `update s_matter set status = case
      when ta > ${y} or outcome = 'RECEIVED' then 'RECEIVED'
      when outcome in ('REJECTED', 'MERGED') then outcome
      when tacc > ${y} or outcome = 'ASSIGNED' then 'ASSIGNED'
      when tres > ${y} or outcome = 'IN_PROGRESS' then 'IN_PROGRESS'
      when tf > ${y} or outcome = 'RESOLVED' then 'RESOLVED'
      else 'CLOSED' end,
    received_at = ${at(ctx, "received_day", "received_min")},
    resolution = ${pickOf(resolutions, "i", 123)}, reject_reason = ${pickOf(rejections, "i", 124)}`);
  // LEAD needs the township's staff; a matter without one goes JOINT.
  await run(tx, `update s_matter set channel = 'JOINT' where channel = 'LEAD' and township_staff is null`);
  // The submitter: a household of the village (most), a name and phone, or anonymous.
  await run(tx, `update s_matter m set household_id = h.id from s_household h
    where m.who < 0.7 and h.village_id = m.village_id and h.ord = 1 + floor(m.u3 * h.n)::int`);
  // A duplicate merges into the latest earlier matter that still stands.
  await run(tx, `update s_matter m set duplicate_of = d.target from (
      select id, max(case when status not in ('REJECTED', 'MERGED') then id end) over (order by id rows between unbounded preceding and 1 preceding) as target
      from s_matter) d where d.id = m.id and m.status = 'MERGED'`);
  await run(tx, `update s_matter set status = 'RECEIVED' where status = 'MERGED' and duplicate_of is null`);
}

/** The matters and their codes (MS-<year>-<number>, numbered per year in order of receipt). */
export async function writeMatters(ctx: ScaleContext) {
  const { tx } = ctx;
  const year = `extract(year from m.received_at at time zone ${lit(ctx.timezone)})::int`;
  const closedAt = `case when m.status in ('REJECTED', 'MERGED') then ${at(ctx, "m.ta", 600)} when m.status = 'CLOSED' then ${at(ctx, "m.tf", 660)} end`;
  const current = `case when m.status in ('RECEIVED', 'REJECTED', 'MERGED') then null else m.due2 end`;
  await run(tx, `
    insert into civic_matters (id, code, title, content, category_id, village_id, township_id, address, submitter_household_id, submitter_name,
      submitter_phone, anonymous, source, urgency, channel, status, due_date, supervision_level, rework_count, duplicate_of_id, resolution,
      resolved_at, closed_at, close_reason, version, created_by, received_at, updated_at)
    overriding system value
    select m.id, 'MS-' || ${year} || '-' || lpad((row_number() over (partition by ${year} order by m.id))::text, 5, '0'),
           t.title, m.village_name || t.title || '，群众反映强烈，请尽快协调处理。', m.category_id, m.village_id, m.township_id,
           m.village_name || ${between("m.i", 125, 1, 8)} || '组', m.household_id,
           case when m.household_id is not null then h.head_name when m.who < 0.9 then ${pickOf(["王", "李", "张", "刘", "陈"], "m.i", 126)} || '先生' end,
           case when m.household_id is not null then h.phone when m.who < 0.9 then '139' || lpad((abs(hashint8extended(m.i, 127)) % 100000000)::text, 8, '0') end,
           m.who >= 0.9, m.source::intake_source, m.urgency::urgency,
           case when m.status in ('RECEIVED', 'REJECTED', 'MERGED') then null else m.channel end::civic_channel,
           m.status::civic_status, ${current}, m.level::supervision_level, case when m.rework then 1 else 0 end,
           case when m.status = 'MERGED' then m.duplicate_of end,
           case when m.status in ('RESOLVED', 'CLOSED') then m.resolution end,
           case when m.status in ('RESOLVED', 'CLOSED') then ${at(ctx, "m.tres", 960)} end,
           ${closedAt},
           case when m.status = 'REJECTED' then m.reject_reason when m.status = 'MERGED' then '同一事项重复反映' end,
           1, m.committee, m.received_at, coalesce(${closedAt}, m.received_at)
    from s_matter m cross join lateral (select m.titles[${between("m.i", 128, 1, 5)}] as title) t
    left join households h on h.id = m.household_id
    order by m.id`);
  await run(tx, `select setval(pg_get_serial_sequence('civic_matters', 'id'), coalesce((select max(id) from civic_matters), 0) + 1, false)`);
  await run(tx, `
    insert into civic_code_counters (year, last)
    select split_part(code, '-', 2)::int, max(split_part(code, '-', 3)::int) from civic_matters group by 1`);
}
