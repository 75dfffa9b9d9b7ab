import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RoleForm } from "@/components/admin/role-form";
import { DateTime } from "@/components/format/date-time";
import { Pagination } from "@/components/layout/pagination";
import { listUsers, USERS_PAGE_SIZE } from "@/lib/accounts/members";
import { requirePermission } from "@/lib/auth/session";
import { pageCount, parsePage } from "@/lib/pagination";
import { canChangeRole, canAdminister } from "@/lib/permissions";
import { profileHref } from "@/lib/routes";
import { memberName } from "@/lib/accounts/deleted-members";

type Props = { searchParams: Promise<{ page?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("usersTitle"), robots: { index: false } };
}

export default async function AdminUsersPage({ searchParams }: Props) {
  const admin = await requirePermission(canAdminister, "/admin/users");
  const page = parsePage((await searchParams).page);
  if (page === null) notFound();
  const { users, total } = await listUsers(page);
  const last = pageCount(total, USERS_PAGE_SIZE);
  if (page > last) notFound();
  const t = await getTranslations("admin");
  const td = await getTranslations("accountDeletion");
  const tp = await getTranslations("profile");
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold">{t("usersTitle")}</h1>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("usersTitle")}</caption>
          <thead className="border-b border-stone-300 dark:border-stone-700">
            <tr>
              <th scope="col" className="py-2 pr-3">{t("user")}</th>
              <th scope="col" className="py-2 pr-3">{t("joined")}</th>
              <th scope="col" className="py-2 pr-3">{t("status")}</th>
              <th scope="col" className="py-2">{t("role")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-200 dark:divide-stone-800">
            {users.map((user) => (
              <tr key={user.id}>
                <td className="py-2 pr-3">
                  <Link href={profileHref(user.username)}>{memberName(user, td("deletedMember"))}</Link>
                  <span className="block text-stone-500 dark:text-stone-400">@{user.username}</span>
                </td>
                <td className="py-2 pr-3"><DateTime value={user.createdAt} /></td>
                <td className="py-2 pr-3">{tp(`status.${user.status}`)}</td>
                <td className="py-2">
                  <RoleForm userId={user.id} username={user.username} role={user.role} disabled={!canChangeRole(admin, user)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination current={page} last={last} hrefFor={(n) => `/admin/users?page=${n}`} />
    </>
  );
}
