// GET /api/health: 200 when the app can serve, 503 with a reason when it cannot; for load balancers and uptime checks.
import { checkDatabaseHealth, HEALTHY_STATUS, UNHEALTHY_STATUS } from "@/lib/platform/health";

// The answer is about this moment's database: never prerendered at build time, never cached.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const report = await checkDatabaseHealth();
  return Response.json(report, {
    status: report.status === "ok" ? HEALTHY_STATUS : UNHEALTHY_STATUS,
    headers: { "Cache-Control": "no-store" },
  });
}
