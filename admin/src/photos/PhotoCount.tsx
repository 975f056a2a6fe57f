import PhotoCameraIcon from "@mui/icons-material/PhotoCameraOutlined";
import { Button } from "@mui/material";
import { useState, type MouseEvent } from "react";
import { useTranslate } from "react-admin";
import { PhotoViewer, type Photo } from "./MatterPhotos";

/**
 * A small camera and the number of photos, where a list has no room for
 * thumbnails (a passbook's lines); a press opens the viewer. Nothing without photos.
 */
export const PhotoCount = ({ photos }: { photos: readonly Photo[] | undefined }) => {
  const translate = useTranslate();
  const [index, setIndex] = useState<number | null>(null);
  if (!photos?.length) return null;
  const open = (event: MouseEvent) => {
    // Inside a clickable row: open the photos, not the row.
    event.stopPropagation();
    setIndex(0);
  };
  return (
    <>
      <Button
        size="small"
        variant="text"
        onClick={open}
        startIcon={<PhotoCameraIcon fontSize="small" />}
        aria-label={translate("app.resident.photos.count", { count: photos.length })}
        data-testid="photo-count"
        sx={{ minWidth: 0, px: 0.5, py: 0, lineHeight: 1.5, verticalAlign: "baseline", "& .MuiButton-startIcon": { mr: 0.25 } }}
      >
        {photos.length}
      </Button>
      <PhotoViewer photos={[...photos]} index={index} onIndex={setIndex} onClose={() => setIndex(null)} />
    </>
  );
};
