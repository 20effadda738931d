import type { Product } from '../api.ts';
import { money, pick, useI18n } from '../i18n.tsx';
import { Link } from '../router.tsx';
import { useApi } from '../use-api.ts';
import { Status, Thumb } from './common.tsx';

export function ProductPage({ id }: { id: string }) {
  const { lang, t } = useI18n();
  const { data: p, error, loading } = useApi<Product>(`/api/products/${encodeURIComponent(id)}`);
  if (!p) return <Status loading={loading} error={error} />;
  const tiers = p.priceTiers;
  return (
    <>
      <nav className="breadcrumbs">
        <Link to="/">{t.home}</Link> › <Link to={`/category/${p.category.code}`}>{pick(lang, p.category.nameZh, p.category.nameEn)}</Link>
      </nav>
      <div className="product-layout">
        <Thumb p={p} big />
        <div>
          <h1 data-testid="product-title">{pick(lang, p.titleZh, p.titleEn)}</h1>
          {lang === 'zh' && p.titleEn ? <p className="muted">{p.titleEn}</p> : null}
          {lang === 'en' && p.titleZh ? (
            <p className="muted" lang="zh-CN">
              {p.titleZh}
            </p>
          ) : null}
          <table className="tiers" data-testid="price-tiers">
            <caption>{t.tieredPrice}</caption>
            <thead>
              <tr>
                <th>
                  {t.quantity} ({p.unit})
                </th>
                <th>{t.unitPrice}</th>
              </tr>
            </thead>
            <tbody>
              {tiers.map((tier, i) => (
                <tr key={tier.minQty}>
                  <td>
                    ≥ {tier.minQty.toLocaleString()}
                    {tiers[i + 1] ? ` – ${(tiers[i + 1]!.minQty - 1).toLocaleString()}` : ''}
                  </td>
                  <td className="price">{money(tier.unitPrice, p.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <dl className="facts">
            <dt>{t.moq}</dt>
            <dd data-testid="moq">
              {p.moq.toLocaleString()} {p.unit}
            </dd>
            <dt>{t.stock}</dt>
            <dd>
              {p.stock.toLocaleString()} {p.unit}
            </dd>
            <dt>{t.hsCode}</dt>
            <dd>{p.hsCode}</dd>
            <dt>{t.carton}</dt>
            <dd>
              {p.carton.units} {p.unit} {t.perCarton} · {p.carton.lengthCm}×{p.carton.widthCm}×{p.carton.heightCm} cm · {p.carton.grossKg} kg {t.grossWeight}
            </dd>
          </dl>
          <div className="stall-box" data-testid="stall-box">
            <div>
              <strong>{t.merchant}:</strong> {pick(lang, p.merchant.nameZh, p.merchant.nameEn)}
            </div>
            {p.stall ? (
              <div>
                <strong>{t.address}:</strong> <span data-testid="stall-address-text">{lang === 'zh' ? p.stall.addressZh : p.stall.address}</span>{' '}
                <Link to={`/stall/${p.stall.id}`} testId="visit-shop">
                  {t.visitShop} →
                </Link>
              </div>
            ) : null}
          </div>
        </div>
      </div>
      {Object.keys(p.attributes).length ? (
        <>
          <h2>{t.attributes}</h2>
          <dl className="facts">
            {Object.entries(p.attributes).map(([k, v]) => (
              <div key={k} className="fact-row">
                <dt>{k}</dt>
                <dd>{v}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
      <h2>{t.description}</h2>
      <p className="description">{pick(lang, p.descriptionZh, p.descriptionEn)}</p>
    </>
  );
}
