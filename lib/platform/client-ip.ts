// The client's address as the server saw it: Next.js sets x-forwarded-for on every request it receives.

export function clientIp(source: Pick<Headers, "get">): string {
  return source.get("x-forwarded-for")?.split(",")[0]?.trim() || source.get("x-real-ip") || "unknown";
}

/** Proxies in front of Rapport whose X-Forwarded-For entries are trusted; 0 means clients connect directly. */
const trustedProxies = () => Number(process.env.RAPPORT_TRUSTED_PROXIES || 0);

/**
 * The client's address, for the server to put in X-Forwarded-For: the socket's peer, or with N trusted
 * proxies the entry the outermost of them added. Anything a client writes into the header itself is ignored,
 * so it cannot pose as many visitors or dodge the sign-in throttle.
 */
export function trustedClientIp(forwardedFor: string | string[] | undefined, peer: string | undefined, hops = trustedProxies()): string {
  const chain = [forwardedFor ?? []].flat().join(",").split(",").map((s) => s.trim()).filter(Boolean);
  const candidate = hops > 0 ? chain[chain.length - hops] : undefined;
  return candidate ?? peer ?? "unknown";
}
