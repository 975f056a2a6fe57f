import { useSearchParams } from "react-router-dom";
import { districtToday } from "../common/format";

/** The district's current year. */
export const currentYear = (): number => Number(districtToday().slice(0, 4));

/** The years a picker offers: this one and the four before it. */
export const pickableYears = (): number[] => Array.from({ length: 5 }, (_, i) => currentYear() - i);

/**
 * The year, township and village a report screen shows, kept in the address
 * (?year=2026&township=3&village=12) so a view can be bookmarked, linked
 * from the dashboard to a printable page, and survives a reload.
 */
export function useReportParams() {
  const [params, setParams] = useSearchParams();
  const yearParam = Number(params.get("year"));
  const year = Number.isInteger(yearParam) && yearParam >= 2000 && yearParam <= currentYear() + 1 ? yearParam : currentYear();
  const townshipId = params.get("township") || null;
  const villageId = params.get("village") || null;
  const set = (key: "year" | "township" | "village", value: string | number | null) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value === null || value === "") next.delete(key);
        else next.set(key, String(value));
        return next;
      },
      { replace: true },
    );
  return {
    year,
    townshipId,
    villageId,
    setYear: (value: number) => set("year", value),
    setTownship: (value: string | null) => set("township", value),
    setVillage: (value: string | null) => set("village", value),
  };
}

/** A link's query string for the same year and area: "?year=2026&township=3". */
export const reportQuery = (params: { year: number; townshipId?: string | null; villageId?: string | null }): string => {
  const search = new URLSearchParams({ year: String(params.year) });
  if (params.townshipId) search.set("township", params.townshipId);
  if (params.villageId) search.set("village", params.villageId);
  return `?${search.toString()}`;
};
