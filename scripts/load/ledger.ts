// What the server acknowledged: each post and comment with its content, and each recommendation's expected state.

/**
 * The content a write was acknowledged with, and any later edits sent without an answer (the server was killed
 * mid-request): the stored content must be the acknowledged one or one of those.
 */
export type Versions<T> = { confirmed: T; unanswered: T[] };

export type PostContent = { title: string; body: string };
export type AckedPost = { id: number; board: string; author: number; content: Versions<PostContent> };
export type AckedComment = { id: number; postId: number; board: string; author: number; content: Versions<string> };
export type LikeTarget = "post" | "comment";
/** `liked` is the state after the last acknowledged toggle; a toggle left unanswered makes the state unknowable. */
export type LikeState = { target: LikeTarget; id: number; member: number; liked: boolean };

export class Ledger {
  readonly posts = new Map<number, AckedPost>();
  readonly comments = new Map<number, AckedComment>();
  readonly likes = new Map<string, LikeState>();
  /** Recommendations whose state is unknown: never checked, never toggled again. */
  readonly unknownLikes = new Set<string>();
  /** `${postId} ${viewer}` for every thread page served: the app counts one view per viewer per post. */
  readonly views = new Set<string>();
  /** Posts, comments and recommendations with a request in flight: one request at a time each keeps the order known. */
  private readonly busy = new Set<string>();

  static memberViewer = (member: number) => `member:${member}`;

  /**
   * A thread served to a viewer. An acknowledged write counts too: Next.js renders an action's redirect by
   * requesting the target page from the server itself, with the writer's cookie, and after a comment's landing the
   * load fetches the page as the writer's browser does (scripts/load/writes.ts); the app counts either as the view.
   */
  viewed(postId: number, viewer: string): void {
    this.views.add(`${postId} ${viewer}`);
  }

  static likeKey = (target: LikeTarget, id: number, member: number) => `${target}:${id}:${member}`;

  /** Claims a key for one request; false when another request holds it. */
  claim(key: string): boolean {
    if (this.busy.has(key)) return false;
    this.busy.add(key);
    return true;
  }

  release(key: string): void {
    this.busy.delete(key);
  }

  addPost(post: Omit<AckedPost, "content">, content: PostContent): void {
    this.posts.set(post.id, { ...post, content: { confirmed: content, unanswered: [] } });
  }

  addComment(comment: Omit<AckedComment, "content">, body: string): void {
    this.comments.set(comment.id, { ...comment, content: { confirmed: body, unanswered: [] } });
  }

  /** Records an edit's outcome: acknowledged, or sent without an answer. */
  static edited<T>(versions: Versions<T>, content: T, acknowledged: boolean): void {
    if (acknowledged) Object.assign(versions, { confirmed: content, unanswered: [] });
    else versions.unanswered.push(content);
  }

  toggled(target: LikeTarget, id: number, member: number, acknowledged: boolean): void {
    const key = Ledger.likeKey(target, id, member);
    if (!acknowledged) {
      this.likes.delete(key);
      this.unknownLikes.add(key);
      return;
    }
    const state = this.likes.get(key);
    this.likes.set(key, { target, id, member, liked: !(state?.liked ?? false) });
  }
}
