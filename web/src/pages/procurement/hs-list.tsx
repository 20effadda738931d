/** The operator's editor of the prohibited/restricted list by HS prefix, with the log of every edit. */
import { useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { useDocumentTitle, useI18n } from '../../i18n.tsx';
import { useApi } from '../../use-api.ts';
import { Status } from '../common.tsx';
import { Code, ForRoles, ProcRefusal, type HsRule, type HsRuleEdit } from './proc-common.tsx';

export function HsListPage(_props: Record<string, string>) {
  const { t } = useI18n();
  useDocumentTitle(t.procurement.hs.title);
  return <ForRoles roles={['operator']}>{() => <HsList />}</ForRoles>;
}

function HsList() {
  const { t, lang } = useI18n();
  const w = t.procurement.hs;
  const rules = useApi<HsRule[]>('/api/procurement/hs-rules');
  const edits = useApi<HsRuleEdit[]>('/api/procurement/hs-rules/edits');
  const [err, setErr] = useState<unknown>(null);
  const reload = () => {
    rules.reload();
    edits.reload();
  };
  const remove = async (prefix: string) => {
    setErr(null);
    try {
      await api(`/api/procurement/hs-rules/${prefix}`, { method: 'DELETE' });
      reload();
    } catch (x) {
      setErr(x);
    }
  };
  return (
    <section data-testid="hs-list-page">
      <h1>{w.title}</h1>
      <p className="muted">{w.intro}</p>
      <RuleForm onDone={reload} />
      <ProcRefusal err={err} />
      {!rules.data ? (
        <Status loading={rules.loading} error={rules.error} />
      ) : (
        <ul className="gov-list" data-testid="hs-rules">
          {rules.data.map((r) => (
            <li key={r.prefix} className="gov-card" data-testid="hs-rule" data-prefix={r.prefix} data-kind={r.kind}>
              <h3>
                <Code>{r.prefix}</Code> <span className="tag">{w.kinds[r.kind]}</span>
              </h3>
              <p dir="auto">{lang === 'zh' ? r.reasonZh : r.reasonEn}</p>
              {r.source ? (
                <p className="muted">
                  {w.source}: <Code>{r.source}</Code>
                </p>
              ) : null}
              <button type="button" onClick={() => remove(r.prefix)} data-testid="hs-remove">
                {w.remove}
              </button>
            </li>
          ))}
        </ul>
      )}
      <h2>{w.edits}</h2>
      {!edits.data ? (
        <Status loading={edits.loading} error={edits.error} />
      ) : (
        <ul className="gov-list" data-testid="hs-edits">
          {edits.data.slice(0, 50).map((e) => (
            <li key={e.seq} className="gov-card" data-testid="hs-edit">
              <Code>{e.at.slice(0, 16).replace('T', ' ')}</Code> · {w.action[e.action]} <Code>{e.prefix}</Code>{' '}
              {e.kind ? <span className="tag">{w.kinds[e.kind]}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function RuleForm({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  const w = t.procurement.hs;
  const [f, setF] = useState({ prefix: '', kind: 'prohibited', reasonZh: '', reasonEn: '', source: '' });
  const [err, setErr] = useState<unknown>(null);
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) => setF({ ...f, [k]: e.target.value });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setErr(null);
    try {
      const { prefix, source, ...rest } = f;
      await api(`/api/procurement/hs-rules/${encodeURIComponent(prefix)}`, { method: 'PUT', body: JSON.stringify({ ...rest, ...(source ? { source } : {}) }) });
      setF({ prefix: '', kind: 'prohibited', reasonZh: '', reasonEn: '', source: '' });
      onDone();
    } catch (x) {
      setErr(x);
    }
  };
  return (
    <form className="gov-form panel" onSubmit={submit} data-testid="hs-form">
      <div className="gov-rates">
        <label>
          {w.prefix}
          <input value={f.prefix} onChange={set('prefix')} required pattern="[0-9]{2,10}" inputMode="numeric" dir="ltr" data-testid="hs-prefix" />
        </label>
        <label>
          {w.kind}
          <select value={f.kind} onChange={set('kind')} data-testid="hs-kind">
            <option value="prohibited">{w.kinds.prohibited}</option>
            <option value="restricted">{w.kinds.restricted}</option>
          </select>
        </label>
      </div>
      <label>
        {w.reasonZh}
        <input value={f.reasonZh} onChange={set('reasonZh')} required data-testid="hs-reason-zh" />
      </label>
      <label>
        {w.reasonEn}
        <input value={f.reasonEn} onChange={set('reasonEn')} required data-testid="hs-reason-en" />
      </label>
      <label>
        {w.source}
        <input value={f.source} onChange={set('source')} data-testid="hs-source" />
      </label>
      <button type="submit" data-testid="hs-save">
        {w.save}
      </button>
      <ProcRefusal err={err} />
    </form>
  );
}
