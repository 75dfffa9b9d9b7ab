// How long what members and admins type may be. A module with no imports, because the forms in the browser show
// these limits too (maxLength, hints): importing them from lib/validation would ship zod to every page. The
// validation schemas in lib/validation enforce the same numbers on the server.

export const POST_TITLE_MAX = 200;
export const POST_BODY_MAX = 50_000;
export const COMMENT_BODY_MAX = 10_000;

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;
export const DISPLAY_NAME_MAX = 40;
export const EMAIL_MAX = 254;

export const BOARD_SLUG_MIN = 2;
export const BOARD_SLUG_MAX = 30;
export const BOARD_NAME_MAX = 40;
export const BOARD_DESCRIPTION_MAX = 300;
export const BOARD_POSTING_ROLES = ["member", "moderator"] as const;
export const BANNED_WORD_MAX = 50;

/** A member's bio on their profile page and the signature under their posts, in Markdown (gnuboard's 서명). */
export const BIO_MAX = 1_000;
export const SIGNATURE_MAX = 300;

/** The site's name in the header, its logo's address, and the terms and privacy pages' Markdown (/admin/site). */
export const SITE_NAME_MAX = 40;
export const SITE_LOGO_URL_MAX = 500;
export const SITE_PAGE_BODY_MAX = 50_000;

/** The largest image file a member may upload (lib/media/); the upload box checks it before sending. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/** The image types the upload box offers; the server trusts only the bytes (lib/media/image.ts). */
export const UPLOAD_ACCEPT = "image/jpeg,image/png,image/webp,image/gif";
