import { Alert } from "@mui/material";
import {
  AutocompleteArrayInput,
  FormDataConsumer,
  AutocompleteInput,
  RadioButtonGroupInput,
  required,
  SelectInput,
  TextInput,
  useGetList,
  useTranslate,
} from "react-admin";
import type { Department } from "../types";
import { useQuery } from "@tanstack/react-query";
import { useCunwuDataProvider } from "../providers/useCunwuDataProvider";
import { CivicActionDialog } from "./CivicActionDialog";
import { civicChannelChoices, type CivicChannel } from "./civicEnums";
import type { CivicMatter } from "./civicTypes";

const ALL = { page: 1, perPage: 200 };

/** Active departments, split into handling units and supervision offices. */
const useDepartments = () => {
  const { data = [] } = useGetList<Department>("departments", { filter: { active: true }, pagination: ALL, sort: { field: "code", order: "ASC" } });
  return {
    units: data.filter((d) => d.kind !== "SUPERVISION_OFFICE"),
    offices: data.filter((d) => d.kind === "SUPERVISION_OFFICE"),
  };
};

/** Officials who may lead (领办): department and township staff, as the server lists them for staff who assign. */
const useOfficials = (enabled: boolean) => {
  const dataProvider = useCunwuDataProvider();
  const { data = [] } = useQuery({ queryKey: ["leadOfficials"], queryFn: () => dataProvider.leadOfficials(), enabled });
  return data;
};

/** The inputs of the chosen channel: who handles the matter. */
const ChannelInputs = ({
  matter,
  channel,
  leadDepartmentId,
}: {
  matter: CivicMatter;
  channel: CivicChannel | undefined;
  leadDepartmentId: string | undefined;
}) => {
  const translate = useTranslate();
  const { units, offices } = useDepartments();
  // LEAD is offered only to those who may name an official (assignableChannels).
  const officials = useOfficials(channel === "LEAD");
  const toChoice = (d: { id: string; name: string }) => ({ id: d.id, name: d.name });
  switch (channel) {
    case "JOINT":
      return (
        <>
          <AutocompleteInput
            source="leadDepartmentId"
            label="app.civic.dialog.lead_department"
            choices={units.map(toChoice)}
            validate={required()}
            fullWidth
          />
          <AutocompleteArrayInput
            source="coDepartmentIds"
            label="app.civic.dialog.co_departments"
            choices={units.filter((d) => d.id !== leadDepartmentId).map(toChoice)}
            validate={required()}
            fullWidth
          />
        </>
      );
    case "LEAD":
      return (
        <AutocompleteInput
          source="leadOfficialUserId"
          label="app.civic.dialog.lead_official"
          choices={officials.map((u) => ({ id: u.id, name: `${u.displayName}（${u.departmentName ?? u.townshipName ?? translate(`enums.Role.${u.role}`)}）` }))}
          validate={required()}
          fullWidth
        />
      );
    case "SUPERVISED":
      return (
        <>
          <SelectInput
            source="supervisingDepartmentId"
            label="app.civic.dialog.supervising_department"
            choices={offices.map(toChoice)}
            validate={required()}
            fullWidth
          />
          <AutocompleteInput source="responsibleDepartmentId" label="app.civic.dialog.responsible_department" choices={units.map(toChoice)} fullWidth />
          <SelectInput
            source="responsibleVillageId"
            label="app.civic.dialog.responsible_village"
            choices={[{ id: matter.villageId, name: matter.village.name }]}
            fullWidth
          />
        </>
      );
    default:
      return null;
  }
};

/**
 * 交办 (a RECEIVED matter) or a change of channel (an ASSIGNED or IN_PROGRESS
 * one, with its reason): the channel and who handles it, on the channels
 * the server names for this user (CivicMatter.assignableChannels).
 */
export const AssignDialog = ({
  matter,
  mode,
  open,
  onClose,
}: {
  matter: CivicMatter;
  mode: "assign" | "changeChannel";
  open: boolean;
  onClose: () => void;
}) => {
  const translate = useTranslate();
  // The channels the server lets this user choose here (a committee only DIRECT).
  const channels = matter.assignableChannels;
  const suggested = channels.includes(matter.category.defaultChannel) ? matter.category.defaultChannel : channels[0];
  return (
    <CivicActionDialog
      open={open}
      onClose={onClose}
      testId="assign-dialog"
      dropHidden
      title={mode === "assign" ? "app.civic.dialog.assign_title" : "app.civic.dialog.change_title"}
      titleArgs={{ code: matter.code }}
      help={translate("app.civic.dialog.deadline", { days: matter.category.deadlineDays })}
      defaultValues={{ channel: mode === "assign" ? suggested : channels.find((c) => c !== matter.channel) }}
      confirmLabel={mode === "assign" ? "app.civic.action.assign" : "app.civic.action.changeChannel"}
      success={mode === "assign" ? "app.civic.notifications.assigned" : "app.civic.notifications.channel_changed"}
      run={(dp, values) =>
        mode === "assign"
          ? dp.assignCivicMatter({ id: matter.id, input: values as never })
          : dp.changeChannel({ id: matter.id, input: values as never })
      }
    >
      <RadioButtonGroupInput
        source="channel"
        label="resources.civicMatters.fields.channel"
        choices={civicChannelChoices.filter((c) => channels.includes(c.id as CivicChannel))}
        validate={required()}
        helperText={false}
      />
      <FormDataConsumer<{ channel?: CivicChannel; leadDepartmentId?: string }>>
        {({ formData }) => (
          <>
            <ChannelHelp channel={formData.channel} />
            <ChannelInputs matter={matter} channel={formData.channel} leadDepartmentId={formData.leadDepartmentId} />
          </>
        )}
      </FormDataConsumer>
      {mode === "changeChannel" && (
        <TextInput source="reason" label="app.civic.dialog.change_reason" validate={required()} multiline fullWidth />
      )}
      <TextInput source="note" label="app.civic.dialog.note" multiline fullWidth />
    </CivicActionDialog>
  );
};

const ChannelHelp = ({ channel }: { channel: CivicChannel | undefined }) => {
  const translate = useTranslate();
  if (!channel) return null;
  return (
    <Alert severity="info" icon={false} sx={{ mb: 2, py: 0 }}>
      {translate(`app.civic.dialog.channel_help.${channel}`)}
    </Alert>
  );
};
