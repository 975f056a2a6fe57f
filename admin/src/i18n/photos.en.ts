import type { Translations } from "./shape";

// Photos on awards, 公示, activities and products (photos/, awards/AwardPhotos.tsx
// and the pages that show them). The picker's and viewer's own words are
// app.resident.photos (shared with civic matters).
export const photosEn = {
  too_large_plain: "This photo is too large.",
  one_photo: "Photo",
  one_photo_hint: "Take one or choose one; a new photo replaces the one shown.",
  current: "Current photo",
  none: "No photo yet",
  room: "It has %{existing} photos; %{room} more may be added.",
  section: "Photos",
  award: {
    whole_hint: "Photos of the deed as a whole (a meeting, the work done). A household's own photos: the camera on its row.",
    household_add: "Add photos for %{household}",
    household_hint: "Tick a household, then its camera adds photos of its own (a courtyard, say).",
    households_title: "Photos per household",
    household_count: "%{household}: %{count}/%{max}",
    confirm: "With photos: %{award} of the award, %{photos} for %{households} households.",
    result_lines: "%{households} households have photos of their own (%{photos} in all).",
  },
  batch: {
    title: "Photos of the award",
    line_column: "Photos",
  },
  publicity: {
    photos_of: "Photos: %{reason}",
  },
  activity: {
    title: "Photos of the activity",
    add_title: "Photos of the activity",
    full: "The activity has as many photos as it may carry (%{max}).",
  },
} as const;

export type PhotosMessages = Translations<typeof photosEn>;
