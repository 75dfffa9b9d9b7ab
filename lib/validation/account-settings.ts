// The rules for a member's own settings (time zone, dates, theme, bio, signature) and for deleting their account.
import { z } from "zod";
import { DATE_STYLES, THEMES } from "@/db/enums";
import { BIO_MAX, SIGNATURE_MAX, PASSWORD_MAX } from "@/lib/limits";

/** Every IANA zone this runtime knows, plus UTC (which some runtimes leave out of the list), for the settings' select. */
export const TIME_ZONE_LIST: string[] = [...new Set([...Intl.supportedValuesOf("timeZone"), "UTC"])].sort();
const TIME_ZONES = new Set(TIME_ZONE_LIST);

export function isTimeZone(value: unknown): value is string {
  return typeof value === "string" && TIME_ZONES.has(value);
}

/** Counted in characters as people count them (a Hangul syllable or an emoji is one), like the other text limits. */
const markdown = (max: number, message: string) =>
  z
    .string()
    .transform((value) => value.replace(/\r\n?/g, "\n").trim())
    .refine((value) => [...value].length <= max, message);

export const accountSettingsInput = z.object({
  // Empty: the browser's zone (sent once by the page), else the site's.
  timeZone: z.string().refine((value) => value === "" || isTimeZone(value), "accountSettings:timeZoneUnknown").transform((value) => value || null),
  dateStyle: z.enum(DATE_STYLES, "accountSettings:dateStyleUnknown"),
  theme: z.enum(THEMES, "accountSettings:themeUnknown"),
  bio: markdown(BIO_MAX, "accountSettings:bioTooLong"),
  signature: markdown(SIGNATURE_MAX, "accountSettings:signatureTooLong"),
});
export type AccountSettingsInput = z.output<typeof accountSettingsInput>;

/** The footer's theme switch, open to visitors. */
export const themeInput = z.object({ theme: z.enum(THEMES), returnTo: z.string().max(2_000).optional() });

/**
 * Deleting one's account: the password, or for an account without one (GitHub only) the username typed out; and
 * whether the member's posts and comments go too.
 */
export const accountDeletionInput = z.object({
  confirmation: z.string().min(1, "accountDeletion:confirmationRequired").max(PASSWORD_MAX * 4, "accountDeletion:confirmationWrong"),
  deleteWriting: z.enum(["on", ""]).optional().transform((value) => value === "on"),
});
