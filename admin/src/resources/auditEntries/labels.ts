/**
 * How the trail's technical names read in the console. Entries name the entity that changed
 * (`targetType`, a server class name) and its fields as stored: where a console resource shows
 * the same record, its labels are reused; anything else is shown as written.
 */
import { useMemo } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { auditOperations } from '../../dataProvider/system';
import { SHANGHAI } from '../../shared/fields';

export const TARGET_RESOURCES: Record<string, string> = {
  Unit: 'units',
  Person: 'people',
  Position: 'positions',
  Department: 'departments',
  StarTaskForce: 'taskForces',
  ContactPoint: 'contactPoints',
  KeyTask: 'keyTasks',
  StarType: 'starTypes',
  StarOwner: 'starOwners',
  Plan: 'plans',
  PlanItem: 'planItems',
  StarApplication: 'starApplications',
  SupervisionTeam: 'supervisionTeams',
  SpotCheck: 'spotChecks',
  Finding: 'findings',
  Rectification: 'rectifications',
  DailyReport: 'dailyReports',
  MonthlyObservation: 'monthlyObservations',
  AuthToken: 'apiTokens',
};

/** "组织单元" for Unit; the class name itself for types the console has no screen of. */
export function useTargetTypeLabel() {
  const translate = useTranslate();
  return (type: string | null | undefined) => {
    if (!type) return '';
    const resource = TARGET_RESOURCES[type];
    return resource ? translate(`resources.${resource}.name`, { smart_count: 1, _: type }) : type;
  };
}

/** A changed field by its label on the record's screen ("名称（用途）" for AuthToken.name). */
export function useFieldLabel() {
  const translate = useTranslate();
  return (type: string, field: string) => {
    const resource = TARGET_RESOURCES[type];
    return resource ? translate(`resources.${resource}.fields.${field}`, { _: field }) : field;
  };
}

/** Operation (mutation name) → its short name in the interface language. */
export function useOperationLabels(): { choices: { id: string; name: string }[]; label: (op: string) => string } {
  const [locale] = useLocaleState();
  return useMemo(() => {
    const en = locale.startsWith('en');
    const ops = auditOperations();
    const names = new Map(ops.map((o) => [o.id, en ? o.en : o.zh]));
    return {
      choices: ops.map((o) => ({ id: o.id, name: `${names.get(o.id)} · ${o.id}` })),
      label: (op: string) => names.get(op) ?? op,
    };
  }, [locale]);
}

export function useActionLabel() {
  const translate = useTranslate();
  return (action: string) => translate(`audit.action_${action}`, { _: action });
}

const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const SHANGHAI_SECOND = new Intl.DateTimeFormat('zh-CN', {
  timeZone: SHANGHAI,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** Moments stored in the trail (ISO, UTC) shown in Beijing time like the rest of the console. */
export function formatMoment(value: string): string | null {
  if (!ISO_MOMENT.test(value)) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : SHANGHAI_SECOND.format(d);
}
