import { Typography } from '@mui/material';
import { useState } from 'react';
import {
  AutocompleteInput,
  BooleanInput,
  DataTable,
  DateTimeInput,
  ExportButton,
  FilterButton,
  FunctionField,
  List,
  TextInput,
  TopToolbar,
  useTranslate,
  type DateTimeInputProps,
  type Exporter,
} from 'react-admin';
import type { AuditChainVerification } from '../../dataProvider/system';
import { fromShanghaiMinute, shanghaiMinute } from '../../shared/dates';
import { downloadTable } from '../../shared/csv';
import { TimestampField } from '../../shared/fields';
import { ResponsiveList } from '../../shared/layout';
import { AuditEntryPanel, changeText, type AuditEntryRecord } from './AuditEntryPanel';
import { formatMoment, useActionLabel, useFieldLabel, useOperationLabels, useTargetTypeLabel } from './labels';
import { ChainResult, VerifyChainButton } from './VerifyChainButton';

/** A moment picked as Beijing wall-clock time whatever the browser's zone (the filter sends it with +08:00). */
function ShanghaiTimeInput(props: DateTimeInputProps) {
  return (
    <DateTimeInput
      format={(v: unknown) => (v ? shanghaiMinute(String(v)) : '')}
      parse={(v: string) => (v ? fromShanghaiMinute(v) : null)}
      {...props}
    />
  );
}

function OperationInput(props: { source: string; alwaysOn?: boolean }) {
  const { choices } = useOperationLabels();
  return <AutocompleteInput choices={choices} noOptionsText="app.no_options" sx={{ minWidth: 340 }} {...props} />;
}

const filters = [
  // One click leaves the sign-ins out (they are most of the trail).
  <BooleanInput key="excludeSignIns" source="excludeSignIns" alwaysOn />,
  <OperationInput key="operation" source="operation" alwaysOn />,
  <TextInput key="targetType" source="targetType" placeholder="Unit / Position / AuthToken" alwaysOn />,
  <TextInput key="targetId" source="targetId" alwaysOn />,
  <ShanghaiTimeInput key="from" source="from" alwaysOn />,
  <ShanghaiTimeInput key="to" source="to" alwaysOn />,
  <TextInput key="userId" source="userId" />,
];

function Muted({ children }: { children: string }) {
  return (
    <Typography
      component="span"
      variant="caption"
      color="text.secondary"
      sx={{ display: 'block', fontFamily: 'monospace' }}
    >
      {children}
    </Typography>
  );
}

/**
 * 审计记录: read-only, newest first. The server keeps the trail of the admin's subtree (and of
 * catalogs); a row opens to its before → after table. 校验审计链 recomputes the hash chain.
 */
export function AuditEntryList() {
  const translate = useTranslate();
  const operation = useOperationLabels().label;
  const action = useActionLabel();
  const targetType = useTargetTypeLabel();
  const fieldLabel = useFieldLabel();
  const [chain, setChain] = useState<AuditChainVerification | null>(null);
  // People by name (their username beside it in the export), targets by their record's name.
  const user = (r: AuditEntryRecord) => r.actorName ?? r.username ?? translate('audit.anonymous');
  // 导出: the filtered trail as an auditor reads it — labels, Beijing time to the second, and every
  // changed field as "label: before → after" in one cell, with both hashes to check the chain by.
  const exporter: Exporter = (records) => {
    const columns = [
      'id',
      'at',
      'username',
      'operation',
      'action',
      'targetType',
      'targetId',
      'changes',
      'address',
      'prevHash',
      'hash',
    ];
    downloadTable(
      translate('resources.auditEntries.name', { smart_count: 2 }),
      columns.map((c) => translate(`resources.auditEntries.fields.${c}`)),
      (records as AuditEntryRecord[]).map((r) => [
        r.id,
        formatMoment(r.at) ?? r.at,
        [r.actorName, r.username].filter(Boolean).join(' / ') || user(r),
        `${operation(r.operation)} (${r.operation})`,
        action(r.action),
        `${targetType(r.targetType)}${r.targetLabel ? ` · ${r.targetLabel}` : ''}`,
        r.targetId,
        Object.entries(r.changes ?? {})
          .map(
            ([field, e]) =>
              `${fieldLabel(r.targetType, field)}: ${changeText(e, 'before', translate).text} → ${changeText(e, 'after', translate).text}`,
          )
          .join('\n'),
        r.address,
        r.prevHash,
        r.hash,
      ]),
    );
  };
  const target = (r: AuditEntryRecord) => (
    <>
      {targetType(r.targetType)}
      {r.targetLabel ? ` · ${r.targetLabel}` : ''}
      {r.targetId ? ` #${r.targetId}` : ''}
      {targetType(r.targetType) !== r.targetType && <Muted>{r.targetType}</Muted>}
    </>
  );
  return (
    <>
      {chain && <ChainResult result={chain} onClose={() => setChain(null)} />}
      <List
        perPage={25}
        filters={filters}
        sort={{ field: 'id', order: 'DESC' }}
        exporter={exporter}
        actions={
          <TopToolbar>
            <FilterButton />
            <ExportButton maxResults={5000} />
            <VerifyChainButton onResult={setChain} />
          </TopToolbar>
        }
      >
        <ResponsiveList
          table={
            <DataTable rowClick="expand" expand={<AuditEntryPanel />} bulkActionButtons={false}>
              <DataTable.Col source="id" />
              <DataTable.Col source="at">
                <TimestampField source="at" seconds />
              </DataTable.Col>
              <DataTable.Col source="username" disableSort>
                <FunctionField
                  render={(r: AuditEntryRecord) => (
                    <>
                      {user(r)}
                      {r.actorName && r.username && <Muted>{r.username}</Muted>}
                    </>
                  )}
                />
              </DataTable.Col>
              <DataTable.Col source="operation" disableSort>
                <FunctionField
                  render={(r: AuditEntryRecord) => (
                    <>
                      {operation(r.operation)}
                      <Muted>{r.operation}</Muted>
                    </>
                  )}
                />
              </DataTable.Col>
              <DataTable.Col source="action" disableSort>
                <FunctionField render={(r: AuditEntryRecord) => action(r.action)} />
              </DataTable.Col>
              <DataTable.Col source="targetType" disableSort>
                <FunctionField render={target} />
              </DataTable.Col>
              <DataTable.Col source="changes" disableSort>
                <FunctionField
                  render={(r: AuditEntryRecord) =>
                    translate('audit.changed_fields', { smart_count: Object.keys(r.changes ?? {}).length })
                  }
                />
              </DataTable.Col>
              <DataTable.Col source="address" disableSort />
            </DataTable>
          }
          small={
            <DataTable rowClick="expand" expand={<AuditEntryPanel />} bulkActionButtons={false}>
              <DataTable.Col source="at">
                <TimestampField source="at" seconds />
              </DataTable.Col>
              <DataTable.Col source="operation" disableSort>
                <FunctionField
                  render={(r: AuditEntryRecord) => (
                    <>
                      {operation(r.operation)} · {user(r)}
                      <Muted>{`${action(r.action)} ${targetType(r.targetType)} ${r.targetLabel ?? (r.targetId ? `#${r.targetId}` : '')}`}</Muted>
                    </>
                  )}
                />
              </DataTable.Col>
            </DataTable>
          }
        />
      </List>
    </>
  );
}
