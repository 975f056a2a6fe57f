import { cancelReasons, demoProducts, eventTitles } from "../demo-data";
import { at, between, dayOf, lit, pickOf, rnd, run, type ScaleContext } from "./sql";

// The village shops: the demo's nine products on every shelf, an exchange
// event every two months (the next one open), and the redemptions made at
// them from what each household earned (see ledger.ts for the budgets).

const eventTitle = (day: string) =>
  `case extract(month from ${day})::int ${Object.entries(eventTitles).map(([m, t]) => `when ${m} then ${lit(t)}`).join(" ")} else extract(month from ${day})::int || '月积分兑换活动' end`;

export async function seedShops(ctx: ScaleContext) {
  const { tx } = ctx;
  await run(tx, `
    insert into products (village_id, name, unit, price, stock, created_at)
    select v.id, p.name, p.unit, p.price, 0, ${at(ctx, dayOf(ctx, "0"), 480)}
    from s_village v, (values ${demoProducts.map((p, i) => `(${i}, ${lit(p.name)}, ${lit(p.unit)}, ${p.price})`).join(", ")}) p(idx, name, unit, price)
    where v.has_shop order by v.id, p.idx`);
  await run(tx, `
    create temp table s_product on commit drop as
    select p.id, p.village_id, p.price, p.name, row_number() over (partition by p.village_id order by p.id)::int - 1 as idx
    from products p`);
  // Every two months from the history's start (the day varies by village), and the next one still open.
  const day = dayOf(ctx, `k * 61 + ${between("v.id", 20, 10, 40)}`);
  await run(tx, `
    insert into exchange_events (village_id, date, title, status, created_at)
    select v.id, ${day}, ${eventTitle(day)}, 'CLOSED', ${at(ctx, `${day} - 7`, 540)}
    from s_village v, generate_series(0, ${Math.floor(ctx.days / 61)}) k
    where v.has_shop and ${day} < date ${lit(ctx.today)}
    order by ${day}, v.id`);
  const next = `(date ${lit(ctx.today)} + ${between("v.id", 21, 3, 12)})`;
  await run(tx, `
    insert into exchange_events (village_id, date, title, status, created_at)
    select v.id, ${next}, ${eventTitle(next)}, 'OPEN', ${at(ctx, `date ${lit(ctx.today)} - 1`, 540)}
    from s_village v where v.has_shop order by v.id`);
}

/**
 * Redemptions from the candidates in s_spend (household, village, event,
 * when, budget): up to two lines whose total stays within the budget, a
 * few cancelled the next day. Writes the redemptions, their lines, their
 * REDEMPTION and REFUND entries (into s_entry), and the stock.
 */
export async function seedRedemptions(ctx: ScaleContext) {
  const { tx } = ctx;
  const key = "s.id";
  await run(tx, `
    create temp table s_line on commit drop as
    with one as (
      select s.id, p1.id as product_id, p1.price, p1.name, least(5, floor(s.budget * 0.7 / p1.price))::int as quantity,
             s.budget - least(5, floor(s.budget * 0.7 / p1.price))::int * p1.price as rest,
             (p1.idx + 1 + floor(${rnd(key, 31)} * 8)::int) % 9 as idx2, s.village_id
      from s_spend s join s_product p1 on p1.village_id = s.village_id and p1.idx = floor(${rnd(key, 30)} * 9)::int)
    select id, product_id, price, name, quantity from one where quantity > 0
    union all
    select o.id, p2.id, p2.price, p2.name, least(5, floor(o.rest / p2.price))::int
    from one o join s_product p2 on p2.village_id = o.village_id and p2.idx = o.idx2
    where floor(o.rest / p2.price) > 0`);
  await run(tx, `
    create temp table s_redemption on commit drop as
    select s.id, s.household_id, s.village_id, s.event_id, s.at, s.recorder, l.total, l.reason,
           ${rnd(key, 32)} < 0.02 as cancelled, ${pickOf(cancelReasons, key, 33)} as cancel_reason
    from s_spend s join (select id, sum(quantity * price)::int as total, string_agg(name || '×' || quantity, '、' order by product_id) as reason
                         from s_line group by id) l on l.id = s.id`);
  await run(tx, `
    insert into redemptions (id, household_id, village_id, event_id, total, status, idempotency_key, recorded_by, created_at, cancelled_at, cancelled_by, cancel_reason)
    overriding system value
    select id, household_id, village_id, event_id, total, case when cancelled then 'CANCELLED' else 'COMPLETED' end::redemption_status,
           'scale-redeem-' || id, recorder, at,
           case when cancelled then at + interval '1 day' end, case when cancelled then recorder end, case when cancelled then cancel_reason end
    from s_redemption order by id`);
  await run(tx, `
    insert into redemption_lines (redemption_id, product_id, quantity, unit_price)
    select l.id, l.product_id, l.quantity, l.price from s_line l join s_redemption r on r.id = l.id order by l.id, l.product_id`);
  await run(tx, `
    insert into s_entry (household_id, village_id, kind, delta, redemption_id, reason, deed_date, recorded_at, recorded_by, key)
    select household_id, village_id, 'REDEMPTION'::entry_kind, -total, id, '兑换：' || reason, (at at time zone ${lit(ctx.timezone)})::date, at, recorder, 'redeem:scale-redeem-' || id
    from s_redemption
    union all
    select household_id, village_id, 'REFUND', total, id, '取消兑换（' || reason || '）：' || cancel_reason, ((at + interval '1 day') at time zone ${lit(ctx.timezone)})::date,
           at + interval '1 day', recorder, 'cancel:' || id
    from s_redemption where cancelled`);
  // Stock: an opening delivery covering what was sold plus what is left on the shelf; a cancellation puts its lines back.
  await run(tx, `
    create temp table s_sold on commit drop as
    select p.id, p.village_id, coalesce(sum(l.quantity), 0)::int as sold, coalesce(sum(l.quantity) filter (where r.cancelled), 0)::int as returned,
           ${between("p.id", 34, 10, 60)} as left_over
    from s_product p left join s_line l on l.product_id = p.id left join s_redemption r on r.id = l.id
    group by p.id, p.village_id`);
  await run(tx, `
    insert into stock_movements (product_id, delta, reason, recorded_by, recorded_at)
    select s.id, s.sold - s.returned + s.left_over, '期初库存', v.committee, ${at(ctx, dayOf(ctx, "0"), 480)}
    from s_sold s join s_village v on v.id = s.village_id order by s.id`);
  await run(tx, `
    insert into stock_movements (product_id, delta, reason, recorded_by, recorded_at)
    select l.product_id, l.quantity, '取消兑换（' || r.reason || '）：' || r.cancel_reason, r.recorder, r.at + interval '1 day'
    from s_line l join s_redemption r on r.id = l.id where r.cancelled order by r.id, l.product_id`);
  await run(tx, `update products p set stock = s.left_over, updated_at = now() from s_sold s where s.id = p.id`);
  await run(tx, `select setval(pg_get_serial_sequence('redemptions', 'id'), coalesce((select max(id) from redemptions), 0) + 1, false)`);
}
