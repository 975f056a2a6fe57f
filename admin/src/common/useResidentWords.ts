import { useTranslate } from "react-admin";
import { useSessionUser } from "./session";

/** The enums a screen shared with staff words differently for a resident (i18n/resident.*.ts). */
type ResidentEnum = "CivicStatus" | "CivicChannel" | "AssignmentRole" | "AssignmentState" | "MatterEventType" | "AwardBatchStatus" | "EntryKind";

export const useIsResident = (): boolean => useSessionUser()?.role === "RESIDENT";

/**
 * An enum value in the reader's words: staff read the office's terms
 * (交办, 签收, 入账, 归档, 冲正), a resident the same fact in plain words.
 */
export const useEnumWord = () => {
  const translate = useTranslate();
  const resident = useIsResident();
  return (enumName: ResidentEnum, value: string): string =>
    translate(resident ? `app.resident.enums.${enumName}.${value}` : `enums.${enumName}.${value}`);
};
