import { sql } from 'drizzle-orm';
import { boolean, char, check, index, integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/** 研究機関: universities, hospitals, institutes, companies. */
export const institutions = pgTable('institutions', {
  id: serial('id').primaryKey(),
  code: text('code').notNull().unique(),
  nameJa: text('name_ja').notNull(),
  nameEn: text('name_en').notNull(),
  /** university | hospital | institute | company | other */
  kind: text('kind').notNull(),
  prefecture: text('prefecture'),
  /** Other names the institution goes by (for conflict detection and search). */
  aliases: text('aliases').array().notNull().default(sql`'{}'::text[]`),
});

export const users = pgTable(
  'users',
  {
    id: serial('id').primaryKey(),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    /** The name in Latin letters for English pages (given name first); empty when unknown. */
    displayNameEn: text('display_name_en').notNull().default(''),
    passwordHash: text('password_hash'),
    locale: text('locale').notNull().default('ja'),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('users_email_lower_idx').on(sql`lower(${t.email})`)],
);

/**
 * A role a user holds, with its scope: PD → integrated project, PS/PO → program,
 * DC → disease area, researcher → their own records (scope 'self'), others → 'agency'.
 */
export const userRoles = pgTable(
  'user_roles',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    scopeType: text('scope_type').notNull(),
    scopeId: integer('scope_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('user_roles_unique_idx').on(t.userId, t.role, t.scopeType, sql`coalesce(${t.scopeId}, 0)`),
    index('user_roles_scope_idx').on(t.scopeType, t.scopeId),
  ],
);

/** 研究者: identified by the 8-digit e-Rad researcher number. */
export const researchers = pgTable(
  'researchers',
  {
    id: serial('id').primaryKey(),
    researcherNumber: char('researcher_number', { length: 8 }).notNull().unique(),
    familyNameJa: text('family_name_ja').notNull(),
    givenNameJa: text('given_name_ja').notNull(),
    familyNameEn: text('family_name_en').notNull(),
    givenNameEn: text('given_name_en').notNull(),
    orcid: text('orcid'),
    institutionId: integer('institution_id')
      .notNull()
      .references(() => institutions.id),
    userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    check('researcher_number_digits', sql`${t.researcherNumber} ~ '^[0-9]{8}$'`),
    uniqueIndex('researchers_user_idx').on(t.userId),
    index('researchers_institution_idx').on(t.institutionId),
  ],
);

/** Server-side sessions; the cookie carries a random token, the table keeps its SHA-256. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** Sign-in attempts, for throttling by account and by address. */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: serial('id').primaryKey(),
    email: text('email').notNull(),
    ip: text('ip').notNull(),
    succeeded: boolean('succeeded').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('login_attempts_email_idx').on(t.email, t.at), index('login_attempts_ip_idx').on(t.ip, t.at)],
);
