// A thread's structured data for search engines: one JSON-LD script, safe to place anywhere in the page.
import type { ThreadComment } from "@/lib/comments";
import type { PostDetail } from "@/lib/posts";
import { siteOrigin } from "@/lib/site-url";
import { discussionForumPosting, serializeJsonLd } from "@/lib/structured-data";

/** The post and its visible comments as schema.org DiscussionForumPosting; URLs are absolute, as Google requires. */
export async function PostJsonLd({ post, comments }: { post: PostDetail; comments: ThreadComment[] }) {
  const origin = siteOrigin();
  const json = serializeJsonLd(discussionForumPosting(post, comments, origin));
  // serializeJsonLd escapes every "<", so user text cannot close this element.
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
