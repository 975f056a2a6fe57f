import AddCircleIcon from "@mui/icons-material/AddCircle";
import MenuBookIcon from "@mui/icons-material/MenuBook";
import ShoppingCartIcon from "@mui/icons-material/ShoppingCart";
import { Link } from "react-router-dom";
import {
  Button,
  EditButton,
  NumberField,
  Pagination,
  ReferenceField,
  ReferenceManyField,
  SelectField,
  Show,
  TabbedShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
} from "react-admin";
import { DateTimeField } from "../common/fields";
import { householdCategoryChoices, householdStatusChoices } from "../common/choices";
import { EmptyState } from "../common/EmptyState";
import { PointEntryGrid } from "../pointEntries/PointEntryGrid";
import { RedemptionGrid } from "../redemptions/RedemptionGrid";
import { allows } from "../common/allowed";
import type { HouseholdAction } from "../gql/graphql";
import type { AccessName } from "../providers/access";
import type { Household } from "../types";
import { ArchiveHouseholdButton } from "./ArchiveHouseholdButton";
import { DeductPointsButton } from "./DeductPointsButton";
import { HouseholdBalanceCard } from "./HouseholdBalanceCard";
import { useRoleAccess } from "../common/useRoleAccess";
import { HouseholdActivationButton } from "../onboarding/IssueActivationsButton";
import { ResidentAccountsTab } from "../onboarding/ResidentAccountsTab";

/**
 * A link-button to another screen for this household: where the server allows
 * the step on it (`action`, e.g. REDEEM: active, of a village with a shop), or
 * for a screen that only reads (`access`, the role's menu table).
 */
const HouseholdLinkButton = ({
  to,
  label,
  action,
  access,
  icon,
}: {
  to: (household: Household) => string;
  label: string;
  action?: HouseholdAction;
  access?: { resource: AccessName; action: string };
  icon: React.ReactElement;
}) => {
  const household = useRecordContext<Household>();
  const canAccess = useRoleAccess(access?.resource ?? "households", access?.action ?? "show");
  if (!household || (action ? !allows(household, action) : !canAccess)) return null;
  return (
    <Button component={Link} to={to(household)} label={label}>
      {icon}
    </Button>
  );
};

const EditWhereAllowed = () => (allows(useRecordContext<Household>(), "UPDATE") ? <EditButton /> : null);

const HouseholdShowActions = () => (
  <TopToolbar>
    <HouseholdLinkButton
      to={(h) => `/award?householdId=${h.id}`}
      label="resources.households.action.award"
      action="AWARD"
      icon={<AddCircleIcon />}
    />
    <DeductPointsButton />
    <HouseholdLinkButton
      to={(h) => `/checkout?householdId=${h.id}`}
      label="resources.households.action.checkout"
      action="REDEEM"
      icon={<ShoppingCartIcon />}
    />
    <HouseholdLinkButton
      to={(h) => `/passbook/${h.id}`}
      label="resources.households.action.passbook"
      access={{ resource: "households", action: "passbook" }}
      icon={<MenuBookIcon />}
    />
    <HouseholdActivationButton />
    <EditWhereAllowed />
    <ArchiveHouseholdButton />
  </TopToolbar>
);

export const HouseholdShow = () => (
  <Show actions={<HouseholdShowActions />}>
    <HouseholdBalanceCard />
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="resources.households.tabs.entries">
        <ReferenceManyField
          reference="pointEntries"
          target="householdId"
          sort={{ field: "deedDate", order: "DESC" }}
          perPage={20}
          pagination={<Pagination rowsPerPageOptions={[20, 50, 100]} />}
          empty={<EmptyState message="resources.households.empty.entries" />}
        >
          <PointEntryGrid />
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.households.tabs.redemptions" path="redemptions">
        <ReferenceManyField
          reference="redemptions"
          target="householdId"
          sort={{ field: "id", order: "DESC" }}
          perPage={20}
          empty={<EmptyState message="resources.households.empty.redemptions" />}
        >
          <RedemptionGrid />
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="app.onboarding.accounts.title" path="residents">
        <ResidentAccountsTab />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.households.tabs.details" path="details">
        <ReferenceField source="villageId" reference="villages" />
        <TextField source="number" />
        <TextField source="headName" />
        <NumberField source="memberCount" />
        <TextField source="phone" />
        <TextField source="address" />
        <SelectField source="category" choices={householdCategoryChoices} />
        <SelectField source="status" choices={householdStatusChoices} />
        <DateTimeField source="createdAt" />
        <DateTimeField source="updatedAt" />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
