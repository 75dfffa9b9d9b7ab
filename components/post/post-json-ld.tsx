// A thread's structured data for search engines: one JSON-LD script, safe to place anywhere in the page, sent in the
// HTML only (components/seo/structured-data-script.tsx): in React's payload as well, it was a second copy of every
// comment's text, 20 KB or more on a page of 100 comments.
import type { ThreadComment } from "@/lib/content/comments";
import type { PostDetail } from "@/lib/content/posts";
import { handOver } from "@/lib/platform/render-handoff";
import { siteOrigin } from "@/lib/platform/site-url";
import { StructuredDataScript } from "@/components/seo/structured-data-script";
import { discussionForumPosting, serializeJsonLd } from "@/lib/syndication/structured-data";

/** The post and the visible comments of one comment page as schema.org DiscussionForumPosting; URLs are absolute, as Google requires. */
export function PostJsonLd({ post, comments, page }: { post: PostDetail; comments: ThreadComment[]; page: number }) {
  const origin = siteOrigin();
  const json = serializeJsonLd(discussionForumPosting(post, comments, origin, page));
  // serializeJsonLd escapes every "<", so user text cannot close the script element.
  return <StructuredDataScript handoff={handOver(json)} />;
}
