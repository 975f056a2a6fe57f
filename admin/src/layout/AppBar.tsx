import TranslateIcon from "@mui/icons-material/Translate";
import { ListItemIcon, ListItemText, MenuItem } from "@mui/material";
import {
  AppBar as RaAppBar,
  LoadingIndicator,
  LocalesMenuButton,
  Logout,
  ToggleThemeButton,
  UserMenu,
  useLocaleState,
  useLocales,
  useTranslate,
  useUserMenu,
} from "react-admin";
import { useIsSmall } from "../common/useIsSmall";
import { NotificationBell } from "../notifications/NotificationBell";

/**
 * On a phone the language moves into the user menu (the resident's profile):
 * the other language, one tap, named in its own language and captioned
 * 语言 / Language so it reads as the language switch. The same locale store as
 * the desktop's LocalesMenuButton, so the choice is kept across reloads.
 */
const SwitchLanguageItem = () => {
  const translate = useTranslate();
  const [locale, setLocale] = useLocaleState();
  const languages = useLocales();
  const userMenu = useUserMenu();
  const other = languages.find((language) => language.locale !== locale);
  if (!other) return null;
  return (
    <MenuItem
      onClick={() => {
        setLocale(other.locale);
        userMenu?.onClose();
      }}
    >
      <ListItemIcon>
        <TranslateIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText primary={other.name} secondary={translate("app.menu.language")} />
    </MenuItem>
  );
};

/**
 * react-admin's app bar; on a phone the title gets the room, the language
 * switch goes into the user menu.
 */
export const AppBar = () => {
  const isSmall = useIsSmall();
  return (
    <RaAppBar
      toolbar={
        isSmall ? (
          <>
            <NotificationBell />
            <LoadingIndicator />
          </>
        ) : (
          <>
            <NotificationBell />
            <LocalesMenuButton />
            <ToggleThemeButton />
            <LoadingIndicator />
          </>
        )
      }
      userMenu={
        <UserMenu>
          {isSmall && <SwitchLanguageItem />}
          <Logout />
        </UserMenu>
      }
    />
  );
};
