import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { connect } from "@cunwu/server/db/connection";
import { createClusterApart, makeClusterTemplate } from "@cunwu/server/db/pglite-init";
import { testDatabaseKind } from "../support/database";

// A fresh data folder's cluster: a copy of the build's template when there
// is one (a cold start without initdb's 5–6 s), else initdb in a child
// process. Either way the server opens it, migrates it and keeps its data.
describe.skipIf(testDatabaseKind !== "pglite")("a fresh embedded data folder", () => {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "cunwu-cluster-test-"));
  afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));
  const template = path.join(scratch, "template");

  /** Migrates the folder, writes a row, reopens it and reads the row back. */
  async function opensAndKeeps(dataDir: string): Promise<string> {
    let connection = await connect({ dataDir });
    try {
      await connection.migrate();
      await connection.db.execute(sql`insert into townships (code, name) values ('620000', '蒲池乡')`);
    } finally {
      await connection.close();
    }
    connection = await connect({ dataDir });
    try {
      const result = (await connection.db.execute(sql`select name from townships`)) as unknown as { rows: { name: string }[] };
      return result.rows.map((r) => r.name).join();
    } finally {
      await connection.close();
    }
  }

  it("without a template: initdb, and the next call finds the cluster there", async () => {
    const pgdata = path.join(scratch, "plain", "pgdata");
    fs.mkdirSync(path.dirname(pgdata)); // the data folder is there (connect makes it), its pgdata not yet
    expect(await createClusterApart(pgdata, template)).toBe("initdb");
    expect(await createClusterApart(pgdata, template)).toBe("existing");
    expect(await opensAndKeeps(path.join(scratch, "plain"))).toBe("蒲池乡");
  });

  it("an initdb that fails says where and why, and leaves no cluster behind", async () => {
    const pgdata = path.join(scratch, "no-such-folder", "data", "pgdata");
    await expect(createClusterApart(pgdata, template)).rejects.toThrow(/could not create the embedded database in .*pgdata \(exit 1\): .*ENOENT/s);
    expect(fs.existsSync(path.join(pgdata, "PG_VERSION"))).toBe(false);
  });

  it("with the template the build makes: a copy, which migrates, keeps its rows and leaves the template untouched", async () => {
    await makeClusterTemplate(template);
    expect(fs.existsSync(path.join(template, "PG_VERSION"))).toBe(true);
    expect(fs.existsSync(`${template}.partial`)).toBe(false);
    const templateFiles = fs.readdirSync(template, { recursive: true }).length;

    for (const name of ["first", "second"]) {
      expect(await createClusterApart(path.join(scratch, name, "pgdata"), template)).toBe("template");
      expect(await opensAndKeeps(path.join(scratch, name))).toBe("蒲池乡");
    }
    expect(fs.readdirSync(template, { recursive: true }).length).toBe(templateFiles);
  });

  it("a copy cut short (no PG_VERSION yet) is copied again, not opened as a cluster", async () => {
    const pgdata = path.join(scratch, "cut", "pgdata");
    fs.mkdirSync(path.join(pgdata, "base"), { recursive: true });
    fs.writeFileSync(path.join(pgdata, "base", "stray"), "half a copy");
    expect(await createClusterApart(pgdata, template)).toBe("template");
    expect(await opensAndKeeps(path.join(scratch, "cut"))).toBe("蒲池乡");
  });
});
