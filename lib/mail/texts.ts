// The words of every mail, in English and Korean. Short on purpose: one sentence, the link, one line of why.
import type { Locale } from "../i18n/config";
import type { MailKind } from "@/db/enums";

export type MailText = {
  subject: string;
  greeting: (name: string) => string;
  body: string;
  /** The link's label in the HTML part; the text part shows the bare URL. */
  action?: string;
  footer: string;
};

export const MAIL_TEXTS: Record<Locale, Record<MailKind, MailText>> = {
  en: {
    password_reset: {
      subject: "Reset your Rapport password",
      greeting: (name) => `Hello ${name},`,
      body: "Someone asked to reset the password of your account. Open this link within an hour to choose a new one:",
      action: "Choose a new password",
      footer: "If it was not you, ignore this mail: your password stays as it is. The link works once.",
    },
    email_verification: {
      subject: "Confirm your email address for Rapport",
      greeting: (name) => `Hello ${name},`,
      body: "Please confirm this email address for your Rapport account by opening this link within a day:",
      action: "Confirm my email address",
      footer: "If you did not ask for this, ignore this mail.",
    },
    email_change_notice: {
      subject: "Your Rapport email address is being changed",
      greeting: (name) => `Hello ${name},`,
      body: "Someone asked to change the email address of your account to another one. The change applies once the new address is confirmed.",
      footer: "If it was not you, sign in and change your password now.",
    },
    notification: {
      subject: "Something happened on Rapport",
      greeting: (name) => `Hello ${name},`,
      body: "You have a new notification:",
      action: "Open it on Rapport",
      footer: "You get this mail because you asked for it. Change which notices are mailed at /settings/notifications.",
    },
    notification_digest: {
      subject: "Your Rapport notifications of the day",
      greeting: (name) => `Hello ${name},`,
      body: "Here is what happened since the last digest:",
      action: "See all notifications",
      footer: "You get this daily digest because you asked for it. Change it at /settings/notifications.",
    },
  },
  ko: {
    password_reset: {
      subject: "Rapport 비밀번호 재설정",
      greeting: (name) => `${name}님, 안녕하세요.`,
      body: "계정의 비밀번호 재설정을 요청하셨습니다. 한 시간 안에 아래 링크를 열어 새 비밀번호를 정하세요:",
      action: "새 비밀번호 정하기",
      footer: "요청하지 않으셨다면 이 메일을 무시하세요. 비밀번호는 그대로입니다. 링크는 한 번만 쓸 수 있습니다.",
    },
    email_verification: {
      subject: "Rapport 이메일 주소 확인",
      greeting: (name) => `${name}님, 안녕하세요.`,
      body: "하루 안에 아래 링크를 열어 Rapport 계정의 이메일 주소를 확인해 주세요:",
      action: "이메일 주소 확인하기",
      footer: "요청하지 않으셨다면 이 메일을 무시하세요.",
    },
    email_change_notice: {
      subject: "Rapport 이메일 주소 변경 안내",
      greeting: (name) => `${name}님, 안녕하세요.`,
      body: "계정의 이메일 주소를 다른 주소로 바꾸는 요청이 있었습니다. 새 주소가 확인되면 변경됩니다.",
      footer: "요청하지 않으셨다면 지금 로그인해 비밀번호를 바꾸세요.",
    },
    notification: {
      subject: "Rapport 새 알림",
      greeting: (name) => `${name}님, 안녕하세요.`,
      body: "새 알림이 있습니다:",
      action: "Rapport에서 보기",
      footer: "알림 메일 받기를 설정하셨기 때문에 이 메일을 보내드렸습니다. /settings/notifications 에서 바꿀 수 있습니다.",
    },
    notification_digest: {
      subject: "Rapport 오늘의 알림 모음",
      greeting: (name) => `${name}님, 안녕하세요.`,
      body: "지난 모음 이후의 알림입니다:",
      action: "알림 전체 보기",
      footer: "하루 한 번 알림 모음을 받도록 설정하셨습니다. /settings/notifications 에서 바꿀 수 있습니다.",
    },
  },
};
