// What a guard threw: the digest Next.js gives the error that redirect(), forbidden() and notFound() throw.

/** The digest of what `run` threw, or "no interruption" when it returned. */
export async function interruption(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    return String((error as { digest?: string }).digest ?? error);
  }
  return "no interruption";
}
