import type { JobQueue } from '../jobs/jobs.service.ts';
import type { Mailer } from '../mail/mail.service.ts';
import type { ChecksService } from './checks.service.ts';
import type { CommentSource, DecisionsService } from './decisions.service.ts';

export const CHECKS_JOB = 'applications.checks';
export const LETTERS_JOB = 'applications.letters';

/**
 * The long work of a call, as background jobs with progress: the checks before review for
 * every submitted application, and the decision letters (written to the mail outbox, which the
 * mail module's own jobs deliver). Both are safe to run again.
 */
export async function registerApplicationJobs(deps: {
  jobs: JobQueue;
  checks: ChecksService;
  decisions: DecisionsService;
  mailer?: Mailer;
  comments?: CommentSource;
}) {
  const { jobs, checks, decisions, mailer } = deps;
  await jobs.register<{ callId: number }>(CHECKS_JOB, async ({ callId }, ctx) =>
    checks.runForCall(callId, (f) =>
      ctx.progress(f, { ja: `応募を確認しています（${Math.round(f * 100)}%）`, en: `Checking applications (${Math.round(f * 100)}%)` }),
    ),
  );
  await jobs.register<{ callId: number }>(LETTERS_JOB, async ({ callId }, ctx) => {
    if (!mailer) throw new Error('mail is not set up in this process');
    return decisions.sendLetters(
      callId,
      (msg, trx) => mailer.send(msg, trx),
      deps.comments,
      (f) =>
        ctx.progress(f, {
          ja: `採否通知を作成しています（${Math.round(f * 100)}%）`,
          en: `Writing decision letters (${Math.round(f * 100)}%)`,
        }),
    );
  });
}
