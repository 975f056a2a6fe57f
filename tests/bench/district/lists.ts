import { getNamedType, isEnumType, type GraphQLInputObjectType } from "graphql";
import { post } from "./client";
import { cunwuSchema, listFields, reportSelection, type ListField } from "./selection";
import type { World } from "./world";
import { ms, percentile } from "./load";
import { printTable } from "../report";

// Every list the schema offers, as the district admin and as the village's
// committee, with and without a filter, page 1 and the last page (25 a
// page); then every report for the district, a township and the village.
// One request at a time, as a person's screen asks: p50 and p95 against the
// 100 ms goal.

const runs = Number(process.env.BENCH_LIST_RUNS ?? 15);
const perPage = 25;

type Timed = { p50: number; p95: number } | { refused: string };

async function time(url: string, query: string, variables: Record<string, unknown>, token: string): Promise<Timed> {
  const first = await post(url, query, variables, token); // also warms plans and code paths
  if (first.errors?.length) return { refused: first.errors[0]!.extensions?.code ?? first.errors[0]!.message };
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const answer = await post(url, query, variables, token);
    times.push(performance.now() - started);
    if (answer.errors?.length) return { refused: `${answer.errors[0]!.extensions?.code} on a repeat` };
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

const cells = (t: Timed): string[] =>
  "refused" in t ? [`refused: ${t.refused}`, "", ""] : [ms(t.p50), ms(t.p95), t.p95 <= 100 ? "yes" : "NO"];

/** The admin filters by area; the committee (already held to its village) by a status, kind, category or flag. */
function filterFor(list: ListField, role: "admin" | "committee", world: World): Record<string, unknown> | undefined {
  const has = (name: string) => list.filterFields.includes(name);
  if (role === "admin") {
    if (has("townshipId")) return { townshipId: world.townshipId };
    if (has("villageId")) return { villageId: world.villageId };
  }
  for (const name of ["kind", "status", "category", "active"]) {
    if (!has(name)) continue;
    if (name === "active") return { active: true };
    const type = getNamedType(filterInput(list.name).getFields()[name]!.type);
    if (isEnumType(type)) return { [name]: type.getValues()[0]!.value };
  }
  return has("q") ? { q: "村" } : undefined;
}

export async function listFigures(world: World): Promise<void> {
  const rows: string[][] = [];
  for (const list of listFields()) {
    const args = list.required.includes("productId") ? { productId: world.productId } : {};
    for (const role of ["admin", "committee"] as const) {
      const token = world[role];
      const filters = [undefined, filterFor(list, role, world)].filter((f, i) => i === 0 || f);
      for (const filter of filters) {
        const query = listQuery(list);
        const vars = { ...args, filter, perPage };
        const answer = await post<Record<string, { total: number }>>(world.graphql, query, { ...vars, page: 1 }, token);
        const total = answer.data?.[list.name]?.total ?? 0;
        const last = Math.max(1, Math.ceil(total / perPage));
        const label = filter ? JSON.stringify(filter).replace(/"/g, "") : "–";
        for (const page of last > 1 ? [1, last] : [1]) {
          const timed = await time(world.graphql, query, { ...vars, page }, token);
          rows.push([list.name, role, label, String(page), String(total), ...cells(timed)]);
        }
      }
    }
  }
  console.log(`\nLists: one request at a time, ${runs} after a warm-up, ${perPage} a page (page 1 and the last)`);
  printTable(["list", "as", "filter", "page", "total", "p50", "p95", "p95 ≤ 100 ms"], rows);
}

function listQuery(list: ListField): string {
  const declared = ["$page: Int", "$perPage: Int"];
  const args = ["page: $page", "perPage: $perPage"];
  if (list.filterFields.length) {
    declared.push(`$filter: ${filterInput(list.name).name}`);
    args.push("filter: $filter");
  }
  if (list.required.includes("productId")) {
    declared.push("$productId: ID!");
    args.push("productId: $productId");
  }
  return `query (${declared.join(", ")}) { ${list.name}(${args.join(", ")}) { total items { ${list.items} } } }`;
}

const filterInput = (list: string) =>
  getNamedType(cunwuSchema().getQueryType()!.getFields()[list]!.args.find((a) => a.name === "filter")!.type) as GraphQLInputObjectType;

/** The district's year now (the reports count in its time zone). */
export const districtYear = () => Number(new Intl.DateTimeFormat("en", { timeZone: "Asia/Shanghai", year: "numeric" }).format(new Date()));

export function reportRequests(world: World): { name: string; area: string; token: string; query: string; variables: Record<string, unknown> }[] {
  const year = districtYear();
  const period = { from: `${year}-01-01`, to: `${year}-12-31` };
  const areas: [string, Record<string, string>, "admin" | "committee"][] = [
    ["district", {}, "admin"],
    [`township ${world.townshipId}`, { townshipId: world.townshipId }, "admin"],
    [`village ${world.villageId}`, { villageId: world.villageId }, "admin"],
    [`village ${world.villageId} (committee)`, { villageId: world.villageId }, "committee"],
  ];
  return areas.flatMap(([area, where, role]) => [
    { name: "pointsReport", area, token: world[role], query: `query ($f: PointsReportFilter) { pointsReport(filter: $f) { ${reportSelection("pointsReport")} } }`, variables: { f: { ...period, ...where } } },
    { name: "civicReport", area, token: world[role], query: `query ($f: CivicReportFilter) { civicReport(filter: $f) { ${reportSelection("civicReport")} } }`, variables: { f: { ...period, ...where } } },
    { name: "districtReport", area, token: world[role], query: `query ($y: Int!, $t: ID, $v: ID) { districtReport(year: $y, townshipId: $t, villageId: $v) { ${reportSelection("districtReport")} } }`, variables: { y: year, t: where.townshipId, v: where.villageId } },
  ]);
}

export async function reportFigures(world: World): Promise<void> {
  const rows: string[][] = [];
  for (const r of reportRequests(world)) rows.push([r.name, r.area, ...cells(await time(world.graphql, r.query, r.variables, r.token))]);
  console.log(`\nReports for ${districtYear()}: one request at a time, ${runs} after a warm-up, the whole answer`);
  printTable(["report", "area", "p50", "p95", "p95 ≤ 100 ms"], rows);
}
