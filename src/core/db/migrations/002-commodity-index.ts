/** Reserved: filled in by its capability. An empty migration is a no-op. */
export const up = /* sql */ `
select 1;
`;
