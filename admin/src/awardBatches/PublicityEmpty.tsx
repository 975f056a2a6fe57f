import { useGetOne } from "react-admin";
import { EmptyState } from "../common/EmptyState";
import { useSessionUser } from "../common/session";
import type { Village } from "../types";

/**
 * The empty 积分公示 list says why: whether the user's village puts awards on
 * publicity at all (a village without it posts them at once, so nothing is
 * ever listed) and who sets it. District and township staff see every
 * village's, so they get the general sentence.
 */
export const PublicityEmpty = () => {
  const user = useSessionUser();
  const resident = user?.role === "RESIDENT";
  const villageId = user?.villageId ?? null;
  const { data: village } = useGetOne<Village>("villages", { id: villageId ?? "" }, { enabled: villageId !== null && !resident });
  // A resident does not set publicity: it is told only that nothing of its village is on it.
  if (resident) return <EmptyState message="app.resident.publicity.empty" />;
  if (!village) return <EmptyState message="resources.awardBatches.empty" />;
  return village.publicityDays > 0 ? (
    <EmptyState message="resources.awardBatches.empty_on" options={{ village: village.name, days: village.publicityDays }} />
  ) : (
    <EmptyState message="resources.awardBatches.empty_off" options={{ village: village.name }} />
  );
};
