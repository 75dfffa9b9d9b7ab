// An XSS corpus: each payload, if it ever ran, would call window.__xss(n). Built from the families that broke
// real forums: script tags, event handlers, javascript: and data: URLs, SVG and MathML, broken and nested tags,
// Markdown link and image tricks, and Unicode tricks.

const hook = (n: number) => `__xss(${n})`;

const handlerTags = [
  (h: string) => `<img src=x onerror=${h}>`,
  (h: string) => `<img src="x" onerror="${h}">`,
  (h: string) => `<svg onload=${h}>`,
  (h: string) => `<svg><script>${h}</script></svg>`,
  (h: string) => `<body onload=${h}>`,
  (h: string) => `<iframe srcdoc="<script>parent.${h}</script>">`,
  (h: string) => `<details open ontoggle=${h}>`,
  (h: string) => `<video src=x onerror=${h}></video>`,
  (h: string) => `<audio src=x onerror=${h}>`,
  (h: string) => `<input autofocus onfocus=${h}>`,
  (h: string) => `<marquee onstart=${h}>x</marquee>`,
  (h: string) => `<div onmouseover=${h}>hover</div>`,
  (h: string) => `<a href="#" onclick=${h}>click</a>`,
  (h: string) => `<form><button formaction=javascript:${h}>x</button></form>`,
  (h: string) => `<object data="javascript:${h}"></object>`,
  (h: string) => `<embed src="javascript:${h}">`,
  (h: string) => `<math><maction actiontype="statusline" xlink:href="javascript:${h}">x</maction></math>`,
  (h: string) => `<math href="javascript:${h}">x</math>`,
  (h: string) => `<svg><a xlink:href="javascript:${h}"><text x=0 y=20>x</text></a></svg>`,
  (h: string) => `<svg><animate onbegin=${h} attributeName=x dur=1s>`,
  (h: string) => `<svg><set attributeName=onmouseover to=${h}>`,
  (h: string) => `<style>@import 'javascript:${h}';</style>`,
  (h: string) => `<link rel=stylesheet href="javascript:${h}">`,
  (h: string) => `<meta http-equiv="refresh" content="0;url=javascript:${h}">`,
  (h: string) => `<base href="javascript:${h}//">`,
  (h: string) => `<table background="javascript:${h}">`,
  (h: string) => `<isindex action=javascript:${h} type=submit>`,
  (h: string) => `<keygen autofocus onfocus=${h}>`,
  (h: string) => `<select autofocus onfocus=${h}>`,
  (h: string) => `<textarea autofocus onfocus=${h}>`,
];

const brokenTags = [
  (h: string) => `<scr<script>ipt>${h}</scr</script>ipt>`,
  (h: string) => `<<script>${h};//<</script>`,
  (h: string) => `<img src=x onerror=${h}//`,
  (h: string) => `<img """><script>${h}</script>">`,
  (h: string) => `<IMG SRC=x OnErRoR=${h}>`,
  (h: string) => `<img/src=x/onerror=${h}>`,
  (h: string) => `<img src=x onerror\t=${h}>`,
  (h: string) => `<img src=x onerror\n=${h}>`,
  (h: string) => `<!--<img src="--><img src=x onerror=${h}//">`,
  (h: string) => `<noscript><p title="</noscript><img src=x onerror=${h}>">`,
  (h: string) => `<title><img src=x onerror=${h}></title>`,
  (h: string) => `<textarea><img src=x onerror=${h}></textarea>`,
  (h: string) => `<div><style><img src=x onerror=${h}></style></div>`,
  (h: string) => `<svg></p><style><a id="</style><img src=1 onerror=${h}>">`,
  (h: string) => `<math><mtext><table><mglyph><style><img src=x onerror=${h}>`,
  (h: string) => `"><script>${h}</script>`,
  (h: string) => `'><img src=x onerror=${h}>`,
  (h: string) => `</textarea><script>${h}</script>`,
  (h: string) => `</title><script>${h}</script>`,
  (h: string) => `<script src=data:,${h}></script>`,
];

const markdownTricks = [
  (h: string) => `[click](javascript:${h})`,
  (h: string) => `[click](JaVaScRiPt:${h})`,
  (h: string) => `[click](javascript&#58;${h})`,
  (h: string) => `[click](&#106;avascript:${h})`,
  (h: string) => `[click](  javascript:${h})`,
  (h: string) => `[click](java\tscript:${h})`,
  (h: string) => `[click](data:text/html;base64,PHNjcmlwdD5fX3hzcygxKTwvc2NyaXB0Pg==)`,
  (h: string) => `[click](vbscript:${h})`,
  (h: string) => `<javascript:${h}>`,
  (h: string) => `![img](javascript:${h})`,
  (h: string) => `![img](x" onerror="${h})`,
  (h: string) => `![img](https://x.example/a.png" onerror="${h})`,
  (h: string) => `[ref][1]\n\n[1]: javascript:${h}`,
  (h: string) => `[a](https://example.com "title\\" onmouseover=\\"${h})`,
  (h: string) => `[<img src=x onerror=${h}>](https://example.com)`,
  (h: string) => `**<img src=x onerror=${h}>**`,
  (h: string) => `\`<img src=x onerror=${h}>\``,
  (h: string) => `> <script>${h}</script>`,
  (h: string) => `| a |\n| - |\n| <img src=x onerror=${h}> |`,
  (h: string) => `- [ ] <svg onload=${h}>`,
];

const unicodeTricks = [
  (h: string) => `＜script＞${h}＜/script＞`,
  (h: string) => `[click](java\u200bscript:${h})`,
  (h: string) => `[click](\u202ejavascript:${h})`,
  (h: string) => `<img src=x onerror=\u0000${h}>`,
  (h: string) => `<scr\u0000ipt>${h}</script>`,
  (h: string) => `\u003cscript\u003e${h}\u003c/script\u003e`,
  (h: string) => `<img src=x on\u200berror=${h}>`,
  (h: string) => `<a href="jav&#x09;ascript:${h}">x</a>`,
  (h: string) => `<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;:${h}">x</a>`,
  (h: string) => `<a href="\u0001javascript:${h}">x</a>`,
];

/** At least 150 payloads, each calling its own number. */
export function xssPayloads(): string[] {
  const families = [...handlerTags, ...brokenTags, ...markdownTricks, ...unicodeTricks];
  const payloads: string[] = [];
  // Every family twice: once bare, once after ordinary words, as it would be injected into a sentence.
  families.forEach((make, i) => {
    payloads.push(make(hook(payloads.length)));
    payloads.push(`Hello ${make(hook(payloads.length))} there`);
  });
  return payloads;
}
