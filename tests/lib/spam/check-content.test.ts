import { describe, expect, it } from "vitest";
import { checkContent, NEW_ACCOUNT_LINK_AGE_MS, type BannedWord, type ContentCheckInput, type SpamVerdict } from "@/lib/spam";

const NOW = Date.parse("2025-10-25T23:15:00Z");
const OLD_ACCOUNT = new Date("2023-03-01T00:00:00Z");
const NEW_ACCOUNT = new Date(NOW - 60 * 60 * 1000);
const BANNED: BannedWord[] = [
  { word: "viagra", mode: "block" },
  { word: "카지노", mode: "block" },
  { word: "ass", mode: "block" },
  { word: "rapist", mode: "block" },
  { word: "crypto giveaway", mode: "review" },
  { word: "바카라", mode: "review" },
];

type Case = Partial<ContentCheckInput> & { body: string };
const check = (input: Case) =>
  checkContent({ authorCreatedAt: OLD_ACCOUNT, now: NOW, bannedWords: BANNED, recentTexts: [], ...input });

const THERAPY = [
  "Trust between a therapist and the people they help grows slowly. It starts with listening closely,",
  "keeping appointments on time, and being clear about limits. When clients feel their view matters,",
].join(" ");
const LONG_KOREAN = [
  "지난 주말에 처음으로 혼자 지리산 종주를 다녀왔습니다. 첫날은 성삼재에서 출발해서 연하천 대피소까지 걸었는데,",
  "생각보다 오르막이 길어서 꽤 힘들었어요. 대피소 예약은 한 달 전에 해 두었고, 물은 중간중간 샘터에서 보충했습니다.",
  "",
  "둘째 날에는 새벽 네 시에 일어나 천왕봉 일출을 보러 갔습니다. 바람이 많이 불어서 손이 얼 것 같았지만",
  "구름 사이로 해가 떠오르는 모습을 보니 모든 피로가 사라지는 느낌이었어요. 다음에는 가을 단풍철에 다시 가 보려고 합니다.",
  "혹시 처음 가시는 분들은 무릎 보호대와 여벌 양말을 꼭 챙기시길 추천드립니다.",
].join("\n");
const REPEATED = "Join our study group every Sunday at 8pm, link in my profile!";

// Honest writing: none of these may be held or refused.
const honest: [string, Case][] = [
  ["an English post about therapy (it says therapist)", { title: "Why rapport matters", body: THERAPY }],
  ["Korean naming English products", { body: "요즘 MacBook Air에 Notion이랑 Obsidian 같이 쓰는데, 메모는 Obsidian이 훨씬 가볍네요." }],
  ["English quoting one Korean word", { body: "In Korean we call it 정, a warm attachment that grows between people over years." }],
  ["English with a two-syllable Korean word", { body: "My coworker says I have no 눈치, which roughly means I can't read the room." }],
  ["a Japanese learner quoting one Japanese word", { body: 'My favourite word so far is "木漏れ日" (komorebi): sunlight filtering through the leaves.' }],
  ["Japanese strings inside a code block", { body: 'Localising the app:\n\n```js\nconst greeting = "こんにちは世界";\nthrow new Error("エラーが発生しました 再試行してください");\n```\n\nThat fixed it.' }],
  ["Chinese inside inline code", { body: "Set the label to `设置 用户 名称` and the locale to `zh-CN`, then rebuild the page." }],
  ["a URL with a Cyrillic path", { body: "러시아어 위키 문서를 참고했어요: https://ru.wikipedia.org/wiki/Сеул 서울 역사 부분이 자세합니다." }],
  ["emoji with ZWJ sequences", { body: "Family trip photos are up 👨‍👩‍👧 and the 🏳️‍🌈 parade was lovely. Back to work now 👩🏽‍💻" }],
  ["Hanja in parentheses", { body: "학교(學校)에서 배운 한자는 생각보다 오래 기억에 남습니다. 특히 국어(國語) 시간에 배운 것들이요." }],
  ["a headline with single Hanja", { body: "韓·美 정상회담 결과 정리해 봤습니다. 中 반응도 같이 보시죠." }],
  ["a recipe with numbers and units", { body: "Pancakes: 200 g flour, 2 eggs, 300 ml milk, 1 tsp baking powder. Cook at 180 °C for 2–3 min a side; add ½ cup blueberries." }],
  ["math with Greek letters", { body: "If θ = 30° then sin θ = ½, and ∑ xᵢ ≤ π·r² holds as Δx → 0. 😀" }],
  ["a long Korean post", { title: "지리산 종주 후기", body: LONG_KOREAN }],
  ["a bilingual English and Korean post", { body: `${THERAPY}\n\n${LONG_KOREAN}` }],
  ["a bilingual English and Japanese post", { body: `${THERAPY}\n\n日本語訳：セラピストと相談者の信頼関係はゆっくりと育ちます。よく聞くこと、時間を守ること、約束をはっきりさせることから始まります。` }],
  ["a whole Japanese post (for moderators to judge, not spam)", { body: "週末に京都へ行きました。紅葉がとてもきれいで、写真をたくさん撮りました。おすすめのお店があれば教えてください。" }],
  ["an Arabic name with bidi isolates", { body: "Our member from Cairo, \u2067مريم\u2069, wrote the guide on page 3." }],
  ["a Persian word with its ZWNJ, quoted", { body: 'The Persian "می\u200Cخواهم" simply means "I want".' }],
  ["an old account posting five links", { body: "Sources: https://a.example, https://b.example, [c](https://c.example), <https://d.example>, www.e.example" }],
  ["a new account with two links", { authorCreatedAt: NEW_ACCOUNT, body: "I'm new! My blog is https://me.example and my [code](https://git.example/me)." }],
  ["a new account linking forum threads", { authorCreatedAt: NEW_ACCOUNT, body: "See [one](/b/general/1), [two](/b/general/2), [three](/b/general/3) and [above](#intro)." }],
  ["CSS that hides a menu, inside a code block", { body: 'How do I animate this?\n\n```html\n<div style="display:none" hidden>menu</div>\n```' }],
  ["short words containing a banned one", { body: "The class assistant read a passage about brass bands, as usual." }],
  ["a short reply already posted many times", { body: "Thanks, +1!", recentTexts: ["thanks, +1!", "Thanks, +1!", "THANKS +1"] }],
  ["a long text posted once before", { body: REPEATED, recentTexts: [REPEATED] }],
  ["Korean quoting one Japanese word", { body: "일본 여행 중에 제일 많이 쓴 말은 'すみません'이었어요. 다들 친절했습니다." }],
  ["English quoting a Korean sentence", { body: 'My grandmother always asked "밥 먹었어?" before anything else, even on the phone.' }],
  ["Korean laughter, jamo and emoji", { body: "ㅋㅋㅋ 진짜 웃기네요 😂 저도 어제 똑같은 실수 했어요 ㅎㅎ" }],
  ["a Korean developer post with Russian in code", { title: "Next.js 16 App Router 마이그레이션 후기", body: "라이브러리 주석이 러시아어라 당황했어요:\n\n```ts\n// Загрузка данных с сервера\nconst data = await fetch(url);\n```\n\n`revalidateTag` 대신 `updateTag`를 쓰면 됩니다." }],
  ["accented Latin and German", { body: "A naïve café owner in Straße 5 served crème brûlée. Très bien!" }],
];

const spam: [string, Case, SpamVerdict][] = [
  [
    "the reference page's injected Japanese",
    { body: `${THERAPY} They are actively participate in between-session work, 宮崎 エステ attend sessions regularly, and engage honestly in discussions.` },
    { action: "hold", reasons: ["foreign-script"] },
  ],
  ["a short English comment with Japanese keywords", { body: "Great article, thank you! 宮崎エステ" }, { action: "hold", reasons: ["foreign-script"] }],
  ["Chinese inside Korean", { body: "이번 업데이트 정리 감사합니다. 澳门威尼斯人 在线注册 다음 글도 기대할게요." }, { action: "hold", reasons: ["foreign-script"] }],
  ["Cyrillic inside Korean", { body: "정말 유용한 정보네요. Быстрые займы онлайн 지금 바로 신청하세요." }, { action: "hold", reasons: ["foreign-script"] }],
  ["Thai inside English", { body: "Great packing list for the trip, สล็อตออนไลน์ เว็บตรง thanks for sharing." }, { action: "hold", reasons: ["foreign-script"] }],
  ["Arabic inside English", { body: "Nice tips on hiking gear كازينو اون لاين العب الآن see you on the trail." }, { action: "hold", reasons: ["foreign-script"] }],
  ["Japanese in a title", { title: "Weekend plans 宮崎 エステ 予約", body: "Anyone going hiking this weekend? I know a good trail near the lake." }, { action: "hold", reasons: ["foreign-script"] }],
  ["a zero-width space splitting a word", { body: "Get cheap me\u200Bds online without a prescription." }, { action: "hold", reasons: ["invisible-characters"] }],
  ["a ZWJ inside a Latin word", { body: "Best lo\u200Dans in town, apply today." }, { action: "hold", reasons: ["invisible-characters"] }],
  ["a soft hyphen inside a word", { body: "Try the new ca\u00ADsino bonus tonight." }, { action: "hold", reasons: ["invisible-characters"] }],
  ["a bidi override", { body: "Download the invoice: \u202Efdp.exe" }, { action: "hold", reasons: ["invisible-characters"] }],
  ["bidi isolates in a text with no right-to-left script", { body: "Totally normal \u2066words\u2069 here." }, { action: "hold", reasons: ["invisible-characters"] }],
  ["a word joiner", { body: "cheap\u2060pills here" }, { action: "hold", reasons: ["invisible-characters"] }],
  ["display:none HTML", { body: 'Nice post!\n\n<div style="display: none">cheap pills best price</div>' }, { action: "hold", reasons: ["hidden-html"] }],
  ["zero font size", { body: 'Agreed. <span style="font-size:0px">buy followers</span>' }, { action: "hold", reasons: ["hidden-html"] }],
  ["the hidden attribute", { body: "Thanks!\n<div hidden>payday loans</div>" }, { action: "hold", reasons: ["hidden-html"] }],
  ["text pushed off-screen", { body: "<p style='position:absolute;left:-9999px'>spam words</p>Good read." }, { action: "hold", reasons: ["hidden-html"] }],
  ["a link flood from a new account", { authorCreatedAt: NEW_ACCOUNT, body: "Deals: https://a.example https://b.example https://c.example" }, { action: "hold", reasons: ["too-many-links"] }],
  ["Markdown links from a new account", { authorCreatedAt: NEW_ACCOUNT, body: "[one](https://a.example) [two](https://b.example) [three](https://c.example)" }, { action: "hold", reasons: ["too-many-links"] }],
  ["raw anchors from a new account", { authorCreatedAt: NEW_ACCOUNT, body: '<a href="https://a.example">a</a> <a href="https://b.example">b</a> <a href="https://c.example">c</a>' }, { action: "hold", reasons: ["too-many-links"] }],
  ["hidden HTML and a link flood together", { authorCreatedAt: NEW_ACCOUNT, body: '<span style="opacity:0">x</span> www.a.example www.b.example www.c.example' }, { action: "hold", reasons: ["hidden-html", "too-many-links"] }],
  ["a blocked word spaced out", { body: "Buy v i a g r a here" }, { action: "refuse", reason: "banned-word", word: "viagra" }],
  ["a blocked word dotted", { body: "Buy v.i.a.g.r.a here" }, { action: "refuse", reason: "banned-word", word: "viagra" }],
  ["a blocked word in full-width letters", { body: "Buy ｖｉａｇｒａ here" }, { action: "refuse", reason: "banned-word", word: "viagra" }],
  ["a blocked word split by a zero-width space", { body: "Buy vi\u200Bagra here" }, { action: "refuse", reason: "banned-word", word: "viagra" }],
  ["a short blocked word in full-width capitals", { body: "What an ＡＳＳ." }, { action: "refuse", reason: "banned-word", word: "ass" }],
  ["a Korean blocked word spaced out", { body: "오늘만 카 지 노 가입 이벤트" }, { action: "refuse", reason: "banned-word", word: "카지노" }],
  ["a Korean blocked word in a compound", { title: "온라인카지노 추천", body: "가입하고 보너스 받으세요" }, { action: "refuse", reason: "banned-word", word: "카지노" }],
  ["a review word", { body: "실시간 바카라 후기 공유합니다" }, { action: "hold", reasons: ["banned-word"] }],
  ["a review phrase hyphenated", { body: "Huge Crypto-Giveaway today only!" }, { action: "hold", reasons: ["banned-word"] }],
  ["the third copy within the hour", { body: REPEATED, recentTexts: [REPEATED, "another comment", REPEATED] }, { action: "refuse", reason: "repeated-text" }],
  ["a third copy with case and spacing changed", { body: "JOIN our study group every   Sunday at 8pm — link in my profile", recentTexts: [REPEATED, REPEATED] }, { action: "refuse", reason: "repeated-text" }],
];

describe("checkContent", () => {
  it("has a table of at least 40 cases, as much honest writing as spam", () => {
    expect(honest.length + spam.length).toBeGreaterThanOrEqual(40);
    expect(Math.abs(honest.length - spam.length)).toBeLessThanOrEqual(5);
  });

  it.each(honest)("publishes %s", (_name, input) => {
    expect(check(input)).toEqual({ action: "publish" });
  });

  it.each(spam)("catches %s", (_name, input, verdict) => {
    expect(check(input)).toEqual(verdict);
  });

  it("passes the same link flood from an account older than the link age", () => {
    const body = "Deals: https://a.example https://b.example https://c.example";
    expect(check({ body, authorCreatedAt: new Date(NOW - NEW_ACCOUNT_LINK_AGE_MS) })).toEqual({ action: "publish" });
    expect(check({ body, authorCreatedAt: new Date(NOW - NEW_ACCOUNT_LINK_AGE_MS + 1) }).action).toBe("hold");
  });

  it("refuses a blocked word before holding for anything else", () => {
    const body = '<div style="display:none">vi\u200Bagra</div> 宮崎 エステ 予約';
    expect(check({ body })).toEqual({ action: "refuse", reason: "banned-word", word: "viagra" });
  });

  it("publishes anything when no words are banned and nothing else is wrong", () => {
    expect(check({ body: "Buy viagra", bannedWords: [] })).toEqual({ action: "publish" });
  });
});
