import { ReferenceField, useRecordContext } from "react-admin";

/** The township or the village that owns a team or a brand. */
export const OwnerField = (_props: { label?: string; sortable?: boolean }) => {
  const record = useRecordContext<{ townshipId: string | null; villageId: string | null }>();
  if (!record) return null;
  return record.villageId ? (
    <ReferenceField source="villageId" reference="villages" link={false} />
  ) : (
    <ReferenceField source="townshipId" reference="townships" link={false} />
  );
};
