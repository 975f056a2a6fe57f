/** The rows of a raw `db.execute(sql…)`, from either driver: PGlite answers `{ rows }`, postgres.js an array. */
export const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : ((result as { rows?: T[] }).rows ?? [])) as T[];
