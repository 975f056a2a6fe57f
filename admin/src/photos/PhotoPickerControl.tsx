import AddAPhotoIcon from "@mui/icons-material/AddAPhoto";
import CloseIcon from "@mui/icons-material/Close";
import PhotoLibraryIcon from "@mui/icons-material/PhotoLibrary";
import { Alert, Box, Button, IconButton, LinearProgress, Stack, Typography } from "@mui/material";
import { useRef, useState, type ChangeEvent, type ReactNode } from "react";
import { useLocaleState, useTranslate } from "react-admin";
import { formatBytes } from "../common/format";
import { addPhotos, releasePhotos, removePhoto, type PickedPhoto, type PickedPhotosChange } from "./pickedPhotos";
import { usePhotoLimits } from "./usePhotoLimits";

const reasonWords: Record<string, string> = {
  REQUEST_TOO_LARGE: "app.resident.photos.errors.too_large",
  UNSUPPORTED_IMAGE: "app.resident.photos.errors.unsupported",
  TOO_MANY_UPLOADS: "app.resident.photos.errors.too_many_uploads",
};

/** A refusal in words; the size limit is the server's own (maxUploadBytes). */
export const usePhotoErrorText = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const limits = usePhotoLimits();
  return (reason: string) =>
    reason === "REQUEST_TOO_LARGE" && !limits
      ? translate("app.photos.too_large_plain")
      : translate(reasonWords[reason] ?? "app.resident.photos.errors.failed", { size: limits ? formatBytes(limits.maxUploadBytes, locale) : "" });
};

/** The photos picked so far: fixed 96 px squares that wrap, each with its progress, its refusal and a button to take it off. */
export const PickedThumbnails = ({ photos, onChange, size = 96 }: { photos: PickedPhoto[]; onChange: PickedPhotosChange; size?: number }) => {
  const translate = useTranslate();
  const errorText = usePhotoErrorText();
  if (photos.length === 0) return null;
  return (
    <Box sx={{ display: "flex", flexWrap: "wrap", gap: 1 }}>
      {photos.map((photo) => (
        <Box key={photo.key} sx={{ position: "relative", minWidth: 0, maxWidth: size }} data-testid="picked-photo" data-uploaded={photo.id ? "yes" : "no"}>
          <Box
            component="img"
            src={photo.preview}
            alt=""
            sx={{ width: size, height: size, objectFit: "cover", borderRadius: 1, display: "block", opacity: photo.error ? 0.4 : 1 }}
          />
          <IconButton
            size="small"
            aria-label={translate("app.resident.photos.remove")}
            onClick={() => onChange((all) => removePhoto(all, photo.key))}
            sx={{ position: "absolute", top: 2, right: 2, bgcolor: "rgba(255,255,255,0.85)", "&:hover": { bgcolor: "#fff" } }}
          >
            <CloseIcon fontSize="small" />
          </IconButton>
          {!photo.id && !photo.error && (
            <LinearProgress variant="determinate" value={Math.round(photo.progress * 100)} sx={{ position: "absolute", left: 4, right: 4, top: size - 8 }} />
          )}
          {photo.error && (
            <Typography variant="caption" color="error" component="div" role="alert">
              {errorText(photo.error)}
            </Typography>
          )}
        </Box>
      ))}
    </Box>
  );
};

export interface PhotoPickerControlProps {
  photos: PickedPhoto[];
  onChange: PickedPhotosChange;
  /** How many this form may add (the server's limit, less what the record has); undefined while the limits load */
  max: number | undefined;
  /** Under the title: what the record has already, say */
  caption?: ReactNode;
  /** Shown above the thumbnails (the form's own message, e.g. wait for uploads) */
  message?: ReactNode;
  testId?: string;
}

/**
 * 拍照 (the phone's camera) and 从相册选择, the photos picked as thumbnails.
 * With room for one photo only (a product's), a new photo replaces the one picked.
 */
export const PhotoPickerControl = ({ photos, onChange, max, caption, message, testId = "photo-picker" }: PhotoPickerControlProps) => {
  const translate = useTranslate();
  const [notice, setNotice] = useState<string | null>(null);
  const camera = useRef<HTMLInputElement>(null);
  const album = useRef<HTMLInputElement>(null);
  const single = max === 1;
  const pick = (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? []);
    event.target.value = "";
    if (max === undefined || files.length === 0) return;
    if (single) {
      // The new photo replaces the one picked before.
      onChange((all) => {
        releasePhotos(all);
        return [];
      });
    }
    const left = addPhotos(files, single ? 1 : max - photos.length, onChange);
    setNotice(left > 0 && !single ? translate("app.resident.photos.at_most", { count: max }) : null);
  };
  const full = max === undefined || (!single && photos.length >= max);
  return (
    <Box sx={{ mb: 2, width: "100%" }} data-testid={testId}>
      <Typography variant="subtitle2" gutterBottom>
        {single ? translate("app.photos.one_photo") : translate("app.resident.photos.title", { count: photos.length, max: max ?? "…" })}
      </Typography>
      {caption && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {caption}
        </Typography>
      )}
      <Stack direction="row" useFlexGap spacing={1} sx={{ mb: 1, flexWrap: "wrap" }}>
        <Button variant="outlined" startIcon={<AddAPhotoIcon />} disabled={full} onClick={() => camera.current?.click()}>
          {translate("app.resident.photos.take")}
        </Button>
        <Button variant="outlined" startIcon={<PhotoLibraryIcon />} disabled={full} onClick={() => album.current?.click()}>
          {translate("app.resident.photos.choose")}
        </Button>
      </Stack>
      <input ref={camera} type="file" accept="image/*" capture="environment" multiple={!single} hidden onChange={pick} data-testid="photo-camera" />
      <input ref={album} type="file" accept="image/*" multiple={!single} hidden onChange={pick} data-testid="photo-album" />
      {message}
      {notice && (
        <Alert severity="warning" sx={{ mb: 1 }}>
          {notice}
        </Alert>
      )}
      <PickedThumbnails photos={photos} onChange={onChange} />
    </Box>
  );
};
