// An uploaded image, checked and redrawn: only its pixels survive (EXIF, GPS, comments, anything appended is gone).
// No "server-only": tests and scripts call it directly; it never runs in the browser.
import { createHash } from "node:crypto";
import sharp from "sharp";

/** More pixels than this are refused before decoding: a small file can still decode to gigabytes. */
export const MAX_INPUT_PIXELS = 40_000_000;
/** The stored image's longer side; larger pictures are scaled down to it. */
export const DISPLAY_MAX_SIDE = 2048;
/** The thumbnail's longer side. */
export const THUMB_MAX_SIDE = 320;
const DISPLAY_QUALITY = 82;
const THUMB_QUALITY = 70;
/** libwebp's effort (0-6, default 4): 2 encodes faster, for slightly larger files. */
const WEBP_EFFORT = 2;
/** Hex digits of the SHA-256 that name the files: 128 bits, unguessable and collision-free in practice. */
const HASH_HEX = 32;
/** Bytes past an image's end marker that some encoders leave (padding); more than this is something else. */
const TRAILING_SLACK = 16;

export type ImageRefusal = "notAnImage" | "svgRefused" | "markupInImage" | "dataAfterImage" | "tooManyPixels" | "unreadableImage";

export type ProcessedImage = {
  hash: string;
  display: Buffer;
  thumb: Buffer;
  width: number;
  height: number;
};

type Format = "jpeg" | "png" | "gif" | "webp";

/** The format the first bytes declare, or null: only these four, told by their magic numbers, never by name or type. */
export function sniffFormat(bytes: Uint8Array): Format | null {
  const starts = (...magic: number[]) => magic.every((byte, i) => bytes[i] === byte);
  if (starts(0xff, 0xd8, 0xff)) return "jpeg";
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return "png";
  if (starts(0x47, 0x49, 0x46, 0x38)) return "gif";
  if (starts(0x52, 0x49, 0x46, 0x46) && bytes[8] === 0x57 && bytes[9] === 0x45 && bytes[10] === 0x42 && bytes[11] === 0x50) return "webp";
  return null;
}

// What a browser or a script engine would read in a file that also passes for an image (a polyglot).
const MARKUP = /<(?:script|html|svg|iframe|object|embed|body|head|meta|!doctype|\?php|\?xml)\b|javascript:/i;

/** SVG and HTML, with or without an XML prologue or a byte order mark: told apart so the message can say so. */
function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1").toLowerCase();
  return head.includes("<svg");
}

/** Where a GIF's data ends, by walking its blocks to the trailer: a GIF/JS polyglot hides script past a trailer-like byte. */
function gifEnd(bytes: Buffer): number | null {
  const colourTable = (flags: number) => (flags & 0x80 ? 3 * 2 ** ((flags & 0x07) + 1) : 0);
  const skipSubBlocks = (at: number) => {
    while (at < bytes.length && bytes[at] !== 0) at += bytes[at]! + 1;
    return at + 1;
  };
  let at = 13 + colourTable(bytes[10] ?? 0);
  while (at < bytes.length) {
    const block = bytes[at];
    if (block === 0x3b) return at + 1;
    if (block === 0x21) at = skipSubBlocks(at + 2);
    else if (block === 0x2c) at = skipSubBlocks(at + 10 + colourTable(bytes[at + 9] ?? 0) + 1);
    else return null;
  }
  return null;
}

/** Where a PNG's data ends: after the IEND chunk, found by walking the chunks rather than searching for the word. */
function pngEnd(bytes: Buffer): number | null {
  let at = 8;
  while (at + 8 <= bytes.length) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString("latin1", at + 4, at + 8);
    at += 12 + length;
    if (type === "IEND") return at;
  }
  return null;
}

/** Where the image's own data ends, by its format's structure; null when it cannot tell. */
function imageEnd(bytes: Buffer, format: Format): number | null {
  switch (format) {
    case "jpeg": {
      // Entropy-coded data escapes 0xFF, so 0xFF 0xD9 is only ever the end marker (the last one: EXIF thumbnails have their own).
      const end = bytes.lastIndexOf(Buffer.from([0xff, 0xd9]));
      return end < 0 ? null : end + 2;
    }
    case "png":
      return pngEnd(bytes);
    case "gif":
      return gifEnd(bytes);
    case "webp":
      return bytes.length >= 12 ? 8 + bytes.readUInt32LE(4) : null;
  }
}

/** Why these bytes are not accepted as an image before any decoder sees them, or null. */
export function screenImageBytes(bytes: Buffer): ImageRefusal | null {
  const format = sniffFormat(bytes);
  if (!format) return looksLikeSvg(bytes) ? "svgRefused" : "notAnImage";
  // Latin-1 maps every byte to one character, so the pattern sees the file as a browser sniffing it would.
  if (MARKUP.test(bytes.toString("latin1"))) return "markupInImage";
  const end = imageEnd(bytes, format);
  if (end === null) return "unreadableImage";
  if (bytes.length - end > TRAILING_SLACK) return "dataAfterImage";
  return null;
}

/** Checks, decodes and re-encodes an upload as WebP at display size and as a thumbnail. */
export async function processImage(bytes: Buffer): Promise<{ ok: true; image: ProcessedImage } | { ok: false; reason: ImageRefusal }> {
  const refused = screenImageBytes(bytes);
  if (refused) return { ok: false, reason: refused };
  try {
    // The header alone: the pixel count is known before anything is decoded.
    const meta = await sharp(bytes, { limitInputPixels: false }).metadata();
    if (!meta.width || !meta.height) return { ok: false, reason: "unreadableImage" };
    if (meta.width * meta.height > MAX_INPUT_PIXELS) return { ok: false, reason: "tooManyPixels" };
    // rotate() applies the EXIF orientation to the pixels; sharp writes no metadata unless asked, so EXIF, GPS,
    // ICC and XMP are all left behind. An animated GIF keeps its first frame.
    const display = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" })
      .rotate()
      .resize({ width: DISPLAY_MAX_SIDE, height: DISPLAY_MAX_SIDE, fit: "inside", withoutEnlargement: true })
      .webp({ quality: DISPLAY_QUALITY, effort: WEBP_EFFORT })
      .toBuffer({ resolveWithObject: true });
    // From the display image, not the upload: the large picture is decoded once.
    const thumb = await sharp(display.data)
      .resize({ width: THUMB_MAX_SIDE, height: THUMB_MAX_SIDE, fit: "inside", withoutEnlargement: true })
      .webp({ quality: THUMB_QUALITY, effort: WEBP_EFFORT })
      .toBuffer();
    const hash = createHash("sha256").update(display.data).digest("hex").slice(0, HASH_HEX);
    return { ok: true, image: { hash, display: display.data, thumb, width: display.info.width, height: display.info.height } };
  } catch {
    return { ok: false, reason: "unreadableImage" };
  }
}

/** Square, small and redrawn the same way: a member's picture. */
export async function processAvatar(bytes: Buffer, side: number): Promise<Buffer> {
  return sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" }).rotate().resize(side, side, { fit: "cover" }).webp({ quality: DISPLAY_QUALITY }).toBuffer();
}
