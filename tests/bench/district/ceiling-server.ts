import http from "node:http";
import postgres from "postgres";

// The ceiling of the district bench: the nested read and the by-id read as
// one hand-written SQL statement each (JSON built by PostgreSQL), behind a
// bare node:http server, so it is measured over HTTP like the other two.
// POST /nested {"villageId"} and POST /household {"id"}; POST /floor answers
// without PostgreSQL (the floor of a bare node:http server).

const sql = postgres(process.env.BENCH_DATABASE_URL!, { max: 10, onnotice: () => {} });

const nested = (villageId: number) => sql`
  select json_build_object('id', v.id::text, 'name', v.name, 'households', coalesce((
    select json_agg(h order by h."id"::int) from (
      select h.id::text as "id", h.number, h.head_name as "headName", h.balance, (
        select coalesce(json_agg(e order by e."id"::bigint desc), '[]') from (
          select e.id::text as "id", e.delta, e.kind, e.deed_date as "deedDate", e.balance_after as "balanceAfter"
          from point_entries e where e.household_id = h.id order by e.id desc limit 5
        ) e
      ) as entries
      from households h where h.village_id = v.id and h.status = 'ACTIVE' order by h.id limit 20
    ) h), '[]'))::text as json
  from villages v where v.id = ${villageId}`;

const household = (id: number) => sql`
  select json_build_object('id', h.id::text, 'number', h.number, 'headName', h.head_name, 'memberCount', h.member_count,
    'phone', h.phone, 'address', h.address, 'category', h.category, 'status', h.status, 'balance', h.balance,
    'villageId', h.village_id::text)::text as json
  from households h where h.id = ${id}`;

async function answer(path: string, body: { villageId?: string; id?: string }): Promise<string> {
  if (path === "/nested") return (await nested(Number(body.villageId)))[0]?.json ?? "null";
  if (path === "/household") return (await household(Number(body.id)))[0]?.json ?? "null";
  if (path === "/floor") return `{"__typename":"Query"}`;
  throw new Error(`no route ${path}`);
}

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
    answer(req.url ?? "", JSON.parse(Buffer.concat(chunks).toString() || "{}"))
      .then((data) => {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(`{"data":${data}}`);
      })
      .catch((error: Error) => {
        res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ errors: [{ message: error.message }] }));
      });
  });
});
server.keepAliveTimeout = 65_000;
server.listen(0, "127.0.0.1", () => process.send?.({ port: (server.address() as { port: number }).port }));
process.once("SIGTERM", () => {
  server.close(() => void sql.end().then(() => process.exit(0)));
  server.closeAllConnections();
});
