import { useSessionUser } from "../common/session";
import { useReportParams } from "../dashboard/useReportParams";

/**
 * The village a printable page is about: a committee's own, or the one
 * chosen in the address (?village=12) by staff who see many.
 */
export function useVillageParam() {
  const user = useSessionUser();
  const params = useReportParams();
  const own = user?.role === "VILLAGE_COMMITTEE" ? user.villageId : null;
  return { ...params, villageId: own ?? params.villageId, choosesVillage: own === null };
}
