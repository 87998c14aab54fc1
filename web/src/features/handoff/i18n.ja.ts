/** 事業間連携（ハンドオフ）の画面の文言。 */
export const handoffJa = {
  navTitle: '事業間連携',
  pageTitle: '事業間連携の状況',
  pageLead: '事業から事業へ引き継がれたシーズの数、事業間の待ち期間、企業導出に至った割合を年度ごとに示します。',
  sankeyTitle: 'シーズの流れ（事業・年度・金額）',
  sankeyLead: '各事業の実施期間と研究開発費、調整費による加速、企業導出・薬事承認・保険収載までの流れです。',
  noPath: 'この課題には事業間連携の記録がありません。',
  recommendTitle: '後継事業の候補（マッチング）',
  recommendLead: '最終ステージゲートが近い課題について、過去の課題との共通点から後継事業を提案します。',
  notNear: 'この課題はまだ最終ステージゲートに近づいていません。',
  noCandidates: '候補となる後継事業は見つかりませんでした。',
  pastProjects: '過去の課題 {{count}}件',
  score: '適合度 {{score}}',
  col: {
    fiscalYear: '年度',
    movedOn: '次の事業へ移行したシーズ',
    wait: '平均待ち期間（年）',
    ended: '終了課題',
    company: '企業導出に至った課題',
    share: '企業導出の割合',
  },
};
