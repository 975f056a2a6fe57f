import { TextField, type TextFieldProps as MuiTextFieldProps } from "@mui/material";
import {
  FieldTitle,
  InputHelperText,
  ResettableTextField,
  sanitizeInputRestProps,
  useInput,
  useTranslate,
  type TextInputProps,
  type Validator,
} from "react-admin";
import { parseDay, validateDay } from "./format";

/**
 * A day, typed as YYYY-MM-DD in the app's language whatever the browser's
 * locale (a native date input shows mm/dd/yyyy in an English browser). A day
 * typed another way (2026/3/5, 2026年3月5日) is put in that form when the
 * field is left; anything else gets the app's own message. React-admin's
 * TextInput, with that step on leaving the field.
 */
export const DayInput = (props: Omit<TextInputProps, "type">) => {
  const { className, defaultValue, label, format, helperText, onBlur, onChange, parse, resource, source, validate, ...rest } = props;
  const translate = useTranslate();
  const validators: Validator[] = [validateDay, ...(Array.isArray(validate) ? validate : validate ? [validate] : [])];
  const {
    field,
    fieldState: { error, invalid },
    id,
    isRequired,
  } = useInput({ defaultValue, format, parse, resource, source, type: "text", validate: validators, onChange, ...rest });
  return (
    <ResettableTextField
      id={id}
      {...field}
      onBlur={(event: React.FocusEvent<HTMLInputElement>) => {
        const text = event.target.value;
        const day = text ? parseDay(text) : null;
        if (day && day !== text) field.onChange(day);
        field.onBlur();
        onBlur?.(event);
      }}
      className={["ra-input", `ra-input-${source}`, className].filter(Boolean).join(" ")}
      label={label !== "" && label !== false ? <FieldTitle label={label} source={source} resource={resource} isRequired={isRequired} /> : null}
      placeholder={translate("app.common.day_placeholder")}
      error={invalid}
      helperText={helperText !== false || invalid ? <InputHelperText error={error?.message} helperText={helperText} /> : null}
      {...sanitizeInputRestProps(rest)}
      slotProps={{ htmlInput: { autoComplete: "off", maxLength: 12 }, inputLabel: { shrink: true } }}
    />
  );
};

/**
 * The same for a screen's own state (MUI TextField, not a react-admin form):
 * shows the app's message while the text is no day, and puts a day typed
 * another way in YYYY-MM-DD form when the field is left.
 */
export const DayTextField = ({ value, onChange, error, helperText, slotProps, ...rest }: DayTextFieldProps) => {
  const translate = useTranslate();
  const wrong = validateDay(value) !== undefined;
  return (
    <TextField
      {...rest}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      onBlur={() => {
        const day = value ? parseDay(value) : null;
        if (day && day !== value) onChange(day);
      }}
      placeholder={translate("app.common.day_placeholder")}
      error={error || wrong}
      helperText={wrong ? translate("errors.fields.INVALID_DAY") : helperText}
      slotProps={{ ...slotProps, htmlInput: { autoComplete: "off", maxLength: 12 }, inputLabel: { shrink: true } }}
    />
  );
};

type DayTextFieldProps = Omit<MuiTextFieldProps, "value" | "onChange" | "type"> & { value: string; onChange: (value: string) => void };
