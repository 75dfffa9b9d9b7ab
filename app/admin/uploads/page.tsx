import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { BoardAdminNav } from "@/components/admin/board-admin-nav";
import { requirePermission } from "@/lib/auth/session";
import { mediaHref, thumbName, displayName } from "@/lib/media/names";
import { recentUploads } from "@/lib/media/recent";
import { uploadsEnabled } from "@/lib/media/setting";
import { canAdminister } from "@/lib/permissions";
import { profileHref } from "@/lib/routes";
import { setUploads } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("media.admin");
  return { title: t("title"), robots: { index: false }, referrer: "same-origin" };
}

const KB = 1024;

/** The image upload switch and the latest uploads (admins see every one, used or not). */
export default async function AdminUploadsPage() {
  await requirePermission(canAdminister, "/admin/uploads");
  const t = await getTranslations("media.admin");
  const format = await getFormatter();
  const enabled = await uploadsEnabled();
  const rows = await recentUploads();
  return (
    <>
      <BoardAdminNav current="/admin/uploads" />
      <h1 className="mb-6 text-2xl font-bold">{t("title")}</h1>
      <section aria-labelledby="uploads-switch-heading" className="mb-8 space-y-2">
        <h2 id="uploads-switch-heading" className="text-xl font-bold">{t("switchHeading")}</h2>
        <p>{enabled ? t("on") : t("off")}</p>
        <form action={setUploads}>
          <input type="hidden" name="enabled" value={enabled ? "off" : "on"} />
          <button type="submit" className="rounded-md border border-stone-300 px-3 py-1 dark:border-stone-700">
            {enabled ? t("turnOff") : t("turnOn")}
          </button>
        </form>
      </section>
      <h2 className="mb-2 text-xl font-bold">{t("recent")}</h2>
      {rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <table className="w-full text-left text-sm">
          <thead>
            <tr>
              <th scope="col">{t("image")}</th>
              <th scope="col">{t("who")}</th>
              <th scope="col">{t("name")}</th>
              <th scope="col">{t("size")}</th>
              <th scope="col">{t("when")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-t border-stone-200 dark:border-stone-800">
                <td className="py-1">
                  <a href={mediaHref(displayName(row.hash))}>
                    {/* eslint-disable-next-line @next/next/no-img-element -- a stored thumbnail, already small */}
                    <img src={mediaHref(thumbName(row.hash))} alt={row.originalName} className="h-12 w-12 object-cover" loading="lazy" />
                  </a>
                </td>
                <td><Link href={profileHref(row.username)}>{row.username}</Link></td>
                <td className="break-all">{row.originalName}</td>
                <td>{t("sizeValue", { width: row.width, height: row.height, kilobytes: Math.round(row.bytes / KB), sentKilobytes: Math.round(row.originalBytes / KB) })}</td>
                <td>{format.dateTime(row.createdAt, { dateStyle: "medium", timeStyle: "short" })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
