import { Chip } from "@mui/material";
import { useRecordContext, useTranslate } from "react-admin";
import type { ExchangeEventStatus } from "../common/enums";
import { StatusChipField } from "../common/fields";
import type { ExchangeEvent } from "../types";

const colors: Record<ExchangeEventStatus, "success" | "default"> = { OPEN: "success", CLOSED: "default" };

/** 进行中 / 已结束; an open event the server says is dated later reads 待举办 (it takes no sales before its day). */
export const ExchangeEventStatusField = (_props: { label?: string }) => {
  const event = useRecordContext<ExchangeEvent>();
  const translate = useTranslate();
  if (event?.status === "OPEN" && event.upcoming) {
    return <Chip size="small" label={translate("resources.exchangeEvents.upcoming")} color="info" variant="outlined" />;
  }
  return <StatusChipField source="status" enumName="ExchangeEventStatus" colors={colors} />;
};
