/**
 * The weekly run's stored state in chunks (docs/commodity-index.md §13.8).
 *
 * A state (reference prices, run lengths and categories of every item: ~13 MB
 * at full scale) was one row of index_states, written and read by one
 * statement — on PGlite ~0.5 s with the one connection held. Now the run writes
 * each of the three byte strings as rows of at most 256 KB (run-state.ts) (part 0 = ref_price,
 * 1 = imputed_runs, 2 = item_category; seq in order), each its own short
 * statement, under a token of its own, before it publishes. The publish
 * transaction makes them the state of their week by naming the token in
 * index_states.chunks_token: nothing is copied. Chunks whose token no state
 * names are garbage (a replaced state, a run that failed) and are deleted in
 * short statements after the publish. A state row without a chunks_token keeps
 * its bytes in its own columns (states stored before this migration).
 */
export const up = /* sql */ `
create table index_state_chunks (
  week      date not null,
  token     text not null,
  part      smallint not null check (part between 0 and 2),
  seq       int not null check (seq >= 0),
  bytes     bytea not null,
  staged_at timestamptz not null default now(),
  primary key (week, token, part, seq)
);
alter table index_state_chunks alter column bytes set storage external;
alter table index_states add column chunks_token text;
`;
