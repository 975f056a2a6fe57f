import ChevronLeftIcon from "@mui/icons-material/ChevronLeft";
import ChevronRightIcon from "@mui/icons-material/ChevronRight";
import CloseIcon from "@mui/icons-material/Close";
import { Box, ButtonBase, Dialog, IconButton, Stack, Typography } from "@mui/material";
import { useState } from "react";
import { useTranslate } from "react-admin";

/** A photo as a record reads it back: signed links, valid a few minutes. */
export interface Photo {
  id: string;
  url: string;
  thumbnailUrl: string;
  width: number;
  height: number;
}

/** The full photo, one at a time, with previous / next; closed by the button, Escape or a click beside it. */
export const PhotoViewer = ({ photos, index, onIndex, onClose }: { photos: Photo[]; index: number | null; onIndex: (i: number) => void; onClose: () => void }) => {
  const translate = useTranslate();
  const photo = index === null ? undefined : photos[index];
  const step = (delta: number) => index !== null && onIndex((index + delta + photos.length) % photos.length);
  return (
    <Dialog
      open={photo !== undefined}
      onClose={onClose}
      maxWidth="lg"
      fullWidth
      onKeyDown={(event) => {
        if (event.key === "ArrowLeft") step(-1);
        if (event.key === "ArrowRight") step(1);
      }}
      slotProps={{ paper: { sx: { bgcolor: "#111", color: "#fff", m: 1, width: "calc(100% - 16px)" } } }}
      aria-label={photo && index !== null ? translate("app.resident.photos.viewer", { n: index + 1, count: photos.length }) : undefined}
    >
      {photo && index !== null && (
        <Box sx={{ position: "relative" }}>
          <Stack direction="row" sx={{ alignItems: "center", justifyContent: "space-between", px: 1, py: 0.5 }}>
            <Typography variant="body2">{translate("app.resident.photos.viewer", { n: index + 1, count: photos.length })}</Typography>
            <IconButton aria-label={translate("app.resident.photos.close")} onClick={onClose} sx={{ color: "#fff" }}>
              <CloseIcon />
            </IconButton>
          </Stack>
          <Box
            component="img"
            src={photo.url}
            alt={translate("app.resident.photos.viewer", { n: index + 1, count: photos.length })}
            data-testid="photo-full"
            sx={{ display: "block", mx: "auto", maxWidth: "100%", maxHeight: "80vh", objectFit: "contain" }}
          />
          {photos.length > 1 && (
            <>
              <IconButton aria-label={translate("app.resident.photos.previous")} onClick={() => step(-1)} sx={{ position: "absolute", left: 4, top: "50%", color: "#fff", bgcolor: "rgba(0,0,0,0.4)" }}>
                <ChevronLeftIcon />
              </IconButton>
              <IconButton aria-label={translate("app.resident.photos.next")} onClick={() => step(1)} sx={{ position: "absolute", right: 4, top: "50%", color: "#fff", bgcolor: "rgba(0,0,0,0.4)" }}>
                <ChevronRightIcon />
              </IconButton>
            </>
          )}
        </Box>
      )}
    </Dialog>
  );
};

/**
 * A record's photos as thumbnails (the signed thumbnail link); a click opens
 * the viewer on the full photo. `size` in px (fixed squares); `max` shows the
 * first few and a "+n" square that opens the viewer on the next.
 */
export const PhotoStrip = ({ photos = [], size = 96, max, testId = "matter-photos" }: { photos?: Photo[]; size?: number; max?: number; testId?: string }) => {
  const translate = useTranslate();
  const [index, setIndex] = useState<number | null>(null);
  if (photos.length === 0) return null;
  const shown = max !== undefined && photos.length > max ? photos.slice(0, Math.max(1, max - 1)) : photos;
  const more = photos.length - shown.length;
  const square = { width: size, height: size, objectFit: "cover", display: "block" } as const;
  return (
    <>
      {/* Fixed squares that wrap: a thumbnail's own 480 px (or a grid's auto-fill) must not widen the page on a phone. */}
      <Box sx={{ display: "flex", flexWrap: "wrap", gap: size < 64 ? 0.5 : 1, my: size < 64 ? 0.5 : 1 }} data-testid={testId}>
        {shown.map((photo, i) => (
          <ButtonBase key={photo.id} onClick={() => setIndex(i)} aria-label={translate("app.resident.photos.open", { n: i + 1 })} sx={{ borderRadius: 1, overflow: "hidden" }}>
            <Box component="img" src={photo.thumbnailUrl} alt="" loading="lazy" data-testid="photo-thumbnail" sx={square} />
          </ButtonBase>
        ))}
        {more > 0 && (
          <ButtonBase
            onClick={() => setIndex(shown.length)}
            aria-label={translate("app.resident.photos.open", { n: shown.length + 1 })}
            sx={{ ...square, borderRadius: 1, bgcolor: "action.selected", typography: "subtitle2" }}
          >
            +{more}
          </ButtonBase>
        )}
      </Box>
      <PhotoViewer photos={photos} index={index} onIndex={setIndex} onClose={() => setIndex(null)} />
    </>
  );
};
