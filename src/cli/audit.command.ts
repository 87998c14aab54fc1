import { verifyAuditChain } from '../modules/audit/audit.service.ts';
import { withDatabase } from './context.ts';

/** `seedline audit verify`: walks the hash chain; exits 1 naming every altered, reordered or missing record. */
export async function auditVerifyCommand() {
  await withDatabase(async (database) => {
    const { records, problems } = await verifyAuditChain(database.db);
    if (problems.length === 0) {
      console.log(`Audit trail intact: ${records} records, hash chain verified (${database.kind}).`);
      return;
    }
    for (const p of problems.slice(0, 50)) {
      console.error(
        p.problem === 'altered'
          ? `record ${p.id}: content does not match its hash (altered) / 内容が改ざんされています`
          : `record ${p.id}: does not follow the record before it (a record is missing, inserted or reordered) / 直前の記録とつながりません`,
      );
    }
    throw new Error(`the audit trail failed verification: ${problems.length} problem(s) in ${records} records`);
  });
}
