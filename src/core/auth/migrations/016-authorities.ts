/**
 * Three roles for the people of the authorities (entities of kind 'authority',
 * added by the market's part of this migration id):
 * - customs: a customs officer; sets the inspection status of export lots;
 * - regulator: market supervision; reviews credit appeals, repairs and campaigns;
 * - department: a department user of the service desk; acts for its authority
 *   entity, so it must have one.
 * Customs and regulator users may act for an authority entity or for none.
 */
export const up = /* sql */ `
alter table users drop constraint users_role_check;
alter table users add constraint users_role_check check (role in ('operator','merchant','buyer','agent','customs','regulator','department'));
alter table users drop constraint users_check;
alter table users add constraint users_entity_check check (role in ('operator','customs','regulator') or entity_id is not null);
`;
