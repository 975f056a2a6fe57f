import ShoppingCartIcon from "@mui/icons-material/ShoppingCart";
import { Link } from "react-router-dom";
import {
  AutocompleteInput,
  Button,
  ExportButton,
  List,
  ReferenceInput,
  SelectInput,
  SimpleList,
  TopToolbar,
  useLocaleState,
  useTranslate,
} from "react-admin";
import { DayInput } from "../common/DayInput";
import { redemptionStatusChoices } from "../common/choices";
import { EmptyState } from "../common/EmptyState";
import { formatDateTime, formatPoints } from "../common/format";
import { useSessionUser } from "../common/session";
import { useIsSmall } from "../common/useIsSmall";
import type { Redemption } from "../types";
import { itemsSummary } from "./RedemptionFields";
import { RedemptionGrid } from "./RedemptionGrid";
import { useRoleAccess } from "../common/useRoleAccess";

const redemptionFilters = (withVillage: boolean) => [
  ...(withVillage
    ? [
        <ReferenceInput key="villageId" source="villageId" reference="villages" alwaysOn>
          <AutocompleteInput />
        </ReferenceInput>,
      ]
    : []),
  <ReferenceInput key="householdId" source="householdId" reference="households" alwaysOn>
    <AutocompleteInput />
  </ReferenceInput>,
  <SelectInput key="status" source="status" choices={redemptionStatusChoices} alwaysOn />,
  <DayInput key="from" source="from" />,
  <DayInput key="to" source="to" />,
  <ReferenceInput key="eventId" source="eventId" reference="exchangeEvents">
    <AutocompleteInput />
  </ReferenceInput>,
];

/** The way to a new sale, for those who run the shop. */
const CheckoutButton = () => {
  const canAccess = useRoleAccess("checkout", "use");
  if (!canAccess) return null;
  return (
    <Button component={Link} to="/checkout" label="app.menu.checkout" variant="contained">
      <ShoppingCartIcon />
    </Button>
  );
};

const RedemptionListActions = () => (
  <TopToolbar>
    <CheckoutButton />
    <ExportButton />
  </TopToolbar>
);

/** 兑换记录; for a resident, 我的兑换 (the server shows it only its own household's). */
export const RedemptionList = () => {
  const user = useSessionUser();
  const isSmall = useIsSmall();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const resident = user?.role === "RESIDENT";
  const staffAbove = !resident && user?.role !== "VILLAGE_COMMITTEE";
  return (
    <List
      perPage={25}
      filters={resident ? undefined : redemptionFilters(staffAbove)}
      sort={{ field: "id", order: "DESC" }}
      actions={resident ? false : <RedemptionListActions />}
      title={resident ? "app.menu.myRedemptions" : undefined}
      empty={<EmptyState message={resident ? "resources.redemptions.empty_resident" : "resources.redemptions.empty"} />}
    >
      {isSmall || resident ? (
        <SimpleList<Redemption>
          primaryText={(r) => itemsSummary(r)}
          secondaryText={(r) =>
            `${formatDateTime(r.createdAt)}${r.status === "CANCELLED" ? ` · ${translate("enums.RedemptionStatus.CANCELLED")}` : ""}`
          }
          tertiaryText={(r) => translate("app.common.points", { points: formatPoints(r.total, locale) })}
          linkType="show"
        />
      ) : (
        <RedemptionGrid showVillage={staffAbove} showHousehold showEvent />
      )}
    </List>
  );
};
