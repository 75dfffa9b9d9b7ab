// The forgot-password form translates in the browser: its catalogue namespaces.
import { ClientMessages } from "@/components/i18n/client-messages";

export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["account", "auth"]}>{children}</ClientMessages>;
}
