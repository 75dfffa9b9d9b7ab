// A thread's structured data for search engines: one JSON-LD script, safe to place anywhere in the page.
import type { ThreadComment } from "@/lib/content/comments";
import type { PostDetail } from "@/lib/content/posts";
import { siteOrigin } from "@/lib/platform/site-url";
import { discussionForumPosting, serializeJsonLd } from "@/lib/syndication/structured-data";

/** The post and the visible comments of one comment page as schema.org DiscussionForumPosting; URLs are absolute, as Google requires. */
export function PostJsonLd({ post, comments, page }: { post: PostDetail; comments: ThreadComment[]; page: number }) {
  const origin = siteOrigin();
  const json = serializeJsonLd(discussionForumPosting(post, comments, origin, page));
  // serializeJsonLd escapes every "<", so user text cannot close this element.
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
