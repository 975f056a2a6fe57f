import busboy from "busboy";
import express, { type Request, type Response } from "express";
import type { Db } from "../db/database";
import type { Logger } from "../logger";
import type { Context } from "../request/context";
import { errorReasons, type ErrorCode, type ErrorReason } from "../errors";
import type { FilesConfig } from "../config";
import { processImage, UnsupportedImage } from "./image";
import type { FileUrlSigner } from "./signed-url";
import type { FileStorage, FileVariant } from "./storage";
import { readVariant, storeUpload, uploadWait } from "./upload-service";

export interface FileRoutesOptions {
  db: Db;
  logger: Logger;
  storage: FileStorage;
  signer: FileUrlSigner;
  config: FilesConfig;
  /** The GraphQL route's own context: the same Bearer token check. */
  context: (req: Request) => Promise<Context>;
}

/** An HTTP-level refusal, shaped like the server's other ones (app.ts): `errors[0].extensions.{code, reason}`. */
function refuse(res: Response, status: number, code: ErrorCode, reason: ErrorReason, message: string, extra: Record<string, unknown> = {}) {
  res.status(status).json({ errors: [{ message, extensions: { code, reason, ...extra } }] });
}

/**
 * The body of a refused upload is not kept: what the client still sends is
 * read and thrown away, up to the upload limit, then the connection is cut.
 * Not cut at once: a client cut off mid-send never sees the answer; not read
 * to the end: a client sending 500 MB would keep the server reading.
 */
function discardBody(req: Request, maxBytes: number) {
  let discarded = 0;
  req.on("data", (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > maxBytes) req.socket.destroy();
  });
  req.resume();
}

/** 413 at once: by the declared length before a byte is read, or the moment the parser passes the limit. */
function tooLarge(req: Request, res: Response, maxBytes: number) {
  refuse(res, 413, "BAD_USER_INPUT", "REQUEST_TOO_LARGE", `The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`, { maxBytes });
  discardBody(req, maxBytes);
}

/** The one file of a multipart body, up to maxBytes: the bytes, "missing", or "too large" as soon as it passes the limit. */
function readOneFile(req: Request, maxBytes: number): Promise<Buffer | "missing" | "too large" | "malformed"> {
  return new Promise((resolve) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { fileSize: maxBytes, files: 1, fields: 20, parts: 30, fieldSize: 1024 } });
    } catch {
      resolve("malformed"); // not multipart/form-data, or no boundary
      return;
    }
    let result: Buffer | "missing" | "too large" | undefined;
    parser.on("file", (name, stream) => {
      if (name !== "file" || result) {
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("limit", () => {
        result = "too large";
        chunks.length = 0;
        req.unpipe(parser);
        resolve("too large");
      });
      stream.on("end", () => {
        if (!result) result = Buffer.concat(chunks);
      });
    });
    parser.on("close", () => resolve(result ?? "missing"));
    parser.on("error", () => resolve(result === "too large" ? "too large" : "malformed"));
    req.pipe(parser);
  });
}

/**
 * POST /files: one photo, re-encoded (image.ts) and kept unattached until a
 * record takes it; GET /files/:id: its bytes, for a signed link only.
 */
export function fileRoutes(options: FileRoutesOptions): express.Router {
  const router = express.Router();
  const { config } = options;

  router.post("/", async (req, res, next) => {
    try {
      const context = await options.context(req);
      const actor = context.actor;
      if (!actor) {
        const reason = context.authFailure === "expired" ? "TOKEN_EXPIRED" : context.authFailure === "invalid" ? "INVALID_TOKEN" : "NOT_LOGGED_IN";
        refuse(res, 401, "UNAUTHENTICATED", reason, errorReasons[reason]);
        discardBody(req, config.maxUploadBytes);
        return;
      }
      if (actor.mustChangePassword) {
        refuse(res, 403, "FORBIDDEN", "PASSWORD_CHANGE_REQUIRED", errorReasons.PASSWORD_CHANGE_REQUIRED);
        discardBody(req, config.maxUploadBytes);
        return;
      }
      // Multipart adds a few hundred bytes around the file: a declared length
      // well past the limit is refused before a byte of the body is read.
      const declared = Number(req.headers["content-length"]);
      if (Number.isFinite(declared) && declared > config.maxUploadBytes + 64 * 1024) return tooLarge(req, res, config.maxUploadBytes);
      const wait = await uploadWait(options.db, actor, config.uploadsPer10Min);
      if (wait > 0) {
        res.set("Retry-After", String(wait));
        refuse(res, 429, "BAD_USER_INPUT", "TOO_MANY_UPLOADS", `At most ${config.uploadsPer10Min} uploads in ten minutes; try again in ${wait} s`, { retryAfterSeconds: wait });
        discardBody(req, config.maxUploadBytes);
        return;
      }
      const body = await readOneFile(req, config.maxUploadBytes);
      if (body === "too large") return tooLarge(req, res, config.maxUploadBytes);
      if (body === "missing" || body === "malformed" || body.length === 0) {
        refuse(res, 400, "BAD_USER_INPUT", "INVALID_INPUT", "Send the photo as multipart/form-data in the field `file`", { fields: { file: "REQUIRED" } });
        discardBody(req, config.maxUploadBytes);
        return;
      }
      let image;
      try {
        image = await processImage(body);
      } catch (error) {
        if (!(error instanceof UnsupportedImage)) throw error;
        refuse(res, 415, "BAD_USER_INPUT", "UNSUPPORTED_IMAGE", "Only JPEG, PNG and WebP photos are accepted (a phone's HEIC photo: choose JPEG or 'most compatible' in the camera settings)", {
          fields: { file: "UNSUPPORTED_IMAGE" },
        });
        return;
      }
      const stored = await storeUpload(options.db, options.storage, actor, image);
      res.status(201).json({ ...stored, id: String(stored.id) });
    } catch (error) {
      next(error);
    }
  });

  router.get("/:id", async (req, res, next) => {
    try {
      const fileId = Number(req.params.id);
      const variant = req.query.v === undefined ? "full" : req.query.v;
      const expires = Number(req.query.exp);
      const sig = typeof req.query.sig === "string" ? req.query.sig : "";
      if (!Number.isSafeInteger(fileId) || fileId <= 0 || (variant !== "full" && variant !== "thumb") || !Number.isSafeInteger(expires)) {
        refuse(res, 403, "FORBIDDEN", "FILE_LINK_INVALID", errorReasons.FILE_LINK_INVALID);
        return;
      }
      const now = Date.now();
      if (!options.signer.verify({ fileId, variant: variant as FileVariant, expires }, sig, now)) {
        refuse(res, 403, "FORBIDDEN", "FILE_LINK_INVALID", errorReasons.FILE_LINK_INVALID);
        return;
      }
      const secondsLeft = Math.max(0, Math.floor(expires - now / 1000));
      // A file's bytes never change: its id and variant are its version.
      const etag = `"f${fileId}-${variant}"`;
      res.set({ "Cache-Control": `private, max-age=${secondsLeft}`, ETag: etag });
      if (req.headers["if-none-match"] === etag) {
        res.status(304).end();
        return;
      }
      const file = await readVariant(options.db, options.storage, fileId, variant as FileVariant);
      if (!file) {
        // Signed by this server, so it existed: removed as an abandoned upload.
        res.removeHeader("Cache-Control");
        res.removeHeader("ETag");
        refuse(res, 404, "NOT_FOUND", "NOT_FOUND", `File ${fileId} was not found`, { entity: "File", id: String(fileId) });
        return;
      }
      res.type(file.contentType).set("Content-Length", String(file.data.length)).send(file.data);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
