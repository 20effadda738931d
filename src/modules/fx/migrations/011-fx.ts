/**
 * Exchange rates (issue 11, indicative amounts; issue 12, the USD 150,000
 * declaration cap): one row per currency and date, the rate being how many
 * units of the reference currency (CNY) one unit of the currency is worth,
 * as an exact decimal with 10 places stored as an integer (rate × 10^10).
 * The reference itself is never stored (its rate is 1 on every date). The rate
 * in force on a date D is the row with the latest date on or before D, found
 * by the primary key. `entered_by` is the user who entered it (no foreign key:
 * rates outlive accounts; null for the machine's owner at the CLI and the demo).
 */
export const up = /* sql */ `
create table fx_rates (
  currency    char(3) not null check (currency ~ '^[A-Z]{3}$' and currency <> 'CNY'),
  rate_date   date not null,
  rate_e10    bigint not null check (rate_e10 > 0),
  source      text not null check (length(source) between 1 and 100),
  entered_by  bigint,
  entered_at  timestamptz not null default now(),
  primary key (currency, rate_date)
);
`;
