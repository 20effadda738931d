/**
 * The per-entity re-score as a PL/pgSQL function (issue 13 "Speed": a new event
 * reflected in its entity's score ≤ 10 ms p95): its statements are planned once
 * per connection instead of on every event. The body is generated from the
 * credit model (terms.ts `rescoreFunctionSql`); a later model change replaces it
 * at the next full recompute (`syncCreditModel`), as it does the model rows.
 */
import { rescoreFunctionSql } from '../terms.ts';

export const up = rescoreFunctionSql();
