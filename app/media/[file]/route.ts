// GET /media/<hash>.webp: an uploaded image, as stored, to whoever may see it (lib/media/uses.ts).
import { getCurrentUser } from "@/lib/auth/session";
import { parseMediaName } from "@/lib/media/names";
import { mediaStore } from "@/lib/media/store";
import { mediaAccess } from "@/lib/media/uses";

export const dynamic = "force-dynamic";

/** Only an image, never a document: no sniffing, no scripts, no plugins, no framing, even opened on its own. */
const FILE_HEADERS = {
  "Content-Type": "image/webp",
  "X-Content-Type-Options": "nosniff",
  "Content-Security-Policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
  "Content-Disposition": "inline",
  "Cross-Origin-Resource-Policy": "same-site",
};
/** Files never change under their name, so a public one is cached for a year. */
const PUBLIC_CACHE = "public, max-age=31536000, immutable";

const notFound = () => new Response("Not found.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" } });

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const name = parseMediaName(file);
  if (!name) return notFound();
  // Visitors are answered without a session lookup unless the image is not public.
  let access = await mediaAccess(name.hash, null);
  if (access === "hidden") access = await mediaAccess(name.hash, await getCurrentUser());
  if (access === "hidden") return notFound();
  const bytes = await mediaStore().get(file);
  if (!bytes) return notFound();
  return new Response(new Uint8Array(bytes), {
    headers: { ...FILE_HEADERS, "Content-Length": String(bytes.length), "Cache-Control": access === "public" ? PUBLIC_CACHE : "private, no-store" },
  });
}
