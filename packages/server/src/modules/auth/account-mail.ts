import { AccountTokenKind } from './account-token.entity';
import type { Mail } from './mailer';

/** The mail with a one-time link: Bulgarian first, English second, as everything the admin sends. */
export function accountLinkMail(
  kind: AccountTokenKind,
  to: { email: string; name: string },
  link: string,
  expires: { days?: number; hours?: number },
): Mail {
  const bgWhen = expires.days ? `${expires.days} дни` : `${expires.hours} часа`;
  const enWhen = expires.days ? `${expires.days} days` : `${expires.hours} hours`;
  const invitation = kind === AccountTokenKind.INVITATION;
  const subject = invitation
    ? 'Покана за администрацията на Обмен / Invitation to the Obmen admin'
    : 'Нова парола за Обмен / A new password for Obmen';
  const bg = invitation
    ? `Здравейте, ${to.name},\n\nПоканени сте в администрацията на Обмен. Изберете своя парола тук:\n${link}\n\nВръзката може да се използва веднъж и важи ${bgWhen}.`
    : `Здравейте, ${to.name},\n\nАдминистратор поиска нова парола за профила Ви в Обмен. Изберете я тук:\n${link}\n\nВръзката може да се използва веднъж и важи ${bgWhen}.`;
  const en = invitation
    ? `Hello ${to.name},\n\nYou have been invited to the Obmen admin. Choose your password here:\n${link}\n\nThe link works once and for ${enWhen}.`
    : `Hello ${to.name},\n\nAn administrator asked for a new password for your Obmen account. Choose it here:\n${link}\n\nThe link works once and for ${enWhen}.`;
  return { to: to.email, subject, text: `${bg}\n\n---\n\n${en}\n` };
}
