import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DateTime } from "@/components/format/date-time";
import { AppealForm } from "@/components/notices/appeal-form";
import { SanctionNotice } from "@/components/notices/sanction-notice";
import { findSessionUser } from "@/lib/accounts/members";
import { appealTokenUser } from "@/lib/auth/appeal-link";
import { getCurrentUser } from "@/lib/auth/session";
import { appealAgainst, latestAppeal, sanctionInForce } from "@/lib/moderation/appeals";

type Props = { searchParams: Promise<{ t?: string | string[]; sent?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("appeals");
  return { title: t("title"), robots: { index: false } };
}

/**
 * A sanctioned member's appeal: the sanction, then the appeal's state or the form. Signed in, or (banned) through
 * the signed link their refused sign-in led to. Everyone else is told how to get here.
 */
export default async function AppealPage({ searchParams }: Props) {
  const params = await searchParams;
  const token = typeof params.t === "string" ? params.t : null;
  const t = await getTranslations("appeals");
  const session = await getCurrentUser();
  const linked = !session && token ? appealTokenUser(token) : null;
  const member = session ?? (linked ? await findSessionUser(linked) : null);
  const viaLink = !session && member?.status === "banned";
  const heading = <h1 className="mb-6 text-2xl font-bold">{t("title")}</h1>;
  if (!member || (!session && !viaLink)) {
    return (
      <>
        {heading}
        <p>{token ? t("linkExpired") : t("signInFirst")}</p>
        <p className="mt-3">
          <Link href="/login?callbackUrl=%2Fappeal">{t("signIn")}</Link>
        </p>
      </>
    );
  }
  const sanction = await sanctionInForce(member.id);
  if (!sanction) {
    const last = await latestAppeal(member.id);
    return (
      <>
        {heading}
        <p>{t("notSanctioned")}</p>
        {last && last.status !== "open" && <AnswerView status={last.status} answer={last.answer} at={last.answeredAt} />}
      </>
    );
  }
  const appeal = await appealAgainst(member.id, sanction.logId);
  return (
    <>
      {heading}
      <div className="mb-6">
        <SanctionNotice userId={member.id} appealHref="#appeal-body" />
      </div>
      {params.sent === "1" && appeal?.status === "open" && (
        <p role="status" className="mb-4 rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-800 dark:border-emerald-900 dark:bg-emerald-950 dark:text-emerald-200">
          {t("sent")}
        </p>
      )}
      {appeal?.status === "open" ? (
        <section aria-labelledby="appeal-open-heading">
          <h2 id="appeal-open-heading" className="mb-2 text-lg font-semibold">
            {t("yourAppeal")}
          </h2>
          <p className="whitespace-pre-wrap rounded-md border border-stone-200 p-3 dark:border-stone-800">{appeal.body}</p>
          <p className="mt-2 text-sm text-stone-600 dark:text-stone-300">
            {t("waiting")} <DateTime value={appeal.createdAt} withTime />
          </p>
        </section>
      ) : appeal ? (
        <AnswerView status={appeal.status} answer={appeal.answer} at={appeal.answeredAt} />
      ) : (
        <AppealForm token={viaLink ? token : null} labels={{ body: t("bodyLabel"), hint: t("bodyHint"), submit: t("submit") }} />
      )}
    </>
  );
}

async function AnswerView({ status, answer, at }: { status: string; answer: string | null; at: Date | null }) {
  const t = await getTranslations("appeals");
  return (
    <section aria-labelledby="appeal-answer-heading" className="mt-4">
      <h2 id="appeal-answer-heading" className="mb-2 text-lg font-semibold">
        {status === "lifted" ? t("answerLifted") : t("answerUpheld")}
      </h2>
      {answer && <p className="whitespace-pre-wrap rounded-md border border-stone-200 p-3 dark:border-stone-800">{answer}</p>}
      {at && (
        <p className="mt-2 text-sm text-stone-600 dark:text-stone-300">
          <DateTime value={at} withTime />
        </p>
      )}
    </section>
  );
}
