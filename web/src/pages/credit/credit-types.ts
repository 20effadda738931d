/** What the credit pages read from /api/credit/… (see src/http/responses-credit.ts). */
export type CreditClass = 'A' | 'B' | 'C' | 'D';
export type Severity = 'positive' | 'minor' | 'moderate' | 'serious' | 'severe';
export type Group = 'quality' | 'fulfilment' | 'behaviour' | 'compliance';
export type Source = 'platform' | 'market_supervision' | 'customs' | 'tax' | 'ip_office' | 'court' | 'consumer_complaints' | 'inspection';

export interface Contribution {
  eventId: number;
  kind: string;
  nameZh: string;
  nameEn: string;
  group: Group;
  severity: Severity;
  source: Source;
  occurredOn: string;
  amount: number;
  uncapped: number;
  stopsCountingOn: string;
  halvesOn: string | null;
}
export interface CreditEvent {
  id: number;
  source: Source;
  kind: string;
  nameZh: string;
  nameEn: string;
  severity: Severity;
  occurredOn: string;
  evidenceRef: string;
  note: string | null;
  voided: boolean;
  appeal: { id: number; status: 'open' | 'upheld' | 'rejected' } | null;
}
export interface Breakdown {
  entityId: number;
  asOf: string;
  base: number;
  score: number;
  class: CreditClass;
  cappedBy: Severity | null;
  since: string;
  groups: Record<Group, number>;
  contributions: Contribution[];
  events: CreditEvent[];
  classChanges: { changedOn: string; from: CreditClass | null; to: CreditClass; score: number; cause: string }[];
}
export interface Appeal {
  id: number;
  entityId: number;
  eventId: number;
  eventNameZh: string;
  eventNameEn: string;
  eventSeverity: Severity;
  eventOccurredOn: string;
  reason: string;
  evidenceRef: string | null;
  status: 'open' | 'upheld' | 'rejected';
}
export interface IndexMonth {
  month: string;
  composite: number;
  quality: number;
  fulfilment: number;
  behaviour: number;
  compliance: number;
  entities: number;
  baseMonth: string;
}
