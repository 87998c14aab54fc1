import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { Config } from '../../config.ts';
import type { OutboxRow } from './mail.repository.ts';

export type Delivery = {
  /** 'sent' through SMTP, or 'outbox' when kept as an .eml file (no SMTP configured). */
  deliver(row: OutboxRow): Promise<'sent' | 'outbox'>;
  close(): void;
};

/** A stable Message-ID per outbox row: if a message ever goes out twice, mail clients can tell. */
function messageId(row: OutboxRow, from: string): string {
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'seedline.invalid';
  return `<outbox-${row.id}.${row.createdAt.getTime()}@${domain}>`;
}

function mailOf(row: OutboxRow, from: string) {
  return { from, to: row.to, subject: row.subject, text: row.bodyText, date: row.createdAt, messageId: messageId(row, from) };
}

export function createDelivery(config: Config['mail']): Delivery {
  if (config.smtpUrl) {
    const smtp = nodemailer.createTransport(config.smtpUrl);
    return {
      async deliver(row) {
        await smtp.sendMail(mailOf(row, config.from));
        return 'sent';
      },
      close: () => smtp.close(),
    };
  }
  // nodemailer builds the RFC 5322 message (MIME, encoded Japanese headers, CRLF lines).
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  return {
    async deliver(row) {
      const info = await composer.sendMail(mailOf(row, config.from));
      await fs.mkdir(config.outboxDir, { recursive: true });
      const file = path.join(config.outboxDir, `${String(row.id).padStart(6, '0')}.eml`);
      // Written whole or not at all; a retry overwrites the same file.
      await fs.writeFile(`${file}.tmp`, info.message as Buffer);
      await fs.rename(`${file}.tmp`, file);
      return 'outbox';
    },
    close: () => composer.close(),
  };
}
