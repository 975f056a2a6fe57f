import { shrink, uploadPhoto, UploadError } from "./upload";

// Photos picked on a form, each shrunk and sent at once. The list lives in
// whatever owns the form (a react-admin input, the award page's state per
// household), so a picker that is closed or re-rendered loses none.

export interface PickedPhoto {
  key: number;
  /** An object URL of the file picked, shown until the form is left */
  preview: string;
  /** 0–1 of the upload */
  progress: number;
  /** The server's id once it has arrived */
  id?: string;
  /** Why it was refused: the server's reason (REQUEST_TOO_LARGE …) or NETWORK */
  error?: string;
}

/** Changes the list with a function of the list as it is then (uploads finish in any order). */
export type PickedPhotosChange = (change: (photos: PickedPhoto[]) => PickedPhoto[]) => void;

let nextKey = 1;

/**
 * Adds the files that fit in `room` and starts sending each; answers how
 * many were left out.
 */
export function addPhotos(files: File[], room: number, change: PickedPhotosChange): number {
  const taken = files.slice(0, Math.max(0, room)).map((file) => ({ file, key: nextKey++ }));
  change((all) => [...all, ...taken.map(({ file, key }) => ({ key, preview: URL.createObjectURL(file), progress: 0 }))]);
  const update = (key: number, part: Partial<PickedPhoto>) => change((all) => all.map((p) => (p.key === key ? { ...p, ...part } : p)));
  for (const { file, key } of taken) {
    void (async () => {
      try {
        const blob = await shrink(file);
        const uploaded = await uploadPhoto(blob, file.name, (progress) => update(key, { progress }));
        update(key, { id: uploaded.id, progress: 1 });
      } catch (error) {
        update(key, { error: error instanceof UploadError ? error.reason : "NETWORK" });
      }
    })();
  }
  return files.length - taken.length;
}

/** Takes one photo off the list and lets its preview go. */
export const removePhoto = (photos: PickedPhoto[], key: number): PickedPhoto[] => {
  const gone = photos.find((p) => p.key === key);
  if (gone) URL.revokeObjectURL(gone.preview);
  return photos.filter((p) => p.key !== key);
};

/** Lets every preview of the list go (the form is left or started over). */
export const releasePhotos = (photos: readonly PickedPhoto[]): void => photos.forEach((p) => URL.revokeObjectURL(p.preview));

/** The ids of the photos that arrived, in the order picked. */
export const uploadedIds = (photos: readonly PickedPhoto[]): string[] => photos.flatMap((p) => (p.id ? [p.id] : []));

/** Still on its way: saving waits for these. */
export const isSending = (photos: readonly PickedPhoto[]): boolean => photos.some((p) => !p.id && !p.error);
