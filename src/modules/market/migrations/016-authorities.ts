/**
 * Authorities: the government offices and market departments that take part in
 * the market's work (customs, market supervision, fire safety, tax, the
 * courts…). They are entities of kind 'authority', so that their users (the
 * customs, regulator and department roles added by the same migration id in
 * core/auth) can act for one of them.
 */
export const up = /* sql */ `
alter table entities drop constraint entities_kind_check;
alter table entities add constraint entities_kind_check check (kind in ('merchant','buyer','agent','operator','authority'));
`;
