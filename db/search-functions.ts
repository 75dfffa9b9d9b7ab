// SQL functions the search index's views call, registered on every connection that writes posts or comments.
//
// Korean writers glue particles to English words: "Notion이랑", "iPhone으로", "Mac에서". SQLite's unicode61
// tokenizer reads each of those as one word, so a search for "Notion" missed them. The views that feed the words
// index pass titles and bodies through split_scripts(), which puts a space wherever Hangul meets another script's
// letter or a digit. "Notion이랑" is indexed as "notion" and "이랑"; the trigram index, which finds substrings of
// Korean text, still reads the text as written.
//
// The views need the function to exist: a connection opened by another tool (the sqlite3 shell) can read, but
// writing a post or comment from it fails with "no such function: split_scripts". Open the file with openDatabase().
import type Database from "better-sqlite3";

const HANGUL = "\\p{Script=Hangul}";
/** A letter or digit of any script but Hangul. */
const OTHER = `(?:(?!${HANGUL})[\\p{L}\\p{N}])`;
const BOUNDARY = new RegExp(`(?<=${HANGUL})(?=${OTHER})|(?<=${OTHER})(?=${HANGUL})`, "gu");
const HAS_HANGUL = new RegExp(HANGUL, "u");

/** The text with a space wherever Hangul meets a letter or digit of another script. */
export function splitScripts(text: string): string {
  return HAS_HANGUL.test(text) ? text.replace(BOUNDARY, " ") : text;
}

export function registerSearchFunctions(sqlite: Database.Database): void {
  sqlite.function("split_scripts", { deterministic: true }, (text: unknown) => (typeof text === "string" ? splitScripts(text) : text));
}
