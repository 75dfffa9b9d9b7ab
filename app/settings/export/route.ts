// /settings/export: the signed-in member's own data as a JSON download (lib/accounts/data-export.ts).
import { exportMemberData } from "@/lib/accounts/data-export";
import { getCurrentUser } from "@/lib/auth/session";

/** Members only; a visitor is sent to sign in and comes back here. Suspended members may take their data too; banned ones may not sign in. */
export async function GET(): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return new Response(null, { status: 303, headers: { location: "/login?callbackUrl=%2Fsettings%2Fexport", "cache-control": "no-store" } });
  if (user.status === "banned") return new Response(null, { status: 403, headers: { "cache-control": "no-store" } });
  const data = await exportMemberData(user.id);
  if (!data) return new Response(null, { status: 404, headers: { "cache-control": "no-store" } });
  const day = data.exportedAt.slice(0, 10);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="rapport-${user.id.slice(0, 8)}-${day}.json"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
