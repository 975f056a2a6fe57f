import { required, TextInput, type TextInputProps, type Validator } from "react-admin";
import { parseWholeNumberInput, wholeNumber, type WholeNumberRange } from "./wholeNumber";

type WholeNumberInputProps = Omit<TextInputProps, "validate" | "parse" | "format" | "type"> &
  WholeNumberRange & {
    /** shows react-admin's required mark and message */
    isRequired?: boolean;
    validate?: Validator | Validator[];
  };

/**
 * A whole-number input (points, counts, days) for react-admin forms. A text
 * input, not type="number": the browser neither turns "1e3" into 1000 nor shows
 * its own English bubbles for min/max/step; the app's checks say what is wrong.
 */
export const WholeNumberInput = ({ min, max, isRequired, validate, slotProps, ...props }: WholeNumberInputProps) => {
  const checks = [...(isRequired ? [required()] : []), wholeNumber({ min, max }), ...([] as Validator[]).concat(validate ?? [])];
  return (
    <TextInput
      {...props}
      validate={checks}
      parse={parseWholeNumberInput}
      format={(value: unknown) => (value === null || value === undefined ? "" : String(value))}
      slotProps={{ ...slotProps, htmlInput: { inputMode: "numeric", ...(slotProps?.htmlInput as object) } }}
    />
  );
};
