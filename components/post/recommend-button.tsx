import { getFormatter } from "next-intl/server";
import { toggleRecommend } from "@/app/b/[board]/[postId]/actions";
import { LIKE_COUNT_CLASS, likeCountText, type Translate } from "@/components/comment/comment-html";
import { LIKE_FIELD, likeValue } from "@/lib/content/likes";

/**
 * One form serves every recommend button of a thread: each button names it with `form=` and sends what it
 * recommends as its own name and value (lib/content/likes.ts). A hundred comments then cost a hundred buttons, not a
 * hundred forms with their hidden fields, and it works the same without JavaScript.
 */
export const RECOMMEND_FORM_ID = "recommend-form";

/** The shared form; rendered once per thread page, for members who may recommend. */
export function RecommendForm({ board, postId }: { board: string; postId: number }) {
  return (
    <form id={RECOMMEND_FORM_ID} action={toggleRecommend} hidden>
      <input type="hidden" name="board" value={board} />
      <input type="hidden" name="postId" value={postId} />
    </form>
  );
}

type Props = {
  target: "post" | "comment";
  id: number;
  count: number;
  liked: boolean;
  canLike: boolean;
  /** The "post" messages, looked up once by the page rather than once per comment. */
  t: Translate;
};

/** The recommendation count, and for other members a button that recommends or takes it back: "Recommend · 3". */
export async function RecommendButton({ target, id, count, liked, canLike, t }: Props) {
  if (!canLike) return <span className={LIKE_COUNT_CLASS}>{likeCountText(count, t)}</span>;
  const format = await getFormatter();
  return (
    <button type="submit" form={RECOMMEND_FORM_ID} name={LIKE_FIELD} value={likeValue(target, id)} aria-pressed={liked} className="recommend-button">
      <span aria-hidden="true">♥</span> {t("recommend")} · {format.number(count)}
    </button>
  );
}
