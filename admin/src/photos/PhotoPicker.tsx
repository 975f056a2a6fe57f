import { Alert } from "@mui/material";
import { useCallback, useEffect, useRef, useState } from "react";
import { useInput, useTranslate } from "react-admin";
import { isSending, releasePhotos, uploadedIds, type PickedPhoto, type PickedPhotosChange } from "./pickedPhotos";
import { PhotoPickerControl } from "./PhotoPickerControl";
import { usePhotoLimits } from "./usePhotoLimits";

/**
 * Photos taken with the phone's camera or chosen from its album, shrunk and
 * uploaded as soon as they are picked (each with its own progress); the form
 * field `source` holds the ids of those uploaded, in the order picked. At
 * most the server's limit (photoLimits): `perRecord`, or `perProduct` for a
 * product's photo, less `existing` photos the record has already. With
 * `omitWhenEmpty` the field is left out of the form's values until a photo has
 * arrived (an update that keeps the record's photos).
 */
export const PhotoPicker = ({
  source = "attachmentIds",
  limit = "perRecord",
  existing = 0,
  omitWhenEmpty = false,
  caption,
}: {
  source?: string;
  limit?: "perRecord" | "perProduct";
  existing?: number;
  omitWhenEmpty?: boolean;
  /** Under the title, instead of what the record has and what may be added */
  caption?: string;
}) => {
  const translate = useTranslate();
  const limits = usePhotoLimits();
  const [photos, setPhotos] = useState<PickedPhoto[]>([]);
  // Saving waits until every picked photo has arrived (or failed and is shown so).
  const sending = useRef(false);
  sending.current = isSending(photos);
  const { field, fieldState } = useInput({
    source,
    defaultValue: omitWhenEmpty ? undefined : [],
    validate: () => (sending.current ? "app.resident.photos.wait" : undefined),
  });
  const { onChange } = field;
  const ids = uploadedIds(photos).join(",");
  useEffect(() => {
    onChange(ids ? ids.split(",") : omitWhenEmpty ? undefined : []);
  }, [ids, onChange, omitWhenEmpty]);
  // Previews are object URLs: let them go with the form.
  const previews = useRef(photos);
  previews.current = photos;
  useEffect(() => () => releasePhotos(previews.current), []);
  const change: PickedPhotosChange = useCallback((update) => setPhotos(update), []);
  const max = limits ? Math.max(0, limits[limit] - (limit === "perProduct" ? 0 : existing)) : undefined;
  return (
    <PhotoPickerControl
      photos={photos}
      onChange={change}
      max={max}
      caption={caption ?? (existing > 0 && limits && limit === "perRecord" ? translate("app.photos.room", { existing, room: max ?? 0 }) : undefined)}
      message={
        fieldState.error?.message && (
          <Alert severity="info" sx={{ mb: 1 }}>
            {translate(fieldState.error.message)}
          </Alert>
        )
      }
    />
  );
};
