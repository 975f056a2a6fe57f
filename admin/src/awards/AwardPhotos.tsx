import AddAPhotoIcon from "@mui/icons-material/AddAPhotoOutlined";
import { Badge, Box, IconButton, Stack, Typography } from "@mui/material";
import { useCallback, useEffect, useRef, useState, type ChangeEvent } from "react";
import { useTranslate } from "react-admin";
import { addPhotos, isSending, releasePhotos, uploadedIds, type PickedPhoto, type PickedPhotosChange } from "../photos/pickedPhotos";
import { PickedThumbnails } from "../photos/PhotoPickerControl";
import { usePhotoLimits } from "../photos/usePhotoLimits";
import type { AwardPhotoIds } from "./awardForm";
import type { PickedHouseholds } from "./HouseholdPicker";

// An award's photos: of the deed as a whole (the award's), and per household
// picked (its courtyard), each list up to the server's perRecord.

type Household = { id: string; number: string; headName: string };

/** The award page's photos: the award's own and each household's, kept while households are ticked and unticked. */
export const useAwardPhotos = () => {
  const [award, setAward] = useState<PickedPhoto[]>([]);
  const [byHousehold, setByHousehold] = useState<Map<string, PickedPhoto[]>>(new Map());
  const changeAward: PickedPhotosChange = useCallback((update) => setAward(update), []);
  const changeHousehold = useCallback(
    (householdId: string): PickedPhotosChange =>
      (update) => setByHousehold((all) => new Map(all).set(householdId, update(all.get(householdId) ?? []))),
    [],
  );
  // Previews are object URLs: let them go with the page.
  const current = useRef({ award, byHousehold });
  current.current = { award, byHousehold };
  const clear = useCallback(() => {
    releasePhotos(current.current.award);
    current.current.byHousehold.forEach(releasePhotos);
    setAward([]);
    setByHousehold(new Map());
  }, []);
  useEffect(() => () => {
    releasePhotos(current.current.award);
    current.current.byHousehold.forEach(releasePhotos);
  }, []);
  const of = (householdId: string) => byHousehold.get(householdId) ?? [];
  /** What is sent for the households picked now. */
  const ids = (picked: PickedHouseholds): AwardPhotoIds => ({
    attachmentIds: uploadedIds(award),
    householdAttachments: [...picked.keys()].flatMap((householdId) => {
      const attachmentIds = uploadedIds(of(householdId));
      return attachmentIds.length ? [{ householdId, attachmentIds }] : [];
    }),
  });
  const sending = (picked: PickedHouseholds) => isSending(award) || [...picked.keys()].some((id) => isSending(of(id)));
  return { award, changeAward, of, changeHousehold, ids, sending, clear };
};

export type AwardPhotos = ReturnType<typeof useAwardPhotos>;

/**
 * A camera on a picked household's row: the phone offers its camera or its
 * album (no `capture`, so both), the photos go to that household.
 */
export const HouseholdPhotoButton = ({ household, photos }: { household: Household; photos: AwardPhotos }) => {
  const translate = useTranslate();
  const limits = usePhotoLimits();
  const input = useRef<HTMLInputElement>(null);
  const mine = photos.of(household.id);
  const room = limits ? limits.perRecord - mine.length : 0;
  const pick = (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? []);
    event.target.value = "";
    addPhotos(files, room, photos.changeHousehold(household.id));
  };
  return (
    <Box onClick={(event) => event.stopPropagation()} component="span">
      <IconButton
        size="small"
        disabled={room <= 0}
        onClick={() => input.current?.click()}
        aria-label={translate("app.photos.award.household_add", { household: `${household.number} ${household.headName}` })}
        data-testid={`household-photo-${household.number}`}
      >
        <Badge badgeContent={mine.length} color="primary">
          <AddAPhotoIcon fontSize="small" />
        </Badge>
      </IconButton>
      <input ref={input} type="file" accept="image/*" multiple hidden onChange={pick} />
    </Box>
  );
};

/** Under the roll: each picked household's photos, to look at and take off again. */
export const HouseholdPhotoList = ({ picked, photos }: { picked: PickedHouseholds; photos: AwardPhotos }) => {
  const translate = useTranslate();
  const limits = usePhotoLimits();
  const withPhotos = [...picked.values()].filter((h) => photos.of(h.id).length > 0);
  if (withPhotos.length === 0) {
    return (
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
        {translate("app.photos.award.household_hint")}
      </Typography>
    );
  }
  return (
    <Stack spacing={1} sx={{ mt: 2 }} data-testid="household-photos">
      <Typography variant="subtitle2">{translate("app.photos.award.households_title")}</Typography>
      {withPhotos.map((h) => (
        <Box key={h.id} data-testid={`household-photos-${h.number}`}>
          <Typography variant="body2" sx={{ mb: 0.5 }}>
            {translate("app.photos.award.household_count", { household: `${h.number} ${h.headName}`, count: photos.of(h.id).length, max: limits?.perRecord ?? "…" })}
          </Typography>
          <PickedThumbnails photos={photos.of(h.id)} onChange={photos.changeHousehold(h.id)} size={72} />
        </Box>
      ))}
    </Stack>
  );
};
