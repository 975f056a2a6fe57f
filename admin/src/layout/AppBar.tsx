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
  useUserMenu,
} from "react-admin";
import { useIsSmall } from "../common/useIsSmall";

/** On a phone the language moves into the user menu: the other language, one tap. */
const SwitchLanguageItem = () => {
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
      <ListItemText>{other.name}</ListItemText>
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
          <LoadingIndicator />
        ) : (
          <>
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
