// GET /api/members?q=ab: up to 8 members whose username or name starts with "ab", for the @mention autocomplete.
// Members only (active ones: they are the ones writing), rate-limited, names only.
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { suggestMembers, suggestionWait } from "@/lib/accounts/member-suggestions";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "private, no-store" };

export async function GET(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  if (!user || user.status !== "active") return Response.json({ members: [] }, { status: 401, headers: NO_STORE });
  const wait = await suggestionWait(user.id);
  if (wait !== null) return Response.json({ members: [] }, { status: 429, headers: { ...NO_STORE, "Retry-After": String(wait) } });
  const query = new URL(request.url).searchParams.get("q") ?? "";
  const t = await getTranslations("notify2");
  return Response.json({ label: t("suggestions", { query: query.slice(0, 20) }), members: await suggestMembers(query) }, { headers: NO_STORE });
}
