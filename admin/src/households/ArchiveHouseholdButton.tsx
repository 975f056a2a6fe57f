import ArchiveIcon from "@mui/icons-material/Archive";
import { DeleteButton, useRecordContext } from "react-admin";
import { allows } from "../common/allowed";
import type { Household } from "../types";

/**
 * The data provider's delete of a household archives it (archiveHousehold):
 * the record and its points history stay. Shown where the server allows ARCHIVE.
 */
export const ArchiveHouseholdButton = () => {
  const record = useRecordContext<Household>();
  if (!allows(record, "ARCHIVE")) return null;
  return (
    <DeleteButton
      mutationMode="pessimistic"
      icon={<ArchiveIcon />}
      label="resources.households.action.archive"
      confirmTitle="resources.households.message.archive_title"
      confirmContent="resources.households.message.archive_content"
      successMessage="resources.households.notifications.archived"
    />
  );
};
