"use server";
// The admins' image upload switch on /admin/uploads.

import { revalidatePath } from "next/cache";
import { plainAction } from "@/lib/actions/form-action";
import { setUploadsEnabled } from "@/lib/media/setting";
import { canAdminister } from "@/lib/permissions";
import { uploadsSettingInput } from "@/lib/validation/site";

const PAGE = "/admin/uploads";

export const setUploads = plainAction({ access: { as: "page", may: canAdminister, returnTo: PAGE }, input: uploadsSettingInput }, async ({ input }) => {
  await setUploadsEnabled(input.enabled === "on");
  revalidatePath(PAGE);
});
