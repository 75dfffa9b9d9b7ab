// The admin pages' forms translate in the browser: their catalogue namespaces.
import { ClientMessages } from "@/components/i18n/client-messages";

export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["admin", "adminBoards", "adminWords", "profile", "boardTable", "sitePages"]}>{children}</ClientMessages>;
}
