/**
 * Users: the demo sign-in accounts (one per role, with the demo password) and the post holders
 * without a password, so that the catalog shows who holds each post: a PD for every integrated
 * project and a DC for every disease area of periods 2 and 3, a PS and 1–3 POs for every program.
 */
import { DISEASE_AREAS, INTEGRATED_PROJECTS, PROGRAM, PROGRAMS } from '../catalog/catalog.reference.ts';
import type { Role } from '../people/roles.ts';
import { FAMILY_NAMES, GIVEN_NAMES } from './corpus.names.ts';
import type { Rng } from './demo.random.ts';
import type { GenUser } from './demo.types.ts';
import { RESEARCHER_EMAIL, RESEARCHER2_EMAIL } from './generate.stories.ts';

type AccountDef = {
  email: string;
  role: Role;
  scopeCode: string | null;
  displayName: string;
  displayNameEn: string;
  descriptionJa: string;
  descriptionEn: string;
};

/** Co-investigator (研究開発分担者) on the demo researcher's applications, to show co-editing. */
export const COINVESTIGATOR_EMAIL = 'coinvestigator@seedline.example';

const ACCOUNTS: AccountDef[] = [
  {
    email: 'admin@seedline.example',
    role: 'admin',
    scopeCode: null,
    displayName: '青木 聡',
    displayNameEn: 'Satoshi Aoki',
    descriptionJa: 'システム管理者',
    descriptionEn: 'Administrator',
  },
  {
    email: 'executive@seedline.example',
    role: 'executive',
    scopeCode: null,
    displayName: '高野 英樹',
    displayNameEn: 'Hideki Takano',
    descriptionJa: '役員（理事）：ポートフォリオとKPIの俯瞰、調整費',
    descriptionEn: 'Executive: portfolio and KPI overview, adjustment funds',
  },
  {
    email: 'pd@seedline.example',
    role: 'pd',
    scopeCode: 'P2-DRUG',
    displayName: '藤原 真理子',
    displayNameEn: 'Mariko Fujiwara',
    descriptionJa: 'PD：第2期 医薬品PJ（次世代がん事業・革新がん事業を含む）',
    descriptionEn: 'PD of the 2nd-period Drug Discovery Project (holds both APOA2-iTQ programs)',
  },
  {
    email: 'ps@seedline.example',
    role: 'ps',
    scopeCode: PROGRAM.KAKUSHIN_GAN,
    displayName: '大橋 隆',
    displayNameEn: 'Takashi Ohashi',
    descriptionJa: 'PS：革新的がん医療実用化研究事業',
    descriptionEn: 'PS of Practical Research for Innovative Cancer Control',
  },
  {
    email: 'po@seedline.example',
    role: 'po',
    scopeCode: PROGRAM.JISEDAI_GAN,
    displayName: '川口 彩',
    displayNameEn: 'Aya Kawaguchi',
    descriptionJa: 'PO：次世代がん医療創生研究事業',
    descriptionEn: 'PO of the next-generation cancer program (P-CREATE)',
  },
  {
    email: 'po2@seedline.example',
    role: 'po',
    scopeCode: PROGRAM.KIKI,
    displayName: '秋山 航',
    displayNameEn: 'Wataru Akiyama',
    descriptionJa: 'PO：医療機器開発推進研究事業',
    descriptionEn: 'PO of Research on Development of Medical Devices',
  },
  {
    email: 'dc@seedline.example',
    role: 'dc',
    scopeCode: 'P3-CANCER',
    displayName: '浜田 典子',
    displayNameEn: 'Noriko Hamada',
    descriptionJa: 'DC：がん領域（第3期）',
    descriptionEn: 'Disease coordinator for cancer (3rd period)',
  },
  {
    email: 'staff@seedline.example',
    role: 'staff',
    scopeCode: null,
    displayName: '吉岡 舞',
    displayNameEn: 'Mai Yoshioka',
    descriptionJa: '事業部職員',
    descriptionEn: 'Program staff',
  },
  {
    email: 'reviewer@seedline.example',
    role: 'reviewer',
    scopeCode: null,
    displayName: '菅原 修',
    displayNameEn: 'Osamu Sugawara',
    descriptionJa: '評価委員',
    descriptionEn: 'Reviewer',
  },
  {
    email: RESEARCHER_EMAIL,
    role: 'researcher',
    scopeCode: null,
    displayName: '宮坂 慎一',
    displayNameEn: 'Shinichi Miyasaka',
    descriptionJa: '研究者：APOA2-iTQ課題の研究代表者（非公開課題あり）',
    descriptionEn: 'Researcher: PI of the APOA2-iTQ projects (with one unpublished project)',
  },
  {
    email: RESEARCHER2_EMAIL,
    role: 'researcher',
    scopeCode: null,
    displayName: '佐野 美咲',
    displayNameEn: 'Misaki Sano',
    descriptionJa: '研究者：再生医療課題の研究代表者（非公開課題あり）',
    descriptionEn: 'Researcher: PI of regenerative medicine projects (with one unpublished project)',
  },
  {
    email: COINVESTIGATOR_EMAIL,
    role: 'researcher',
    scopeCode: null,
    displayName: '北村 直樹',
    displayNameEn: 'Naoki Kitamura',
    descriptionJa: '研究者：宮坂 慎一の応募の研究開発分担者（共同編集）',
    descriptionEn: "Researcher: co-investigator on Shinichi Miyasaka's applications (co-editing)",
  },
];

const SCOPE_OF: Record<Role, GenUser['roles'][number]['scopeType']> = {
  admin: 'agency',
  executive: 'agency',
  staff: 'agency',
  reviewer: 'agency',
  pd: 'integrated_project',
  ps: 'program',
  po: 'program',
  dc: 'disease_area',
  researcher: 'self',
};

export const DEMO_ACCOUNT_LIST: ReadonlyArray<{
  email: string;
  role: Role;
  descriptionJa: string;
  descriptionEn: string;
  displayName: string;
  scopeCode: string | null;
}> = ACCOUNTS;

export function generateUsers(rng: Rng): GenUser[] {
  const users: GenUser[] = ACCOUNTS.map((a) => ({
    email: a.email,
    displayName: a.displayName,
    displayNameEn: a.displayNameEn,
    signIn: true,
    roles: [{ role: a.role, scopeType: SCOPE_OF[a.role], scopeCode: a.scopeCode }],
  }));
  const held = new Set(
    ACCOUNTS.filter((a) => a.role === 'pd' || a.role === 'ps' || a.role === 'dc').map((a) => `${a.role}:${a.scopeCode}`),
  );
  // Family name, then given name: the same draws as always, kept in both scripts.
  const name = () => {
    const family = rng.pick(FAMILY_NAMES);
    const given = rng.pick(GIVEN_NAMES);
    return { ja: `${family.ja} ${given.ja}`, en: `${given.en} ${family.en}` };
  };
  const post = (role: Role, code: string, n = 0) => {
    if (held.has(`${role}:${code}`)) return;
    const holder = name();
    users.push({
      email: `${role}${n ? n : ''}-${code.toLowerCase()}@posts.seedline.example`,
      displayName: holder.ja,
      displayNameEn: holder.en,
      signIn: false,
      roles: [{ role, scopeType: SCOPE_OF[role], scopeCode: code }],
    });
  };
  for (const ip of INTEGRATED_PROJECTS) if (ip.periodId >= 2) post('pd', ip.code);
  for (const p of PROGRAMS) {
    post('ps', p.code);
    for (let k = 1, n = rng.int(1, 3); k <= n; k++) post('po', p.code, k);
  }
  for (const a of DISEASE_AREAS) if (a.periodId >= 2) post('dc', a.code);
  return users;
}
