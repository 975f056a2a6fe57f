import EventIcon from "@mui/icons-material/Event";
import type { ExchangeEvent } from "../types";
import { ExchangeEventCreate } from "./ExchangeEventCreate";
import { ExchangeEventList } from "./ExchangeEventList";
import { ExchangeEventShow } from "./ExchangeEventShow";

// Opened by create, closed and reopened by their button; nothing else to edit.
export default {
  list: ExchangeEventList,
  show: ExchangeEventShow,
  create: ExchangeEventCreate,
  icon: EventIcon,
  recordRepresentation: (record: ExchangeEvent) => `${record.date} ${record.title}`,
};
