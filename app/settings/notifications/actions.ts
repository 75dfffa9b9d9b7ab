"use server";
// Saving a member's notice preferences: one choice per kind, from a plain form.

import { redirect } from "next/navigation";
import { plainAction } from "@/lib/actions/form-action";
import { saveNotifyPrefs } from "@/lib/accounts/notification-prefs";
import { notifyPrefsInput } from "@/lib/validation/appeals";

const PAGE = "/settings/notifications";

export const saveNotificationPrefs = plainAction(
  { access: { as: "page", returnTo: PAGE, allowSuspended: true }, input: notifyPrefsInput },
  async ({ actor, input }) => {
    await saveNotifyPrefs(actor.id, input);
    redirect(`${PAGE}?saved=1`);
  },
  // Only a tampered form gets here (every choice is a radio button): the page says so and shows the saved choices.
  () => redirect(`${PAGE}?error=1`),
);
