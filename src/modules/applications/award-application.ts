import type { Db } from '../../db/client.ts';
import { ValidationError } from '../../errors.ts';
import type { Actor } from '../auth/actor.ts';
import type { CallRow, CallTypeRow } from '../calls/calls.repository.ts';
import type { ProjectsService } from '../projects/projects.service.ts';
import type { Modality } from '../projects/stages.ts';
import type { ApplicationRow, ApplicationsRepository } from './applications.repository.ts';

/**
 * Adopting an application (採択), inside the caller's transaction:
 * 1. the awarded budget is the request or less, line by line (a reduced budget is allowed, a larger one is not);
 * 2. the effort register is re-run (above 100% for anyone blocks the award, naming the projects);
 * 3. the project is created through the projects service with the team and the awarded budget.
 * Anything that fails rolls all of it back with the decision itself.
 */
export async function awardApplication(
  deps: { repo: ApplicationsRepository; projects: ProjectsService; assertEffort: (applicationId: number, tx: Db) => Promise<void> },
  input: { app: ApplicationRow; call: CallRow; type: CallTypeRow; budgets?: { fiscalYear: number; amountYen: number }[] },
  actor: Actor,
  tx: Db,
) {
  const { app, call, type } = input;
  const requested = await deps.repo.budgetsOf([app.id], tx);
  const awarded = input.budgets ?? requested.map((b) => ({ fiscalYear: b.fiscalYear, amountYen: b.amountYen }));
  awarded.forEach((b, i) => {
    const asked = requested.find((r) => r.fiscalYear === b.fiscalYear);
    if (!asked || b.amountYen > asked.amountYen) {
      throw new ValidationError(
        { ja: '採択額は申請額以下にしてください（年度ごと）。', en: 'The awarded budget cannot exceed the request, year by year.' },
        [{ path: `budgets.${i}.amountYen`, message: asked ? 'above the request' : 'no request for this fiscal year' }],
      );
    }
  });
  await deps.assertEffort(app.id, tx);
  const members = await deps.repo.membersOf([app.id], tx);
  const years = awarded.map((b) => b.fiscalYear);
  const project = await deps.projects.createFromAward(
    {
      grantNumber: `JP${String(call.fiscalYear % 100).padStart(2, '0')}${call.code
        .replace(/[^A-Za-z0-9]/g, '')
        .slice(0, 6)
        .toUpperCase()}${String(app.id).padStart(6, '0')}`,
      titleJa: app.titleJa,
      titleEn: app.titleEn,
      abstractJa: app.abstractJa,
      abstractEn: app.abstractEn,
      piResearcherId: app.piResearcherId,
      institutionId: app.institutionId,
      programId: call.programId,
      startFiscalYear: call.fiscalYear,
      endFiscalYear: years.length ? Math.max(...years) : call.fiscalYear + type.durationYears - 1,
      modality: app.modality as Modality,
      members: members.map((m) => ({ researcherId: m.researcherId, role: m.role as 'pi' | 'co', effortPercent: m.effortPercent })),
      budgets: awarded,
    },
    actor,
    tx,
  );
  return { project, awarded };
}
