import CampaignIcon from "@mui/icons-material/Campaign";
import EmojiEventsIcon from "@mui/icons-material/EmojiEvents";
import MenuBookIcon from "@mui/icons-material/MenuBook";
import { Link } from "react-router-dom";
import { Button, useListContext, useRecordContext } from "react-admin";
import { currentYear, reportQuery } from "../dashboard/useReportParams";
import { useRoleAccess } from "../common/useRoleAccess";

const search = (villageId: string | null | undefined) => (villageId ? `?village=${encodeURIComponent(villageId)}` : "");

/** Opens a village's printable 公示榜, for the roles that may print it. */
export const PublicityBoardButton = ({ villageId }: { villageId?: string | null }) => {
  const canAccess = useRoleAccess("publicityBoard", "use");
  if (!canAccess) return null;
  return (
    <Button component={Link} to={`/print/publicity${search(villageId)}`} label="app.print.publicity.link">
      <CampaignIcon />
    </Button>
  );
};

/** Opens a village's printable 红黑榜 for this year. */
export const RankingBoardButton = ({ villageId }: { villageId?: string | null }) => {
  const canAccess = useRoleAccess("rankingBoard", "use");
  if (!canAccess) return null;
  return (
    <Button component={Link} to={`/print/ranking${reportQuery({ year: currentYear(), villageId })}`} label="app.print.ranking.link">
      <EmojiEventsIcon />
    </Button>
  );
};

/** Opens every active household's passbook of a village for this year, to print them all (staff who read passbooks). */
export const VillagePassbooksButton = ({ villageId }: { villageId?: string | null }) => {
  const canAccess = useRoleAccess("households", "passbook");
  if (!canAccess) return null;
  return (
    <Button component={Link} to={`/print/passbooks${reportQuery({ year: currentYear(), villageId })}`} label="app.passbook.print_village">
      <MenuBookIcon />
    </Button>
  );
};

/** The households list's village filter (a committee's own village needs none), carried to the passbooks. */
export const ListVillagePassbooksButton = () => {
  const { filterValues } = useListContext();
  const villageId = typeof filterValues?.villageId === "string" ? filterValues.villageId : null;
  return <VillagePassbooksButton villageId={villageId} />;
};

/** The village shown on a village's page. */
export const VillageBoardButtons = () => {
  const village = useRecordContext<{ id: string }>();
  if (!village) return null;
  return (
    <>
      <PublicityBoardButton villageId={String(village.id)} />
      <RankingBoardButton villageId={String(village.id)} />
      <VillagePassbooksButton villageId={String(village.id)} />
    </>
  );
};

/** The publicity list's village filter, if one is chosen, carried to the board. */
export const ListPublicityBoardButton = () => {
  const { filterValues } = useListContext();
  const villageId = typeof filterValues?.villageId === "string" ? filterValues.villageId : null;
  return <PublicityBoardButton villageId={villageId} />;
};
