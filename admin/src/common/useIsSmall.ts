import { useMediaQuery, type Theme } from "@mui/material";

/** A phone-sized screen: lists become cards, forms one column. */
export const useIsSmall = () => useMediaQuery<Theme>((theme) => theme.breakpoints.down("sm"));
