import { TextInput } from "react-admin";
import { requiredFields } from "../common/validation";

export const validateTownship = requiredFields("code", "name");

export const TownshipInputs = () => (
  <>
    <TextInput source="code" />
    <TextInput source="name" />
  </>
);
