import { PREFERENCE_COOKIE_MAX_AGE_S, TIME_ZONE_COOKIE } from "@/lib/accounts/preference-cookies";

/**
 * For a member who has not chosen a time zone: the browser's own, remembered in a cookie once, so that their next
 * pages show their local time (lib/accounts/reader-preferences.ts). Only on members' pages, which carry a nonce.
 */
export function BrowserZoneScript({ nonce }: { nonce: string | undefined }) {
  // IANA names are letters, digits and "/_+-": a cookie value as they are.
  const script = `try{document.cookie=${JSON.stringify(`${TIME_ZONE_COOKIE}=`)}+Intl.DateTimeFormat().resolvedOptions().timeZone+";path=/;max-age=${PREFERENCE_COOKIE_MAX_AGE_S};samesite=lax"}catch(e){}`;
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: script }} />;
}
