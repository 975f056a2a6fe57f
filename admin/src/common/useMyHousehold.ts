import { useGetOne } from "react-admin";
import type { Household } from "../types";
import { useSessionUser } from "./session";

/** A resident's own household (balance, village), fresh from the server. */
export const useMyHousehold = () => {
  const user = useSessionUser();
  const id = user?.role === "RESIDENT" ? user.householdId : null;
  return useGetOne<Household>("households", { id: id ?? "" }, { enabled: id !== null });
};
