// A member's picture, or their initials in a circle when they have none. Server or client; no state.

/** One or two letters: the first of each of the first two words, or the first syllable of a Hangul name. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return "?";
  const first = (word: string) => [...word][0] ?? "";
  return (words.length > 1 ? first(words[0]!) + first(words[1]!) : first(words[0]!)).toUpperCase();
}

type Props = { name: string; image: string | null; size?: number };

export function Avatar({ name, image, size = 40 }: Props) {
  const box = { width: size, height: size };
  if (image?.startsWith("/media/")) {
    // eslint-disable-next-line @next/next/no-img-element -- already square and small, from /media/
    return <img src={image} alt="" width={size} height={size} className="inline-block rounded-full object-cover" style={box} />;
  }
  return (
    <span aria-hidden="true" style={{ ...box, fontSize: size * 0.4 }} className="inline-flex items-center justify-center rounded-full bg-stone-300 font-semibold text-stone-800 dark:bg-stone-600 dark:text-stone-100">
      {initialsOf(name)}
    </span>
  );
}
