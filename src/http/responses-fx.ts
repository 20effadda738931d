/**
 * Response schemas of the exchange-rate API, checked against the fx module's
 * types at compile time like src/http/responses.ts.
 */
import { z } from 'zod';
import type * as fx from '../modules/fx/index.ts';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const same = <A, B>(_proof: Same<A, B>): void => {};
const int = () => z.number().int();
const date = () => z.string().meta({ description: 'YYYY-MM-DD' });

export const Rate = z
  .object({
    currency: z.string().meta({ description: 'ISO 4217 code' }),
    rate: z.string().meta({ description: 'CNY per one unit of the currency, an exact decimal of up to 10 places (e.g. "7.1034", "0.047512")' }),
    rateDate: date(),
    source: z.string().meta({ description: 'Where the rate came from (PBOC, a bank, demo (synthetic), the imported file, …)' }),
    enteredBy: int().nullable().meta({ description: 'The user who entered it; null for the machine owner at the CLI and the demo' }),
    enteredAt: z.string(),
  })
  .meta({ id: 'FxRate' });
same<z.infer<typeof Rate>, fx.RateView>(true);

export const RatesInForce = z
  .object({
    reference: z.string().meta({ description: 'The reference currency (CNY): its rate is 1 on every date' }),
    date: date(),
    rates: z.array(Rate).meta({ description: 'Per currency, the rate with the latest date on or before `date`' }),
  })
  .meta({ id: 'FxRatesInForce' });
same<z.infer<typeof RatesInForce>, fx.RatesInForceView>(true);

export const RateList = z.array(Rate).meta({ id: 'FxRateList' });

export const Conversion = z
  .object({
    amount: int().meta({ description: 'Minor units of `currency`, rounded half up' }),
    currency: z.string(),
    from: z.object({ amount: int(), currency: z.string() }),
    rateDate: z.string().nullable().meta({ description: 'The older of the dates of the rates used; null when no rate was needed' }),
    rates: z.array(z.object({ currency: z.string(), rate: z.string(), rateDate: date() })),
  })
  .meta({ id: 'FxConversion' });
same<z.infer<typeof Conversion>, fx.ConversionView>(true);

export const RatesImportReport = z.object({ rows: int(), currencies: z.array(z.string()), from: date(), to: date() }).meta({ id: 'FxRatesImportReport' });
same<z.infer<typeof RatesImportReport>, fx.RatesImportReport>(true);
