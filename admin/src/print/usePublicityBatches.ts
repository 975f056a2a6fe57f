import { useQuery } from "@tanstack/react-query";
import { useCunwuDataProvider } from "../providers/useCunwuDataProvider";

/** Batches per request: each line's photos count towards the server's cost limit, so pages stay small. */
const PAGE = 20;

/**
 * Every batch on publicity in the village (the district admin's choice, or
 * the caller's own), with the photos of the award and of each line: read
 * page after page, oldest first, as the 公示榜 numbers them.
 */
export const usePublicityBatches = (villageId: string | null | undefined) => {
  const dataProvider = useCunwuDataProvider();
  return useQuery({
    queryKey: ["publicityBatches", villageId],
    enabled: Boolean(villageId),
    queryFn: async () => {
      const filter = { villageId, status: "ON_PUBLICITY" as const };
      const batches = [];
      for (let page = 1; ; page++) {
        const { items, total } = await dataProvider.awardBatchesWithPhotos({ filter, page, perPage: PAGE });
        batches.push(...items);
        if (items.length < PAGE || batches.length >= total) return batches;
      }
    },
  });
};
