// The post editor and delete form translate in the browser: their catalogue namespace.
import { ClientMessages } from "@/components/i18n/client-messages";

export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["write", "compose", "composer2", "media"]}>{children}</ClientMessages>;
}
