// Which requests the visitor page cache may answer, and that nothing but the page's own inputs reaches the key.
import { describe, expect, it } from "vitest";
import { cacheableRequest } from "@/lib/platform/page-cache/routes";

const visitor = (headers: Record<string, string> = {}) => ({ "accept-language": "en-US,en;q=0.9", ...headers });

describe("cacheableRequest", () => {
  it.each([
    ["/", ["lists"]],
    ["/b/free", ["board:free"]],
    ["/b/free?page=3", ["board:free"]],
    ["/b/free?sort=views&page=2", ["board:free"]],
    ["/b/free/34", ["thread:34", "board:free"]],
    ["/b/free/34?cpage=2", ["thread:34", "board:free"]],
    ["/b/free/feed.xml", ["board:free"]],
    ["/u/sora", ["lists"]],
    ["/mod/log?page=2", ["lists"]],
    ["/latest?page=2", ["lists"]],
    ["/feed.xml", ["lists"]],
    ["/sitemap.xml", ["lists"]],
    ["/sitemaps/1", ["lists"]],
    ["/robots.txt", ["lists"]],
    ["/terms", ["lists"]],
    ["/privacy", ["lists"]],
  ])("caches %s for visitors, tagged %j", (url, tags) => {
    expect(cacheableRequest("GET", url, visitor())?.tags).toEqual(tags);
  });

  it.each(["/search?q=a", "/login", "/register", "/settings", "/notifications", "/mod/queue", "/admin/boards", "/b/free/write", "/b/free/34/edit", "/api/health", "/setup/abc"])(
    "never caches %s",
    (url) => {
      expect(cacheableRequest("GET", url, visitor())).toBeNull();
    },
  );

  it("passes by writes and readers with a session, chunked or secure", () => {
    expect(cacheableRequest("POST", "/b/free/34", visitor())).toBeNull();
    expect(cacheableRequest("GET", "/b/free/34", visitor({ cookie: "authjs.session-token=abc" }))).toBeNull();
    expect(cacheableRequest("GET", "/b/free/34", visitor({ cookie: "a=b; __Secure-authjs.session-token=abc" }))).toBeNull();
    expect(cacheableRequest("GET", "/b/free/34", visitor({ cookie: "authjs.session-token.0=abc" }))).toBeNull();
    // Other cookies (the language choice, Auth.js's CSRF cookie) leave a visitor a visitor.
    expect(cacheableRequest("GET", "/b/free/34", visitor({ cookie: "authjs.csrf-token=x; rapport-locale=ko" }))).not.toBeNull();
    expect(cacheableRequest("HEAD", "/b/free/34", visitor())).not.toBeNull();
  });

  it("keys by the visitor's chosen theme, and by nothing else a theme cookie could say", () => {
    const plain = cacheableRequest("GET", "/b/free/34", visitor())!;
    const dark = cacheableRequest("GET", "/b/free/34", visitor({ cookie: "rapport-theme=dark" }))!;
    const light = cacheableRequest("GET", "/b/free/34", visitor({ cookie: "a=b; rapport-theme=light" }))!;
    expect(new Set([plain.key, dark.key, light.key]).size).toBe(3);
    expect([plain.theme, dark.theme, light.theme]).toEqual([null, "dark", "light"]);
    // "system", junk and a cookie merely ending in the name all mean the device decides: the plain page.
    for (const cookie of ["rapport-theme=system", "rapport-theme=%3Cscript", "rapport-theme=", "x-rapport-theme=dark"]) {
      const request = cacheableRequest("GET", "/b/free/34", visitor({ cookie }))!;
      expect(request.key, cookie).toBe(plain.key);
      expect(request.theme, cookie).toBeNull();
    }
    // The language stays in the key beside it.
    expect(cacheableRequest("GET", "/b/free/34", visitor({ cookie: "rapport-theme=dark; rapport-locale=ko" }))!.key).not.toBe(dark.key);
  });

  it("keys by the parameters a page reads and drops every other one", () => {
    const plain = cacheableRequest("GET", "/b/free/34", visitor())!;
    expect(cacheableRequest("GET", "/b/free/34?utm_source=x&reply=5&fbclid=y", visitor())!.key).toBe(plain.key);
    expect(cacheableRequest("GET", "/b/free/34?cpage=2", visitor())!.key).not.toBe(plain.key);
    expect(cacheableRequest("GET", "/b/free?page=2&cpage=9", visitor())!.renderPath).toBe("/b/free?page=2");
    expect(cacheableRequest("GET", "/b/free?hl=ko&page=2", visitor())!.renderPath).toBe("/b/free?hl=ko&page=2");
  });

  it("leaves values a page does not accept to Next.js rather than storing a page per value", () => {
    for (const url of ["/b/free?page=abc", "/b/free?page=0", "/b/free?page=1&page=2", "/b/free?page=99999999", "/b/free/34?cpage=-1", "/b/free?hl=fr", "/u/sora?tab=%3Cscript", "/b/free?sort=random", "/b/free?sort=views&sort=latest"]) {
      expect(cacheableRequest("GET", url, visitor()), url).toBeNull();
    }
  });

  it("never lets Host or X-Forwarded-* reach the key", () => {
    const plain = cacheableRequest("GET", "/feed.xml", visitor())!;
    const forged = cacheableRequest("GET", "/feed.xml", visitor({ host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" }))!;
    expect(forged.key).toBe(plain.key);
    expect(forged.renderPath).toBe("/feed.xml");
  });

  it("keys by the language the reader gets: ?hl=, then the remembered choice, then Accept-Language", () => {
    expect(cacheableRequest("GET", "/", visitor())!.locale).toBe("en");
    expect(cacheableRequest("GET", "/", visitor({ "accept-language": "ko-KR,ko;q=0.9" }))!.locale).toBe("ko");
    expect(cacheableRequest("GET", "/", visitor({ cookie: "rapport-locale=ko" }))!.locale).toBe("ko");
    expect(cacheableRequest("GET", "/?hl=en", visitor({ cookie: "rapport-locale=ko" }))!.locale).toBe("en");
    const en = cacheableRequest("GET", "/", visitor())!.key;
    const ko = cacheableRequest("GET", "/", visitor({ "accept-language": "ko" }))!.key;
    expect(en).not.toBe(ko);
  });

  it("decodes and lower-cases a board slug for its tag, and leaves malformed escapes to Next.js", () => {
    expect(cacheableRequest("GET", "/b/FREE", visitor())!.tags).toEqual(["board:free"]);
    expect(cacheableRequest("GET", "/b/%66ree", visitor())!.tags).toEqual(["board:free"]);
    expect(cacheableRequest("GET", "/b/%E0%A4%A", visitor())).toBeNull();
    expect(cacheableRequest("GET", "/u/%ff", visitor())).toBeNull();
  });

  it("keeps the router's requests apart from page loads, and apart from each other", () => {
    const page = cacheableRequest("GET", "/b/free/34", visitor())!;
    const prefetch = cacheableRequest("GET", "/b/free/34?_rsc=abc", visitor({ rsc: "1", "next-router-prefetch": "1" }))!;
    const navigation = cacheableRequest("GET", "/b/free/34?_rsc=def", visitor({ rsc: "1", "next-router-state-tree": "%5B%5D" }))!;
    expect(new Set([page.key, prefetch.key, navigation.key]).size).toBe(3);
    expect(prefetch.renderPath).toBe("/b/free/34?_rsc=abc");
    expect(prefetch.routerHeaders).toEqual({ rsc: "1", "next-router-prefetch": "1" });
    // Without the RSC header, _rsc means nothing and is dropped like any other parameter.
    expect(cacheableRequest("GET", "/b/free/34?_rsc=abc", visitor())!.key).toBe(page.key);
  });
});
