import { arr, at, between, dayOf, lit, pickOf, rnd, run, syncIdentity, type ScaleContext } from "./sql";

// The volunteer service: teams and brands per township and village, and
// activities over the history (most held and confirmed, their points
// awarded through the ledger; some cancelled; the latest and the coming
// ones planned), with their participants.

const categories: readonly { code: string; weight: number; titles: readonly string[] }[] = [
  { code: "ELDERLY_AND_LEFT_BEHIND", weight: 30, titles: ["空巢老人入户探访", "为老人义务理发", "关爱留守儿童", "敬老院慰问演出", "重阳节敬老餐"] },
  { code: "POLICY", weight: 15, titles: ["惠民政策宣讲", "医保政策进院坝", "乡村振兴政策解读", "防返贫监测政策宣讲"] },
  { code: "ENVIRONMENT", weight: 25, titles: ["村庄环境整治", "河道清漂护河", "垃圾分类宣传", "房前屋后清洁日"] },
  { code: "CULTURE", weight: 12, titles: ["农家书屋读书会", "锅庄舞展演", "传统节日文艺汇演", "道德讲堂"] },
  { code: "LEGAL_EDUCATION", weight: 12, titles: ["法治夜校开讲", "防电信诈骗宣传", "民法典进村", "禁毒知识宣传"] },
  { code: "OTHER", weight: 6, titles: ["义务植树", "爱心义诊", "助农春耕"] },
];
const brands = ["敬老微爱行", "法治夜校", "乡村振兴学校", "七彩假期·爱心托管", "益苗计划之励志包", "佳美积分超市"];
const places = ["村委会院坝", "村文化广场", "新时代文明实践站", "村小学", "农家书屋", "河堤", "村卫生室", "组上院坝"];
const leaders = ["王秀英", "李桂芳", "张德明", "刘建国", "陈玉兰", "杨志强", "泽仁拉姆", "扎西次仁"];
const cancelReasons = ["天气原因，改期另行通知", "场地临时占用", "报名人数不足"];

export async function seedVolunteer(ctx: ScaleContext) {
  const { tx, size } = ctx;
  const since = at(ctx, dayOf(ctx, "0"), 540);
  await run(tx, `
    insert into volunteer_teams (name, kind, township_id, village_id, leader_name, member_count, created_at)
    select t.name || '巾帼志愿服务队', 'WOMEN'::team_kind, t.id, null::int, ${pickOf(leaders, "t.id", 60)}, ${between("t.id", 61, 20, 45)}, ${since} from townships t
    union all
    select t.name || '心连心社会公益服务中心', 'SOCIAL_ORGANISATION', t.id, null, ${pickOf(leaders, "t.id", 62)}, ${between("t.id", 63, 12, 30)}, ${since}
    from townships t where t.id % 5 = (select min(id) from townships) % 5
    union all
    select t.name || v.name || '志愿服务队', 'OTHER', null, v.id, ${pickOf(leaders, "v.id", 64)}, ${between("v.id", 65, 8, 25)}, ${since}
    from s_village v join townships t on t.id = v.township_id
    union all
    select '驻' || t.name || v.name || '帮扶工作队', 'VILLAGE_ASSISTANCE', null, v.id, ${pickOf(leaders, "v.id", 66)}, ${between("v.id", 67, 3, 5)}, ${since}
    from s_village v join townships t on t.id = v.township_id where v.ord % 2 = 1`);
  // The reference brands, owned by the first townships in turn; and a 新时代文明实践 brand in every township.
  await run(tx, `
    insert into service_brands (name, description, township_id, created_at)
    select b.name, b.name || '志愿服务品牌', t.id, ${since}
    from (select name, ordinality - 1 as i from unnest(${arr(brands)}) with ordinality name) b
    join (select id, row_number() over (order by id) - 1 as i, count(*) over () as n from townships) t on t.i = b.i % t.n
    union all
    select t.name || '新时代文明实践', t.name || '的文明实践志愿服务', t.id, ${since} from townships t`);

  await run(tx, `
    create temp table s_brand on commit drop as
    select id, township_id, row_number() over (partition by township_id order by id)::int as ord, count(*) over (partition by township_id)::int as n
    from service_brands`);
  const key = "a.i";
  let lo = 0;
  const total = categories.reduce((s, c) => s + c.weight, 0);
  const categoryCase = `case ${categories.map((c) => `when ${rnd(key, 71)} < ${(lo += c.weight) / total} then ${lit(c.code)}`).join(" ")} else 'OTHER' end`;
  const titleCase = `case category ${categories.map((c) => `when ${lit(c.code)} then ${pickOf(c.titles, "i", 72)}`).join(" ")} end`;
  await run(tx, `
    create temp table s_activity on commit drop as
    select row_number() over (order by date, i)::int as id, x.*,
           case when date >= date ${lit(ctx.today)} or (date >= date ${lit(ctx.today)} - 10 and ${rnd("i", 73)} < 0.5) then 'PLANNED'
                when ${rnd("i", 74)} < 0.05 then 'CANCELLED' else 'HELD' end as status,
           ${titleCase} as title
    from (select a.i, v.id as village_id, v.township_id, v.committee, ${dayOf(ctx, between(key, 75, 0, ctx.days + 29))} as date, ${categoryCase} as category
          from generate_series(1, ${size.activities}) a(i)
          join s_village v on v.ord = ${between(key, 70, 1, size.villages)}) x`);
  const volunteerRule = `(select id from point_rules where name = '参加志愿活动' and village_id is null)`;
  const confirmDay = `least(a.date + ${between("a.i", 76, 0, 2)}, greatest(a.date, date ${lit(ctx.today)} - 1))`;
  await run(tx, `
    insert into activities (id, title, brand_id, team_id, village_id, date, place, category, description, points_per_participant, rule_id,
                            status, confirmed_at, confirmed_by, cancel_reason, cancelled_at, created_by, created_at, updated_at)
    overriding system value
    select a.id, a.title,
           case when ${rnd("a.i", 77)} < 0.8 then b.id end,
           case when ${rnd("a.i", 79)} < 0.85 then case when ${rnd("a.i", 80)} < 0.6 then tv.id else tt.id end end,
           a.village_id, a.date, ${pickOf(places, "a.i", 81)}, a.category::activity_category, v.name || a.title,
           case when ${rnd("a.i", 82)} < 0.3 then null else (array[3, 5, 5, 5, 8, 10])[${between("a.i", 83, 1, 6)}] end,
           case when ${rnd("a.i", 82)} < 0.3 then ${volunteerRule} end,
           a.status::activity_status,
           case when a.status = 'HELD' then ${at(ctx, confirmDay, 1020)} end, case when a.status = 'HELD' then a.committee end,
           case when a.status = 'CANCELLED' then ${pickOf(cancelReasons, "a.i", 84)} end,
           case when a.status = 'CANCELLED' then ${at(ctx, "a.date - 1", 600)} end,
           a.committee, ${at(ctx, `least(a.date, date ${lit(ctx.today)}) - ${between("a.i", 85, 3, 14)}`, 600)}, ${at(ctx, `least(a.date, date ${lit(ctx.today)} - 1)`, 1020)}
    from s_activity a join s_village v on v.id = a.village_id
    left join s_brand b on b.township_id = a.township_id and b.ord = 1 + floor(${rnd("a.i", 78)} * b.n)::int
    left join volunteer_teams tv on tv.village_id = a.village_id and tv.kind = 'OTHER'
    left join volunteer_teams tt on tt.township_id = a.township_id and tt.kind = 'WOMEN'
    order by a.id`);
  await run(tx, syncIdentity("activities"));
  // Participants: a run of the village's active households (held ones, and past ones still waiting for confirmation).
  await run(tx, `
    insert into activity_participants (activity_id, household_id, people, hours)
    select a.id, h.id, least(h.member_count, ${between("a.id * 100 + j", 86, 1, 3)}), ${between("a.id * 100 + j", 87, 2, 8)} / 2.0
    from s_activity a
    join s_household hv on hv.village_id = a.village_id and hv.ord = 1
    cross join lateral generate_series(0, least(hv.n, ${between("a.id", 88, 5, 15)}) - 1) j
    join s_household h on h.village_id = a.village_id and h.ord = 1 + (floor(${rnd("a.id", 89)} * hv.n)::int + j) % hv.n
    where (a.status = 'HELD' or (a.status = 'PLANNED' and a.date < date ${lit(ctx.today)})) and h.status = 'ACTIVE'
    order by a.id, h.id`);
  // Confirming a held activity awards every participant its points, once.
  await run(tx, `
    insert into s_entry (household_id, village_id, kind, delta, rule_id, activity_id, reason, deed_date, recorded_at, recorded_by, key)
    select p.household_id, x.village_id, 'AWARD', coalesce(x.points_per_participant, r.points), x.rule_id, x.id, '志愿服务：' || x.title, x.date,
           x.confirmed_at, x.confirmed_by, 'activity:' || x.id || ':' || p.household_id
    from activities x join activity_participants p on p.activity_id = x.id left join point_rules r on r.id = x.rule_id
    where x.status = 'HELD'`);
}
