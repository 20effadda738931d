/** A merchant's market procurement payments: what it is owed under trade records and was paid, per currency, and the payments received. */
import { useDocumentTitle, useI18n } from '../../i18n.tsx';
import { useApi } from '../../use-api.ts';
import { Status } from '../common.tsx';
import { Money } from '../trade/trade-common.tsx';
import { Code, ForRoles, type Balance, type PaymentPage } from './proc-common.tsx';

export function MyPaymentsPage(_props: Record<string, string>) {
  const { t } = useI18n();
  useDocumentTitle(t.procurement.mine.title);
  return <ForRoles roles={['merchant']}>{() => <MyPayments />}</ForRoles>;
}

function MyPayments() {
  const { t } = useI18n();
  const w = t.procurement.mine;
  const balances = useApi<Balance[]>('/api/procurement/balances');
  const payments = useApi<PaymentPage>('/api/procurement/payments?limit=100');
  return (
    <section data-testid="my-payments-page">
      <h1>{w.title}</h1>
      <p className="muted">{w.intro}</p>
      {!balances.data ? (
        <Status loading={balances.loading} error={balances.error} />
      ) : balances.data.length === 0 ? (
        <p className="muted">{w.none}</p>
      ) : (
        <ul className="gov-list" data-testid="balances">
          {balances.data.map((b) => (
            <li key={b.currency} className="gov-card" data-testid="balance" data-currency={b.currency}>
              <h3>
                <Code>{b.currency}</Code>
              </h3>
              <dl>
                <dt>{w.records}</dt>
                <dd>
                  <Code>{b.records}</Code>
                </dd>
                <dt>{w.owed}</dt>
                <dd>
                  <Money minor={b.owedMinor} currency={b.currency} testId="owed" />
                </dd>
                <dt>{w.paid}</dt>
                <dd>
                  <Money minor={b.paidMinor} currency={b.currency} testId="paid" />
                </dd>
                <dt>{w.outstanding}</dt>
                <dd>
                  <Money minor={b.outstandingMinor} currency={b.currency} testId="outstanding" />
                </dd>
              </dl>
            </li>
          ))}
        </ul>
      )}
      <h2>{w.payments}</h2>
      {!payments.data ? (
        <Status loading={payments.loading} error={payments.error} />
      ) : (
        <ul className="gov-list" data-testid="my-payment-list">
          {payments.data.items.map((p) => (
            <li key={p.id} className="gov-card" data-testid="my-payment">
              <Code>{p.receivedOn}</Code> · <Code>{p.reference}</Code> ·{' '}
              {p.allocations.map((a) => (
                <span key={a.orderId} className="chip">
                  {t.procurement.pay.orderId} <Code>{a.orderId}</Code> <Money minor={a.amountMinor} currency={a.currency} />
                </span>
              ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
