// `npm run user -- create --username NAME --email EMAIL [--role admin]` and `npm run user -- role NAME moderator --by ADMIN`.
// The password is prompted for (hidden), or read from standard input when it is not a terminal.
import readline from "node:readline";
import { parseArgs } from "node:util";
import { USER_ROLES, type UserRole } from "../db/schema";
import { closeDatabase } from "../db";
import { createAccount } from "../lib/accounts/members";
import { changeRoleFromShell } from "../lib/moderation/roles";
import { registerInput } from "../lib/validation/account";
import en from "../lib/i18n/messages/en.json";

const USAGE = `Usage:
  npm run user -- create --username NAME --email EMAIL [--role member|moderator|admin]
  npm run user -- role NAME member|moderator|admin --by ADMIN   (logged as ADMIN's change; --by may be left out only while no admin exists)`;

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    let input = "";
    for await (const chunk of process.stdin) input += chunk;
    return input.replace(/\r?\n$/, "");
  }
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  process.stdout.write("Password: ");
  // Echo nothing while the password is typed.
  (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => {};
  const password = await new Promise<string>((resolve) => rl.question("", resolve));
  rl.close();
  process.stdout.write("\n");
  return password;
}

const validationMessage = (key: string) => (en.validation as Record<string, string>)[key] ?? key;

async function create(args: string[]) {
  const { values } = parseArgs({
    args,
    options: { username: { type: "string" }, email: { type: "string" }, role: { type: "string", default: "member" } },
  });
  if (!values.username || !values.email) fail(USAGE);
  const role = values.role as UserRole;
  if (!USER_ROLES.includes(role)) fail(`Unknown role ${JSON.stringify(values.role)}.\n${USAGE}`);
  const input = registerInput.safeParse({ username: values.username, email: values.email, password: await readPassword() });
  if (!input.success) fail(input.error.issues.map((i) => `${String(i.path[0])}: ${validationMessage(i.message)}`).join("\n"));
  const created = await createAccount({ ...input.data, role });
  if (!created.ok) fail(Object.entries(created.errors ?? {}).map(([field, key]) => `${field}: ${validationMessage(key ?? "")}`).join("\n"));
  console.log(`Created ${role} ${input.data.username}.`);
}

async function changeRole(args: string[]) {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { by: { type: "string" } } });
  const [username, role] = positionals;
  if (!username || !role) fail(USAGE);
  if (!USER_ROLES.includes(role as UserRole)) fail(`Unknown role ${JSON.stringify(role)}.\n${USAGE}`);
  const changed = await changeRoleFromShell(username, role as UserRole, values.by ?? null);
  if (!changed.ok) fail(validationMessage(changed.message ?? ""));
  console.log(`${username} is now ${role}; the moderation log says so.`);
}

const [command, ...rest] = process.argv.slice(2);
if (command === "create") await create(rest);
else if (command === "role") await changeRole(rest);
else fail(USAGE);
await closeDatabase();
