import InboxIcon from "@mui/icons-material/Inbox";
import { Box, Typography } from "@mui/material";
import type { ReactNode } from "react";
import { useTranslate } from "react-admin";

/** What a list shows when it has nothing yet: a sentence and, maybe, the way to start. */
export const EmptyState = ({ message, options, action }: { message: string; options?: object; action?: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ textAlign: "center", py: 6, px: 2, color: "text.secondary", width: "100%" }}>
      <InboxIcon sx={{ fontSize: 56, opacity: 0.4 }} />
      <Typography variant="body1" sx={{ mt: 1, mb: action ? 2 : 0 }}>
        {translate(message, options)}
      </Typography>
      {action}
    </Box>
  );
};
