import { getTranslations } from "next-intl/server";
import { toggleRecommend } from "@/app/b/[board]/[postId]/actions";
import { LIKE_COUNT_CLASS, likeCountText } from "@/lib/comment-html";

type Props = { target: "post" | "comment"; id: number; postId: number; board: string; count: number; liked: boolean; canLike: boolean };

/** The recommendation count, and for other members a button that recommends or takes it back. */
export async function RecommendButton({ target, id, postId, board, count, liked, canLike }: Props) {
  const t = await getTranslations("post");
  const label = t("likes", { count });
  if (!canLike) return <span className={LIKE_COUNT_CLASS}>{likeCountText(count, t)}</span>;
  return (
    <form action={toggleRecommend} className="inline">
      <input type="hidden" name="target" value={target} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="postId" value={postId} />
      <input type="hidden" name="board" value={board} />
      <button
        type="submit"
        aria-pressed={liked}
        className="rounded-full border border-stone-300 px-3 py-1 text-sm hover:bg-stone-100 aria-pressed:border-rose-300 aria-pressed:bg-rose-50 aria-pressed:text-rose-800 dark:border-stone-700 dark:hover:bg-stone-800 dark:aria-pressed:bg-rose-950 dark:aria-pressed:text-rose-200"
      >
        <span aria-hidden="true">♥</span> {t("recommend")} · {label}
      </button>
    </form>
  );
}
