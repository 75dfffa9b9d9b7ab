// Usernames: the key that makes them unique whatever their case or Unicode form.

/** NFKC folds look-alike forms (full-width letters, compatibility characters); lower-casing folds case. */
export function usernameKey(username: string): string {
  return username.normalize("NFKC").toLowerCase();
}
