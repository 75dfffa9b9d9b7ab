// The site's public origin as configured: SITE_URL, else AUTH_URL, else this machine on PORT. Never a request's
// Host or X-Forwarded-* headers: the origin goes into cached feeds, sitemaps and pages served to everyone. Without
// imports that need Next.js, so the production server and the scripts read the same value the pages do.

const PROTOCOLS = new Set(["http:", "https:"]);

/** SITE_URL's origin, else AUTH_URL's (a trailing slash or a path is harmless); null when neither is a usable URL. */
export function configuredOrigin(): string | null {
  for (const value of [process.env.SITE_URL, process.env.AUTH_URL]) {
    const origin = originOf(value?.trim());
    if (origin) return origin;
  }
  return null;
}

function originOf(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return PROTOCOLS.has(url.protocol) ? url.origin : null;
  } catch {
    return null;
  }
}

/** The origin to use when nothing is configured. */
export function localOrigin(): string {
  return `http://localhost:${process.env.PORT || 3000}`;
}

/** The origin every absolute link uses. */
export function publicOrigin(): string {
  return configuredOrigin() ?? localOrigin();
}
