/**
 * The operator's dashboard (GET /api/dashboard): stalls by grade and district,
 * idle stalls, open re-allocation rounds, service items by state and overdue,
 * trade and active merchants by week, the latest commodity index. Charts and
 * numbers lead to the lists behind them (the evaluation console and rounds
 * pages of stall evaluation, the service lists, the stall, the index); everything downloads as xlsx.
 */
import { useMemo } from 'react';
import type { z } from 'zod';
import type { Dashboard as DashboardSchema } from '../../../../src/http/responses-dashboard.ts';
import { auth } from '../../api.ts';
import { Data, fmt, num, useDocumentTitle, useI18n } from '../../i18n.tsx';
import { Link, useRouter } from '../../router.tsx';
import { useApi } from '../../use-api.ts';
import { Status } from '../common.tsx';
import { minorDigits, useMe } from '../trade/trade-common.tsx';
import { SignInPrompt } from '../trade/talk-common.tsx';
import { Chart } from '../chart/chart.tsx';
import { saveFile, type ServiceStatus } from '../service/service-common.tsx';
import './dashboard.css';

type Dashboard = z.infer<typeof DashboardSchema>;
const STATES: ServiceStatus[] = ['dispatched', 'accepted', 'replied', 'reopened', 'closed'];
const GRADES = [5, 4, 3, 2, 1];
const grid = { left: 48, right: 48, top: 24, bottom: 48 };

function Grades({ d }: { d: Dashboard }) {
  const { t, lang } = useI18n();
  const w = t.dashboard;
  const { navigate } = useRouter();
  const s = d.stalls;
  const option = useMemo(
    () => ({
      tooltip: {},
      grid,
      xAxis: { type: 'category', data: GRADES.map((g) => fmt(w.stars, { n: g })) },
      yAxis: { type: 'value' },
      series: [{ type: 'bar', data: GRADES.map((g) => s.byGrade.find((x) => x.grade === g)?.stalls ?? 0) }],
    }),
    [s, w],
  );
  return (
    <section className="panel" data-testid="dash-stalls">
      <h2>{w.stalls}</h2>
      {s.period === null ? (
        <p className="muted">{w.notEvaluated}</p>
      ) : (
        <>
          <p className="small">
            {fmt(w.period, { period: s.period })} · <Link to="/stalls/evaluation/console">{w.toEvaluation}</Link>
          </p>
          <Chart option={option} testId="chart-grades" label={w.stalls} onPick={() => navigate('/stalls/evaluation/console')} />
          {/* Fixed columns that wrap their text: the table fits the panel at any width, so there is no scrolling region. */}
          <div className="dash-grades">
            <table className="service-table" data-testid="grades-by-district">
              <caption className="visually-hidden">{w.byDistrict}</caption>
              <thead>
                <tr>
                  <th>{w.district}</th>
                  {GRADES.map((g) => (
                    <th key={g}>{fmt(w.stars, { n: g })}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {s.districts.map((dist) => (
                  <tr key={dist.id}>
                    <td>
                      <Data lang={lang} zh={dist.nameZh} en={dist.nameEn} />
                    </td>
                    {GRADES.map((g) => (
                      <td key={g}>{num(s.byDistrict.find((x) => x.districtId === dist.id && x.grade === g)?.stalls ?? 0, lang)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

function IdleAndRounds({ d }: { d: Dashboard }) {
  const { t, lang } = useI18n();
  const w = t.dashboard;
  return (
    <>
      <section className="panel" data-testid="dash-idle">
        <h2>
          {w.idle} · {fmt(w.idleCount, { n: num(d.stalls.idle, lang) })}
        </h2>
        {d.idleStalls.length === 0 ? (
          <p className="muted">{w.noIdle}</p>
        ) : (
          <ul className="service-list">
            {d.idleStalls.map((s) => (
              <li key={s.stallId}>
                <Link to={`/stall/${s.stallId}`} className="service-row" testId="idle-stall">
                  <strong>{fmt(w.stall, { id: num(s.stallId, lang) })}</strong>
                  <span className="service-row-title">
                    {w.score} {num(s.score, lang, 1)} · {fmt(w.stars, { n: s.grade })}
                  </span>
                  {s.flag ? <span className="tag tag-warn">{fmt(w.warned, { date: s.flag.deadline })}</span> : null}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="panel" data-testid="dash-rounds">
        <h2>{w.rounds}</h2>
        <p className="small">
          <Link to="/stalls/rounds">{w.toRounds}</Link>
        </p>
        {d.openRounds.length === 0 ? (
          <p className="muted">{w.noRounds}</p>
        ) : (
          <ul className="service-list">
            {d.openRounds.map((r) => (
              <li key={r.id}>
                <Link to={`/stalls/rounds/${r.id}`} className="service-row" testId="open-round">
                  <strong>{fmt(w.round, { id: num(r.id, lang) })}</strong>
                  <span className="service-row-title">{fmt(w.stall, { id: num(r.stallId, lang) })}</span>
                  <span className="small">{fmt(w.closesOn, { date: r.closesOn })}</span>
                  <span className="tag">{fmt(w.applications, { n: num(r.applications, lang) })}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function Service({ d }: { d: Dashboard }) {
  const { t, lang } = useI18n();
  const w = t.dashboard;
  const { navigate } = useRouter();
  const option = useMemo(
    () => ({
      tooltip: {},
      grid,
      xAxis: { type: 'category', data: STATES.map((s) => t.service.status[s]) },
      yAxis: { type: 'value' },
      series: [{ type: 'bar', data: STATES.map((s) => d.service.byStatus[s]) }],
    }),
    [d, t],
  );
  return (
    <section className="panel" data-testid="dash-service">
      <h2>{w.service}</h2>
      <p>
        <Link to="/service?overdue=true" className="tag tag-warn" testId="dash-overdue">
          {fmt(w.overdue, { n: num(d.service.overdue, lang) })}
        </Link>
        <span className="tag">{fmt(w.escalated, { n: num(d.service.escalated, lang) })}</span> <Link to="/service/overview">{w.toService}</Link>
      </p>
      <Chart option={option} testId="chart-service" label={w.service} onPick={(_name, i) => STATES[i] && navigate(`/service?status=${STATES[i]}`)} />
    </section>
  );
}

function Trade({ d }: { d: Dashboard }) {
  const { t, lang } = useI18n();
  const w = t.dashboard;
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid,
      xAxis: { type: 'category', data: d.trade.map((x) => x.week) },
      yAxis: [{ type: 'value' }, { type: 'value' }],
      series: [
        { name: w.orders, type: 'bar', data: d.trade.map((x) => x.orders) },
        { name: w.activeMerchants, type: 'line', yAxisIndex: 1, data: d.trade.map((x) => x.activeMerchants) },
      ],
    }),
    [d, w],
  );
  const last = d.trade.at(-1);
  return (
    <section className="panel" data-testid="dash-trade">
      <h2>{w.trade}</h2>
      <Chart option={option} testId="chart-trade" label={w.trade} />
      {last ? (
        <p className="small">
          {w.week} {last.week}: {w.orders} {num(last.orders, lang)} · {w.activeMerchants} {num(last.activeMerchants, lang)}
          {Object.entries(last.value).map(([c, v]) => ` · ${w.value} ${num(v / 10 ** minorDigits(c), lang, minorDigits(c))} ${c}`)}
        </p>
      ) : null}
    </section>
  );
}

function CommodityIndex({ d }: { d: Dashboard }) {
  const { t, lang } = useI18n();
  const w = t.dashboard;
  const { price, prosperity } = d.commodityIndex;
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid,
      xAxis: { type: 'category', data: price.map((p) => p.week) },
      yAxis: [
        { type: 'value', scale: true },
        { type: 'value', scale: true },
      ],
      series: [
        { name: w.price, type: 'line', data: price.map((p) => Number(p.value.toFixed(2))) },
        { name: w.prosperity, type: 'line', yAxisIndex: 1, data: prosperity.map((p) => Number(p.value.toFixed(1))) },
      ],
    }),
    [price, prosperity, w],
  );
  const lp = price.at(-1);
  const lq = prosperity.at(-1);
  return (
    <section className="panel" data-testid="dash-index">
      <h2>{w.index}</h2>
      {!lp ? (
        <p className="muted">{w.noIndex}</p>
      ) : (
        <>
          <p className="small" data-testid="index-latest">
            {fmt(w.latest, { week: lp.week, price: num(lp.value, lang, 2), prosperity: lq ? num(lq.value, lang, 1) : '—' })} ·{' '}
            <Link to="/index">{w.toIndex}</Link>
          </p>
          <Chart option={option} testId="chart-index" label={w.index} />
        </>
      )}
    </section>
  );
}

export function DashboardPage(_props: Record<string, string>) {
  const { t, lang } = useI18n();
  const w = t.dashboard;
  useDocumentTitle(w.title);
  const me = useMe();
  const operator = me.data?.role === 'operator';
  const d = useApi<Dashboard>(operator ? '/api/dashboard' : null);
  if (!auth.token) return <SignInPrompt />;
  if (!me.data) return <Status loading={me.loading} error={me.error} />;
  if (!operator)
    return (
      <p className="muted" data-testid="dashboard-refused">
        {w.onlyOperator}
      </p>
    );
  if (!d.data) return <Status loading={d.loading} error={d.error} />;
  return (
    <section data-testid="dashboard-page">
      <h1>{w.title}</h1>
      <p className="muted">{w.intro}</p>
      <div className="service-toolbar">
        <button
          type="button"
          onClick={() => void saveFile(`/api/dashboard/download?lang=${lang === 'zh' ? 'zh' : 'en'}`, 'dashboard.xlsx')}
          data-testid="dashboard-download"
        >
          {w.download}
        </button>
      </div>
      <div className="dashboard-grid">
        <Grades d={d.data} />
        <Service d={d.data} />
        <IdleAndRounds d={d.data} />
        <Trade d={d.data} />
        <CommodityIndex d={d.data} />
      </div>
    </section>
  );
}
