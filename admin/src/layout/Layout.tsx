import { Box } from "@mui/material";
import { useEffect, useReducer, type ReactNode } from "react";
import { Layout as RaLayout, useTranslate } from "react-admin";
import { useSessionUser } from "../common/session";
import { useIsSmall } from "../common/useIsSmall";
import { AppBar } from "./AppBar";
import { PasswordChangeGate } from "./PasswordChangeGate";
import { Menu } from "./Menu";
import { ResidentBottomNav } from "./ResidentBottomNav";

// react-admin's layout: its app bar offers the language menu (two locales);
// the side menu lists what the role may use (layout/menuItems.ts). A resident
// on a phone also gets a bottom navigation. Keeps the browser tab's title in
// the current language. A user whose password an admin reset sees only the
// password change (PasswordChangeGate) until it is done.
export const Layout = ({ children }: { children: ReactNode }) => {
  const translate = useTranslate();
  const user = useSessionUser();
  const isSmall = useIsSmall();
  const title = translate("app.title");
  useEffect(() => {
    document.title = title;
  }, [title]);
  // The session is read from storage; the gate's success re-renders with the new one.
  const [, sessionChanged] = useReducer((n: number) => n + 1, 0);
  if (user?.mustChangePassword) return <PasswordChangeGate onDone={sessionChanged} />;
  const bottomNav = isSmall && user?.role === "RESIDENT";
  return (
    <RaLayout menu={Menu} appBar={AppBar}>
      {/* A form's toolbar, fixed to the bottom on a phone, sits above the bottom navigation. */}
      <Box
        sx={
          bottomNav
            ? { pb: 9, "&:has(.RaToolbar-mobileToolbar)": { pb: 17 }, "& .MuiToolbar-root.RaToolbar-mobileToolbar": { bottom: 56 } }
            : undefined
        }
      >
        {children}
      </Box>
      {bottomNav && <ResidentBottomNav />}
    </RaLayout>
  );
};
