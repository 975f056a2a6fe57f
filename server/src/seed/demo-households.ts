import {
  type DemoVillage,
  type HouseholdCategory,
  givenNames,
  memberCountWeights,
  mobilePrefixes,
  surnames,
  tibetanNameParts,
} from "./demo-data";

// Generates the demo households from a seeded pseudo-random generator, so
// every run produces the same district (stable numbers for docs and tests).

export type Random = () => number;

/** mulberry32: tiny, fast and good enough for demo data; returns [0, 1). */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

/** An integer in [min, max]. */
function between(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** 1-based index drawn by relative weight. */
function weighted(random: Random, weights: readonly number[]): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let r = random() * total;
  for (const [i, w] of weights.entries()) {
    r -= w;
    if (r < 0) return i + 1;
  }
  return weights.length;
}

export interface DemoHousehold {
  number: string;
  headName: string;
  memberCount: number;
  phone: string | null;
  address: string;
  category: HouseholdCategory;
  status: "ACTIVE" | "MOVED";
}

function headName(random: Random, tibetan: boolean): string {
  if (tibetan && random() < 0.35) {
    const first = pick(random, tibetanNameParts.first);
    let second = pick(random, tibetanNameParts.second);
    while (second === first) second = pick(random, tibetanNameParts.second); // no 尼玛尼玛
    return first + second;
  }
  return pick(random, surnames) + pick(random, givenNames);
}

function mobile(random: Random, used: Set<string>): string {
  for (;;) {
    const phone = pick(random, mobilePrefixes) + String(between(random, 0, 99_999_999)).padStart(8, "0");
    if (!used.has(phone)) {
      used.add(phone);
      return phone;
    }
  }
}

function category(random: Random): HouseholdCategory {
  const r = random();
  if (r < 0.04) return "MONITORED";
  if (r < 0.16) return "LIFTED";
  return "GENERAL";
}

/**
 * One village's households, numbered "<village code>-001" upward. The first
 * household always has a phone: it backs the demo resident login.
 */
export function generateHouseholds(
  random: Random,
  village: DemoVillage,
  tibetan: boolean,
  usedPhones: Set<string>,
): DemoHousehold[] {
  // Next door number per 组, so addresses within a village never repeat.
  const nextDoor = new Map<number, number>();
  const rows: DemoHousehold[] = [];
  for (let i = 1; i <= village.householdCount; i++) {
    const group = between(random, 1, village.groups);
    const door = (nextDoor.get(group) ?? 0) + between(random, 1, 3);
    nextDoor.set(group, door);
    const first = i === 1;
    rows.push({
      number: `${village.code}-${String(i).padStart(3, "0")}`,
      headName: headName(random, tibetan),
      memberCount: weighted(random, memberCountWeights),
      // A few elderly heads have no mobile of their own.
      phone: !first && random() < 0.05 ? null : mobile(random, usedPhones),
      address: `${village.name}${group}组${door}号`,
      category: category(random),
      status: village.moved?.includes(i) ? "MOVED" : "ACTIVE",
    });
  }
  return rows;
}
