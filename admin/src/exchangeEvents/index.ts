import { lazyView } from "../common/lazyView";
import EventIcon from "@mui/icons-material/Event";
import type { ExchangeEvent } from "../types";

// Opened by create, closed and reopened by their button; nothing else to edit.

export default {
  list: lazyView(() => import("./ExchangeEventList"), "ExchangeEventList"),
  show: lazyView(() => import("./ExchangeEventShow"), "ExchangeEventShow"),
  create: lazyView(() => import("./ExchangeEventCreate"), "ExchangeEventCreate"),
  icon: EventIcon,
  recordRepresentation: (record: ExchangeEvent) => `${record.date} ${record.title}`,
};
