// POST /media/avatar: a member's picture from the settings page's plain form (no JavaScript needed), or its removal;
// back to /settings with what happened. Cross-site posts are refused by proxy.ts before they get here.
import { getCurrentUser } from "@/lib/auth/session";
import { expireEverything } from "@/lib/content/cached-reads";
import { removeAvatar, saveAvatar } from "@/lib/media/avatars";

export const dynamic = "force-dynamic";

const back = (answer: string) => new Response(null, { status: 303, headers: { Location: `/settings?avatar=${encodeURIComponent(answer)}#avatar`, "Cache-Control": "no-store" } });

export async function POST(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  let form: FormData | null = null;
  try {
    form = await request.formData();
  } catch {
    return back("noFile");
  }
  if (form.get("intent") === "remove") {
    if (!user || user.status !== "active") return back("signIn");
    await removeAvatar(user.id);
    // The picture shows beside the member's posts and on their profile, on pages visitors read from the cache.
    await expireEverything();
    return back("removed");
  }
  const file = form.get("file");
  if (!(file instanceof File)) return back("noFile");
  const result = await saveAvatar(user, Buffer.from(await file.arrayBuffer()));
  if (result.ok) await expireEverything();
  return back(result.ok ? "saved" : (result.message ?? "notAnImage"));
}
