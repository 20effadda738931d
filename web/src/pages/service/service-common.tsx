/**
 * What the service desk pages share: the API's answers as types (from the
 * server's response schemas, type-only), the departments and rules, state
 * tags and category names in the reader's language, refusals worded by code.
 */
import type { z } from 'zod';
import type {
  DispatchRule as RuleSchema,
  ServiceDepartment as DepartmentSchema,
  ServiceItem as ItemSchema,
  ServiceItemPage as PageSchema,
  ServiceIndexRow as IndexRowSchema,
  ServiceOverview as OverviewSchema,
} from '../../../../src/http/responses-service.ts';
import { api } from '../../api.ts';
import { Data, useI18n, type Messages } from '../../i18n.tsx';
import { useApi } from '../../use-api.ts';
import { refusal } from '../trade/talk-common.tsx';
import './service.css';

export type ServiceItem = z.infer<typeof ItemSchema>;
export type ServiceItemPage = z.infer<typeof PageSchema>;
export type ServiceStatus = ServiceItem['status'];
export type ServiceAction = ServiceItem['allowed'][number];
export type Department = z.infer<typeof DepartmentSchema>;
export type Rule = z.infer<typeof RuleSchema>;
export type IndexRow = z.infer<typeof IndexRowSchema>;
export type Overview = z.infer<typeof OverviewSchema>;

/** At most this many photo links on an item (the API's MAX_PHOTOS). */
export const MAX_PHOTOS = 6;

export function useDepartments() {
  return useApi<Department[]>('/api/service/departments');
}

/** A category's name in the reader's language; a category the operator added later shows its code. */
export function categoryName(t: Messages, code: string): string {
  return (t.service.category as Record<string, string>)[code] ?? code;
}

export function ServiceStatusTag({ status }: { status: ServiceStatus }) {
  const { t } = useI18n();
  return (
    <span className={`service-status service-${status}`} data-testid="service-status" data-status={status}>
      {t.service.status[status]}
    </span>
  );
}

/** A department's name as the data has it (Chinese and English). */
export function DepartmentName({ id, departments }: { id: number; departments: Department[] | undefined }) {
  const { lang } = useI18n();
  const d = departments?.find((x) => x.id === id);
  if (!d) return null;
  return <Data lang={lang} zh={d.nameZh} en={d.nameEn} />;
}

/** A refused request worded for the service desk (its own codes first, then the shared wording). */
export function serviceRefusal(t: Messages, err: unknown, fields: Record<string, string> = {}): string {
  const c = (err as { code?: string } | null)?.code;
  const own = c ? (t.service.errors as Record<string, string>)[c] : undefined;
  return own ?? refusal(t, err, fields);
}

/** Download an API file (it needs the bearer token, so not a plain link) and offer it as `name`. */
export async function saveFile(path: string, name: string): Promise<void> {
  const blob = await api<Blob>(path);
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/** What a person wrote (a problem, a reply, a note), marked with the language it is in so readers and checks know it is not a label. */
export function UserText({ text, className, testId }: { text: string; className?: string; testId?: string }) {
  const lang = /\p{Script=Han}/u.test(text) ? 'zh-CN' : /\p{Script=Arabic}/u.test(text) ? 'ar' : /[A-Za-z]/.test(text) ? 'en' : undefined;
  return (
    <p className={className} lang={lang} data-content="" data-testid={testId}>
      {text}
    </p>
  );
}
