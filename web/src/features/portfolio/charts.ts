import type { FunnelT, MatrixT } from '../../api/portfolio/queries.ts';
import type { Lang } from '../../i18n/index.ts';
import { count, labelOf, money, nameOf } from '../../lib/format.ts';

/** Funnel of the five generic stages; width by project count, money in the label. */
export function funnelOption(f: FunnelT, lang: Lang) {
  const data = f.stages.map((s) => ({
    name: labelOf({ ja: s.labelJa, en: s.labelEn }, lang),
    value: s.projects,
    yen: s.yen,
    stage: s.stage,
  }));
  return {
    tooltip: {
      trigger: 'item',
      formatter: (p: { name: string; data: { value: number; yen: number } }) =>
        `${p.name}<br/>${count(p.data.value, lang)} / ${money(p.data.yen, lang)}`,
    },
    series: [
      {
        type: 'funnel',
        sort: 'none',
        left: '10%',
        width: '80%',
        minSize: '12%',
        label: {
          show: true,
          position: 'inside',
          formatter: (p: { name: string; data: { value: number; yen: number } }) =>
            `${p.name}  ${count(p.data.value, lang)}・${money(p.data.yen, lang)}`,
        },
        data,
      },
    ],
  };
}

/** Heatmap: integrated projects (rows) × disease areas (columns); one generic stage or all. */
export function matrixOption(m: MatrixT, lang: Lang, stage: string | null) {
  const xs = m.diseaseAreas;
  const ys = m.integratedProjects;
  const sums = new Map<string, { projects: number; yen: number }>();
  for (const c of m.cells) {
    if (stage && c.stage !== stage) continue;
    const k = `${c.integratedProjectId}|${c.diseaseAreaId}`;
    const s = sums.get(k) ?? { projects: 0, yen: 0 };
    s.projects += c.projects;
    s.yen += c.yen;
    sums.set(k, s);
  }
  const data = ys.flatMap((y, yi) =>
    xs.map((x, xi) => {
      const s = sums.get(`${y.id}|${x.id}`) ?? { projects: 0, yen: 0 };
      return { value: [xi, yi, s.projects], yen: s.yen, ip: y.id, area: x.id };
    }),
  );
  const max = Math.max(1, ...data.map((d) => d.value[2] as number));
  return {
    tooltip: {
      formatter: (p: { data: { value: number[]; yen: number } }) =>
        `${nameOf(ys[p.data.value[1]!], lang)} × ${nameOf(xs[p.data.value[0]!], lang)}<br/>${count(p.data.value[2]!, lang)} / ${money(p.data.yen, lang)}`,
    },
    grid: { left: 210, right: 20, top: 10, bottom: 90 },
    xAxis: { type: 'category', data: xs.map((x) => nameOf(x, lang)), axisLabel: { rotate: 35, interval: 0 } },
    yAxis: { type: 'category', data: ys.map((y) => nameOf(y, lang)), axisLabel: { width: 200, overflow: 'truncate' } },
    visualMap: {
      min: 0,
      max,
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      show: false,
      inRange: { color: ['#f1f5fb', '#1c5fb8'] },
    },
    series: [
      {
        type: 'heatmap',
        data,
        label: { show: true, formatter: (p: { data: { value: number[] } }) => (p.data.value[2] ? String(p.data.value[2]) : '') },
      },
    ],
  };
}
