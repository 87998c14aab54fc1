import type { Db } from '../../db/client.ts';
import { type Actor, isAgencyMember } from '../auth/actor.ts';
import type { ApplicationRow, ApplicationsRepository } from './applications.repository.ts';

/**
 * Another module's rule that lets more actors read an application (the review module adds
 * reviewers who are assigned and have confirmed they have no conflict). It must answer false
 * for anyone it does not know about.
 */
export type ReaderRule = (actor: Actor, application: ApplicationRow, trx: Db) => Promise<boolean>;

/**
 * Who may read an application: its team (PI and co-investigators) always; agency members once
 * it has been submitted (drafts stay private to the team); anyone a registered reader rule
 * admits. For now no rule is registered, so reviewers cannot read applications.
 */
export function createApplicationAccess(repo: ApplicationsRepository) {
  const rules: ReaderRule[] = [];
  const isTeamMember = async (actor: Actor, app: ApplicationRow, trx?: Db) =>
    actor.researcherId !== null && (await repo.isMember(app.id, actor.researcherId, trx));

  async function canReadRow(actor: Actor, app: ApplicationRow, trx?: Db): Promise<boolean> {
    if (await isTeamMember(actor, app, trx)) return true;
    if (app.submittedAt !== null && isAgencyMember(actor)) return true;
    for (const rule of rules) if (await rule(actor, app, trx as Db)) return true;
    return false;
  }

  return {
    isTeamMember,
    canReadRow,
    /** The hook point: true when the actor may read the application. */
    async canRead(actor: Actor, applicationId: number, trx?: Db): Promise<boolean> {
      const app = await repo.find(applicationId, trx);
      return app !== null && (await canReadRow(actor, app, trx));
    },
    /** Lets another module admit more readers (the review module: assigned reviewers without conflict). */
    addReaderRule(rule: ReaderRule) {
      rules.push(rule);
    },
  };
}

export type ApplicationAccess = ReturnType<typeof createApplicationAccess>;
