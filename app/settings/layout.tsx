// The settings forms translate in the browser: their catalogue namespaces.
import { ClientMessages } from "@/components/i18n/client-messages";

export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["settings", "validation", "account", "accountSettings", "accountDeletion"]}>{children}</ClientMessages>;
}
