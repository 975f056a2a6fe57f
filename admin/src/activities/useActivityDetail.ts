import { useQuery } from "@tanstack/react-query";
import { useCunwuDataProvider } from "../providers/useCunwuDataProvider";
import type { Activity } from "../volunteer/types";

/** The activity's participants and ledger entries, reloaded whenever the activity changes. */
export const useActivityDetail = (activity: Activity | undefined) => {
  const dataProvider = useCunwuDataProvider();
  return useQuery({
    queryKey: ["activityDetail", activity?.id, activity?.updatedAt, activity?.status],
    queryFn: () => dataProvider.activityDetail({ id: activity!.id }),
    enabled: Boolean(activity),
  });
};
