import { Typography } from '@mui/material';
import { useState } from 'react';
import { AutocompleteInput, DataTable, DateTimeInput, FilterButton, FunctionField, List, TextInput, TopToolbar, useTranslate, type DateTimeInputProps } from 'react-admin';
import type { AuditChainVerification } from '../../dataProvider/system';
import { fromShanghaiMinute, shanghaiMinute } from '../../shared/dates';
import { TimestampField } from '../../shared/fields';
import { ResponsiveList } from '../../shared/layout';
import { AuditEntryPanel, type AuditEntryRecord } from './AuditEntryPanel';
import { useActionLabel, useOperationLabels, useTargetTypeLabel } from './labels';
import { ChainResult, VerifyChainButton } from './VerifyChainButton';

/** A moment picked as Beijing wall-clock time whatever the browser's zone (the filter sends it with +08:00). */
function ShanghaiTimeInput(props: DateTimeInputProps) {
  return <DateTimeInput format={(v: unknown) => (v ? shanghaiMinute(String(v)) : '')} parse={(v: string) => (v ? fromShanghaiMinute(v) : null)} {...props} />;
}

function OperationInput(props: { source: string; alwaysOn?: boolean }) {
  const { choices } = useOperationLabels();
  return <AutocompleteInput choices={choices} noOptionsText="app.no_options" sx={{ minWidth: 340 }} {...props} />;
}

const filters = [
  <OperationInput key="operation" source="operation" alwaysOn />,
  <TextInput key="targetType" source="targetType" placeholder="Unit / Position / AuthToken" alwaysOn />,
  <TextInput key="targetId" source="targetId" alwaysOn />,
  <ShanghaiTimeInput key="from" source="from" alwaysOn />,
  <ShanghaiTimeInput key="to" source="to" alwaysOn />,
  <TextInput key="userId" source="userId" />,
];

function Muted({ children }: { children: string }) {
  return (
    <Typography component="span" variant="caption" color="text.secondary" sx={{ display: 'block', fontFamily: 'monospace' }}>
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
  const [chain, setChain] = useState<AuditChainVerification | null>(null);
  const user = (r: AuditEntryRecord) => r.username ?? translate('audit.anonymous');
  const target = (r: AuditEntryRecord) => (
    <>
      {targetType(r.targetType)}
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
        exporter={false}
        actions={
          <TopToolbar>
            <FilterButton />
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
                <FunctionField render={user} />
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
                <FunctionField render={(r: AuditEntryRecord) => translate('audit.changed_fields', { smart_count: Object.keys(r.changes ?? {}).length })} />
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
                      <Muted>{`${action(r.action)} ${r.targetType}${r.targetId ? ` #${r.targetId}` : ''}`}</Muted>
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
