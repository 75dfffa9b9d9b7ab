// The client's address as the server saw it: Next.js sets x-forwarded-for on every request it receives.

export function clientIp(source: Pick<Headers, "get">): string {
  return source.get("x-forwarded-for")?.split(",")[0]?.trim() || source.get("x-real-ip") || "unknown";
}
