import CampaignIcon from "@mui/icons-material/Campaign";
import { Alert, Button } from "@mui/material";
import { Link } from "react-router-dom";
import { useGetList, useTranslate } from "react-admin";
import type { AwardBatch } from "../types";

/** Awards of the village on publicity now: a resident may look and object. */
export const MyPublicityCard = () => {
  const translate = useTranslate();
  const { total } = useGetList<AwardBatch>("awardBatches", {
    filter: { status: "ON_PUBLICITY" },
    pagination: { page: 1, perPage: 1 },
  });
  if (!total) return null;
  return (
    <Alert
      severity="info"
      icon={<CampaignIcon />}
      action={
        <Button component={Link} to={`/awardBatches?filter=${encodeURIComponent(JSON.stringify({ status: "ON_PUBLICITY" }))}`} size="small">
          {translate("app.my.see_publicity")}
        </Button>
      }
    >
      {translate("app.my.publicity_now", { smart_count: total })}
    </Alert>
  );
};
