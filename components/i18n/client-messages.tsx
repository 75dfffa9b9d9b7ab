// Hands a few catalogue namespaces to the browser, for the pages whose client forms still translate there.
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";

/**
 * The root layout gives the browser no messages, so a visitor's pages ship no translator; the member and staff
 * pages that do (write, settings, sign-in, admin, moderation) name here the namespaces their forms use.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: string[]; children: React.ReactNode }) {
  const messages = await getMessages();
  const picked = Object.fromEntries(namespaces.map((namespace) => [namespace, messages[namespace]]));
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
