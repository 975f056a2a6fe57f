import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useLocaleState, useRecordContext, useTranslate } from "react-admin";
import { EmptyState } from "../common/EmptyState";
import { formatDateTime, formatDelta } from "../common/format";
import { useCunwuDataProvider } from "../providers/useCunwuDataProvider";
import type { Product } from "../types";

/** The product's restocking and corrections, newest first (sales are on the redemptions). */
export const ProductStockMovements = () => {
  const product = useRecordContext<Product>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useCunwuDataProvider();
  const { data } = useQuery({
    queryKey: ["stockMovements", product?.id, product?.stock],
    queryFn: () => dataProvider.stockMovements({ productId: product!.id, perPage: 50 }),
    enabled: Boolean(product),
  });
  if (!product || !data) return null;
  const t = (key: string) => translate(`resources.products.movements.${key}`);
  return (
    <>
      <Typography variant="h6" sx={{ mt: 2, mb: 1 }}>
        {t("title")}
      </Typography>
      {data.items.length === 0 ? (
        <EmptyState message="resources.products.movements.empty" />
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{t("recordedAt")}</TableCell>
              <TableCell align="right">{t("delta")}</TableCell>
              <TableCell>{t("reason")}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data.items.map((movement) => (
              <TableRow key={movement.id}>
                <TableCell sx={{ whiteSpace: "nowrap" }}>{formatDateTime(movement.recordedAt)}</TableCell>
                <TableCell align="right" sx={{ color: movement.delta > 0 ? "success.main" : "error.main", fontWeight: 600 }}>
                  {formatDelta(movement.delta, locale)}
                </TableCell>
                <TableCell>{movement.reason}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
};
