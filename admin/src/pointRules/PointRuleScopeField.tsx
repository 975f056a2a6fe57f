import { Chip } from "@mui/material";
import { ReferenceField, TextField, useRecordContext, useTranslate } from "react-admin";
import type { PointRule } from "../types";

/** 全区通用, or the village whose own rule it is. */
export const PointRuleScopeField = (_props: { label?: string }) => {
  const record = useRecordContext<PointRule>();
  const translate = useTranslate();
  if (!record) return null;
  if (record.villageId === null) {
    return <Chip size="small" label={translate("resources.pointRules.scope.district")} variant="outlined" />;
  }
  return (
    <ReferenceField source="villageId" reference="villages" link={false}>
      <Chip size="small" color="secondary" variant="outlined" label={<TextField source="name" />} />
    </ReferenceField>
  );
};
