/**
 * The rule of the 红黑榜, written once: splitBoard applies it and
 * rankingRule words it for the print (the console shows this text and
 * copies none of it).
 *
 * - Red list (红榜): households whose net conduct points in the period are
 *   positive, most first.
 * - Black list (黑榜): households with deductions in the period whose net is
 *   not positive, most deducted first. A household with no deduction in the
 *   period is never on it, so it may be empty.
 * - So no household is on both: the red list needs a positive net, the black
 *   list a net that is not.
 * - Ranks are competition ranks (1, 1, 3): equal points share a rank, listed
 *   by household number. Each list names the ranks 1 to N (the village's
 *   rankingSize): households tied at rank N are all named, so a list may run
 *   past N rows, never past rank N.
 */

export interface Standing {
  householdId: number;
  householdNumber: string;
  headName: string;
  /** Net conduct points in the period. */
  earned: number;
  /** Points deducted in the period, as a positive number. */
  deducted: number;
}

export type Ranked = Standing & { rank: number };

/** Competition ranks by `score`, highest first; keeps those ranked 1 to `size`. */
export function rankTop(rows: Standing[], score: (row: Standing) => number, size: number): Ranked[] {
  const sorted = [...rows].sort((a, b) => score(b) - score(a) || a.householdNumber.localeCompare(b.householdNumber));
  const ranked: Ranked[] = [];
  sorted.forEach((row, i) => {
    const prev = ranked[i - 1];
    ranked.push({ ...row, rank: prev && score(prev) === score(row) ? prev.rank : i + 1 });
  });
  return ranked.filter((row) => row.rank <= size);
}

export function splitBoard(standings: Standing[], size: number) {
  return {
    red: rankTop(standings.filter((s) => s.earned > 0), (s) => s.earned, size),
    black: rankTop(standings.filter((s) => s.deducted > 0 && s.earned <= 0), (s) => s.deducted, size),
  };
}

export const rankingRule = (n: number) => ({
  zh:
    "评榜规则：按事迹日期统计本期的积分奖励和扣分（含冲正），兑换不计；扣分按细则分值计（余额不足、实扣较少时也按细则分值计）。" +
    `红榜列本期净得分为正的农户，按净得分从高到低排名；黑榜只列本期有扣分且净得分不为正的农户，按扣分从多到少排名，本期无扣分的农户不上黑榜。` +
    `同一农户不会同时上红榜和黑榜。同分同名次，各榜列第 1 至第 ${n} 名（与第 ${n} 名同分的农户一并列入），名额由本村设定。`,
  en:
    "How the board is drawn: awards and deductions in the period by deed date (reversals included, redemptions not); " +
    "a deduction counts at the rule's points even when the balance was smaller. " +
    "The red list names households whose net points in the period are positive, most first; the black list names only households " +
    "with deductions in the period whose net is not positive, most deducted first, so a household without deductions is never on it. " +
    `No household is on both lists. Equal points share a rank; each list names ranks 1 to ${n} (all tied at rank ${n} included), ` +
    "a number the village sets.",
});
