import { AutocompleteInput, FormDataConsumer, RadioButtonGroupInput, ReferenceInput, useTranslate } from "react-admin";
import { useSessionUser } from "../common/session";
import { getUser } from "../providers/session";

// A team or a brand belongs to one township or one village, fixed at creation.
// The district admin picks any; township staff their township or one of its
// villages; a committee's is its own village (no input).

export type OwnerKind = "township" | "village";

/** Defaults of a new team's or brand's form: the committee's village, township staff's township. */
export const ownerDefaults = (): { owner: OwnerKind; villageId?: string; townshipId?: string } => {
  const user = getUser();
  if (user?.role === "VILLAGE_COMMITTEE") return { owner: "village", villageId: user.villageId ?? undefined };
  if (user?.role === "TOWNSHIP_STAFF") return { owner: "township", townshipId: user.townshipId ?? undefined };
  return { owner: "village" };
};

/** Exactly one of townshipId and villageId goes to the server. */
export const withOneOwner = <T extends { owner?: OwnerKind; townshipId?: string | null; villageId?: string | null }>(data: T) => {
  const { owner, ...rest } = data;
  return owner === "township" ? { ...rest, villageId: undefined } : { ...rest, townshipId: undefined };
};

export const OwnerInputs = () => {
  const user = useSessionUser();
  const translate = useTranslate();
  if (!user || user.role === "VILLAGE_COMMITTEE") return null;
  const township = user.role === "TOWNSHIP_STAFF" ? user.townshipId : null;
  return (
    <>
      <RadioButtonGroupInput
        source="owner"
        label="app.volunteer.owner.label"
        choices={[
          { id: "village", name: translate("app.volunteer.owner.village") },
          { id: "township", name: translate("app.volunteer.owner.township") },
        ]}
      />
      <FormDataConsumer<{ owner?: OwnerKind }>>
        {({ formData }) =>
          formData.owner === "township" ? (
            <ReferenceInput source="townshipId" reference="townships" filter={township ? { ids: [township] } : undefined}>
              <AutocompleteInput label="app.volunteer.owner.township" />
            </ReferenceInput>
          ) : (
            <ReferenceInput source="villageId" reference="villages" filter={township ? { townshipId: township } : undefined}>
              <AutocompleteInput label="app.volunteer.owner.village" />
            </ReferenceInput>
          )
        }
      </FormDataConsumer>
    </>
  );
};
