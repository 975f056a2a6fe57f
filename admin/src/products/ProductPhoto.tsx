import StorefrontIcon from "@mui/icons-material/StorefrontOutlined";
import { Box, ButtonBase, Typography } from "@mui/material";
import { useState } from "react";
import { useRecordContext, useTranslate } from "react-admin";
import { PhotoViewer } from "../photos/MatterPhotos";
import { PhotoPicker } from "../photos/PhotoPicker";
import type { Product } from "../types";

/**
 * A product's photo in a square of `size` px (or the width it is given when
 * `size` is "fill": the catalogue's cards), the whole photo on a press; a
 * grey square with a shop's sign where it has none, so cards line up.
 */
export const ProductPhoto = ({ product, size, viewer = true }: { product: Product; size: number | "fill"; viewer?: boolean }) => {
  const translate = useTranslate();
  const [open, setOpen] = useState<number | null>(null);
  const photo = product.attachments[0];
  const square = {
    width: size === "fill" ? "100%" : size,
    height: size === "fill" ? "auto" : size,
    aspectRatio: "1 / 1",
    display: "block",
    borderRadius: 1,
    overflow: "hidden",
    bgcolor: "grey.100",
    flexShrink: 0,
  } as const;
  if (!photo) {
    return (
      <Box sx={{ ...square, display: "flex", alignItems: "center", justifyContent: "center", color: "grey.400" }} data-testid="product-no-photo">
        <StorefrontIcon fontSize={size !== "fill" && size < 64 ? "small" : "large"} />
      </Box>
    );
  }
  const image = <Box component="img" src={photo.thumbnailUrl} alt={product.name} loading="lazy" data-testid="product-photo" sx={{ width: "100%", height: "100%", objectFit: "cover", display: "block" }} />;
  if (!viewer) return <Box sx={square}>{image}</Box>;
  return (
    <>
      <ButtonBase sx={square} onClick={() => setOpen(0)} aria-label={translate("app.resident.photos.open", { n: 1 })}>
        {image}
      </ButtonBase>
      <PhotoViewer photos={product.attachments} index={open} onIndex={setOpen} onClose={() => setOpen(null)} />
    </>
  );
};

/** On a list's row: the photo small, no viewer (a press on the row opens the product). */
export const ProductPhotoField = () => {
  const product = useRecordContext<Product>();
  return product ? <ProductPhoto product={product} size={40} viewer={false} /> : null;
};

/** On the product's page: the photo, larger, with the viewer (`label` for the show layout). */
export const ProductPhotoShow = (_props: { label?: string }) => {
  const product = useRecordContext<Product>();
  const translate = useTranslate();
  if (!product) return null;
  return product.attachments.length ? <ProductPhoto product={product} size={160} /> : <Typography color="text.secondary">{translate("app.photos.none")}</Typography>;
};

/**
 * Create and edit: the photo shown now (edit), and a picker for one photo
 * that replaces it. Nothing picked: the form leaves `attachmentIds` out, and
 * the server keeps the photo.
 */
export const ProductPhotoInput = () => {
  const product = useRecordContext<Product>();
  const translate = useTranslate();
  return (
    <Box sx={{ width: "100%" }}>
      {product?.attachments[0] && (
        <Box sx={{ mb: 1 }} data-testid="product-current-photo">
          <Typography variant="caption" color="text.secondary" component="div">
            {translate("app.photos.current")}
          </Typography>
          <ProductPhoto product={product} size={96} />
        </Box>
      )}
      <PhotoPicker limit="perProduct" omitWhenEmpty caption={translate("app.photos.one_photo_hint")} />
    </Box>
  );
};
