import { createElement, Fragment } from "react";
import { ListSubheader } from "@mui/material";
import { Menu as RaMenu, useSidebarState, useTranslate } from "react-admin";
import { useSessionUser } from "../common/session";
import { menuFor } from "./menuItems";

/** The side menu: home, then the role's groups (providers/access.ts decides what is in them). */
export const Menu = () => {
  const translate = useTranslate();
  const user = useSessionUser();
  const [open] = useSidebarState();
  return (
    <RaMenu>
      <RaMenu.DashboardItem />
      {menuFor(user?.role).map((group, index) => (
        <Fragment key={group.label ?? index}>
          {group.label && open && (
            <ListSubheader component="div" disableSticky sx={{ lineHeight: "32px", mt: 1, bgcolor: "transparent" }}>
              {translate(group.label)}
            </ListSubheader>
          )}
          {group.entries.map((entry) => (
            <RaMenu.Item
              key={entry.to}
              to={entry.to}
              primaryText={translate(entry.label, { smart_count: 2 })}
              leftIcon={createElement(entry.icon)}
            />
          ))}
        </Fragment>
      ))}
    </RaMenu>
  );
};
