import { demoDepartments, demoRules, givenNames, mobilePrefixes, staffDisplayNames, surnames } from "../demo-data";
import { demoCalendarDays, demoCategories } from "../civic/civic-demo-data";
import { arr, between, lit, pickOf, rnd, run, type ScaleContext } from "./sql";

// The district's geography, catalogues and people: townships, villages,
// departments, the rule catalogue, civic categories, the calendar,
// households and one login (or more) per role and scope.

/** The reference district's townships first (蒲池乡, 磨坝藏族乡), then generated names. */
const townshipNames = [
  "蒲池乡", "磨坝藏族乡", "青溪镇", "白鹤乡", "石门镇", "金鸡乡", "龙潭镇", "凤凰乡", "柏林镇", "松坪乡",
  "桃园乡", "杨柳镇", "马鞍乡", "双河镇", "三堆镇", "新店乡", "太平镇", "永宁乡", "安乐乡", "平溪镇",
  "高坪乡", "黄岭乡", "红岩镇", "竹园乡", "木门镇", "清水乡", "梨园乡", "宝珠镇", "东溪乡", "南坝镇",
];
const villageFirst = ["青", "白", "石", "金", "龙", "凤", "柏", "松", "桃", "杨", "马", "双", "三", "新", "太", "永", "安", "平", "高", "红"];
const villageSecond = ["溪", "坪", "河", "山", "坝", "桥", "林", "湾", "岭", "口"];

export async function seedGeography(ctx: ScaleContext) {
  const { tx, size } = ctx;
  if (size.townships > townshipNames.length) throw new Error(`at most ${townshipNames.length} townships`);
  await run(tx, `
    insert into townships (code, name)
    select 'T' || lpad(i::text, 2, '0'), (${arr(townshipNames)})[i] from generate_series(1, ${size.townships}) i`);
  // Villages shared out evenly over the townships; names unique within one.
  await run(tx, `
    insert into villages (township_id, code, name, has_shop, publicity_days)
    select t.id, t.code || lpad(j::text, 2, '0'),
           (${arr(villageFirst)})[1 + k / 10] || (${arr(villageSecond)})[1 + k % 10] || '村',
           ${rnd("t.id * 1000 + j", 1)} < 0.94,
           case when ${rnd("t.id * 1000 + j", 2)} < 0.25 then 3 else 0 end
    from (select id, code, row_number() over (order by id) - 1 as i from townships) t,
         generate_series(1, (floor((t.i + 1) * ${size.villages}::numeric / ${size.townships}) - floor(t.i * ${size.villages}::numeric / ${size.townships}))::int) j,
         lateral (select ((t.i * 37 + j * 7) % 200)::int as k) n`);
  // District departments and the supervision office from the demo catalogue; a service centre per township.
  const district = demoDepartments.filter((d) => d.kind !== "TOWNSHIP");
  await run(tx, `
    insert into departments (code, name, kind)
    values ${district.map((d) => `(${lit(d.code)}, ${lit(d.name)}, ${lit(d.kind)})`).join(", ")}`);
  await run(tx, `
    insert into departments (code, name, kind, township_id)
    select code || '-FW', name || '社会事务服务中心', 'TOWNSHIP', id from townships order by id`);
  const rules = demoRules.filter((r) => !r.villageCode);
  await run(tx, `
    insert into point_rules (category, name, description, points)
    values ${rules.map((r) => `(${lit(r.category)}, ${lit(r.name)}, ${lit(r.description)}, ${r.points})`).join(", ")}`);
  await run(tx, `
    insert into civic_categories (code, name, default_channel, deadline_days)
    values ${demoCategories.map((c) => `(${lit(c.code)}, ${lit(c.name)}, ${lit(c.defaultChannel)}, ${c.deadlineDays})`).join(", ")}`);
  await run(tx, `
    insert into calendar_days (date, kind, name)
    values ${demoCalendarDays().map((d) => `(${lit(d.date)}, ${lit(d.kind)}, ${lit(d.name)})`).join(", ")}
    on conflict do nothing`);
}

export async function seedHouseholds(ctx: ScaleContext) {
  const { tx, size } = ctx;
  const perVillage = size.households / size.villages;
  const key = "v.id * 10000 + i";
  await run(tx, `
    insert into households (village_id, number, head_name, member_count, phone, address, category, status)
    select v.id, v.code || '-' || lpad(i::text, 3, '0'),
           ${pickOf(surnames, key, 3)} || ${pickOf(givenNames, key, 4)},
           ${between(key, 5, 1, 4)} + (${rnd(key, 6)} < 0.4)::int + (${rnd(key, 7)} < 0.2)::int,
           case when i > 1 and ${rnd(key, 8)} < 0.05 then null
                else ${pickOf(mobilePrefixes, key, 9)} || lpad((abs(hashint8extended(${key}, 10)) % 100000000)::text, 8, '0') end,
           v.name || ${between(key, 11, 1, 8)} || '组' || i || '号',
           (case when ${rnd(key, 12)} < 0.04 then 'MONITORED' when ${rnd(key, 12)} < 0.16 then 'LIFTED' else 'GENERAL' end)::household_category,
           (case when i > 1 and ${rnd(key, 13)} < 0.01 then 'MOVED' else 'ACTIVE' end)::household_status
    from villages v, generate_series(1, greatest(10, round(${perVillage} * (0.6 + 0.8 * ${rnd("v.id", 14)})))::int) i`);
}

/**
 * The demo logins (admin, district, township, village, dept, resident: the
 * first township, village, department and household) and one per scope:
 * t-<township code>, v-<village code> (the committee), r-<village code>
 * (the village's first household), d-<department code>, all with the demo
 * password. An existing account of the same name is kept as it is.
 */
export async function seedUsers(ctx: ScaleContext, passwordHash: string) {
  const hash = lit(passwordHash);
  const names = `(${arr(surnames)})[1 + (x.n % ${surnames.length})] || (${arr(givenNames)})[1 + ((x.n / 7) % ${givenNames.length})]`;
  await run(ctx.tx, `
    insert into users (username, password_hash, display_name, role, township_id, village_id, department_id, household_id)
    select x.username, ${hash}, coalesce(x.display, ${names}), x.role::role, x.township_id, x.village_id, x.department_id, x.household_id
    from (
      select 'admin' as username, ${lit(staffDisplayNames.admin)} as display, 'DISTRICT_ADMIN' as role, null::int as township_id, null::int as village_id, null::int as department_id, null::int as household_id, 1 as n
      union all select 'district', ${lit(staffDisplayNames.district)}, 'DISTRICT_STAFF', null, null, null, null, 2
      union all select 'township', ${lit(staffDisplayNames.township)}, 'TOWNSHIP_STAFF', (select min(id) from townships), null, null, null, 3
      union all select 'village', ${lit(staffDisplayNames.village)}, 'VILLAGE_COMMITTEE', null, (select min(id) from villages), null, null, 4
      union all select 'dept', ${lit(staffDisplayNames.dept)}, 'DEPARTMENT_STAFF', null, null, (select min(id) from departments), null, 5
      union all select 'resident', (select head_name from households where id = (select min(id) from households)), 'RESIDENT', null, null, null, (select min(id) from households), 6
      union all select 't-' || lower(code), null, 'TOWNSHIP_STAFF', id, null, null, null, 100 + id from townships
      union all select 'v-' || lower(code), null, 'VILLAGE_COMMITTEE', null, id, null, null, 1000 + id from villages
      union all select 'd-' || lower(code), null, 'DEPARTMENT_STAFF', null, null, id, null, 3000 + id from departments
      union all select 'r-' || lower(v.code), h.head_name, 'RESIDENT', null, null, null, h.id, 0
        from villages v join households h on h.village_id = v.id and h.number = v.code || '-001'
    ) x
    order by x.n, x.username
    on conflict (username) do nothing`);
  // Who records a village's entries, sales and activities: its committee login.
  await run(ctx.tx, `
    create temp table s_village on commit drop as
    select v.id, v.township_id, v.code, v.name, v.has_shop, v.publicity_days,
           (select min(u.id) from users u where u.village_id = v.id and u.role = 'VILLAGE_COMMITTEE') as committee,
           (select min(u.id) from users u where u.township_id = v.township_id and u.role = 'TOWNSHIP_STAFF') as township_staff,
           row_number() over (order by v.id)::int as ord
    from villages v`);
  await run(ctx.tx, `
    create temp table s_household on commit drop as
    select h.id, h.village_id, h.member_count, h.status,
           row_number() over (partition by h.village_id order by h.id)::int as ord,
           count(*) over (partition by h.village_id)::int as n
    from households h`);
  await run(ctx.tx, `create index on s_household (village_id, ord)`);
  await run(ctx.tx, `analyze s_village`);
  await run(ctx.tx, `analyze s_household`);
}
