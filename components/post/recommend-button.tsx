import { toggleRecommend } from "@/app/b/[board]/[postId]/actions";
import { LIKE_COUNT_CLASS, likeCountText, type Translate } from "@/lib/comment-html";

type Props = {
  target: "post" | "comment";
  id: number;
  postId: number;
  board: string;
  count: number;
  liked: boolean;
  canLike: boolean;
  /** The "post" messages, looked up once by the page rather than once per comment. */
  t: Translate;
};

/** The recommendation count, and for other members a button that recommends or takes it back. */
export function RecommendButton({ target, id, postId, board, count, liked, canLike, t }: Props) {
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
        className="recommend-button"
      >
        <span aria-hidden="true">♥</span> {t("recommend")} · {label}
      </button>
    </form>
  );
}
