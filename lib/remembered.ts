// Answers remembered per input, for the few inputs that repeat on nearly every request (a user agent, an
// Accept-Encoding or Accept-Language header). Past `limit` inputs the memory starts over, so odd values sent by
// the thousand cannot make it grow.

/** `compute`, remembering its answer for up to `limit` different inputs at a time. */
export function remembered<V>(limit: number, compute: (input: string) => V): (input: string) => V {
  const answers = new Map<string, V>();
  return (input) => {
    if (answers.has(input)) return answers.get(input)!;
    const answer = compute(input);
    if (answers.size >= limit) answers.clear();
    answers.set(input, answer);
    return answer;
  };
}
