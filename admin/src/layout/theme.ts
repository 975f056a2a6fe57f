import { defaultTheme, type RaThemeOptions } from "react-admin";

/**
 * react-admin's theme with one change: on a narrow screen a table scrolls
 * sideways inside its card (headers on one line) instead of squeezing Chinese
 * headers to one character a line or widening the whole page past the phone.
 */
export const theme: RaThemeOptions = {
  ...defaultTheme,
  components: {
    ...defaultTheme.components,
    // react-admin's layout is at least as wide as its content (fit-content), and
    // its content column is a flex item: a wide table widened the page instead of scrolling.
    RaLayout: {
      styleOverrides: {
        root: { minWidth: 0, "& .RaLayout-content": { minWidth: 0 } },
      },
    },
    RaList: {
      styleOverrides: {
        root: { "& .RaList-main": { minWidth: 0 } },
      },
    },
    RaDataTable: {
      styleOverrides: {
        root: {
          "& .RaDataTable-tableWrapper": { overflowX: "auto" },
          "& .RaDataTable-headerCell": { whiteSpace: "nowrap" },
        },
      },
    },
  },
};
