import AssessmentIcon from "@mui/icons-material/Assessment";
import CampaignIcon from "@mui/icons-material/Campaign";
import EmojiEventsIcon from "@mui/icons-material/EmojiEvents";
import { Button, Card, CardContent, CardHeader, Stack } from "@mui/material";
import type { ReactNode } from "react";
import { useTranslate } from "react-admin";
import { Link } from "react-router-dom";
import { reportQuery } from "./useReportParams";
import { useRoleAccess } from "../common/useRoleAccess";

/** The printable pages this role may open, for the year and area on screen. */
export const PrintLinksCard = ({ year, townshipId }: { year: number; townshipId: string | null }) => {
  const translate = useTranslate();
  const district = useRoleAccess("districtFigures", "use");
  const publicity = useRoleAccess("publicityBoard", "use");
  const ranking = useRoleAccess("rankingBoard", "use");
  const links: { key: string; to: string; icon: ReactNode }[] = [
    ...(district ? [{ key: "district", to: `/print/district${reportQuery({ year, townshipId })}`, icon: <AssessmentIcon /> }] : []),
    ...(publicity ? [{ key: "publicity", to: "/print/publicity", icon: <CampaignIcon /> }] : []),
    ...(ranking ? [{ key: "ranking", to: `/print/ranking${reportQuery({ year })}`, icon: <EmojiEventsIcon /> }] : []),
  ];
  if (links.length === 0) return null;
  return (
    <Card className="no-print">
      <CardHeader title={translate("app.print.links_title")} />
      <CardContent sx={{ pt: 0 }}>
        <Stack direction={{ xs: "column", sm: "row" }} spacing={2}>
          {links.map((link) => (
            <Button key={link.key} component={Link} to={link.to} variant="outlined" startIcon={link.icon} data-testid={`print-link-${link.key}`}>
              {translate(`app.print.${link.key}.link`)}
            </Button>
          ))}
        </Stack>
      </CardContent>
    </Card>
  );
};
