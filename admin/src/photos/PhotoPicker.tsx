import AddAPhotoIcon from "@mui/icons-material/AddAPhoto";
import CloseIcon from "@mui/icons-material/Close";
import PhotoLibraryIcon from "@mui/icons-material/PhotoLibrary";
import { Alert, Box, Button, IconButton, LinearProgress, Stack, Typography } from "@mui/material";
import { useEffect, useRef, useState, type ChangeEvent } from "react";
import { useInput, useTranslate } from "react-admin";
import { shrink, uploadPhoto, UploadError } from "./upload";

/** At most this many photos on a record (the server's rule). */
export const MAX_PHOTOS = 9;

interface Picked {
  key: number;
  preview: string;
  progress: number;
  id?: string;
  error?: string;
}

const reasonWords: Record<string, string> = {
  REQUEST_TOO_LARGE: "app.resident.photos.errors.too_large",
  UNSUPPORTED_IMAGE: "app.resident.photos.errors.unsupported",
  TOO_MANY_UPLOADS: "app.resident.photos.errors.too_many_uploads",
};

let nextKey = 1;

/**
 * Photos taken with the phone's camera or chosen from its album, shrunk and
 * uploaded as soon as they are picked (each with its own progress); the form
 * field `source` holds the ids of those uploaded, in the order picked.
 */
export const PhotoPicker = ({ source = "attachmentIds" }: { source?: string }) => {
  const translate = useTranslate();
  const [photos, setPhotos] = useState<Picked[]>([]);
  // Saving waits until every picked photo has arrived (or failed and is shown so).
  const pending = useRef(0);
  pending.current = photos.filter((p) => !p.id && !p.error).length;
  const { field, fieldState } = useInput({ source, defaultValue: [], validate: () => (pending.current > 0 ? "app.resident.photos.wait" : undefined) });
  const [notice, setNotice] = useState<string | null>(null);
  const camera = useRef<HTMLInputElement>(null);
  const album = useRef<HTMLInputElement>(null);
  const { onChange } = field;
  const ids = photos.flatMap((p) => (p.id ? [p.id] : [])).join(",");
  useEffect(() => {
    onChange(ids ? ids.split(",") : []);
  }, [ids, onChange]);
  // Previews are object URLs: let them go with the form.
  const previews = useRef(photos);
  previews.current = photos;
  useEffect(() => () => previews.current.forEach((p) => URL.revokeObjectURL(p.preview)), []);

  const update = (key: number, change: Partial<Picked>) => setPhotos((all) => all.map((p) => (p.key === key ? { ...p, ...change } : p)));
  const send = async (key: number, file: File) => {
    try {
      const blob = await shrink(file);
      const uploaded = await uploadPhoto(blob, file.name, (progress) => update(key, { progress }));
      update(key, { id: uploaded.id, progress: 1 });
    } catch (error) {
      const reason = error instanceof UploadError ? error.reason : "NETWORK";
      update(key, { error: reasonWords[reason] ?? "app.resident.photos.errors.failed" });
    }
  };
  const pick = (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? []);
    event.target.value = "";
    const room = MAX_PHOTOS - photos.length;
    setNotice(files.length > room ? translate("app.resident.photos.at_most", { count: MAX_PHOTOS }) : null);
    const taken = files.slice(0, Math.max(0, room)).map((file) => ({ file, key: nextKey++ }));
    setPhotos((all) => [...all, ...taken.map(({ file, key }) => ({ key, preview: URL.createObjectURL(file), progress: 0 }))]);
    taken.forEach(({ file, key }) => void send(key, file));
  };
  const remove = (key: number) =>
    setPhotos((all) => {
      const gone = all.find((p) => p.key === key);
      if (gone) URL.revokeObjectURL(gone.preview);
      return all.filter((p) => p.key !== key);
    });
  const full = photos.length >= MAX_PHOTOS;

  return (
    <Box sx={{ mb: 2, width: "100%" }} data-testid="photo-picker">
      <Typography variant="subtitle2" gutterBottom>
        {translate("app.resident.photos.title", { count: photos.length, max: MAX_PHOTOS })}
      </Typography>
      <Stack direction="row" spacing={1} sx={{ mb: 1, flexWrap: "wrap" }}>
        <Button variant="outlined" startIcon={<AddAPhotoIcon />} disabled={full} onClick={() => camera.current?.click()}>
          {translate("app.resident.photos.take")}
        </Button>
        <Button variant="outlined" startIcon={<PhotoLibraryIcon />} disabled={full} onClick={() => album.current?.click()}>
          {translate("app.resident.photos.choose")}
        </Button>
      </Stack>
      <input ref={camera} type="file" accept="image/*" capture="environment" multiple hidden onChange={pick} data-testid="photo-camera" />
      <input ref={album} type="file" accept="image/*" multiple hidden onChange={pick} data-testid="photo-album" />
      {fieldState.error?.message && (
        <Alert severity="info" sx={{ mb: 1 }}>
          {translate(fieldState.error.message)}
        </Alert>
      )}
      {notice && (
        <Alert severity="warning" sx={{ mb: 1 }}>
          {notice}
        </Alert>
      )}
      <Box sx={{ display: "flex", flexWrap: "wrap", gap: 1 }}>
        {photos.map((photo) => (
          <Box key={photo.key} sx={{ position: "relative", minWidth: 0 }} data-testid="picked-photo" data-uploaded={photo.id ? "yes" : "no"}>
            <Box
              component="img"
              src={photo.preview}
              alt=""
              sx={{ width: 96, height: 96, objectFit: "cover", borderRadius: 1, display: "block", opacity: photo.error ? 0.4 : 1 }}
            />
            <IconButton
              size="small"
              aria-label={translate("app.resident.photos.remove")}
              onClick={() => remove(photo.key)}
              sx={{ position: "absolute", top: 2, right: 2, bgcolor: "rgba(255,255,255,0.85)", "&:hover": { bgcolor: "#fff" } }}
            >
              <CloseIcon fontSize="small" />
            </IconButton>
            {!photo.id && !photo.error && (
              <LinearProgress variant="determinate" value={Math.round(photo.progress * 100)} sx={{ position: "absolute", left: 4, right: 4, bottom: 4 }} />
            )}
            {photo.error && (
              <Typography variant="caption" color="error" component="div" role="alert">
                {translate(photo.error)}
              </Typography>
            )}
          </Box>
        ))}
      </Box>
    </Box>
  );
};
