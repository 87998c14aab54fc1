import { and, eq, gte, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { projectMembers, projects } from '../projects/projects.tables.ts';
import { reviewAssignments, reviewConflicts, reviewers } from './review.tables.ts';

export type ReviewerRow = typeof reviewers.$inferSelect;
export type AssignmentRow = typeof reviewAssignments.$inferSelect;
export type ConflictRow = typeof reviewConflicts.$inferSelect;

export function createReviewRepository() {
  return {
    async reviewerOfUser(db: Db, userId: number): Promise<ReviewerRow | null> {
      const [row] = await db.select().from(reviewers).where(eq(reviewers.userId, userId));
      return row ?? null;
    },
    async assignment(db: Db, reviewerId: number, applicationId: number): Promise<AssignmentRow | null> {
      const [row] = await db
        .select()
        .from(reviewAssignments)
        .where(and(eq(reviewAssignments.reviewerId, reviewerId), eq(reviewAssignments.applicationId, applicationId)));
      return row ?? null;
    },
    async assignmentsOf(db: Db, reviewerId: number): Promise<AssignmentRow[]> {
      return db
        .select()
        .from(reviewAssignments)
        .where(and(eq(reviewAssignments.reviewerId, reviewerId), ne(reviewAssignments.status, 'declined')));
    },
    async conflicts(db: Db, reviewerId: number, applicationId: number): Promise<ConflictRow[]> {
      return db
        .select()
        .from(reviewConflicts)
        .where(and(eq(reviewConflicts.reviewerId, reviewerId), eq(reviewConflicts.applicationId, applicationId)));
    },
    /** Projects since fromFiscalYear on which the researcher worked with any of the others (read-only join). */
    async sharedProjects(db: Db, researcherId: number, others: number[], fromFiscalYear: number) {
      if (others.length === 0) return [];
      const mine = db
        .select({ projectId: projectMembers.projectId })
        .from(projectMembers)
        .where(eq(projectMembers.researcherId, researcherId));
      return db
        .selectDistinct({ grantNumber: projects.grantNumber, researcherId: projectMembers.researcherId })
        .from(projectMembers)
        .innerJoin(projects, eq(projects.id, projectMembers.projectId))
        .where(
          and(
            inArray(projectMembers.projectId, mine),
            inArray(projectMembers.researcherId, others),
            gte(projects.endFiscalYear, fromFiscalYear),
          ),
        );
    },
    async confirm(db: Db, id: number, version: number): Promise<AssignmentRow | null> {
      const [row] = await db
        .update(reviewAssignments)
        .set({ status: 'confirmed', noConflictConfirmedAt: new Date(), version: sql`${reviewAssignments.version} + 1` })
        .where(and(eq(reviewAssignments.id, id), eq(reviewAssignments.version, version)))
        .returning();
      return row ?? null;
    },
  };
}
export type ReviewRepository = ReturnType<typeof createReviewRepository>;
