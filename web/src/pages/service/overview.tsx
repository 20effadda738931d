/**
 * The operator's service overview: items by state and overdue (each a link to
 * the list behind it), open and overdue by department, the sweep, the dispatch
 * rules (editable), and the service index chart.
 */
import { useState } from 'react';
import { api, ApiError, auth } from '../../api.ts';
import { Data, fmt, num, pick, useDocumentTitle, useI18n } from '../../i18n.tsx';
import { Link } from '../../router.tsx';
import { useApi } from '../../use-api.ts';
import { Status } from '../common.tsx';
import { useMe } from '../trade/trade-common.tsx';
import { SignInPrompt } from '../trade/talk-common.tsx';
import { ServiceIndexSection } from './service-index.tsx';
import { categoryName, serviceRefusal, useDepartments, type Overview, type Rule, type ServiceStatus } from './service-common.tsx';

const STATES: ServiceStatus[] = ['dispatched', 'accepted', 'replied', 'reopened', 'closed'];

function RuleRow({ r, codes, onSaved }: { r: Rule; codes: { code: string; name: string }[]; onSaved: () => void }) {
  const { t } = useI18n();
  const [dept, setDept] = useState(r.departmentCode);
  const [normal, setNormal] = useState(String(r.hoursNormal));
  const [urgent, setUrgent] = useState(String(r.hoursUrgent));
  const [msg, setMsg] = useState<string | null>(null);
  const save = async () => {
    setMsg(null);
    try {
      await api<Rule>(`/api/service/rules/${r.category}`, {
        method: 'PUT',
        body: JSON.stringify({ departmentCode: dept, hoursNormal: Number(normal), hoursUrgent: Number(urgent) }),
      });
      setMsg(t.service.overview.saved);
      onSaved();
    } catch (err) {
      setMsg(serviceRefusal(t, err));
    }
  };
  return (
    <tr data-testid="rule" data-category={r.category}>
      <td>{categoryName(t, r.category)}</td>
      <td data-label={t.service.item.department}>
        <select value={dept} onChange={(e) => setDept(e.target.value)} aria-label={t.service.item.department}>
          {codes.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </td>
      <td data-label={t.service.overview.ruleHours}>
        <input value={normal} onChange={(e) => setNormal(e.target.value)} inputMode="numeric" dir="ltr" aria-label={t.service.urgency.normal} /> /{' '}
        <input value={urgent} onChange={(e) => setUrgent(e.target.value)} inputMode="numeric" dir="ltr" aria-label={t.service.urgency.urgent} />
      </td>
      <td>
        <button type="button" onClick={() => void save()}>
          {t.service.overview.save}
        </button>{' '}
        {msg ? <span className="small">{msg}</span> : null}
      </td>
    </tr>
  );
}

export function ServiceOverviewPage(_props: Record<string, string>) {
  const { t, lang } = useI18n();
  const w = t.service.overview;
  useDocumentTitle(w.title);
  const me = useMe();
  const allowed = me.data?.role === 'operator' || me.data?.role === 'regulator' || me.data?.role === 'department';
  const overview = useApi<Overview>(allowed ? '/api/service/overview' : null);
  const rules = useApi<Rule[]>(allowed ? '/api/service/rules' : null);
  const departments = useDepartments();
  const [swept, setSwept] = useState<string | null>(null);
  if (!auth.token) return <SignInPrompt />;
  if (!me.data) return <Status loading={me.loading} error={me.error} />;
  if (!allowed) return <Status loading={false} error={new ApiError(403, 'FORBIDDEN', 'FORBIDDEN')} />;
  if (!overview.data) return <Status loading={overview.loading} error={overview.error} />;
  const o = overview.data;
  const operator = me.data.role === 'operator';
  const sweep = async () => {
    const r = await api<{ escalated: unknown[]; autoClosed: unknown[] }>('/api/service/sweep', { method: 'POST' });
    setSwept(fmt(w.swept, { e: num(r.escalated.length, lang), c: num(r.autoClosed.length, lang) }));
    overview.reload();
  };
  const codes = (departments.data ?? []).map((d) => ({ code: d.code, name: pick(lang, d.nameZh, d.nameEn) }));
  return (
    <section data-testid="service-overview-page">
      <h1>{w.title}</h1>
      <div className="service-stats">
        {STATES.map((s) => (
          <Link key={s} to={`/service?status=${s}`} className="service-stat" testId={`stat-${s}`}>
            <span>{t.service.status[s]}</span>
            <strong>{num(o.byStatus[s], lang)}</strong>
          </Link>
        ))}
        <Link to="/service?overdue=true" className="service-stat" testId="stat-overdue">
          <span>{w.overdue}</span>
          <strong data-testid="overdue-count">{num(o.overdue, lang)}</strong>
        </Link>
        <div className="service-stat">
          <span>{w.escalated}</span>
          <strong>{num(o.escalated, lang)}</strong>
        </div>
      </div>
      {operator ? (
        <div className="service-toolbar">
          <button type="button" onClick={() => void sweep()} data-testid="sweep">
            {w.sweep}
          </button>
          {swept ? <span className="small">{swept}</span> : null}
        </div>
      ) : null}
      <h2>{w.byDepartment}</h2>
      <div className="service-table-wrap">
        <table className="service-table">
          <thead>
            <tr>
              <th>{t.service.index.department}</th>
              <th>{w.open}</th>
              <th>{w.overdue}</th>
            </tr>
          </thead>
          <tbody>
            {o.byDepartment.map((d) => (
              <tr key={d.departmentCode}>
                <td>
                  <Data lang={lang} zh={d.nameZh} en={d.nameEn} />
                </td>
                <td>
                  <Link to={`/service?department=${d.departmentCode}`}>{num(d.open, lang)}</Link>
                </td>
                <td>
                  <Link to={`/service?department=${d.departmentCode}&overdue=true`}>{num(d.overdue, lang)}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ServiceIndexSection />
      {operator && rules.data ? (
        <>
          <h2>{w.rules}</h2>
          <div className="service-table-wrap">
            <table className="service-table stack-table" data-testid="rules">
              <thead>
                <tr>
                  <th>{t.service.raise.category}</th>
                  <th>{t.service.item.department}</th>
                  <th>{w.ruleHours}</th>
                  <th>
                    <span className="visually-hidden">{w.save}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rules.data.map((r) => (
                  <RuleRow key={r.category} r={r} codes={codes} onSaved={rules.reload} />
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </section>
  );
}
