import { ValidationError } from '../../errors.ts';
import type { CallRow, CallTypeRow } from '../calls/calls.repository.ts';
import type { ApplicationContent } from './applications.schemas.ts';

/** Rules of the document itself, checked on every save (nothing is stored when one fails). */
export function checkBudgetPlan(budgets: ApplicationContent['budgets'], call: CallRow, type: CallTypeRow) {
  const first = call.fiscalYear;
  const last = call.fiscalYear + type.durationYears - 1;
  const years = budgets.map((b) => b.fiscalYear);
  if (new Set(years).size !== years.length) {
    throw new ValidationError({ ja: '同じ年度の予算が二つあります。', en: 'Two budget lines name the same fiscal year.' }, [
      { path: 'budgets', message: 'duplicate fiscal year' },
    ]);
  }
  const outside = budgets.findIndex((b) => b.fiscalYear < first || b.fiscalYear > last);
  if (outside >= 0) {
    throw new ValidationError(
      {
        ja: `予算の年度は${first}年度から${last}年度までです（${type.nameJa}：${type.durationYears}年間）。`,
        en: `Budget years run from FY${first} to FY${last} (${type.nameEn}: ${type.durationYears} years).`,
      },
      [{ path: `budgets.${outside}.fiscalYear`, message: 'outside the call type duration' }],
    );
  }
  const total = budgets.reduce((s, b) => s + b.amountYen, 0);
  if (total > type.budgetCapYen) {
    throw new ValidationError(
      {
        ja: `予算の合計が類型の上限（${type.budgetCapYen.toLocaleString('ja-JP')}円）を超えています。`,
        en: `The budget total exceeds the call type's cap (¥${type.budgetCapYen.toLocaleString('en-US')}).`,
      },
      [{ path: 'budgets', message: 'above the cap' }],
    );
  }
}

export function checkTeamShape(team: ApplicationContent['team']) {
  const pis = team.filter((m) => m.role === 'pi');
  if (pis.length !== 1) {
    throw new ValidationError({ ja: '研究開発代表者は一人です。', en: 'A team has exactly one PI.' }, [
      { path: 'team', message: 'exactly one pi' },
    ]);
  }
  const numbers = team.map((m) => m.researcherNumber);
  if (new Set(numbers).size !== numbers.length) {
    throw new ValidationError({ ja: '同じ研究者が二度登録されています。', en: 'A researcher appears twice in the team.' }, [
      { path: 'team', message: 'duplicate researcher' },
    ]);
  }
}

/** What a submission still lacks: the paths of missing fields and attachments. */
export function missingForSubmission(
  app: { titleJa: string; titleEn: string; abstractJa: string; abstractEn: string; ppiAnswers: { code: string; answer: string }[] },
  budgets: unknown[],
  attachmentKinds: string[],
  call: CallRow,
): { path: string; message: string }[] {
  const missing: { path: string; message: string }[] = [];
  for (const f of ['titleJa', 'titleEn', 'abstractJa', 'abstractEn'] as const)
    if (!app[f].trim()) missing.push({ path: f, message: 'required' });
  if (budgets.length === 0) missing.push({ path: 'budgets', message: 'required' });
  for (const q of call.ppiQuestions) {
    if (!app.ppiAnswers.some((a) => a.code === q.code && a.answer.trim()))
      missing.push({ path: `ppiAnswers.${q.code}`, message: 'required' });
  }
  for (const a of call.requiredAttachments) {
    if (a.required && !attachmentKinds.includes(a.code)) missing.push({ path: `attachments.${a.code}`, message: 'required' });
  }
  return missing;
}
