import { describe, expect, it } from 'vitest';
import { composeDecisionLetter } from './letters.ts';
import { similarity, termsOf, vectorOf } from './similarity.ts';

const doc = (titleJa: string, titleEn: string) => ({ titleJa, titleEn, abstractJa: '', abstractEn: '' });

describe('text similarity for duplication checks', () => {
  it('finds the same theme across wording in Japanese and English, and none between different themes', () => {
    const a = vectorOf(doc('膵がん早期診断のための血液バイオマーカーの開発', 'Blood biomarker for early detection of pancreatic cancer'));
    const b = vectorOf(doc('膵がんの早期発見に向けた血液バイオマーカー', 'Blood biomarkers for early pancreatic cancer detection'));
    const c = vectorOf(doc('迷走神経刺激カテーテルによる心保護', 'Vagus nerve stimulating catheter for cardioprotection'));
    expect(similarity(a, b).score).toBeGreaterThan(0.6);
    expect(similarity(a, c).score).toBe(0);
    expect(similarity(a, b).sharedTerms).toEqual(expect.arrayContaining(['膵', 'がん', 'pancreatic']));
  });

  it('leaves out particles and English function words', () => {
    expect(termsOf('がんの治療のための研究 for the study of cancer')).toEqual(['がん', '治療', '研究', 'cancer']);
  });
});

describe('decision letters', () => {
  const base = {
    applicantNameJa: '宮坂 慎一',
    applicantNameEn: 'Shinichi Miyasaka',
    callTitleJa: '令和7年度 革新がん 公募',
    callTitleEn: 'FY2025 call',
    applicationTitleJa: '膵がん診断',
    applicationTitleEn: 'Pancreatic cancer test',
    awardedYen: 85_000_000,
    reasonJa: '',
    reasonEn: '',
    comments: [{ text: '優れた計画' }, { text: '  ' }, { text: '予算の根拠が弱い' }],
  };
  it('numbers the reviewers instead of naming them and states the award in Japanese', () => {
    const l = composeDecisionLetter({ ...base, locale: 'ja', outcome: 'adopted' });
    expect(l.subject).toBe('【採否通知】令和7年度 革新がん 公募');
    expect(l.text).toContain('採択額は総額8,500万円です。');
    expect(l.text).toContain('評価委員1：優れた計画\n評価委員2：予算の根拠が弱い');
  });
  it('writes a rejection in English for an English-speaking applicant', () => {
    const l = composeDecisionLetter({ ...base, locale: 'en', outcome: 'rejected' });
    expect(l.text).toContain('has not been adopted');
    expect(l.text).toContain('Reviewer 2: 予算の根拠が弱い');
    expect(l.text).not.toContain('採択');
  });
});
