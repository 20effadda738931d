/**
 * RFQs (求购, 货找人): a buyer posts a need and sees the merchants matched to
 * it with the reason in words, compares their quotes side by side and accepts
 * one (which becomes a purchase: /purchases/:id); a merchant sees the RFQs
 * matched to it (unseen badge) and quotes with a form; the operator reads all.
 */
import { useEffect } from 'react';
import { auth } from '../../api.ts';
import { fmt, money, num, pick, unitName, useDocumentTitle, useI18n } from '../../i18n.tsx';
import { Link } from '../../router.tsx';
import { useApi } from '../../use-api.ts';
import { Status } from '../common.tsx';
import { useMe } from './trade-common.tsx';
import { CountBadge } from './trade-nav.tsx';
import { badgesChanged, Code, dateText, SignInPrompt, type Rfq } from './talk-common.tsx';
import { CompareQuotes, Matches, QuoteForm } from './rfq-quotes.tsx';

function RfqFacts({ r }: { r: Rfq }) {
  const { t, lang } = useI18n();
  const w = t.talk.rfq;
  return (
    <dl className="facts rfq-facts">
      <div className="fact-row">
        <dt>{w.quantity}</dt>
        <dd>
          {num(r.qty, lang)} {unitName(lang, r.unit, r.qty)}
        </dd>
      </div>
      {r.targetPrice !== null ? (
        <div className="fact-row">
          <dt>{w.targetPrice}</dt>
          <dd>
            <bdi dir="ltr">{money(r.targetPrice, r.currency)}</bdi>
          </dd>
        </div>
      ) : null}
      <div className="fact-row">
        <dt>{w.deadline}</dt>
        <dd>{dateText(r.deadline, lang)}</dd>
      </div>
      <div className="fact-row">
        <dt>{w.destination}</dt>
        <dd>
          <Code>{r.destination}</Code>
        </dd>
      </div>
      <div className="fact-row">
        <dt>{w.incoterm}</dt>
        <dd>
          <Code>{r.incoterm}</Code>
        </dd>
      </div>
      {r.categoryCode ? (
        <div className="fact-row">
          <dt>{t.searchPage.category}</dt>
          <dd>
            <CategoryName code={r.categoryCode} />
          </dd>
        </div>
      ) : null}
    </dl>
  );
}

function CategoryName({ code }: { code: string }) {
  const { lang } = useI18n();
  const c = useApi<{ nameZh: string; nameEn: string }>(`/api/categories/${code}`);
  return <span data-content="">{c.data ? pick(lang, c.data.nameZh, c.data.nameEn) : code}</span>;
}

function RfqStatus({ status }: { status: Rfq['status'] }) {
  const { t } = useI18n();
  return (
    <span className={`tag rfq-${status}`} data-testid="rfq-status" data-status={status}>
      {t.talk.rfq.status[status]}
    </span>
  );
}

export function RfqsPage(_props: Record<string, string>) {
  const { t, lang } = useI18n();
  const me = useMe();
  const w = t.talk.rfq;
  const role = me.data?.role;
  const list = useApi<{ items: Rfq[]; unseen: number }>(me.data ? '/api/rfqs' : null);
  const title = role === 'merchant' ? w.titleMerchant : role === 'operator' ? w.titleOperator : w.title;
  useDocumentTitle(title);
  if (!auth.token) return <SignInPrompt />;
  if (!me.data) return <Status loading={me.loading} error={me.error} />;
  return (
    <section className="talk-page" data-testid="rfqs-page">
      <div className="section-head">
        <h1>
          {title}
          {list.data ? <CountBadge n={list.data.unseen} label={w.unseenN} testId="rfqs-unseen" /> : null}
        </h1>
        {role === 'buyer' ? (
          <Link to="/rfqs/new" className="button-link" testId="post-rfq">
            {w.post}
          </Link>
        ) : null}
      </div>
      {role === 'buyer' ? <p className="muted small">{w.newHint}</p> : null}
      {list.data && list.data.unseen > 0 ? <p className="notice">{fmt(w.unseenN, { n: num(list.data.unseen, lang) })}</p> : null}
      {!list.data ? (
        <Status loading={list.loading} error={list.error} />
      ) : list.data.items.length === 0 ? (
        <p className="muted">{role === 'merchant' ? w.emptyMerchant : w.empty}</p>
      ) : (
        <ul className="rfq-list" data-testid="rfq-list">
          {list.data.items.map((r) => (
            <li key={r.id}>
              <Link to={`/rfqs/${r.id}`} className="rfq-row" testId="rfq-row">
                <span className="rfq-text" data-content="">
                  {r.text}
                </span>
                <span className="rfq-meta muted small">
                  <span>
                    {num(r.qty, lang)} {unitName(lang, r.unit, r.qty)}
                  </span>
                  <span>{fmt(w.deadlineOn, { date: dateText(r.deadline, lang) })}</span>
                  <span>
                    <Code>{r.destination}</Code> · <Code>{r.incoterm}</Code>
                  </span>
                </span>
                <RfqStatus status={r.status} />
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function RfqPage({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const me = useMe();
  const w = t.talk.rfq;
  const rfq = useApi<Rfq>(me.data ? `/api/rfqs/${encodeURIComponent(id)}` : null);
  useDocumentTitle(rfq.data ? rfq.data.text.slice(0, 40) : w.title);
  // a merchant opening the RFQ marks it seen: the header's badge goes down
  useEffect(() => {
    if (rfq.data && me.data?.role === 'merchant') badgesChanged();
  }, [rfq.data, me.data?.role]);
  if (!auth.token) return <SignInPrompt />;
  if (!me.data) return <Status loading={me.loading} error={me.error} />;
  if (!rfq.data) return <Status loading={rfq.loading} error={rfq.error} />;
  const r = rfq.data;
  const role = me.data.role;
  return (
    <section className="talk-page rfq-page" data-testid="rfq-page">
      <Link to="/rfqs" className="back-link">
        ← {w.back}
      </Link>
      <header className="rfq-head">
        <h1 data-content="">{r.text}</h1>
        <div className="muted small">
          <RfqStatus status={r.status} /> {fmt(w.postedOn, { date: dateText(r.createdAt, lang) })}
        </div>
      </header>
      <RfqFacts r={r} />
      {role === 'merchant' ? (
        <>
          {r.quotes?.[0] ? <CompareQuotes rfq={r} canAccept={false} heading={w.yourQuote} /> : null}
          {r.status === 'open' && (!r.quotes?.[0] || r.quotes[0].status === 'open') ? (
            <QuoteForm rfq={r} onSent={rfq.reload} />
          ) : (
            <p className="muted">{w.notOpen}</p>
          )}
        </>
      ) : (
        <>
          <CompareQuotes rfq={r} canAccept={role === 'buyer'} />
          <Matches rfq={r} />
        </>
      )}
    </section>
  );
}
