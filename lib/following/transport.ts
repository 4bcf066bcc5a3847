import "server-only";
import { createTransport, type Transporter } from "nodemailer";
import SMTPPool from "nodemailer/lib/smtp-pool";
import { env } from "@/lib/env";

export type MailTransport = Transporter<SMTPPool.SentMessageInfo>;

// One pooled SMTP connection per drain, reused for every message it sends. SMTP_URL is
// nodemailer's connection URL (smtp://user:pass@host:587, smtps://… for TLS from the start);
// options in its query string win over these defaults.
export function openMailTransport(): MailTransport {
  if (!env.SMTP_URL) throw new Error("SMTP_URL is not set: email following is off.");
  return createTransport(
    new SMTPPool({
      url: env.SMTP_URL,
      pool: true,
      maxConnections: 1,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    }),
  );
}
