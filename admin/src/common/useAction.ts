import { useMutation } from "@tanstack/react-query";
import { useNotify, useRefresh } from "react-admin";
import { useCunwuDataProvider } from "../providers/useCunwuDataProvider";
import type { CunwuDataProvider } from "../providers/dataProvider";
import { useErrorText } from "./useErrorText";

interface ActionOptions<T> {
  /** translation key notified on success */
  success?: string;
  onSuccess?: (result: T) => void;
  /** reload the page's queries afterwards (default true) */
  refresh?: boolean;
  /** notify failures (default true); false when the page shows them itself */
  notifyError?: boolean;
}

/**
 * One of the data provider's own operations as a mutation: pending state for
 * the button, a translated notification either way, the page refreshed.
 */
export const useAction = <P, T>(
  run: (dataProvider: CunwuDataProvider, params: P) => Promise<T>,
  { success, onSuccess, refresh: shouldRefresh = true, notifyError = true }: ActionOptions<T> = {},
) => {
  const dataProvider = useCunwuDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const errorText = useErrorText();
  return useMutation({
    mutationFn: (params: P) => run(dataProvider, params),
    onSuccess: (result) => {
      if (success) notify(success, { type: "success" });
      onSuccess?.(result);
      if (shouldRefresh) refresh();
    },
    onError: (error) => {
      if (notifyError) notify(errorText(error), { type: "error" });
    },
  });
};
