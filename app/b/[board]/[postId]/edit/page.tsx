import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumb } from "@/components/layout/breadcrumb";
import { DeletePostForm } from "@/components/post/delete-post-form";
import { PostEditor } from "@/components/post/post-editor";
import { requireSignedIn } from "@/lib/auth/session";
import { SanctionNotice } from "@/components/notices/sanction-notice";
import { canEditPost } from "@/lib/permissions";
import { findPostForWriting } from "@/lib/content/posting";
import { postHref } from "@/lib/routes";
import { savePost } from "./actions";
import { addressId } from "@/lib/validation/ids";

type Props = { params: Promise<{ board: string; postId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("write");
  return { title: t("editPost"), robots: { index: false } };
}

export default async function EditPostPage({ params }: Props) {
  const { board, postId } = await params;
  const postNumber = addressId(postId);
  const post = postNumber ? await findPostForWriting(postNumber) : null;
  if (!post || post.boardSlug !== decodeURIComponent(board)) notFound();
  const user = await requireSignedIn(`${postHref(post.boardSlug, post.id)}/edit`);
  const t = await getTranslations("write");
  if (user.status !== "active" && user.id === post.authorId) {
    return (
      <>
        <Breadcrumb items={[{ label: post.title, href: postHref(post.boardSlug, post.id) }, { label: t("editPost") }]} />
        <h1 className="mb-6 text-2xl font-bold">{t("editPost")}</h1>
        <SanctionNotice userId={user.id} />
      </>
    );
  }
  if (!canEditPost(user, post)) forbidden();
  return (
    <>
      <Breadcrumb items={[{ label: post.title, href: postHref(post.boardSlug, post.id) }, { label: t("editPost") }]} />
      <h1 className="mb-6 text-2xl font-bold">{t("editPost")}</h1>
      <PostEditor
        action={savePost}
        hidden={{ board: post.boardSlug, postId: String(post.id) }}
        initial={{ title: post.title, body: post.bodySource }}
        submitLabel={t("saveChanges")}
      />
      <section aria-labelledby="delete-heading" className="mt-10">
        <h2 id="delete-heading" className="mb-3 text-lg font-semibold">
          {t("deletePost")}
        </h2>
        <DeletePostForm postId={post.id} />
      </section>
    </>
  );
}
