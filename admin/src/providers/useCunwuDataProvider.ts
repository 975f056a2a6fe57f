import { useDataProvider } from "react-admin";
import type { CunwuDataProvider } from "./dataProvider";

/** The data provider with the ledger's and the shop's own operations. */
export const useCunwuDataProvider = () => useDataProvider<CunwuDataProvider>();
