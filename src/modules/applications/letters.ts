import { formatYen } from '../../lib/money.ts';

/** A reviewer's comment as the applicant reads it: the text only, never who wrote it. */
export type ReviewComment = { text: string };

export type LetterInput = {
  locale: 'ja' | 'en';
  applicantNameJa: string;
  applicantNameEn: string;
  callTitleJa: string;
  callTitleEn: string;
  applicationTitleJa: string;
  applicationTitleEn: string;
  outcome: 'adopted' | 'rejected';
  awardedYen: number;
  reasonJa: string;
  reasonEn: string;
  /** Supplied by the review module; reviewers stay anonymous (numbered, in the given order). */
  comments: ReviewComment[];
};

/** The decision letter (採否通知) to an applicant, in their language. */
export function composeDecisionLetter(l: LetterInput): { subject: string; text: string } {
  const comments = l.comments.filter((c) => c.text.trim());
  if (l.locale === 'en') {
    const head =
      l.outcome === 'adopted'
        ? `We are pleased to inform you that your application has been adopted, with a budget of ${formatYen(l.awardedYen, 'en')} in total.`
        : 'We regret to inform you that your application has not been adopted.';
    const body = [
      `Dear ${l.applicantNameEn},`,
      '',
      `Call: ${l.callTitleEn}`,
      `Application: ${l.applicationTitleEn || l.applicationTitleJa}`,
      '',
      head,
      ...(l.reasonEn.trim() ? ['', `Reasons: ${l.reasonEn.trim()}`] : []),
      ...(comments.length ? ['', "Reviewers' comments:", ...comments.map((c, i) => `Reviewer ${i + 1}: ${c.text.trim()}`)] : []),
      '',
      'Seedline, on behalf of the agency',
    ];
    return { subject: `Result of your application: ${l.callTitleEn}`, text: body.join('\n') };
  }
  const head =
    l.outcome === 'adopted'
      ? `厳正な審査の結果、採択となりましたのでお知らせします。採択額は総額${formatYen(l.awardedYen, 'ja', 'exact')}です。`
      : '厳正な審査の結果、誠に残念ながら不採択となりましたのでお知らせします。';
  const body = [
    `${l.applicantNameJa} 様`,
    '',
    `公募名：${l.callTitleJa}`,
    `研究開発課題名：${l.applicationTitleJa || l.applicationTitleEn}`,
    '',
    head,
    ...(l.reasonJa.trim() ? ['', `採否の理由：${l.reasonJa.trim()}`] : []),
    ...(comments.length ? ['', '評価委員からのコメント：', ...comments.map((c, i) => `評価委員${i + 1}：${c.text.trim()}`)] : []),
    '',
    'Seedline（機構 事業部）',
  ];
  return { subject: `【採否通知】${l.callTitleJa}`, text: body.join('\n') };
}
