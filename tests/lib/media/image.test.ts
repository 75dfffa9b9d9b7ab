// The image check and redraw, on real image bytes made by sharp: only pixels come out; anything else is refused.
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { DISPLAY_MAX_SIDE, MAX_INPUT_PIXELS, processImage, screenImageBytes, sniffFormat, THUMB_MAX_SIDE } from "@/lib/media/image";

const solid = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: "#3a7" } });

async function jpegWithGps(): Promise<Buffer> {
  return solid(64, 48)
    .jpeg()
    .withExif({
      IFD0: { Copyright: "SECRET-COPYRIGHT" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "37/1 33/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "126/1 58/1 0/1", GPSMapDatum: "WGS-84-MARK" },
    })
    .toBuffer();
}

describe("processImage", () => {
  it("keeps the pixels of a JPEG and drops its EXIF and GPS", async () => {
    const input = await jpegWithGps();
    // The fixture really carries them: otherwise the test below could not fail.
    expect((await sharp(input).metadata()).exif).toBeDefined();
    expect(input.includes(Buffer.from("WGS-84-MARK"))).toBe(true);

    const result = await processImage(input);
    if (!result.ok) throw new Error(result.reason);
    const { display, thumb, width, height, hash } = result.image;
    for (const out of [display, thumb]) {
      const meta = await sharp(out).metadata();
      expect(meta.format).toBe("webp");
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(out.includes(Buffer.from("WGS-84-MARK"))).toBe(false);
      expect(out.includes(Buffer.from("SECRET-COPYRIGHT"))).toBe(false);
    }
    expect([width, height]).toEqual([64, 48]);
    expect(hash).toMatch(/^[0-9a-f]{32}$/);
  });

  it("scales a large picture to the display size and makes a thumbnail", async () => {
    const result = await processImage(await solid(4000, 1000).png().toBuffer());
    if (!result.ok) throw new Error(result.reason);
    expect([result.image.width, result.image.height]).toEqual([DISPLAY_MAX_SIDE, DISPLAY_MAX_SIDE / 4]);
    expect((await sharp(result.image.thumb).metadata()).width).toBe(THUMB_MAX_SIDE);
  });

  it("accepts PNG, GIF and WebP as well as JPEG", async () => {
    for (const format of ["png", "gif", "webp"] as const) {
      const result = await processImage(await solid(20, 20).toFormat(format).toBuffer());
      expect(result.ok, format).toBe(true);
    }
  });

  it("refuses an image of more than 40 megapixels before decoding it", async () => {
    expect(MAX_INPUT_PIXELS).toBe(40_000_000);
    const huge = await solid(10_000, 6_000).jpeg({ quality: 20 }).toBuffer();
    expect(await processImage(huge)).toEqual({ ok: false, reason: "tooManyPixels" });
  });

  it("refuses a JPEG with HTML and script appended (a polyglot)", async () => {
    const jpeg = await solid(32, 32).jpeg().toBuffer();
    const polyglot = Buffer.concat([jpeg, Buffer.from("<html><script>alert(document.cookie)</script></html>")]);
    expect(await processImage(polyglot)).toEqual({ ok: false, reason: "markupInImage" });
    // Appended bytes that are not markup are refused too: nothing but the image may ride along.
    const trailing = Buffer.concat([jpeg, Buffer.from("x=1;alert(1);".repeat(4))]);
    expect(await processImage(trailing)).toEqual({ ok: false, reason: "dataAfterImage" });
  });

  it("refuses a GIF/JavaScript polyglot whose script sits past the GIF's trailer", async () => {
    const gif = await solid(8, 8).gif().toBuffer();
    // A script engine reads `GIF89a` as an identifier; everything after the image is the payload.
    const polyglot = Buffer.concat([gif, Buffer.from("*/=1;alert(document.domain);//;")]);
    expect(await processImage(polyglot)).toEqual({ ok: false, reason: "dataAfterImage" });
  });

  it("refuses SVG, scripted or not, and says it is SVG", async () => {
    const svg = Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>');
    expect(await processImage(svg)).toEqual({ ok: false, reason: "svgRefused" });
    expect(await processImage(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toEqual({ ok: false, reason: "svgRefused" });
  });

  it("refuses an HTML file renamed to .jpg, and bytes that only start like an image", async () => {
    // The name never reaches the check: only the bytes do.
    expect(await processImage(Buffer.from("<!doctype html><title>x</title><script>alert(1)</script>"))).toEqual({ ok: false, reason: "notAnImage" });
    expect(await processImage(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 0xff, 0xd9]))).toEqual({ ok: false, reason: "unreadableImage" });
  });
});

describe("sniffFormat and screenImageBytes", () => {
  it("tells the four formats by their first bytes only", async () => {
    expect(sniffFormat(await solid(4, 4).jpeg().toBuffer())).toBe("jpeg");
    expect(sniffFormat(await solid(4, 4).png().toBuffer())).toBe("png");
    expect(sniffFormat(await solid(4, 4).webp().toBuffer())).toBe("webp");
    expect(sniffFormat(await solid(4, 4).gif().toBuffer())).toBe("gif");
    expect(sniffFormat(await solid(4, 4).tiff().toBuffer())).toBeNull();
  });

  it("passes a clean image", async () => {
    expect(screenImageBytes(await solid(16, 16).png().toBuffer())).toBeNull();
    expect(screenImageBytes(await jpegWithGps())).toBeNull();
  });
});
