import { Chip } from "@mui/material";
import { useLocaleState, useRecordContext, useTranslate } from "react-admin";
import { formatPoints } from "../common/format";
import type { Product } from "../types";

/** Stock below this is shown as running low. */
export const LOW_STOCK = 5;

/** Units on the shelf with the unit; sold out and running low stand out. */
export const StockField = (_props: { label?: string }) => {
  const product = useRecordContext<Product>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!product) return null;
  const text = `${formatPoints(product.stock, locale)} ${product.unit}`;
  if (product.stock === 0) return <Chip size="small" color="error" label={translate("resources.products.sold_out")} />;
  if (product.stock < LOW_STOCK) return <Chip size="small" color="warning" variant="outlined" label={text} />;
  return <span style={{ fontVariantNumeric: "tabular-nums" }}>{text}</span>;
};
