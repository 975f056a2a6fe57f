import { Table, TableBody, TableCell, TableFooter, TableHead, TableRow } from "@mui/material";
import { useLocaleState, useTranslate } from "react-admin";
import { formatPoints } from "../common/format";

const numeric = { fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" } as const;

interface Line {
  productId: string;
  productName: string;
  unitPrice: number;
  quantity: number;
  amount: number;
}

/** A redemption's goods at their frozen prices and its total: the redemption's page and the printed 兑换单. */
export const RedemptionLinesTable = ({ lines, total, printed = false }: { lines: readonly Line[]; total: number; printed?: boolean }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const t = (key: string) => translate(`resources.redemptions.receipt.${key}`);
  return (
    <Table size="small" className={printed ? "receipt-lines" : undefined} data-testid={printed ? "receipt-lines" : undefined}>
      <TableHead>
        <TableRow>
          <TableCell>{t("product")}</TableCell>
          <TableCell align="right">{t("unitPrice")}</TableCell>
          <TableCell align="right">{t("quantity")}</TableCell>
          <TableCell align="right">{t("amount")}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {lines.map((line) => (
          <TableRow key={line.productId}>
            <TableCell>{line.productName}</TableCell>
            <TableCell align="right" sx={numeric}>
              {formatPoints(line.unitPrice, locale)}
            </TableCell>
            <TableCell align="right" sx={numeric}>
              {line.quantity}
            </TableCell>
            <TableCell align="right" sx={numeric}>
              {formatPoints(line.amount, locale)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
      <TableFooter sx={{ "& td": { fontSize: "0.875rem", color: "text.primary", fontWeight: 600 } }}>
        <TableRow>
          <TableCell colSpan={3}>{t("total")}</TableCell>
          <TableCell align="right" sx={printed ? numeric : { ...numeric, fontSize: "1rem" }} data-testid={printed ? "receipt-total" : undefined}>
            {translate("app.common.points", { points: formatPoints(total, locale) })}
          </TableCell>
        </TableRow>
      </TableFooter>
    </Table>
  );
};
