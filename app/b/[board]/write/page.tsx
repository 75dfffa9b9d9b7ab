import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";
import { Breadcrumb } from "@/components/layout/breadcrumb";
import { PostEditor } from "@/components/post/post-editor";
import { requireSignedIn } from "@/lib/auth/session";
import { SanctionNotice } from "@/components/notices/sanction-notice";
import { getBoard } from "@/lib/content/boards";
import { boardNamesIn } from "@/lib/content/board-names";
import { VerifyEmailNotice } from "@/components/auth/verify-email-notice";
import { emailVerificationRequired } from "@/lib/accounts/email-verification";
import { canPostInBoard, canStartThreads } from "@/lib/permissions";
import { boardHref } from "@/lib/routes";
import { publishPost } from "./actions";

type Props = { params: Promise<{ board: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("write");
  return { title: t("newPost"), robots: { index: false } };
}

export default async function WritePage({ params }: Props) {
  const slug = decodeURIComponent((await params).board);
  const board = await getBoard(slug);
  if (!board) notFound();
  const user = await requireSignedIn(`/b/${board.slug}/write`);
  const t = await getTranslations("write");
  const { name } = (await boardNamesIn(await getLocale()))(board);
  if (user.status !== "active") {
    return (
      <>
        <Breadcrumb items={[{ label: name, href: boardHref(board.slug) }, { label: t("newPost") }]} />
        <h1 className="mb-6 text-2xl font-bold">{t("newPostIn", { board: name })}</h1>
        <SanctionNotice userId={user.id} />
      </>
    );
  }
  if (!canPostInBoard(user, board)) forbidden();
  return (
    <>
      <Breadcrumb items={[{ label: name, href: boardHref(board.slug) }, { label: t("newPost") }]} />
      <h1 className="mb-6 text-2xl font-bold">{t("newPostIn", { board: name })}</h1>
      {canStartThreads(user, await emailVerificationRequired()) ? (
        <PostEditor action={publishPost} hidden={{ board: board.slug, submissionKey: crypto.randomUUID() }} submitLabel={t("publish")} />
      ) : (
        <VerifyEmailNotice email={user.email ?? ""} />
      )}
    </>
  );
}
