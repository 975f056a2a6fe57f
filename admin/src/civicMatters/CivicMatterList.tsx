import AddIcon from "@mui/icons-material/Add";
import { useEnumWord } from "../common/useResidentWords";
import { Box, Button, Card, CardActionArea, CardContent, Stack, Typography } from "@mui/material";
import {
  AutocompleteInput,
  BooleanInput,
  CreateButton,
  DataTable,
  FilterButton,
  FunctionField,
  List,
  NullableBooleanInput,
  NumberInput,
  ReferenceInput,
  SearchInput,
  SelectArrayInput,
  SelectInput,
  TopToolbar,
  useListContext,
  useTranslate,
} from "react-admin";
import { Link } from "react-router-dom";
import { EmptyState } from "../common/EmptyState";
import { formatDateTime, formatDay } from "../common/format";
import { useSessionUser } from "../common/session";
import { useIsSmall } from "../common/useIsSmall";
import type { SessionUser } from "../providers/session";
import { CivicStatusChip, ChannelChip, DueChip, UrgencyChip } from "./CivicChips";
import { assignmentStateChoices, civicChannelChoices, civicStatusChoices } from "./civicEnums";
import { OwnPartLine } from "./OwnPart";
import type { CivicMatter } from "./civicTypes";

/** The board's filters: search, status, channel, overdue, category, and the area the role spans. */
const boardFilters = (user: SessionUser | null) => {
  const role = user?.role;
  const district = role === "DISTRICT_ADMIN" || role === "DISTRICT_STAFF";
  return [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="status" source="status" choices={civicStatusChoices} alwaysOn />,
    // Several at once (the home page's "in hand" link); shown, and removable, when set.
    <SelectArrayInput key="statuses" source="statuses" choices={civicStatusChoices} />,
    <SelectInput key="channel" source="channel" choices={civicChannelChoices} alwaysOn />,
    <NullableBooleanInput key="overdue" source="overdue" alwaysOn />,
    <ReferenceInput key="categoryId" source="categoryId" reference="civicCategories" perPage={100} alwaysOn>
      <AutocompleteInput optionText="name" />
    </ReferenceInput>,
    ...(district
      ? [
          <ReferenceInput key="townshipId" source="townshipId" reference="townships" alwaysOn>
            <AutocompleteInput />
          </ReferenceInput>,
        ]
      : []),
    ...(role !== "VILLAGE_COMMITTEE"
      ? [
          <ReferenceInput key="villageId" source="villageId" reference="villages" perPage={100} alwaysOn>
            <AutocompleteInput />
          </ReferenceInput>,
        ]
      : []),
    <ReferenceInput key="departmentId" source="departmentId" reference="departments" perPage={100} alwaysOn={role === "DEPARTMENT_STAFF"}>
      <AutocompleteInput />
    </ReferenceInput>,
    // A unit's own part (the home page's inbox tiles link here with these); shown, and removable, when set.
    ...(isUnitRole(role)
      ? [
          <SelectInput key="myAssignmentState" source="myAssignmentState" choices={assignmentStateChoices} />,
          <NumberInput key="myDueWithinWorkingDays" source="myDueWithinWorkingDays" min={0} max={20} />,
          <BooleanInput key="myOverdue" source="myOverdue" />,
          <BooleanInput key="supervisionAwaitingMyAnswer" source="supervisionAwaitingMyAnswer" />,
        ]
      : []),
  ];
};

/** Roles that are named on assignments as a unit: the board shows them their own part. */
const isUnitRole = (role: string | undefined) => role === "DEPARTMENT_STAFF" || role === "VILLAGE_COMMITTEE";

/** Title, category and place in one cell. */
const TitleCell = () => (
  <FunctionField<CivicMatter>
    render={(m) => (
      <Box sx={{ minWidth: 180 }}>
        <Typography variant="body2" sx={{ fontWeight: 500 }}>
          {m.title}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {m.category.name} · {m.township.name} {m.village.name}
        </Typography>
      </Box>
    )}
  />
);

const BoardActions = ({ intake }: { intake: boolean }) => (
  <TopToolbar>
    <FilterButton />
    {intake && <CreateButton label="app.civic.menu.intake" />}
  </TopToolbar>
);

/**
 * 事项台账: the staff board. Each role sees what its scope holds (the server
 * decides); department staff start with their department's matters.
 */
const StaffBoard = ({ user }: { user: SessionUser | null }) => {
  const intake = user?.role !== "DEPARTMENT_STAFF";
  const isSmall = useIsSmall();
  return (
    <List
      resource="civicMatters"
      perPage={25}
      filters={boardFilters(user)}
      filterDefaultValues={user?.role === "DEPARTMENT_STAFF" && user.departmentId ? { departmentId: user.departmentId } : undefined}
      sort={{ field: "id", order: "DESC" }}
      actions={<BoardActions intake={intake} />}
      exporter={false}
      empty={<EmptyState message="resources.civicMatters.empty" />}
      title="app.civic.menu.board"
    >
      {isSmall ? (
        <MatterCards staff />
      ) : (
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="code">
            <FunctionField<CivicMatter>
              render={(m) => (
                <Box sx={{ whiteSpace: "nowrap" }}>
                  <Typography variant="body2" sx={{ fontVariantNumeric: "tabular-nums" }}>
                    {m.code}
                  </Typography>
                  <Typography variant="caption" color="text.secondary">
                    {formatDay(m.receivedAt)}
                  </Typography>
                </Box>
              )}
            />
          </DataTable.Col>
          <DataTable.Col source="title" disableSort>
            <TitleCell />
          </DataTable.Col>
          {isUnitRole(user?.role) && (
            <DataTable.Col source="myAssignment" disableSort>
              <FunctionField<CivicMatter>
                render={(m) =>
                  m.myAssignment ? (
                    <Stack spacing={0.5} sx={{ alignItems: "flex-start" }}>
                      <OwnPartLine matter={m} compact />
                      <Typography variant="caption" color="text.secondary" sx={{ whiteSpace: "nowrap" }}>
                        {m.myAssignment.dueDate}
                      </Typography>
                    </Stack>
                  ) : null
                }
              />
            </DataTable.Col>
          )}
          <DataTable.Col source="channel">
            <FunctionField<CivicMatter> render={(m) => <ChannelChip channel={m.channel} />} />
          </DataTable.Col>
          <DataTable.Col source="status">
            <FunctionField<CivicMatter>
              render={(m) => (
                <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: "wrap" }}>
                  <CivicStatusChip status={m.status} />
                  <UrgencyChip urgency={m.urgency} />
                </Stack>
              )}
            />
          </DataTable.Col>
          <DataTable.Col source="dueDate">
            <FunctionField<CivicMatter>
              render={(m) => (
                <Stack spacing={0.5} sx={{ alignItems: "flex-start" }}>
                  <Typography variant="body2" sx={{ whiteSpace: "nowrap" }}>
                    {m.dueDate ?? "—"}
                  </Typography>
                  <DueChip matter={m} />
                </Stack>
              )}
            />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};

/** A matter as a card for a phone: status, title, the latest step; for staff also the place and the due date. */
const MatterCard = ({ matter, staff }: { matter: CivicMatter; staff: boolean }) => {
  const translate = useTranslate();
  const word = useEnumWord();
  const last = matter.timeline.at(-1);
  return (
    <Card data-testid="matter-card">
      <CardActionArea component={Link} to={`/civicMatters/${matter.id}/show`}>
        <CardContent>
          <Stack direction="row" spacing={1} sx={{ alignItems: "center", mb: 0.5 }}>
            <CivicStatusChip status={matter.status} />
            <Typography variant="caption" color="text.secondary" sx={{ flexGrow: 1 }}>
              {matter.code}
            </Typography>
            {staff && matter.myAssignment && <OwnPartLine matter={matter} compact />}
            {staff && <DueChip matter={matter} />}
          </Stack>
          <Typography variant="subtitle1" sx={{ fontWeight: 500, overflowWrap: "anywhere" }}>
            {matter.title}
          </Typography>
          <Typography variant="caption" color="text.secondary" component="div">
            {matter.category.name} · {staff ? `${matter.village.name} · ` : ""}
            {formatDay(matter.receivedAt)}
          </Typography>
          {matter.attachments[0] && (
            <Stack direction="row" spacing={1} sx={{ alignItems: "center", mt: 0.5 }} data-testid="card-photos">
              <Box component="img" src={matter.attachments[0].thumbnailUrl} alt="" loading="lazy" sx={{ width: 40, height: 40, objectFit: "cover", borderRadius: 0.5 }} />
              <Typography variant="caption" color="text.secondary">
                {translate("app.resident.photos.count", { count: matter.attachments.length })}
              </Typography>
            </Stack>
          )}
          {last && (
            <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
              {translate("app.civic.my.last_update", { what: word("MatterEventType", last.type) })} · {formatDateTime(last.at)}
            </Typography>
          )}
          {!staff && matter.status === "RESOLVED" && (
            <Typography variant="body2" color="primary" sx={{ mt: 0.5, fontWeight: 500 }}>
              {translate("app.civic.my.rate_prompt")}
            </Typography>
          )}
        </CardContent>
      </CardActionArea>
    </Card>
  );
};

const MatterCards = ({ staff = false }: { staff?: boolean }) => {
  const { data, isPending } = useListContext<CivicMatter>();
  if (isPending || !data) return null;
  return (
    <Stack spacing={1.5} sx={{ p: { xs: 0, sm: 1 } }}>
      {data.map((m) => (
        <MatterCard key={m.id} matter={m} staff={staff} />
      ))}
    </Stack>
  );
};

/** The way to raise a matter, a plain wide button on a phone (not a floating one over the bottom navigation). */
const SubmitButton = () => {
  const translate = useTranslate();
  return (
    <Button component={Link} to="/civicMatters/create" variant="contained" startIcon={<AddIcon />}>
      {translate("app.civic.my.submit")}
    </Button>
  );
};

const MyActions = () => (
  <TopToolbar>
    <SubmitButton />
  </TopToolbar>
);

/** 我的事项: a resident's own matters as cards, newest first, with the way to raise a new one. */
const MyMatters = () => (
  <List
    resource="civicMatters"
    perPage={20}
    sort={{ field: "id", order: "DESC" }}
    actions={<MyActions />}
    exporter={false}
    empty={<EmptyState message="app.civic.my.empty" action={<SubmitButton />} />}
    title="app.civic.my.title"
    component="div"
  >
    <MatterCards />
  </List>
);

export const CivicMatterList = () => {
  const user = useSessionUser();
  return user?.role === "RESIDENT" ? <MyMatters /> : <StaffBoard user={user} />;
};
