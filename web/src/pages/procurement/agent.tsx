/**
 * The export agent's market procurement page (the operator and customs read
 * it too): registrations of its buyers and merchants (with forms to register
 * more), its trade records and its payments with their allocations; the tab is
 * `?tab=registrations|records|payments`.
 */
import { useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { useDocumentTitle, useI18n } from '../../i18n.tsx';
import { Link, useRouter } from '../../router.tsx';
import { useApi } from '../../use-api.ts';
import { Status } from '../common.tsx';
import { PaymentsTab, RecordsTab } from './agent-trade.tsx';
import { Code, ForRoles, ProcRefusal, type RegistrationPage } from './proc-common.tsx';

const TABS = ['registrations', 'records', 'payments'] as const;

export function ProcurementPage(_props: Record<string, string>) {
  const { t } = useI18n();
  useDocumentTitle(t.procurement.reg.title);
  const { search } = useRouter();
  const tab = (TABS as readonly string[]).includes(search.get('tab') ?? '') ? (search.get('tab') as (typeof TABS)[number]) : 'registrations';
  return (
    <ForRoles roles={['agent', 'operator', 'customs']}>
      {(me) => (
        <section data-testid="procurement-page">
          <h1>{t.procurement.reg.title}</h1>
          <p className="muted">{t.procurement.reg.intro}</p>
          <nav className="gov-actions" aria-label={t.procurement.reg.title}>
            {TABS.map((x) => (
              <Link
                key={x}
                to={`/procurement?tab=${x}`}
                testId={`tab-${x}`}
                aria-current={x === tab ? 'page' : undefined}
                className={x === tab ? 'tag' : undefined}
              >
                {t.procurement.tabs[x]}
              </Link>
            ))}
          </nav>
          {tab === 'registrations' ? <RegistrationsTab canRegister={me.role === 'agent' || me.role === 'operator'} /> : null}
          {tab === 'records' ? <RecordsTab canRecord={me.role === 'agent'} /> : null}
          {tab === 'payments' ? <PaymentsTab canRecord={me.role === 'agent'} /> : null}
        </section>
      )}
    </ForRoles>
  );
}

function RegistrationsTab({ canRegister }: { canRegister: boolean }) {
  const { t } = useI18n();
  const w = t.procurement;
  const list = useApi<RegistrationPage>('/api/procurement/registrations?limit=200');
  return (
    <>
      {canRegister ? (
        <div className="proc-forms">
          <BuyerForm onDone={list.reload} />
          <MerchantForm onDone={list.reload} />
        </div>
      ) : null}
      {!list.data ? (
        <Status loading={list.loading} error={list.error} />
      ) : list.data.items.length === 0 ? (
        <p className="muted">{w.reg.none}</p>
      ) : (
        <ul className="gov-list" data-testid="registrations">
          {list.data.items.map((r) => (
            <li key={r.entityId} className="gov-card" data-testid="registration" data-kind={r.kind} data-status={r.status} data-entity={r.entityId}>
              <h3>
                <span dir="auto" data-content="">
                  {r.name}
                </span>{' '}
                <span className="tag">{w.kind[r.kind]}</span> <span className="tag">{w.status[r.status]}</span>
              </h3>
              <dl>
                <dt>{w.reg.country}</dt>
                <dd>
                  <Code>{r.nationality ?? r.country}</Code>
                </dd>
                {r.customsCode ? (
                  <>
                    <dt>{w.reg.customsCode}</dt>
                    <dd>
                      <Code>{r.customsCode}</Code>
                    </dd>
                  </>
                ) : null}
                {r.documentType ? (
                  <>
                    <dt>{w.reg.document}</dt>
                    <dd>
                      {w.docType[r.documentType]} <Code testId="document-number">{r.documentNumber}</Code> {r.documentMasked ? w.reg.masked : null}
                    </dd>
                  </>
                ) : null}
                <dt>{w.reg.registeredAt}</dt>
                <dd>
                  <Code>{r.registeredAt.slice(0, 10)}</Code>
                </dd>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function BuyerForm({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  const w = t.procurement;
  const [f, setF] = useState({ name: '', nationality: '', documentType: 'passport', documentNumber: '' });
  const [err, setErr] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) => setF({ ...f, [k]: e.target.value });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setErr(null);
    setDone(false);
    try {
      await api('/api/procurement/registrations', { method: 'POST', body: JSON.stringify({ kind: 'buyer', ...f, nationality: f.nationality.toUpperCase() }) });
      setF({ name: '', nationality: '', documentType: 'passport', documentNumber: '' });
      setDone(true);
      onDone();
    } catch (x) {
      setErr(x);
    }
  };
  return (
    <form className="gov-form panel" onSubmit={submit} data-testid="buyer-form">
      <h2>{w.reg.newBuyer}</h2>
      <label>
        {w.reg.name}
        <input value={f.name} onChange={set('name')} required data-testid="buyer-name" />
      </label>
      <label>
        {w.reg.nationality}
        <input value={f.nationality} onChange={set('nationality')} required maxLength={2} placeholder="AE" dir="ltr" data-testid="buyer-nationality" />
      </label>
      <label>
        {w.reg.document}
        <select value={f.documentType} onChange={set('documentType')} data-testid="buyer-doc-type">
          {(['passport', 'id_card', 'travel_permit', 'other'] as const).map((d) => (
            <option key={d} value={d}>
              {w.docType[d]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {w.reg.documentNumber}
        <input value={f.documentNumber} onChange={set('documentNumber')} required dir="ltr" data-testid="buyer-doc-number" />
      </label>
      <button type="submit" data-testid="buyer-submit">
        {w.reg.submit}
      </button>
      {done ? <p data-testid="buyer-done">{w.reg.done}</p> : null}
      <ProcRefusal err={err} />
    </form>
  );
}

function MerchantForm({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  const w = t.procurement;
  const [id, setId] = useState('');
  const [err, setErr] = useState<unknown>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setErr(null);
    try {
      await api('/api/procurement/registrations', { method: 'POST', body: JSON.stringify({ kind: 'merchant', entityId: Number(id) }) });
      setId('');
      onDone();
    } catch (x) {
      setErr(x);
    }
  };
  return (
    <form className="gov-form panel" onSubmit={submit} data-testid="merchant-form">
      <h2>{w.reg.newMerchant}</h2>
      <label>
        {w.reg.merchantId}
        <input value={id} onChange={(e) => setId(e.target.value)} required inputMode="numeric" pattern="[0-9]+" dir="ltr" data-testid="merchant-id" />
      </label>
      <button type="submit" data-testid="merchant-submit">
        {w.reg.submit}
      </button>
      <ProcRefusal err={err} />
    </form>
  );
}
