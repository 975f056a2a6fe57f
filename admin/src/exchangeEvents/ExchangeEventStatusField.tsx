import type { ExchangeEventStatus } from "../common/enums";
import { StatusChipField } from "../common/fields";

const colors: Record<ExchangeEventStatus, "success" | "default"> = { OPEN: "success", CLOSED: "default" };

export const ExchangeEventStatusField = (_props: { label?: string }) => (
  <StatusChipField source="status" enumName="ExchangeEventStatus" colors={colors} />
);
