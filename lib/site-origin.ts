// The site's public origin as configured: AUTH_URL when it is set, otherwise this machine on PORT. Without imports
// that need Next.js, so the production server and the scripts read the same value the pages do.

const PROTOCOLS = new Set(["http:", "https:"]);

/** AUTH_URL's origin (a trailing slash or a path is harmless), or null when it is unset or not an http(s) URL. */
export function configuredOrigin(): string | null {
  const value = process.env.AUTH_URL?.trim();
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
