import { HONEYPOT_FIELD } from "@/lib/spam/honeypot";

/** Hidden from people and from screen readers; bots that fill every field fill this one too. */
export function Honeypot() {
  return (
    <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
      <label>
        Website
        <input type="text" name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" defaultValue="" />
      </label>
    </div>
  );
}
