// Answers remembered per input, for inputs that repeat on nearly every request (a user agent, an Accept-Encoding
// or Accept-Language header, a comment's HTML). Past `limit` inputs the memory starts over, so odd values sent by
// the thousand cannot make it grow.

/**
 * `compute`, remembering its answer for up to `limit` different inputs at a time. An input that is not a string
 * is remembered by `keyOf(input)`, which must name everything the answer depends on.
 */
export function remembered<V, I = string>(limit: number, compute: (input: I) => V, keyOf: (input: I) => string = String): (input: I) => V {
  const answers = new Map<string, V>();
  return (input) => {
    const key = keyOf(input);
    if (answers.has(key)) return answers.get(key)!;
    const answer = compute(input);
    if (answers.size >= limit) answers.clear();
    answers.set(key, answer);
    return answer;
  };
}
