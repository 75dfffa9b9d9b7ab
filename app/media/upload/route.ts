// POST /media/upload: one image from the composer (JSON for its script) or from the plain /upload form (a redirect
// back to it with the Markdown to copy). Cross-site posts are refused by proxy.ts before they get here.
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { saveUpload } from "@/lib/media/uploads";
import { uploadPageHref } from "@/lib/routes";
import { refuse } from "@/lib/write-result";

export const dynamic = "force-dynamic";

const STATUS: Record<string, number> = { signIn: 401, accountRestricted: 403, confirmEmail: 403, uploadsOff: 403, fileTooLarge: 413, dailyQuota: 429, newAccountQuota: 429 };

export async function POST(request: Request): Promise<Response> {
  const wantsJson = (request.headers.get("accept") ?? "").includes("application/json");
  const user = await getCurrentUser();
  let file: File | null = null;
  try {
    const sent = (await request.formData()).get("file");
    file = sent instanceof File ? sent : null;
  } catch {
    file = null;
  }
  const result = file ? await saveUpload(user, { name: file.name, bytes: Buffer.from(await file.arrayBuffer()) }) : refuse("noFile");

  if (!wantsJson) {
    const values = result.ok ? {} : Object.fromEntries(Object.entries(result.messageValues ?? {}).map(([key, value]) => [key, String(value)]));
    const answer: Record<string, string> = result.ok ? { image: result.hash, name: file?.name ?? "" } : { error: result.message ?? "notAnImage", ...values };
    return new Response(null, { status: 303, headers: { Location: uploadPageHref(answer), "Cache-Control": "no-store" } });
  }
  if (result.ok) return Response.json({ ok: true, markdown: result.markdown, href: result.href }, { headers: { "Cache-Control": "no-store" } });
  const t = await getTranslations("media.errors");
  const key = result.message ?? "notAnImage";
  return Response.json({ ok: false, error: t(key, result.messageValues ?? {}) }, { status: STATUS[key] ?? 422, headers: { "Cache-Control": "no-store" } });
}
