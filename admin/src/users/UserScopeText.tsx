import { useRecordContext } from "react-admin";
import type { User } from "../types";
import { scopeText } from "./userScope";

/** The user's township, village, department or household, in words. */
export const UserScopeText = (_props: { label?: string }) => {
  const user = useRecordContext<User>();
  return user ? <>{scopeText(user) ?? ""}</> : null;
};
