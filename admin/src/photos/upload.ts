import { getToken } from "../providers/session";

// Photos go to the server's POST /files (plain HTTP, not GraphQL), shrunk in
// the browser first: a phone's 12-megapixel photo is 4–8 MB, the server keeps
// at most 2048 px, so sending more than ~2560 px only costs the resident's data.

/** The longest side and size above which a photo is shrunk before it is sent. */
const MAX_SIDE = 2560;
const MAX_BYTES = 3 * 1024 * 1024;

export interface UploadedPhoto {
  id: string;
  width: number;
  height: number;
}

/** Why an upload failed, as the server's reason or a word of our own (NETWORK). */
export class UploadError extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

/**
 * The photo as it will be sent: unchanged when small, otherwise drawn upright
 * (orientation from its EXIF) on a canvas at most MAX_SIDE and encoded as JPEG.
 * A file the browser cannot decode (a HEIC on most browsers) goes as it is:
 * the server says in words what it takes.
 */
export async function shrink(file: File): Promise<Blob> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: "from-image" });
  } catch {
    return file;
  }
  const longest = Math.max(bitmap.width, bitmap.height);
  if (longest <= MAX_SIDE && file.size <= MAX_BYTES) {
    bitmap.close();
    return file;
  }
  const scale = Math.min(1, MAX_SIDE / longest);
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  const context = canvas.getContext("2d");
  if (!context) return file;
  // A transparent PNG laid on white, as the server does, not on JPEG's black.
  context.fillStyle = "#fff";
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/jpeg", 0.85));
  return blob ?? file;
}

/**
 * Sends one photo with XMLHttpRequest, whose upload events give progress
 * (fetch has none for a request body); `onProgress` gets 0–1.
 */
export function uploadPhoto(blob: Blob, name: string, onProgress: (fraction: number) => void): Promise<UploadedPhoto> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/files");
    const token = getToken();
    if (token) xhr.setRequestHeader("Authorization", `Bearer ${token}`);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onerror = () => reject(new UploadError("NETWORK"));
    xhr.onload = () => {
      let body: { id?: string; width?: number; height?: number; errors?: { extensions?: { reason?: string; code?: string } }[] } = {};
      try {
        body = JSON.parse(xhr.responseText) as typeof body;
      } catch {
        // A proxy's HTML page: the status says enough.
      }
      if (xhr.status === 201 && body.id) {
        resolve({ id: body.id, width: body.width ?? 0, height: body.height ?? 0 });
        return;
      }
      const extensions = body.errors?.[0]?.extensions;
      reject(new UploadError(extensions?.reason ?? extensions?.code ?? String(xhr.status)));
    };
    const form = new FormData();
    form.append("file", blob, name);
    xhr.send(form);
  });
}
