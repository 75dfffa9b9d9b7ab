// State that must be one per process. Next.js bundles instrumentation.ts, each route handler and each page's server
// actions separately, and each bundle loads its own copy of the modules it uses, so a module variable is one per
// bundle: limits counted there are multiplied, and a pool started at start-up is not the one requests use. What
// must be shared is kept on globalThis instead, under a `__rapport…` name. No imports, so client bundles can load it.

/** The process's value under `name`, made by `create` the first time any copy of any module asks for it. */
export function processWide<T>(name: `__rapport${string}`, create: () => T): T {
  const holder = globalThis as typeof globalThis & Record<string, unknown>;
  if (!(name in holder)) holder[name] = create();
  return holder[name] as T;
}
