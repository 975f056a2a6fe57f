import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { processImage } from "@cunwu/server/files/image";
import { median, printTable } from "./report";
import { freePort } from "../support/ports";
import { freshDatabase } from "../support/database";
import { ended, root, spawnAsStart } from "./serve-as-start";

// `pnpm bench upload`: photos arriving at the bundled server (plain node, the
// embedded database, as `pnpm start` runs it) over HTTP: throughput for phone
// photos (4000×3000 JPEG of a few MB, drawn here at run time), one at a time
// and four at once; and the server's resident memory, sampled from /proc,
// while ten 10 MB photos arrive at once. Anchors measured in the same run:
// sharp's re-encoding alone in this process (no HTTP, no database), and the
// production start's memory goal (300 MB, `pnpm bench start`).

const admin = { username: "bench_admin", password: "bench-upload-password-1" };
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** A photo-like 4000×3000 JPEG: gradients and waves under sensor-like noise; more noise and quality make it larger. */
async function phonePhoto(noise: number, quality: number): Promise<Buffer> {
  const [w, h] = [4000, 3000];
  // Clamped: values past 0–255 saturate as a sensor's do, instead of wrapping.
  const raw = new Uint8ClampedArray(w * h * 3);
  let seed = 20_261_206;
  const rnd = () => (seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff) / 0x7fffffff;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = (y * w + x) * 3;
      const n = (rnd() - 0.5) * noise;
      raw[i] = 90 + (x * 120) / w + 40 * Math.sin(y / 90) + n;
      raw[i + 1] = 140 + (y * 60) / h + 30 * Math.sin(x / 70) + n;
      raw[i + 2] = 80 + 50 * Math.cos((x + y) / 150) + n;
    }
  }
  return sharp(Buffer.from(raw.buffer), { raw: { width: w, height: h, channels: 3 } }).jpeg({ quality }).toBuffer();
}

/** Resident memory of a process now, in bytes (Linux /proc). */
const rssOf = (pid: number) => Number(fs.readFileSync(`/proc/${pid}/status`, "utf8").match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) * 1024;

async function startServer(database: { dataDir: string; databaseUrl?: string }) {
  const port = await freePort();
  const child = spawnAsStart(
    {
      PORT: String(port),
      HOST: "127.0.0.1",
      CUNWU_DATA_DIR: database.dataDir,
      // Several servers on one PostgreSQL share a secret: it is required there.
      ...(database.databaseUrl ? { DATABASE_URL: database.databaseUrl, CUNWU_SECRET: "bench-upload-secret-of-at-least-32-chars" } : {}),
      CUNWU_SEED: "never",
      CUNWU_ADMIN_USERNAME: admin.username,
      CUNWU_ADMIN_PASSWORD: admin.password,
      CUNWU_UPLOADS_PER_10_MIN: "10000",
      LOG_LEVEL: "warn",
    },
    ["ignore", "ignore", "inherit"],
  );
  const url = `http://127.0.0.1:${port}`;
  while (!(await fetch(`${url}/healthz`).then((r) => r.ok, () => false))) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const login = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: `mutation { login(username: "${admin.username}", password: "${admin.password}") { token } }` }),
  }).then((r) => r.json() as Promise<{ data?: { login: { token: string } } }>);
  const token = login.data?.login.token;
  if (!token) throw new Error(`login failed: ${JSON.stringify(login)}`);
  return { child, url, token };
}

/**
 * The anchor for memory: a bare node re-encoding the photo ten times at once
 * with sharp as files/image.ts does (full and thumbnail in parallel), no
 * HTTP, no database; its resident memory before and at its peak.
 */
async function sharpAlone(photoFile: string): Promise<{ idle: number; peak: number }> {
  const script = `import sharp from "sharp"; import fs from "node:fs";
const kb = (f) => Number(fs.readFileSync("/proc/self/status", "utf8").split(String.fromCharCode(10)).find((l) => l.startsWith(f + ":")).replace(/[^0-9]/g, "")) * 1024;
const input = fs.readFileSync(process.argv[1]); const idle = kb("VmRSS");
const encode = (side, quality) => sharp(input, { limitInputPixels: 120000000, failOn: "error" }).rotate()
  .resize({ width: side, height: side, fit: "inside", withoutEnlargement: true }).flatten({ background: "#ffffff" })
  .jpeg({ quality, mozjpeg: true }).toBuffer();
await Promise.all(Array.from({ length: 10 }, () => Promise.all([encode(2048, 82), encode(480, 75)])));
process.stdout.write(JSON.stringify({ idle, peak: kb("VmHWM") }));`;
  const child = spawn(process.execPath, ["--input-type=module", "-e", script, photoFile], { cwd: import.meta.dirname, stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  child.stdout!.on("data", (chunk: Buffer) => (out += chunk.toString()));
  await ended(child);
  return JSON.parse(out) as { idle: number; peak: number };
}

async function send(url: string, token: string, photo: Buffer): Promise<void> {
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(photo)], { type: "image/jpeg" }), "IMG_0001.jpg");
  const response = await fetch(`${url}/files`, { method: "POST", body: form, headers: { authorization: `Bearer ${token}` } });
  if (response.status !== 201) throw new Error(`upload answered ${response.status}: ${await response.text()}`);
}

/** `count` uploads of `photo`, `atOnce` at a time; seconds taken. */
async function timed(url: string, token: string, photo: Buffer, count: number, atOnce: number): Promise<number> {
  const started = performance.now();
  let next = 0;
  await Promise.all(Array.from({ length: atOnce }, async () => {
    while (next < count) {
      next++;
      await send(url, token, photo);
    }
  }));
  return (performance.now() - started) / 1000;
}

export async function uploadFigures(): Promise<void> {
  execFileSync(process.execPath, [path.join(root, "scripts/build-if-stale.mjs"), "server"], { cwd: root, stdio: "inherit" });
  const phone = await phonePhoto(24, 90);
  const large = await phonePhoto(120, 98);
  // The anchor: sharp alone re-encoding the phone photo (full and thumbnail), in this process.
  await processImage(phone);
  const alone: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    await processImage(phone);
    alone.push(performance.now() - started);
  }
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "cunwu-upload-"));
  try {
    const largeFile = path.join(scratch, "large.jpg");
    fs.writeFileSync(largeFile, large);
    const anchors = { sharpMs: median(alone), bare: await sharpAlone(largeFile) };
    await measure({ dataDir: path.join(scratch, "data") }, "PGlite (embedded)", { phone, large }, anchors);
    if (process.env.TEST_DATABASE_URL) {
      const database = await freshDatabase("empty", "postgres");
      try {
        await measure({ dataDir: path.join(scratch, "unused"), databaseUrl: database.databaseUrl }, "PostgreSQL", { phone, large }, anchors);
      } finally {
        await database.drop();
      }
    }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

async function measure(
  database: { dataDir: string; databaseUrl?: string },
  label: string,
  { phone, large }: { phone: Buffer; large: Buffer },
  anchors: { sharpMs: number; bare: { idle: number; peak: number } },
): Promise<void> {
  const server = await startServer(database);
  try {
    const { url, token, child } = server;
    const fresh = rssOf(child.pid!);
    await send(url, token, phone); // warm-up
    const count = 12;
    const oneByOne = await timed(url, token, phone, count, 1);
    const fourAtOnce = await timed(url, token, phone, count, 4);

    const idle = rssOf(child.pid!);
    let peak = idle;
    const sampler = setInterval(() => (peak = Math.max(peak, rssOf(child.pid!))), 10);
    const started = performance.now();
    await Promise.all(Array.from({ length: 10 }, () => send(url, token, large)));
    const tenSeconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    await new Promise((r) => setTimeout(r, 1000));
    const after = rssOf(child.pid!);

    const rate = (seconds: number, bytes: number, n: number) => [`${(n / seconds).toFixed(2)} photos/s`, `${((n * bytes) / 1024 / 1024 / seconds).toFixed(1)} MB/s`];
    console.log(`\nUploads, ${label} (bundled server; load average ${os.loadavg()[0]!.toFixed(1)}, ${os.cpus().length} cores)\n`);
    printTable(
      ["upload", "photo", "photos/s", "MB/s", "per photo"],
      [
        ["one at a time", `4000×3000 JPEG, ${mb(phone.length)}`, ...rate(oneByOne, phone.length, count), `${Math.round((oneByOne * 1000) / count)} ms`],
        ["four at once", `4000×3000 JPEG, ${mb(phone.length)}`, ...rate(fourAtOnce, phone.length, count), `${Math.round((fourAtOnce * 1000) / count)} ms`],
        ["ten at once", `4000×3000 JPEG, ${mb(large.length)}`, ...rate(tenSeconds, large.length, 10), `${Math.round((tenSeconds * 1000) / 10)} ms`],
        ["anchor: sharp alone (no HTTP, no database)", `4000×3000 JPEG, ${mb(phone.length)}`, `${(1000 / anchors.sharpMs).toFixed(2)} photos/s`, "-", `${Math.round(anchors.sharpMs)} ms`],
      ],
    );
    console.log("");
    printTable(
      ["server memory (RSS)", "value", "anchor"],
      [
        ["fresh, before any upload", mb(fresh), "start goal ≤ 300 MB"],
        ["idle, after the 25 uploads above", mb(idle), ""],
        ["peak while ten 10 MB photos arrive at once", mb(peak), `their bytes: ${mb(10 * large.length)}`],
        ["one second after", mb(after), ""],
        ["anchor: sharp alone, the ten at once in a bare node", `${mb(anchors.bare.idle)} → ${mb(anchors.bare.peak)}`, "idle → peak"],
      ],
    );
  } finally {
    server.child.kill("SIGTERM");
    await ended(server.child);
  }
}
