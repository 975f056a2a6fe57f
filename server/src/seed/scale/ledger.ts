import { deductionRules, individualAwardRules, monthlyAppraisalRules, reversalReasons } from "../demo-data";
import { at, between, dayOf, lit, pickOf, rnd, run, syncIdentity, type ScaleContext } from "./sql";

// The points ledger, set-based. Every entry is first staged in s_entry,
// then numbered in time order and written at once with its running
// balance; the balances are the sums of the entries. No running balance
// can go below zero: every debit is paid from credits of its own that came
// before it (a deduction or an award's reversal from one award, a
// redemption from a run of awards), and no credit pays twice.

/** Weighted choice of a rule: cumulative bounds over the rules found by name. */
async function weightedRules(ctx: ScaleContext, table: string, rules: readonly { name: string; weight: number }[]) {
  const total = rules.reduce((sum, r) => sum + r.weight, 0);
  let lo = 0;
  const rows = rules.map((r) => {
    const row = `(${lit(r.name)}, ${lo / total}::float8, ${(lo + r.weight) / total}::float8)`;
    lo += r.weight;
    return row;
  });
  await run(ctx.tx, `
    create temp table ${table} on commit drop as
    select p.id, p.points, p.name, w.lo, w.hi from (values ${rows.join(", ")}) w(name, lo, hi) join point_rules p on p.name = w.name and p.village_id is null`);
}

export async function stageAwards(ctx: ScaleContext) {
  const { tx, size } = ctx;
  await run(tx, `create temp sequence s_entry_seq`);
  await run(tx, `
    create temp table s_entry (
      seq bigint not null default nextval('s_entry_seq'), household_id int not null, village_id int not null, kind entry_kind not null,
      delta int not null, rule_id int, batch_id int, activity_id int, redemption_id int, reverses_seq bigint, reason text not null,
      deed_date date not null, recorded_at timestamptz not null, recorded_by int not null, key text not null, used boolean not null default false
    ) on commit drop`);

  // Monthly appraisal (月度评比): each rule to a share of the active households, on the 25th day of each month of the history.
  const months = Math.floor(ctx.days / 30);
  const appraisal = monthlyAppraisalRules.map((r) => lit(r.name)).join(", ");
  await run(tx, `
    create temp table s_appraisal on commit drop as
    select h.id as household_id, h.village_id, m, r.id as rule_id, r.points, r.name, v.publicity_days, v.committee, ${dayOf(ctx, "m * 30 + 25")} as deed
    from s_household h join s_village v on v.id = h.village_id, generate_series(0, ${months - 1}) m, point_rules r
    where h.status = 'ACTIVE' and r.village_id is null and r.name in (${appraisal})
      and ${rnd("h.id * 1000 + m * 10 + r.id", 40)} < ${size.appraisalShare}`);
  // Villages with publicity (公示) post their appraisals as batches: on the board for their days, then posted.
  await run(tx, `
    insert into award_batches (village_id, rule_id, points, reason, deed_date, status, publicity_ends_on, idempotency_key, created_by, created_at, posted_at, posted_by)
    select distinct on (village_id, m, rule_id) village_id, rule_id, points, name || '（月度评比）', deed, 'POSTED', deed + publicity_days,
           'scale-batch-' || village_id || '-' || m || '-' || rule_id, committee, ${at(ctx, "deed", 600)}, ${at(ctx, "deed + publicity_days + 1", 540)}, committee
    from s_appraisal where publicity_days > 0 order by village_id, m, rule_id`);
  await run(tx, `
    create temp table s_batch on commit drop as
    select b.id, a.household_id, a.village_id, a.rule_id, a.points, a.name, a.deed, b.posted_at, b.posted_by
    from s_appraisal a join award_batches b on b.idempotency_key = 'scale-batch-' || a.village_id || '-' || a.m || '-' || a.rule_id`);
  await run(tx, `insert into award_batch_lines (batch_id, household_id) select id, household_id from s_batch order by id, household_id`);
  await run(tx, `
    insert into s_entry (household_id, village_id, kind, delta, rule_id, batch_id, reason, deed_date, recorded_at, recorded_by, key)
    select household_id, village_id, 'AWARD', points, rule_id, id, name || '（月度评比）', deed, posted_at, posted_by, 'batch:' || id || ':' || household_id
    from s_batch`);
  await run(tx, `
    insert into s_entry (household_id, village_id, kind, delta, rule_id, reason, deed_date, recorded_at, recorded_by, key)
    select household_id, village_id, 'AWARD', points, rule_id, name || '（月度评比）', deed, ${at(ctx, "deed", `${between("household_id * 100 + m", 41, 900, 1020)}`)}, committee,
           'scale-appraisal-' || household_id || '-' || m || '-' || rule_id
    from s_appraisal where publicity_days = 0`);

  // Awards for one household's deed, by rule weight, recorded on the day or a few days later.
  await weightedRules(ctx, "s_award_rule", individualAwardRules);
  const key = "h.id * 100 + k";
  const deed = dayOf(ctx, `${between(key, 43, 0, ctx.days - 5)}`);
  await run(tx, `
    insert into s_entry (household_id, village_id, kind, delta, rule_id, reason, deed_date, recorded_at, recorded_by, key)
    select h.id, h.village_id, 'AWARD', r.points, r.id, r.name, d.deed, ${at(ctx, `d.deed + ${between(key, 44, 0, 3)}`, between(key, 45, 540, 1020))}, v.committee,
           'scale-award-' || h.id || '-' || k
    from s_household h join s_village v on v.id = h.village_id, generate_series(1, ${Math.round(size.individualAwards * 2) - 1}) k,
         lateral (select ${deed} as deed) d, s_award_rule r
    where h.status = 'ACTIVE' and k <= floor(${rnd("h.id", 42)} * ${Math.round(size.individualAwards * 2)})
      and ${rnd(key, 46)} >= r.lo and ${rnd(key, 46)} < r.hi`);
}

/** Deductions and reversals, each paid from one award of its own; then the runs of awards that pay redemptions (s_spend). */
export async function stageDebits(ctx: ScaleContext) {
  const { tx, size } = ctx;
  const yesterday = `date ${lit(ctx.today)} - 1`;
  await run(tx, `analyze s_entry`);
  await weightedRules(ctx, "s_deduction_rule", deductionRules);
  // A deduction some weeks after an award of at least its points: a 5-point award covers only 乱堆乱放 (-5), a larger one any, by weight.
  await run(tx, `
    create temp table s_deduction on commit drop as
    select e.seq, e.key, e.household_id, e.village_id, r.id as rule_id, r.points, r.name, e.recorded_by,
           (e.recorded_at at time zone ${lit(ctx.timezone)})::date + ${between("hashtext(e.key)", 51, 1, 60)} as deed
    from s_entry e join s_deduction_rule r
      on case when e.delta >= 10 then ${rnd("hashtext(e.key)", 52)} >= r.lo and ${rnd("hashtext(e.key)", 52)} < r.hi else r.points = -5 end
    where e.kind = 'AWARD' and e.delta >= 5 and ${rnd("hashtext(e.key)", 50)} < 0.06`);
  await run(tx, `delete from s_deduction where deed > ${yesterday}`);
  await run(tx, `update s_entry e set used = true from s_deduction d where d.seq = e.seq`);
  await run(tx, `
    insert into s_entry (household_id, village_id, kind, delta, rule_id, reason, deed_date, recorded_at, recorded_by, key)
    select household_id, village_id, 'DEDUCTION', points, rule_id, name, deed, ${at(ctx, "deed", 960)}, recorded_by, 'scale-deduct:' || key
    from s_deduction`);
  // A few reversals (冲正): deductions after an appeal, awards entered by mistake (taken back the next day, before anything was spent from them).
  await run(tx, `
    insert into s_entry (household_id, village_id, kind, delta, reverses_seq, reason, deed_date, recorded_at, recorded_by, key)
    select household_id, village_id, 'REVERSAL', -delta, seq,
           case when kind = 'AWARD' then ${pickOf(reversalReasons.award, "hashtext(key)", 54)} else ${pickOf(reversalReasons.deduction, "hashtext(key)", 54)} end,
           deed_date, recorded_at + interval '1 day', recorded_by, 'scale-reverse:' || key
    from s_entry
    where ((kind = 'DEDUCTION' and ${rnd("hashtext(key)", 53)} < 0.03) or (kind = 'AWARD' and not used and ${rnd("hashtext(key)", 53)} < 0.004))
      and (recorded_at + interval '1 day') < ${at(ctx, `date ${lit(ctx.today)}`, 0)}`);
  await run(tx, `update s_entry e set used = true from s_entry r where r.reverses_seq = e.seq and e.kind = 'AWARD'`);

  // Runs of a household's unused awards, in time order; each run pays one redemption at the village's next exchange event.
  await run(tx, `
    create temp table s_run on commit drop as
    select household_id, village_id, g, sum(delta)::int as budget, max(recorded_at) as last_at
    from (select household_id, village_id, delta, recorded_at,
                 (row_number() over (partition by household_id order by recorded_at, key) - 1) / ${size.creditsPerRedemption} as g
          from s_entry where kind = 'AWARD' and not used) c
    group by household_id, village_id, g`);
  await run(tx, `
    create temp table s_spend on commit drop as
    select row_number() over (order by x.at, x.household_id, x.g)::int as id, x.*
    from (select r.household_id, r.g, r.village_id, ev.id as event_id, v.committee as recorder,
                 floor(r.budget * (0.5 + 0.5 * ${rnd("r.household_id * 100 + r.g", 55)}))::int as budget,
                 ${at(ctx, "ev.date", between("r.household_id * 100 + r.g", 56, 540, 900))} as at
          from s_run r join s_village v on v.id = r.village_id
          join lateral (select e.id, e.date from exchange_events e
                        where e.village_id = r.village_id and e.status = 'CLOSED' and e.date > (r.last_at at time zone ${lit(ctx.timezone)})::date
                        order by e.date limit 1) ev on true) x`);
}

/** Numbers the staged entries in time order, writes them with their running balances, and sets the balances from them. */
export async function writeLedger(ctx: ScaleContext) {
  const { tx } = ctx;
  await run(tx, `
    create temp table s_numbered on commit drop as
    select e.*, row_number() over (order by recorded_at, key) as id,
           sum(delta) over (partition by household_id order by recorded_at, key) as balance_after
    from s_entry e`);
  await run(tx, `analyze s_numbered`);
  // Which entry each reversal cancels, by its final id.
  await run(tx, `
    create temp table s_reversal on commit drop as
    select r.seq, o.id from s_numbered r join s_numbered o on o.seq = r.reverses_seq where r.reverses_seq is not null`);
  await run(tx, `
    insert into point_entries (id, household_id, village_id, kind, delta, balance_after, rule_id, batch_id, activity_id, redemption_id,
                               reverses_entry_id, reason, deed_date, recorded_by, recorded_at, idempotency_key)
    overriding system value
    select n.id, n.household_id, n.village_id, n.kind, n.delta, n.balance_after, n.rule_id, n.batch_id, n.activity_id, n.redemption_id,
           o.id, n.reason, n.deed_date, n.recorded_by, n.recorded_at, n.key
    from s_numbered n left join s_reversal o on o.seq = n.seq
    order by n.id`);
  await run(tx, syncIdentity("point_entries"));
  await run(tx, `
    update households h set balance = s.total
    from (select household_id, sum(delta)::int as total from point_entries group by household_id) s
    where s.household_id = h.id and s.total <> 0`);
}
