import { Box } from "@mui/material";
import { useParams } from "react-router-dom";
import { Title } from "react-admin";
import { PassbookView } from "./PassbookView";

/** A household's passbook for staff: /passbook/:id. */
export const PassbookPage = () => {
  const { id } = useParams<{ id: string }>();
  if (!id) return null;
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="app.passbook.title" />
      <PassbookView householdId={id} />
    </Box>
  );
};
