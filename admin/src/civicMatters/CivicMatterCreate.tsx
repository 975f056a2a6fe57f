import SendIcon from "@mui/icons-material/Send";
import { Alert, Typography } from "@mui/material";
import {
  AutocompleteInput,
  BooleanInput,
  Create,
  FormDataConsumer,
  ReferenceInput,
  required,
  SaveButton,
  SelectInput,
  SimpleForm,
  TextInput,
  Toolbar,
  useNotify,
  useRedirect,
  useTranslate,
} from "react-admin";
import { useSessionUser } from "../common/session";
import { useCunwuDataProvider } from "../providers/useCunwuDataProvider";
import { useErrorText } from "../common/useErrorText";
import { intakeSourceChoices, urgencyChoices } from "./civicEnums";
import type { CivicMatter } from "./civicTypes";
import { PhotoPicker } from "../photos/PhotoPicker";

type Values = Record<string, unknown>;

// The server's rule, checked before sending: a staff intake names a household,
// a person, or is anonymous (and then neither).
const validateIntake = (staff: boolean) => (values: Values) => {
  const errors: Record<string, string> = {};
  if (staff && !values.anonymous && !values.householdId && !values.submitterName) {
    errors.submitterName = "app.civic.errors.fields.submitterName.REQUIRED";
  }
  return errors;
};

/** An anonymous matter keeps no household, name or phone, even one typed before the switch. */
const forgetWhenAnonymous = (data: Values): Values =>
  data.anonymous ? { ...data, householdId: null, submitterName: null, submitterPhone: null } : data;

/** A resident submits (提交) what it has to say; staff keep react-admin's 保存 for an intake they record. */
const SubmitToolbar = () => (
  <Toolbar>
    <SaveButton label="app.resident.civic.submit" icon={<SendIcon />} />
  </Toolbar>
);

/** Who raises it, for a committee or staff taking it in: a household of the village, a name, or anonymous. */
const SubmitterInputs = ({ villageInput }: { villageInput: boolean }) => {
  const translate = useTranslate();
  return (
    <>
      <Typography variant="subtitle1" sx={{ mt: 1 }}>
        {translate("app.civic.intake.who")}
      </Typography>
      <FormDataConsumer<{ anonymous?: boolean; villageId?: string }>>
        {({ formData }) =>
          formData.anonymous ? (
            <Alert severity="info" sx={{ mb: 2 }}>
              {translate("app.civic.intake.anonymous_help")}
            </Alert>
          ) : (
            <>
              <ReferenceInput
                source="householdId"
                reference="households"
                filter={villageInput && formData.villageId ? { villageId: formData.villageId } : {}}
              >
                <AutocompleteInput
                  optionText={(h: { number: string; headName: string }) => `${h.number} ${h.headName}`}
                  filterToQuery={(q: string) => ({ q })}
                  helperText="app.civic.intake.household_help"
                  fullWidth
                />
              </ReferenceInput>
              <TextInput source="submitterName" fullWidth />
              <TextInput source="submitterPhone" fullWidth />
            </>
          )
        }
      </FormDataConsumer>
      <BooleanInput source="anonymous" />
    </>
  );
};

/**
 * 受理: a resident raises a matter for its household (online), or a village
 * committee (township or district staff) takes one in on a resident's behalf,
 * saying how it came (说事会, visit, walk-in, phone).
 */
export const CivicMatterCreate = () => {
  const user = useSessionUser();
  const notify = useNotify();
  const redirect = useRedirect();
  const translate = useTranslate();
  const resident = user?.role === "RESIDENT";
  const villageInput = !resident && user?.role !== "VILLAGE_COMMITTEE";
  const dataProvider = useCunwuDataProvider();
  const errorText = useErrorText();
  // A committee may hand the matter to itself (直办) as it takes it in: two steps, the second reported on its own.
  const onSuccess = async (matter: CivicMatter, variables: { data?: Values }) => {
    notify(resident ? "app.resident.civic.submitted" : "app.civic.notifications.submitted", { type: "success", messageArgs: { code: matter.code } });
    if (variables.data?.handleDirectly) {
      await dataProvider
        .assignCivicMatter({ id: matter.id, input: { channel: "DIRECT" } })
        .then(() => notify("app.civic.intake.assigned_direct", { type: "success", messageArgs: { code: matter.code } }))
        .catch((error: unknown) => notify(errorText(error), { type: "error" }));
    }
    redirect("show", "civicMatters", matter.id);
  };
  return (
    <Create title={resident ? "app.civic.my.submit" : "app.civic.intake.title"} mutationOptions={{ onSuccess }} transform={forgetWhenAnonymous}>
      <SimpleForm
        defaultValues={resident ? { urgency: "NORMAL" } : { urgency: "NORMAL", source: "VILLAGE_MEETING", anonymous: false }}
        validate={validateIntake(!resident)}
        toolbar={resident ? <SubmitToolbar /> : undefined}
        sx={{ maxWidth: 640 }}
      >
        {resident && (
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {translate("app.civic.my.submit_help")}
          </Typography>
        )}
        <ReferenceInput source="categoryId" reference="civicCategories" filter={{ active: true }} perPage={100}>
          <SelectInput optionText="name" validate={required()} fullWidth />
        </ReferenceInput>
        <TextInput source="title" label={resident ? "app.resident.civic.fields.title" : undefined} validate={required()} fullWidth slotProps={{ htmlInput: { maxLength: 100 } }} />
        <TextInput source="content" label={resident ? "app.resident.civic.fields.content" : undefined} validate={required()} multiline minRows={4} fullWidth slotProps={{ htmlInput: { maxLength: 2000 } }} />
        <PhotoPicker />
        <TextInput source="address" label={resident ? "app.resident.civic.fields.address" : undefined} fullWidth />
        <SelectInput source="urgency" choices={urgencyChoices} validate={required()} />
        {!resident && <SelectInput source="source" choices={intakeSourceChoices.filter((c) => c.id !== "ONLINE")} validate={required()} />}
        {villageInput && (
          <ReferenceInput source="villageId" reference="villages" perPage={100}>
            <AutocompleteInput validate={required()} fullWidth />
          </ReferenceInput>
        )}
        {!resident && <SubmitterInputs villageInput={villageInput} />}
        {user?.role === "VILLAGE_COMMITTEE" && (
          <BooleanInput source="handleDirectly" label="app.civic.intake.handle_directly" helperText="app.civic.intake.handle_directly_help" />
        )}
      </SimpleForm>
    </Create>
  );
};
