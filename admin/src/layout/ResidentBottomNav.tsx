import AccountBalanceWalletIcon from "@mui/icons-material/AccountBalanceWallet";
import HomeIcon from "@mui/icons-material/Home";
import RecordVoiceOverIcon from "@mui/icons-material/RecordVoiceOver";
import StorefrontIcon from "@mui/icons-material/Storefront";
import VolunteerActivismIcon from "@mui/icons-material/VolunteerActivism";
import { BottomNavigation, BottomNavigationAction, Paper } from "@mui/material";
import { Link, useLocation } from "react-router-dom";
import { useTranslate } from "react-admin";

const oneLine = {
  minWidth: 0,
  px: 0.25,
  "& .MuiBottomNavigationAction-label": { whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis", maxWidth: "100%" },
  "& .MuiBottomNavigationAction-label.Mui-selected": { fontSize: "0.8125rem" },
};

const tabs = [
  { to: "/", label: "app.my.home", icon: <HomeIcon /> },
  { to: "/my/points", label: "app.menu.myPoints", icon: <AccountBalanceWalletIcon /> },
  { to: "/my/shop", label: "app.menu.myShop", icon: <StorefrontIcon /> },
  { to: "/my/volunteer", label: "app.volunteer.menu.my_short", icon: <VolunteerActivismIcon /> },
  { to: "/civicMatters", label: "app.civic.menu.nav", icon: <RecordVoiceOverIcon /> },
];

/**
 * On a resident's phone: the five places it goes, under the thumb (five fit a
 * phone's width; the publicity list is on the home page and in the menu).
 * MUI's action keeps 12 px padding each side and enlarges the selected label,
 * which wrapped "我的积分" at 390 px: a label keeps to one line at 360 px
 * (72 px a tab) with little padding and the selected one barely larger.
 */
export const ResidentBottomNav = () => {
  const translate = useTranslate();
  const { pathname } = useLocation();
  const current = [...tabs].reverse().find((tab) => (tab.to === "/" ? pathname === "/" : pathname.startsWith(tab.to)))?.to ?? false;
  return (
    <Paper className="no-print" elevation={8} sx={{ position: "fixed", left: 0, right: 0, bottom: 0, zIndex: (theme) => theme.zIndex.appBar }}>
      <BottomNavigation showLabels value={current}>
        {tabs.map((tab) => (
          <BottomNavigationAction key={tab.to} value={tab.to} label={translate(tab.label)} icon={tab.icon} component={Link} to={tab.to} sx={oneLine} />
        ))}
      </BottomNavigation>
    </Paper>
  );
};
