import path from 'node:path';
import { z } from 'zod';

/** Every setting Seedline reads from the environment, in one place. */
const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  SEEDLINE_DATA_DIR: z.string().default('./data'),
  SEEDLINE_DEMO: z.enum(['auto', 'off']).default('auto'),
  SEEDLINE_DEMO_SCALE: z.coerce.number().positive().max(1000).default(1),
  SEEDLINE_DEMO_PASSWORD: z.string().min(8).default('seedline-demo'),
  SEEDLINE_PUBLIC_URL: z.string().url().optional(),
  SEEDLINE_COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  SEEDLINE_SESSION_HOURS: z.coerce.number().positive().default(12),
  SEEDLINE_SESSION_IDLE_MINUTES: z.coerce.number().positive().default(120),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('Seedline <no-reply@seedline.example.jp>'),
  SEEDLINE_PUBLIC_RATE_LIMIT: z.coerce.number().int().positive().default(300),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.string().default('development'),
});

export type Config = {
  port: number;
  host: string;
  database: { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string | null };
  demo: { mode: 'auto' | 'off'; scale: number; password: string };
  publicUrl: string | null;
  cookieSecure: 'auto' | boolean;
  session: { absoluteHours: number; idleMinutes: number };
  mail: { smtpUrl: string | null; from: string; outboxDir: string };
  /** Attachment storage on disk (applications' PDFs). */
  filesDir: string;
  logLevel: string;
  /** Requests per minute per client address on the public API. */
  publicRateLimit: { limit: number; windowSeconds: number };
  production: boolean;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means unset (e.g. DATABASE_URL= in a .env file).
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${issues}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.SEEDLINE_DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL ? { kind: 'postgres', url: e.DATABASE_URL } : { kind: 'pglite', dataDir: path.join(dataDir, 'pglite') },
    demo: { mode: e.SEEDLINE_DEMO, scale: e.SEEDLINE_DEMO_SCALE, password: e.SEEDLINE_DEMO_PASSWORD },
    publicUrl: e.SEEDLINE_PUBLIC_URL ?? null,
    cookieSecure: e.SEEDLINE_COOKIE_SECURE === 'auto' ? 'auto' : e.SEEDLINE_COOKIE_SECURE === 'true',
    session: { absoluteHours: e.SEEDLINE_SESSION_HOURS, idleMinutes: e.SEEDLINE_SESSION_IDLE_MINUTES },
    mail: { smtpUrl: e.SMTP_URL ?? null, from: e.MAIL_FROM, outboxDir: path.join(dataDir, 'outbox') },
    filesDir: path.join(dataDir, 'files'),
    logLevel: e.LOG_LEVEL,
    publicRateLimit: { limit: e.SEEDLINE_PUBLIC_RATE_LIMIT, windowSeconds: 60 },
    production: e.NODE_ENV === 'production',
  };
}
