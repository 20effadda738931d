import { useMemo, useState } from 'react';
import { Data, useI18n, type Lang } from '../i18n.tsx';
import { useApi } from '../use-api.ts';
import { Chart } from './chart/chart.tsx';
import { Status } from './common.tsx';

interface Point {
  week: string;
  date: string;
  value: number;
  release: number | null;
}
interface NodeSeries {
  node: string;
  nameZh: string;
  nameEn: string;
  level: number;
  points: Point[];
}
interface SeriesResponse {
  series: 'price' | 'prosperity';
  base: number;
  release: { id: number; releasedAt: string; kind: string; note: string | null } | null;
  nodes: NodeSeries[];
}
interface Release {
  id: number;
  releasedAt: string;
  kind: string;
  firstWeek: string;
  lastWeek: string;
  note: string | null;
}

const name = (lang: Lang, n: NodeSeries) => (lang === 'zh' ? n.nameZh : n.nameEn);
const line = (label: string, pts: Point[], yAxisIndex = 0) => ({
  name: label,
  type: 'line',
  showSymbol: false,
  yAxisIndex,
  data: pts.map((p) => [p.week, Number(p.value.toFixed(2))]),
});

export function IndexPage() {
  const { lang, t: all } = useI18n();
  const t = all.indexPage;
  const [release, setRelease] = useState<string>('');
  const [cats, setCats] = useState<string>('04,02,08,12');
  const rel = release ? `&release=${release}` : '';
  const releases = useApi<Release[]>('/api/index/releases');
  const top = useApi<SeriesResponse>(`/api/index/series?series=price&category=top${rel}`);
  const pros = useApi<SeriesResponse>(`/api/index/series?series=prosperity&category=ALL${rel}`);
  const overall = top.data?.nodes.find((n) => n.node === 'ALL');
  const hasData = !!overall && overall.points.length > 0;
  // The options are kept between renders: a chart is drawn again only when its data changes.
  const options = useMemo(() => {
    if (!overall) return null;
    const chosen = top.data?.nodes.filter((n) => cats.split(',').includes(n.node)) ?? [];
    const axis = { type: 'category' as const, data: overall.points.map((p) => p.week) };
    return {
      overall: { tooltip: { trigger: 'axis' }, xAxis: axis, yAxis: { type: 'value', scale: true }, series: [line(name(lang, overall), overall.points)] },
      categories: {
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { top: 40 },
        xAxis: axis,
        yAxis: { type: 'value', scale: true },
        series: chosen.map((n) => line(name(lang, n), n.points)),
      },
      prosperity: {
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { top: 40 },
        xAxis: axis,
        yAxis: [
          { type: 'value', scale: true, name: t.price },
          { type: 'value', scale: true, name: t.prosperity },
        ],
        series: [line(t.price, overall.points), line(t.prosperity, pros.data?.nodes[0]?.points ?? [], 1)],
      },
    };
  }, [overall, top.data, pros.data, cats, lang, t]);
  return (
    <>
      <h1 data-testid="index-title">{t.title}</h1>
      <p className="muted">{t.subtitle}</p>
      <div className="toolbar">
        <label>
          {t.release}{' '}
          <select value={release} onChange={(e) => setRelease(e.target.value)}>
            <option value="">{t.latest}</option>
            {releases.data?.map((r) => (
              <option key={r.id} value={r.id}>
                #{r.id} {r.releasedAt.slice(0, 10)} {r.kind === 'revision' ? t.revision : t.regular} ({r.firstWeek}–{r.lastWeek})
              </option>
            ))}
          </select>
        </label>
        <span>
          {t.download}: <a href={`/api/index/series/download?category=top&format=csv${rel}`}>CSV</a> ·{' '}
          <a href={`/api/index/series/download?category=top&format=xlsx${rel}`}>xlsx</a>
        </span>
      </div>
      <Status loading={top.loading && !top.data} error={top.error} />
      {top.data && !hasData ? <p className="muted">{t.noData}</p> : null}
      {hasData && options ? (
        <>
          <h2>{t.overall}</h2>
          <Chart testId="chart-overall" label={t.overall} height={340} option={options.overall} />
          <h2>{t.byCategory}</h2>
          <div className="chips">
            {top.data?.nodes
              .filter((n) => n.node !== 'ALL' && n.points.length)
              .map((n) => {
                const on = cats.split(',').includes(n.node);
                return (
                  <button
                    type="button"
                    key={n.node}
                    className={on ? 'chip active' : 'chip'}
                    onClick={() => setCats((on ? cats.split(',').filter((c) => c !== n.node) : [...cats.split(','), n.node]).filter(Boolean).join(','))}
                  >
                    <Data lang={lang} zh={n.nameZh} en={n.nameEn} />
                  </button>
                );
              })}
          </div>
          <Chart testId="chart-categories" label={t.byCategory} height={340} option={options.categories} />
          <h2>{t.priceVsProsperity}</h2>
          <Chart testId="chart-prosperity" label={t.priceVsProsperity} height={340} option={options.prosperity} />
          <p className="muted">{t.method}</p>
        </>
      ) : null}
    </>
  );
}
