import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import cookie from '@fastify/cookie';
import { count, eq } from 'drizzle-orm';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/helpers/database.ts';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/client.ts';
import authPlugin, { SESSION_COOKIE } from '../../plugins/auth.ts';
import errorsPlugin from '../../plugins/errors.ts';
import type { Actor } from '../auth/actor.ts';
import type { AuthService } from '../auth/auth.service.ts';
import { type JobQueue, startJobQueue } from '../jobs/jobs.service.ts';
import { jobRuns } from '../jobs/jobs.tables.ts';
import { createMailRepository } from './mail.repository.ts';
import { mailRoutes } from './mail.routes.ts';
import { createMailer, MAIL_SEND_JOB, type Mailer } from './mail.service.ts';
import { mailOutbox } from './mail.tables.ts';

const quiet = { info: () => {}, error: () => {} };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const FROM = 'Seedline <no-reply@seedline.example.jp>';

let database: Database;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ database, cleanup } = await createTestDatabase());
}, 60_000);
afterAll(async () => {
  await cleanup?.();
}, 60_000);

type Received = { from: string; to: string[]; data: string };

/** Just enough of an SMTP server (RFC 5321) for nodemailer: EHLO, MAIL, RCPT, DATA, QUIT. */
async function startSmtpServer(opts: { rejectRecipients?: boolean } = {}) {
  const received: Received[] = [];
  let recipientsRefused = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    let buffer = '';
    let inData = false;
    let current: Received = { from: '', to: [], data: '' };
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply('220 test.local ESMTP');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      for (let end = buffer.indexOf('\r\n'); end >= 0; end = buffer.indexOf('\r\n')) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            received.push(current);
            current = { from: '', to: [], data: '' };
            reply('250 2.0.0 queued');
          } else {
            current.data += `${line.startsWith('..') ? line.slice(1) : line}\r\n`;
          }
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') reply('250 test.local');
        else if (verb === 'MAIL') {
          current.from = line;
          reply('250 2.1.0 ok');
        } else if (verb === 'RCPT') {
          if (opts.rejectRecipients) {
            recipientsRefused++;
            reply('550 5.1.1 mailbox unavailable');
          } else {
            current.to.push(line);
            reply('250 2.1.5 ok');
          }
        } else if (verb === 'DATA') {
          inData = true;
          reply('354 end with .');
        } else if (verb === 'RSET' || verb === 'NOOP') reply('250 ok');
        else if (verb === 'QUIT') {
          reply('221 bye');
          socket.end();
        } else reply('502 5.5.2 not implemented');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    recipientsRefused: () => recipientsRefused,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Decodes a MIME body part and RFC 2047 encoded words: enough to read back what nodemailer wrote. */
function decodeHeader(value: string): string {
  return value.replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=\s*/gi, (_m, enc: string, text: string) =>
    enc.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(
          text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_h, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
          'latin1',
        ).toString('utf8'),
  );
}
function parseMessage(raw: string) {
  const [head = '', ...rest] = raw.split('\r\n\r\n');
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  const body = rest.join('\r\n\r\n');
  const encoding = headers.get('content-transfer-encoding')?.toLowerCase();
  const text =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? Buffer.from(
            body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/gi, (_h, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
            'latin1',
          ).toString('utf8')
        : body;
  return { headers, subject: decodeHeader(headers.get('subject') ?? ''), text: text.replace(/\r\n$/, '') };
}

const open: { mailer: Mailer; jobs: JobQueue }[] = [];
/** A mailer on its own job queue, so that each test's settings (SMTP or outbox, retries) hold. */
async function startMailer(mail: Partial<Config['mail']>, retry = { limit: 0, delaySeconds: 0 }) {
  const jobs = await startJobQueue(database, { log: quiet });
  const config = { smtpUrl: null, from: FROM, outboxDir: fs.mkdtempSync(path.join(os.tmpdir(), 'seedline-outbox-')), ...mail };
  const mailer = await createMailer({ db: database.db, jobs, config, retry, log: quiet });
  open.push({ mailer, jobs });
  return { mailer, jobs, config };
}
afterEach(async () => {
  for (const { mailer, jobs } of open.splice(0)) {
    mailer.stop();
    await jobs.stop();
  }
});

const outboxRow = async (id: number) => createMailRepository(database.db).find(id);
async function untilStatus(id: number, status: string, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const row = await outboxRow(id);
    if (row?.status === status) return row;
    if (Date.now() > deadline) throw new Error(`outbox ${id} is ${row?.status}, not ${status}`);
    await sleep(25);
  }
}

describe('mailer', () => {
  it('delivers a message through SMTP and marks it sent', async () => {
    const smtp = await startSmtpServer();
    try {
      const { mailer } = await startMailer({ smtpUrl: smtp.url });
      const id = await mailer.send({
        to: 'pi@univ.example.jp',
        subject: '採択のお知らせ Award notice',
        text: '採択されました。\nCongratulations.',
      });
      const row = await untilStatus(id, 'sent');
      expect(row.sentAt).toBeInstanceOf(Date);
      expect(row.error).toBeNull();
      expect(smtp.received).toHaveLength(1);
      const [mail] = smtp.received as [Received];
      expect(mail.from).toContain('no-reply@seedline.example.jp');
      expect(mail.to).toEqual(['RCPT TO:<pi@univ.example.jp>']);
      const parsed = parseMessage(mail.data);
      expect(parsed.subject).toBe('採択のお知らせ Award notice');
      expect(parsed.text).toBe('採択されました。\r\nCongratulations.');
      expect(parsed.headers.get('message-id')).toMatch(new RegExp(`^<outbox-${id}\\.\\d+@seedline\\.example\\.jp>$`));
    } finally {
      await smtp.close();
    }
  });

  it('writes an RFC 5322 .eml file to the outbox without SMTP and marks it outbox', async () => {
    const outboxDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'seedline-outbox-')), 'not-yet-created');
    const { mailer } = await startMailer({ smtpUrl: null, outboxDir });
    const id = await mailer.send({ to: 'po@agency.example.jp', subject: '中間評価の日程', text: 'ご確認ください。' });
    const row = await untilStatus(id, 'outbox');
    expect(row.sentAt).toBeInstanceOf(Date);
    const files = fs.readdirSync(outboxDir);
    expect(files).toEqual([`${String(id).padStart(6, '0')}.eml`]);
    const raw = fs.readFileSync(path.join(outboxDir, files[0] as string), 'utf8');
    // RFC 5322: CRLF line ends, 7-bit header lines of at most 998 characters.
    expect(raw.split('\r\n').every((line) => line.length <= 998 && !line.includes('\n'))).toBe(true);
    const parsed = parseMessage(raw);
    for (const header of ['from', 'to', 'subject', 'date', 'message-id', 'mime-version']) expect(parsed.headers.has(header)).toBe(true);
    expect(parsed.headers.get('to')).toBe('po@agency.example.jp');
    expect(parsed.subject).toBe('中間評価の日程');
    expect(parsed.text).toBe('ご確認ください。');
  });

  it('sends mail written in a transaction only once it commits, and none from a rolled-back one', async () => {
    const smtp = await startSmtpServer();
    try {
      const { mailer } = await startMailer({ smtpUrl: smtp.url });
      let committed = 0;
      await database.db.transaction(async (trx) => {
        committed = await mailer.send({ to: 'a@example.jp', subject: 'committed', text: 'x' }, trx);
        // Longer than the sweep that follows a transactional send: that sweep must not see the row.
        if (database.kind === 'postgres') await sleep(1500);
        expect(smtp.received).toHaveLength(0);
      });
      await expect(
        database.db.transaction(async (trx) => {
          await mailer.send({ to: 'b@example.jp', subject: 'rolled back', text: 'x' }, trx);
          throw new Error('the award was not saved');
        }),
      ).rejects.toThrow('the award was not saved');
      await untilStatus(committed, 'sent');
      await mailer.flush();
      await sleep(1500);
      expect(smtp.received.map((m) => parseMessage(m.data).subject)).toEqual(['committed']);
      const [rolledBack] = await database.db.select({ n: count() }).from(mailOutbox).where(eq(mailOutbox.subject, 'rolled back'));
      expect(rolledBack?.n).toBe(0);
    } finally {
      await smtp.close();
    }
  });

  it('sends each message once however often the outbox is swept', async () => {
    const smtp = await startSmtpServer();
    try {
      const { mailer } = await startMailer({ smtpUrl: smtp.url });
      const ids = await Promise.all([1, 2, 3].map((n) => mailer.send({ to: `r${n}@example.jp`, subject: `once ${n}`, text: 'x' })));
      await Promise.all([mailer.flush(), mailer.flush(), mailer.flush()]);
      for (const id of ids) await untilStatus(id, 'sent');
      await mailer.flush();
      await sleep(1000);
      expect(smtp.received.map((m) => parseMessage(m.data).subject).sort()).toEqual(['once 1', 'once 2', 'once 3']);
    } finally {
      await smtp.close();
    }
  });

  it('marks a message failed with the error once its retries are exhausted', async () => {
    const smtp = await startSmtpServer({ rejectRecipients: true });
    try {
      const { mailer, jobs } = await startMailer({ smtpUrl: smtp.url }, { limit: 1, delaySeconds: 0 });
      const id = await mailer.send({ to: 'nobody@example.jp', subject: 'undeliverable', text: 'x' });
      const row = await untilStatus(id, 'failed');
      expect(row.error).toMatch(/550/);
      expect(row.sentAt).toBeNull();
      expect(smtp.recipientsRefused()).toBe(2);
      const [run] = (await jobs.list({ limit: 200 })).filter(
        (j) => j.kind === MAIL_SEND_JOB && (j.params as { outboxId: number }).outboxId === id,
      );
      expect(run).toMatchObject({ status: 'failed' });
      // A failed message stays failed: later sweeps leave it alone.
      await mailer.flush();
      await sleep(800);
      expect(smtp.recipientsRefused()).toBe(2);
    } finally {
      await smtp.close();
    }
  });

  it('delivers at start what a previous run left queued', async () => {
    const id = await createMailRepository(database.db).insert({ to: 'left@example.jp', subject: 'left over', text: 'x' });
    await startMailer({ smtpUrl: null });
    await untilStatus(id, 'outbox');
    const runs = await database.db.select().from(jobRuns).where(eq(jobRuns.kind, MAIL_SEND_JOB));
    expect(runs.filter((r) => (r.params as { outboxId: number }).outboxId === id)).toHaveLength(1);
  });

  it('refuses a recipient or subject that would break the headers', async () => {
    const { mailer } = await startMailer({ smtpUrl: null });
    await expect(mailer.send({ to: 'a@example.jp\r\nBcc: all@example.jp', subject: 's', text: 'x' })).rejects.toMatchObject({
      code: 'validation_failed',
    });
    await expect(mailer.send({ to: 'a@example.jp', subject: 'hi\nBcc: all@example.jp', text: 'x' })).rejects.toMatchObject({
      code: 'validation_failed',
    });
  });
});

describe('outbox route', () => {
  const actor = (userId: number, role: 'admin' | 'staff'): Actor => ({
    userId,
    email: `${role}@agency.example.jp`,
    displayName: role,
    locale: 'en',
    roles: [{ role, scopeType: 'agency', scopeId: null }],
    researcherId: null,
  });
  const actors: Record<string, Actor> = { admin: actor(1, 'admin'), staff: actor(2, 'staff') };

  async function buildApp() {
    const auth = {
      resolveSession: async (token: string) => (actors[token] ? { actor: actors[token], sessionId: token, csrfToken: 'csrf' } : null),
      csrfMatches: () => true,
    } as unknown as AuthService;
    const app = Fastify().withTypeProvider<ZodTypeProvider>();
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    await app.register(errorsPlugin);
    await app.register(cookie);
    await app.register(authPlugin, { auth });
    await app.register(mailRoutes, { prefix: '/api/v1', db: database.db });
    return app;
  }

  it('lists the newest outbox messages to administrators only', async () => {
    const repo = createMailRepository(database.db);
    const newest = await repo.insert({ to: 'x@example.jp', subject: 'newest', text: 'secret body' });
    const app = await buildApp();
    try {
      const get = (who?: string) =>
        app.inject({ method: 'GET', url: '/api/v1/admin/outbox', cookies: who ? { [SESSION_COOKIE]: who } : {} });
      const res = await get('admin');
      expect(res.statusCode).toBe(200);
      const items = res.json().items as Record<string, unknown>[];
      expect(items.length).toBeLessThanOrEqual(100);
      expect(items[0]).toMatchObject({ id: newest, to: 'x@example.jp', subject: 'newest', status: 'queued', sentAt: null, error: null });
      expect(Object.keys(items[0] ?? {}).sort()).toEqual(['createdAt', 'error', 'id', 'sentAt', 'status', 'subject', 'to']);
      expect(res.body).not.toContain('secret body');
      expect((await get('staff')).statusCode).toBe(403);
      expect((await get()).statusCode).toBe(401);
    } finally {
      await app.close();
    }
  });
});
