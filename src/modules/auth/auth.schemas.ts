import { z } from 'zod';
import { ROLES, SCOPE_TYPES } from '../people/roles.ts';

export const LoginBody = z.object({
  email: z.string().trim().min(3).max(320),
  password: z.string().min(1).max(1024),
});

export const SessionResponse = z.object({
  user: z.object({
    id: z.number().int(),
    email: z.string(),
    displayName: z.string(),
    displayNameEn: z.string().describe('The name in Latin letters for English pages; empty when unknown'),
    locale: z.enum(['ja', 'en']),
    roles: z.array(
      z.object({
        role: z.enum(ROLES),
        scopeType: z.enum(SCOPE_TYPES),
        scopeId: z.number().int().nullable(),
        scopeNameJa: z.string().nullable(),
        scopeNameEn: z.string().nullable(),
      }),
    ),
  }),
  csrfToken: z.string(),
});
export type SessionResponse = z.infer<typeof SessionResponse>;
