import type { TFunction } from 'i18next';
import type { z } from 'zod';

/** A field's problem, from client validation (a Zod issue) or from the server's problem+json `errors`. */
export type FieldProblem = { path: string; code?: string; maximum?: number; message?: string };

/** Zod issues as field problems keyed by their top-level field. */
export function zodFieldProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.map((i) => ({
    path: String(i.path[0] ?? ''),
    code: i.code === 'too_small' ? 'required' : i.code === 'too_big' ? 'too_long' : i.code,
    maximum: 'maximum' in i ? Number(i.maximum) : undefined,
  }));
}

/** Server field errors ('/titleJa', 'body.titleJa', 'titleJa') as field problems. */
export function serverFieldProblems(errors: { path: string; message: string }[] | undefined): FieldProblem[] {
  return (errors ?? []).map((e) => {
    const path = e.path.replace(/^\//, '').split(/[./]/).pop() ?? '';
    const m = e.message.toLowerCase();
    const code = /before start/.test(m)
      ? 'end_before_start'
      : /too small|at least|required|>=1 char/.test(m)
        ? 'required'
        : /too big|at most/.test(m)
          ? 'too_long'
          : 'invalid';
    const max = /(\d+)/.exec(m)?.[1];
    return { path, code, maximum: max ? Number(max) : undefined, message: e.message };
  });
}

/** The message to show under a field, in the UI language. */
export function fieldMessage(p: FieldProblem, field: string, t: TFunction): string {
  if (p.code === 'required') return t('edit.required', { field });
  if (p.code === 'too_long') return t('edit.tooLong', { field, max: p.maximum ?? '' });
  if (p.code === 'end_before_start') return t('edit.endBeforeStart');
  return t('edit.invalid', { field });
}
