// How upload files are named and addressed: /media/<hash>.webp and /media/<hash>-thumb.webp. No imports: the
// Markdown pipeline's worker and the browser's composer use it too.

export const MEDIA_PATH = "/media/";
const FILE = /^([0-9a-f]{32})(-thumb)?\.webp$/;
/** A /media/ address in a post's or comment's Markdown, relative or on this site. */
export const MEDIA_REFERENCE = /\/media\/([0-9a-f]{32})(?:-thumb)?\.webp/g;

export const displayName = (hash: string) => `${hash}.webp`;
export const thumbName = (hash: string) => `${hash}-thumb.webp`;
export const mediaHref = (name: string) => `${MEDIA_PATH}${name}`;

/** The upload a file name belongs to, or null for any other name. */
export function parseMediaName(name: string): { hash: string; thumb: boolean } | null {
  const match = FILE.exec(name);
  return match ? { hash: match[1]!, thumb: match[2] !== undefined } : null;
}

/** Whether an image source is one of this site's uploads, written as the composer writes it. */
export const isMediaSrc = (src: string): boolean => src.startsWith(MEDIA_PATH) && parseMediaName(src.slice(MEDIA_PATH.length)) !== null;

/** The uploads a body refers to, each once. */
export function mediaReferences(body: string): string[] {
  return [...new Set([...body.matchAll(MEDIA_REFERENCE)].map((match) => match[1]!))];
}
