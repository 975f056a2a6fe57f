import { Box } from "@mui/material";
import {
  AutocompleteInput,
  FormDataConsumer,
  RadioButtonGroupInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  useTranslate,
} from "react-admin";
import { DayInput } from "../common/DayInput";
import { useSessionUser } from "../common/session";
import { WholeNumberInput } from "../common/WholeNumberInput";
import { activityCategoryChoices } from "../volunteer/enums";
import type { PointsMode } from "./activityForm";

/**
 * Shared by create and edit. The village is set once (a committee's is its
 * own); the points come from a fixed number or a VOLUNTEERING award rule.
 */
export const ActivityInputs = ({ variant }: { variant: "create" | "edit" }) => {
  const user = useSessionUser();
  const translate = useTranslate();
  return (
    <>
      {variant === "create" && user?.role === "DISTRICT_ADMIN" && (
        <ReferenceInput source="villageId" reference="villages">
          <AutocompleteInput />
        </ReferenceInput>
      )}
      <TextInput source="title" helperText="resources.activities.helper.title" />
      <Box sx={{ display: "flex", gap: 2, flexWrap: "wrap", width: "100%" }}>
        <DayInput source="date" helperText="resources.activities.helper.date" />
        <SelectInput source="category" choices={activityCategoryChoices} />
      </Box>
      <TextInput source="place" />
      {/* Only what an activity of the village may name: the village's own and its township's. */}
      <FormDataConsumer<{ villageId?: string | null }>>
        {({ formData }) => {
          const village = formData.villageId ?? user?.villageId ?? null;
          const usable = village ? { active: true, usableBy: village } : { active: true };
          return (
            <Box sx={{ display: "flex", gap: 2, flexWrap: "wrap", width: "100%" }}>
              <ReferenceInput source="brandId" reference="serviceBrands" filter={usable}>
                <AutocompleteInput helperText="resources.activities.helper.brand" sx={{ minWidth: 260 }} />
              </ReferenceInput>
              <ReferenceInput source="teamId" reference="volunteerTeams" filter={usable}>
                <AutocompleteInput helperText="resources.activities.helper.team" sx={{ minWidth: 260 }} />
              </ReferenceInput>
            </Box>
          );
        }}
      </FormDataConsumer>
      <RadioButtonGroupInput
        source="pointsMode"
        label="resources.activities.fields.pointsMode"
        choices={[
          { id: "points", name: translate("resources.activities.points_mode.points") },
          { id: "rule", name: translate("resources.activities.points_mode.rule") },
        ]}
      />
      <FormDataConsumer<{ pointsMode?: PointsMode }>>
        {({ formData }) =>
          formData.pointsMode === "rule" ? (
            <ReferenceInput source="ruleId" reference="pointRules" filter={{ category: "VOLUNTEERING", positive: true, active: true }}>
              <AutocompleteInput helperText="resources.activities.helper.rule" sx={{ minWidth: 320 }} />
            </ReferenceInput>
          ) : (
            <WholeNumberInput source="pointsPerParticipant" isRequired min={1} max={1000} helperText="resources.activities.helper.points" />
          )
        }
      </FormDataConsumer>
      <TextInput source="description" multiline minRows={3} />
    </>
  );
};
