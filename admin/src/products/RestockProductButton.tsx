import AddBoxIcon from "@mui/icons-material/AddBox";
import { useState } from "react";
import { Button, useRecordContext, useTranslate } from "react-admin";
import { ReasonDialog } from "../common/ReasonDialog";
import { useAction } from "../common/useAction";
import type { Product } from "../types";
import { useRoleAccess } from "../common/useRoleAccess";

/** 入库: adds stock (or, negative, corrects it), with who, when and why on record. */
export const RestockProductButton = (_props: { label?: string }) => {
  const product = useRecordContext<Product>();
  const translate = useTranslate();
  const canAccess = useRoleAccess("products", "restock");
  const [open, setOpen] = useState(false);
  const restock = useAction(
    (dp, params: { quantity: number; reason: string }) => dp.restockProduct({ id: product!.id, ...params }),
    { success: "resources.products.notifications.restocked", onSuccess: () => setOpen(false) },
  );
  if (!product || !canAccess) return null;
  return (
    <>
      <Button
        label="resources.products.action.restock"
        onClick={(event) => {
          event.stopPropagation();
          setOpen(true);
        }}
      >
        <AddBoxIcon />
      </Button>
      <ReasonDialog
        open={open}
        title={translate("resources.products.message.restock_title", { product: product.name })}
        content={translate("resources.products.message.restock_content", { stock: product.stock, unit: product.unit })}
        quantityLabel="resources.products.fields.quantity"
        confirmLabel="resources.products.action.restock"
        pending={restock.isPending}
        onClose={() => setOpen(false)}
        onConfirm={({ quantity, reason }) => restock.mutate({ quantity, reason })}
      />
    </>
  );
};
