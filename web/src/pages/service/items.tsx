/**
 * Service items as the signed-in role sees them: a raiser's own requests, a
 * department's inbox, every item for the operator; filtered by state, overdue
 * and department (the dashboard and the overview link here with those filters).
 */
import { auth } from '../../api.ts';
import { fmt, num, useDocumentTitle, useI18n } from '../../i18n.tsx';
import { Link, useRouter } from '../../router.tsx';
import { useApi } from '../../use-api.ts';
import { Pager, Status } from '../common.tsx';
import { useMe, when } from '../trade/trade-common.tsx';
import { SignInPrompt } from '../trade/talk-common.tsx';
import {
  categoryName,
  DepartmentName,
  ServiceStatusTag,
  useDepartments,
  type ServiceItem,
  type ServiceItemPage,
  type ServiceStatus,
} from './service-common.tsx';

const STATES: ServiceStatus[] = ['dispatched', 'accepted', 'replied', 'reopened', 'closed'];

function Row({ i, departments }: { i: ServiceItem; departments: ReturnType<typeof useDepartments>['data'] }) {
  const { t, lang } = useI18n();
  const w = t.service.list;
  return (
    <li>
      <Link to={`/service/${i.id}`} className="service-row" testId="service-item" data-id={i.id} data-status={i.status}>
        <strong>{fmt(w.item, { id: num(i.id, lang) })}</strong>
        <ServiceStatusTag status={i.status} />
        <span className="service-row-title">
          {categoryName(t, i.category)}
          {i.urgency === 'urgent' ? <span className="tag tag-warn">{t.service.urgency.urgent}</span> : null}
          {' · '}
          <DepartmentName id={i.departmentId} departments={departments} />
        </span>
        {i.overdue ? (
          <span className="tag tag-warn" data-testid="item-overdue">
            {w.overdue}
          </span>
        ) : null}
        {i.escalatedTo ? <span className="tag tag-warn">{fmt(w.escalated, { to: t.service.escalatedTo[i.escalatedTo] })}</span> : null}
        {i.rating ? <span className="tag tag-good">{fmt(w.rated, { n: i.rating })}</span> : null}
        <span className="muted small">
          {i.status === 'closed' || i.status === 'replied' ? when(i.updatedAt, lang) : fmt(w.due, { date: when(i.dueAt, lang) })}
        </span>
      </Link>
    </li>
  );
}

export function ServiceItemsPage(_props: Record<string, string>) {
  const { t } = useI18n();
  const w = t.service.list;
  const { search, navigate } = useRouter();
  const me = useMe();
  const role = me.data?.role;
  const title = role === 'department' ? w.inbox : role === 'operator' ? w.all : w.mine;
  useDocumentTitle(title);
  const status = search.get('status') ?? '';
  const overdue = search.get('overdue') === 'true';
  const department = search.get('department') ?? '';
  const page = Number(search.get('page') ?? '1') || 1;
  const q = new URLSearchParams({ page: String(page), pageSize: '20' });
  if (status) q.set('status', status);
  if (overdue) q.set('overdue', 'true');
  if (department) q.set('department', department);
  const list = useApi<ServiceItemPage>(me.data ? `/api/service/items?${q}` : null);
  const departments = useDepartments();
  const go = (patch: Record<string, string>) => {
    const next = new URLSearchParams({
      ...(status ? { status } : {}),
      ...(overdue ? { overdue: 'true' } : {}),
      ...(department ? { department } : {}),
      ...patch,
    });
    for (const [k, v] of [...next]) if (!v) next.delete(k);
    navigate(`/service?${next}`);
  };
  if (!auth.token) return <SignInPrompt />;
  if (!me.data) return <Status loading={me.loading} error={me.error} />;
  return (
    <section data-testid="service-items-page">
      <h1>{title}</h1>
      <div className="service-toolbar">
        <select value={status} onChange={(e) => go({ status: e.target.value, page: '' })} aria-label={w.allStates} data-testid="filter-status">
          <option value="">{w.allStates}</option>
          {STATES.map((s) => (
            <option key={s} value={s}>
              {t.service.status[s]}
            </option>
          ))}
        </select>
        <label className="check">
          <input type="checkbox" checked={overdue} onChange={(e) => go({ overdue: e.target.checked ? 'true' : '', page: '' })} data-testid="filter-overdue" />
          <span>{w.overdueOnly}</span>
        </label>
        {role === 'merchant' || role === 'buyer' ? (
          <Link to="/service/new" className="button-link" testId="raise-link">
            {w.new}
          </Link>
        ) : null}
      </div>
      {!list.data ? (
        <Status loading={list.loading} error={list.error} />
      ) : list.data.items.length === 0 ? (
        <p className="muted" data-testid="service-empty">
          {w.empty}
        </p>
      ) : (
        <>
          <ul className="service-list">
            {list.data.items.map((i) => (
              <Row key={i.id} i={i} departments={departments.data} />
            ))}
          </ul>
          <Pager page={list.data.page} total={list.data.total} pageSize={list.data.pageSize} onPage={(p) => go({ page: String(p) })} />
        </>
      )}
    </section>
  );
}
