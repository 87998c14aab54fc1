import { Button, Group } from '@mantine/core';
import * as echarts from 'echarts';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatabookTable } from '../../api/databook/queries.ts';

/** The same chart the server renders as SVG (bar / stacked bar / pie), drawn in the browser; PNG saved from the canvas. */
export function DatabookChart({ table }: { table: DatabookTable }) {
  const { t, i18n } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const ja = i18n.language === 'ja';
  useEffect(() => {
    if (!ref.current) return;
    const c = echarts.init(ref.current, undefined, { renderer: 'canvas' });
    chart.current = c;
    const label = (r: Record<string, number | string>) => String(r[ja ? 'nameJa' : 'nameEn'] ?? r.fiscalYear);
    const oku = (v: unknown) => Math.round((Number(v) / 1e8) * 10) / 10;
    const yen = table.columns.filter((col) =>
      table.chart === 'stacked' ? col.kind === 'yen' && !/total/i.test(col.key) : col.key === 'yen',
    );
    c.setOption(
      table.chart === 'pie'
        ? { tooltip: {}, series: [{ type: 'pie', radius: '60%', data: table.rows.map((r) => ({ name: label(r), value: oku(r.yen) })) }] }
        : {
            tooltip: { trigger: 'axis' },
            legend: { top: 0 },
            grid: { top: 40, left: 60, right: 20, bottom: 70 },
            xAxis: { type: 'category', data: table.rows.map(label), axisLabel: { rotate: table.rows.length > 6 ? 30 : 0 } },
            yAxis: { type: 'value', name: t('databook.unitOku') },
            series: yen.map((col) => ({
              type: 'bar',
              name: ja ? col.ja : col.en,
              stack: table.chart === 'stacked' ? 'total' : undefined,
              data: table.rows.map((r) => oku(r[col.key])),
            })),
          },
    );
    const onResize = () => c.resize();
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      c.dispose();
    };
  }, [table, ja, t]);
  const savePng = () => {
    const url = chart.current?.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
    if (!url) return;
    const a = document.createElement('a');
    a.href = url;
    a.download = `${table.key}.png`;
    a.click();
  };
  if (table.rows.length === 0 || table.chart === 'none') return null;
  return (
    <div>
      <div ref={ref} style={{ width: '100%', height: 320 }} role="img" aria-label={ja ? table.titleJa : table.titleEn} />
      <Group justify="flex-end">
        <Button size="xs" variant="subtle" onClick={savePng}>
          {t('databook.png')}
        </Button>
      </Group>
    </div>
  );
}
