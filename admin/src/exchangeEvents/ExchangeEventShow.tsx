import ShoppingCartIcon from "@mui/icons-material/ShoppingCart";
import { Link } from "react-router-dom";
import {
  Button,
  ListButton,
  ReferenceField,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
} from "react-admin";
import { EmptyState } from "../common/EmptyState";
import { RedemptionGrid } from "../redemptions/RedemptionGrid";
import type { ExchangeEvent } from "../types";
import { ExchangeEventStatusButton } from "./ExchangeEventStatusButton";
import { ExchangeEventStatusField } from "./ExchangeEventStatusField";
import { useRoleAccess } from "../common/useRoleAccess";

/** Sell at this event: the checkout with the event chosen. */
const CheckoutAtEventButton = () => {
  const event = useRecordContext<ExchangeEvent>();
  const canAccess = useRoleAccess("checkout", "use");
  if (!event || !canAccess || event.status !== "OPEN") return null;
  return (
    <Button component={Link} to={`/checkout?eventId=${event.id}`} label="app.menu.checkout" variant="contained">
      <ShoppingCartIcon />
    </Button>
  );
};

const ExchangeEventShowActions = () => (
  <TopToolbar>
    <ListButton />
    <ExchangeEventStatusButton />
    <CheckoutAtEventButton />
  </TopToolbar>
);

export const ExchangeEventShow = () => (
  <Show actions={<ExchangeEventShowActions />}>
    <SimpleShowLayout>
      <TextField source="title" variant="h6" />
      <ReferenceField source="villageId" reference="villages" link={false} />
      <TextField source="date" />
      <ExchangeEventStatusField label="resources.exchangeEvents.fields.status" />
      <ReferenceManyField
        reference="redemptions"
        target="eventId"
        label="resources.exchangeEvents.fields.redemptions"
        sort={{ field: "id", order: "DESC" }}
        perPage={50}
        empty={<EmptyState message="resources.exchangeEvents.no_redemptions" />}
      >
        <RedemptionGrid showHousehold />
      </ReferenceManyField>
    </SimpleShowLayout>
  </Show>
);
