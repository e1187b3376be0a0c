import { GraphQLError } from 'graphql';
import nodemailer, { type Transporter } from 'nodemailer';
import { ErrorCode } from '../../common/error-codes';

/** How account links reach people (from the environment: SMTP_URL, OBMEN_MAIL_FROM, …). */
export interface AccountMailSettings {
  /** e.g. smtps://user:pass@mail.example.bg; unset: links are shown once to the admin instead. */
  smtpUrl: string | null;
  from: string;
  /** Where the admin is reached from outside, for links; unset: the origin of the admin's request. */
  publicUrl: string | null;
  invitationDays: number;
}

export const RESET_HOURS = 24;
const DEFAULT_INVITATION_DAYS = 7;

export function accountMailSettings(env: NodeJS.ProcessEnv): AccountMailSettings {
  const days = env.OBMEN_INVITATION_DAYS?.trim();
  const invitationDays = days ? Number(days) : DEFAULT_INVITATION_DAYS;
  if (!Number.isInteger(invitationDays) || invitationDays < 1 || invitationDays > 90)
    throw new Error(`OBMEN_INVITATION_DAYS must be a whole number of days from 1 to 90, got "${days}"`);
  const publicUrl = env.OBMEN_PUBLIC_URL?.trim();
  if (publicUrl && !/^https?:\/\/[^/]+/.test(publicUrl))
    throw new Error(
      `OBMEN_PUBLIC_URL must be an address such as https://obmen.example.bg, got "${publicUrl}"`,
    );
  return {
    smtpUrl: env.SMTP_URL?.trim() || null,
    from: env.OBMEN_MAIL_FROM?.trim() || 'Обмен <no-reply@localhost>',
    publicUrl: publicUrl ? publicUrl.replace(/\/+$/, '') : null,
    invitationDays,
  };
}

/** A slow or silent mail server must not hold a request (and its database transaction) for long. */
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 15_000 };

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** Sends account mail over SMTP; `null` from `forSettings` when no SMTP server is configured. */
export class AccountMailer {
  private readonly transport: Transporter;

  private constructor(
    url: string,
    private readonly from: string,
  ) {
    this.transport = nodemailer.createTransport({ url, ...SMTP_TIMEOUTS });
  }

  static forSettings(settings: AccountMailSettings): AccountMailer | null {
    return settings.smtpUrl ? new AccountMailer(settings.smtpUrl, settings.from) : null;
  }

  async send(mail: Mail): Promise<void> {
    try {
      await this.transport.sendMail({ from: this.from, ...mail });
    } catch {
      // The mail server's answer may echo the message (and its link): it is not passed on.
      throw new GraphQLError('The mail server did not take the message; try again later', {
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, http: { status: 503 } },
      });
    }
  }
}
