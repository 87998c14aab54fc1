import { AGENCY_ROLES } from '../../../src/modules/people/roles.ts';
import type { Session } from '../api/types.ts';

/** Agency members see staff-only pages and figures; researchers and reviewers do not. */
export const isAgencySession = (session: Session | null | undefined): boolean =>
  !!session?.user.roles.some((r) => AGENCY_ROLES.includes(r.role));
